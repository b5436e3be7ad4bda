/** Row types of the accounts (users, sessions, roles, links, login attempts, audit log), as Kysely sees them; see tables.ts. */
import type { Generated } from 'kysely';
import type { Flag } from './tables.js';

/** Accounts (migration 0002). Emails are stored lower-cased; tokens only as SHA-256 hashes (hex). */
export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_admin: Flag;
  disabled: Flag;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** Absolute end of the session. */
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface MembershipRow {
  id: string;
  conference_id: string;
  user_id: string;
  role: string;
  /** JSON array of bridge point ids (operator scope), "[]" otherwise. */
  bridge_point_ids: string;
  created_at: string;
}

export interface AccessLinkRow {
  id: string;
  token_hash: string;
  purpose: string;
  conference_id: string;
  bridge_point_id: string | null;
  participant_group_id: string | null;
  label: string;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  use_count: number;
  /** A personal link of one delegate (issue 4). */
  delegate_id: string | null;
}

export interface OneTimeTokenRow {
  id: string;
  token_hash: string;
  /** 'first_admin' | 'password_reset' */
  purpose: string;
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginAttemptRow {
  id: string;
  /** 'account:<email>', 'pair:<ip> <email>', 'address:<ip>' or 'device:<known device id>' */
  key: string;
  attempted_at: string;
  succeeded: Flag;
}

/** A browser that has signed in to the account (migration 0007): its cookie's token, hashed. */
export interface KnownDeviceRow {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
}

/** Append-only (triggers refuse UPDATE and DELETE). `seq` is a bigint on PostgreSQL (pg returns a string). */
export interface AuditLogRow {
  seq: Generated<number | string>;
  id: string;
  at: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_link_id: string | null;
  actor_label: string;
  ip: string | null;
  user_agent: string | null;
  conference_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}
