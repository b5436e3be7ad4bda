/** What the account services return (never a password hash or a token hash), and the row mappers. */
import type { ConferenceRole, LinkPurpose, Membership } from '../../domain/access/actor.js';
import { normalizeText } from '../../domain/text.js';
import type { MembershipWithUserRow } from '../../storage/repositories/membership-repository.js';
import type { AccessLinkRow, MembershipRow, SessionRow, UserRow } from '../../storage/tables.js';

export interface AccountsDeps {
  /** The clock (tests pass their own). */
  now?: () => Date;
  newId?: () => string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  disabled: boolean;
  /** False until the person has set a password through their link. */
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SessionInfo {
  id: string;
  userId: string;
  /** Send back in the X-CSRF-Token header of every cookie-authenticated write. */
  csrfToken: string;
  createdAt: string;
  /** Absolute end; the session also ends after the idle timeout since lastSeenAt. */
  expiresAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface MembershipRecord extends Membership {
  id: string;
  userId: string;
  createdAt: string;
  /** Present in listForConference. */
  userEmail?: string;
  userDisplayName?: string;
}

export type AccessLinkState = 'active' | 'expired' | 'revoked';

export interface AccessLink {
  id: string;
  purpose: LinkPurpose;
  conferenceId: string;
  bridgePointId: string | null;
  participantGroupId: string | null;
  label: string;
  createdByUserId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  /**
   * Uses recorded, not requests: each sign-in with the link (POST /auth/link) counts, and its
   * other requests count at most once a minute (LINK_USE_INTERVAL_MS, access-link-service.ts).
   */
  useCount: number;
  state: AccessLinkState;
}

/** NFC, trimmed, lower-cased: the form stored and looked up. */
export const normalizeEmail = (email: string): string => normalizeText(email).toLowerCase();

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
export const isEmailShaped = (email: string): boolean => email.length <= 254 && EMAIL_SHAPE.test(email);

export const rowToUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  isAdmin: row.is_admin === 1,
  disabled: row.disabled === 1,
  hasPassword: row.password_hash !== null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** What the audit log keeps of a user (no secrets). */
export const auditedUser = (user: User) => ({
  email: user.email,
  displayName: user.displayName,
  isAdmin: user.isAdmin,
  disabled: user.disabled,
});

export const rowToSession = (row: SessionRow): SessionInfo => ({
  id: row.id,
  userId: row.user_id,
  csrfToken: row.csrf_token,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastSeenAt: row.last_seen_at,
  ip: row.ip,
  userAgent: row.user_agent,
});

export const rowToMembership = (row: MembershipRow | MembershipWithUserRow): MembershipRecord => ({
  id: row.id,
  conferenceId: row.conference_id,
  userId: row.user_id,
  role: row.role as ConferenceRole,
  bridgePointIds: JSON.parse(row.bridge_point_ids) as string[],
  createdAt: row.created_at,
  ...('user_email' in row ? { userEmail: row.user_email, userDisplayName: row.user_display_name } : {}),
});

/** The plain Membership the policies use. */
export const toMembership = (record: MembershipRecord): Membership => ({
  conferenceId: record.conferenceId,
  role: record.role,
  bridgePointIds: record.bridgePointIds,
});

export const linkState = (row: AccessLinkRow, now: Date): AccessLinkState =>
  row.revoked_at !== null ? 'revoked' : Date.parse(row.expires_at) <= now.getTime() ? 'expired' : 'active';

export const rowToAccessLink = (row: AccessLinkRow, now: Date): AccessLink => ({
  id: row.id,
  purpose: row.purpose as LinkPurpose,
  conferenceId: row.conference_id,
  bridgePointId: row.bridge_point_id,
  participantGroupId: row.participant_group_id,
  label: row.label,
  createdByUserId: row.created_by_user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
  lastUsedIp: row.last_used_ip,
  useCount: Number(row.use_count),
  state: linkState(row, now),
});
