/** Typed calls of the accounts, access and audit part of /api/v1 (see src/server/routes/auth, users, memberships, access-links, audit). */
import type { Actor, ConferenceRole, LinkPurpose, Membership } from '../../../src/domain/access/actor.js';
import type { PresentedAccessRecord } from '../../../src/domain/access/present-conference-access.js';
import type { Presented } from '../../../src/domain/access/present-record.js';
import type { PresentedUser } from '../../../src/domain/access/present-user.js';
import type {
  AccessLink as StoredAccessLink,
  MembershipRecord as StoredMembership,
  User,
} from '../../../src/services/accounts/account-records.js';
import type { AuditEntry as StoredAuditEntry } from '../../../src/services/accounts/audit-context.js';
import type { AuditQuery } from '../../../src/services/accounts/audit-service.js';
import { request } from './client.js';

// The server's own types (type-only imports: nothing of the server enters the bundle).
export type { ConferenceRole, LinkPurpose, Membership, User };
/** Records as the server presents them, each with the actions the caller may take on it (hide the other buttons). */
export type UserRecord = PresentedUser<User>;
export type MembershipRecord = PresentedAccessRecord<StoredMembership>;
export type AccessLink = PresentedAccessRecord<StoredAccessLink>;
/** Always `allowedActions: []`: the log is append-only. */
export type AuditEntry = Presented<StoredAuditEntry, never>;
/** The filters of GET /audit. */
export type AuditFilters = AuditQuery;

export const ROLES: readonly ConferenceRole[] = ['organizer', 'chair', 'operator', 'delegate', 'observer'];
export const LINK_PURPOSES: readonly LinkPurpose[] = ['guest', 'delegate', 'operator', 'observer', 'display'];

/** A link actor as /auth/me and /auth/link show it: the domain's link actor with its label and end. */
export type LinkActor = Extract<Actor, { kind: 'link' }> & { label: string; expiresAt: string };

export type MeActor = { kind: 'anonymous' } | { kind: 'user'; user: User; memberships: Membership[] } | LinkActor;

export interface Me {
  actor: MeActor;
  csrfToken: string | null;
  systemActions: string[];
}

export interface SignedIn {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

const c = (id: string) => `/conferences/${encodeURIComponent(id)}`;
const quiet = { quiet: true };

export const getMe = () => request<Me>('GET', '/auth/me', quiet);
export const login = (email: string, password: string) =>
  request<SignedIn>('POST', '/auth/login', { body: { email, password }, quiet: true });
export const logout = () => request<void>('POST', '/auth/logout', quiet);
export const setupStatus = () => request<{ needsSetup: boolean }>('GET', '/setup/status', quiet);
export const completeSetup = (body: { token: string; email: string; displayName: string; password: string }) =>
  request<SignedIn>('POST', '/setup', { body, quiet: true });
export const setPassword = (token: string, password: string) =>
  request<{ user: User }>('POST', '/auth/password', { body: { token, password }, quiet: true });
export const exchangeLink = (token: string) =>
  request<{ actor: LinkActor; csrfToken: string }>('POST', '/auth/link', { body: { token }, quiet: true });

/**
 * Every item of a paged list (src/services/paging.ts), a page of 500 at a time: the screens
 * show whole lists of accounts, roles and links, which stay small beside the page size.
 */
async function allPages<T>(path: string): Promise<{ items: T[] }> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: { items: T[]; nextCursor: string | null } = await request('GET', `${path}?${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items };
}

export const listUsers = () => allPages<UserRecord>('/users');
export const createUser = (body: { email: string; displayName: string; isAdmin?: boolean }) =>
  request<{ user: UserRecord; link: string; expiresAt: string }>('POST', '/users', { body });
export const setUserDisabled = (userId: string, disabled: boolean) =>
  request<UserRecord>('PATCH', `/users/${encodeURIComponent(userId)}`, { body: { disabled } });
export const resetPassword = (userId: string) =>
  request<{ link: string; expiresAt: string }>('POST', `/users/${encodeURIComponent(userId)}/password-reset`);

export const listMemberships = (conferenceId: string) => allPages<MembershipRecord>(`${c(conferenceId)}/memberships`);
export const grantMembership = (conferenceId: string, body: { email: string; role: ConferenceRole; bridgePointIds: string[] }) =>
  request<MembershipRecord>('POST', `${c(conferenceId)}/memberships`, { body });
export const revokeMembership = (conferenceId: string, membershipId: string) =>
  request<void>('DELETE', `${c(conferenceId)}/memberships/${encodeURIComponent(membershipId)}`);

export const listLinks = (conferenceId: string) => allPages<AccessLink>(`${c(conferenceId)}/access-links`);
export const createLink = (
  conferenceId: string,
  body: { purpose: LinkPurpose; bridgePointId: string | null; label: string; expiresAt: string },
) => request<{ link: AccessLink; url: string }>('POST', `${c(conferenceId)}/access-links`, { body });
export const revokeLink = (conferenceId: string, linkId: string) =>
  request<{ link: AccessLink }>('POST', `${c(conferenceId)}/access-links/${encodeURIComponent(linkId)}/revoke`);

export const listAudit = (filters: AuditFilters) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  return request<{ items: AuditEntry[]; nextBeforeSeq: number | null }>('GET', `/audit?${params}`);
};
