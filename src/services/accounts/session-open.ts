/**
 * Opening and ending a session inside the caller's transaction, shared by login, the first
 * set-up (which signs the new administrator in) and the exchange of an access link (which
 * ends the user session of the browser). No audit row here: each caller writes its one row.
 */
import { findSessionByTokenHash, insertSession, revokeSessionById } from '../../storage/repositories/session-repository.js';
import type { Executor, SessionRow } from '../../storage/tables.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

const HOUR = 60 * 60_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 12 * HOUR;
export const DEFAULT_ABSOLUTE_TIMEOUT_MS = 7 * 24 * HOUR;

export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
}

export interface OpenedSession {
  /** The new session token (cookie value); shown once. */
  token: string;
  row: SessionRow;
  /** The live session the browser held before, now revoked (null when none). */
  replacedSessionId: string | null;
}

/**
 * Ends the live session of this token, if any: returns the ended row, or null when the token
 * names no session or one already ended.
 */
export async function endSessionOfToken(executor: Executor, token: unknown, at: string): Promise<SessionRow | null> {
  if (!isTokenShaped(token)) return null;
  const row = await findSessionByTokenHash(executor, hashToken(token));
  if (!row || !(await revokeSessionById(executor, row.id, at))) return null;
  return row;
}

/**
 * A new session for the user, with a new token and CSRF token. The token the browser held
 * before (planted by an attacker, or an older session) is revoked, never promoted.
 */
export async function openSession(
  executor: Executor,
  input: { userId: string; client: SessionClient; previousToken?: string | null },
  now: Date,
  absoluteTimeoutMs: number,
  newId: () => string,
): Promise<OpenedSession> {
  const at = now.toISOString();
  const replaced = await endSessionOfToken(executor, input.previousToken, at);
  const { token, hash } = newToken();
  const row: SessionRow = {
    id: newId(),
    token_hash: hash,
    user_id: input.userId,
    csrf_token: newToken().token,
    created_at: at,
    expires_at: new Date(now.getTime() + absoluteTimeoutMs).toISOString(),
    last_seen_at: at,
    revoked_at: null,
    ip: input.client.ip,
    user_agent: input.client.userAgent,
  };
  await insertSession(executor, row);
  return { token, row, replacedSessionId: replaced?.id ?? null };
}
