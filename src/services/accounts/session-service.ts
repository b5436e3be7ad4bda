/**
 * Sessions: login (rate-limited, argon2id, a new token every time), resolving the
 * cookie's token to the user and their memberships, logout and revoking all of a
 * user's sessions. A session ends after `idleTimeoutMs` without use (sliding) and at
 * `absoluteTimeoutMs` after login, whichever comes first.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, Membership } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Database } from '../../storage/database.js';
import { listMembershipsOfUser } from '../../storage/repositories/membership-repository.js';
import {
  findSessionByTokenHash,
  insertSession,
  revokeSessionById,
  revokeUserSessions,
  touchSession,
} from '../../storage/repositories/session-repository.js';
import { findUserByEmail, findUserById } from '../../storage/repositories/user-repository.js';
import type { SessionRow } from '../../storage/tables.js';
import {
  normalizeEmail,
  rowToMembership,
  rowToSession,
  rowToUser,
  toMembership,
  type AccountsDeps,
  type SessionInfo,
  type User,
} from './account-records.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from './audit-context.js';
import { recordAudit } from './audit-service.js';
import { dummyVerify, verifyPassword } from './passwords.js';
import { assertLoginAllowed, DEFAULT_RATE_LIMIT, recordLoginAttempt, type RateLimitConfig } from './rate-limit.js';
import { constantTimeEqual, hashToken, isTokenShaped, newToken } from './tokens.js';

export interface SessionConfig {
  /** Default 12 hours. */
  idleTimeoutMs?: number;
  /** Default 7 days. */
  absoluteTimeoutMs?: number;
  /** last_seen_at is written at most this often (default 1 minute). */
  touchIntervalMs?: number;
  rateLimit?: RateLimitConfig;
}

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
  /** The session token the browser presented before logging in, if any: revoked, never reused. */
  previousToken?: string | null;
}

export interface LoginResult {
  /** The new session token (cookie value); shown once. */
  token: string;
  csrfToken: string;
  user: User;
  session: SessionInfo;
  /** Absolute end of the session (the idle timeout may end it earlier). */
  expiresAt: string;
}

export interface ResolvedSession {
  user: User;
  session: SessionInfo;
  memberships: Membership[];
  actor: Extract<Actor, { kind: 'user' }>;
}

export interface SessionService {
  /** 429 auth.too_many_attempts (TooManyAttemptsError, with retryAfterSeconds); 401 auth.invalid_credentials. */
  login(input: LoginInput): Promise<LoginResult>;
  /** null when unknown, revoked, expired (idle or absolute) or the user is disabled. */
  resolveSession(token: string | null | undefined): Promise<ResolvedSession | null>;
  logout(token: string, origin?: AuditOrigin): Promise<void>;
  /** Returns how many sessions were revoked. */
  revokeAllSessions(userId: string, origin?: AuditOrigin): Promise<number>;
}

/** Whether the CSRF token presented with a write is the session's (constant time). */
export const verifyCsrf = (session: SessionInfo, presented: string | null | undefined): boolean =>
  typeof presented === 'string' && presented.length > 0 && constantTimeEqual(session.csrfToken, presented);

export const invalidCredentials = () =>
  new DomainError(401, 'auth.invalid_credentials', {
    vi: 'Địa chỉ thư điện tử hoặc mật khẩu không đúng.',
    en: 'Wrong e-mail address or password.',
  });

const HOUR = 60 * 60_000;

export function createSessionService(database: Database, deps: AccountsDeps & SessionConfig = {}): SessionService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const idle = deps.idleTimeoutMs ?? 12 * HOUR;
  const absolute = deps.absoluteTimeoutMs ?? 7 * 24 * HOUR;
  const touchInterval = deps.touchIntervalMs ?? 60_000;
  const rateLimit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;

  const isLive = (row: SessionRow, now: number) =>
    row.revoked_at === null && Date.parse(row.expires_at) > now && Date.parse(row.last_seen_at) + idle > now;

  return {
    async login(input) {
      const email = typeof input.email === 'string' ? normalizeEmail(input.email) : '';
      const password = typeof input.password === 'string' ? input.password : '';
      const who = { email, ip: input.ip };
      await assertLoginAllowed(db, who, clock(), rateLimit);
      const row = email ? await findUserByEmail(db, email) : undefined;
      const passwordOk = row?.password_hash ? await verifyPassword(row.password_hash, password) : await dummyVerify(password);
      if (!row || !passwordOk || row.disabled === 1) {
        await recordLoginAttempt(db, who, false, clock().toISOString(), newId);
        throw invalidCredentials();
      }
      const now = clock();
      const at = now.toISOString();
      const { token, hash } = newToken();
      const session: SessionRow = {
        id: newId(),
        token_hash: hash,
        user_id: row.id,
        csrf_token: newToken().token,
        created_at: at,
        expires_at: new Date(now.getTime() + absolute).toISOString(),
        last_seen_at: at,
        revoked_at: null,
        ip: input.ip,
        user_agent: input.userAgent,
      };
      await db.transaction().execute(async (trx) => {
        await recordLoginAttempt(trx, who, true, at, newId);
        if (isTokenShaped(input.previousToken)) {
          const previous = await findSessionByTokenHash(trx, hashToken(input.previousToken));
          if (previous) await revokeSessionById(trx, previous.id, at);
        }
        await insertSession(trx, session);
        await recordAudit(
          trx,
          {
            actor: { kind: 'user', userId: row.id, linkId: null, label: row.email },
            ip: input.ip,
            userAgent: input.userAgent,
            action: 'session.login',
            conferenceId: null,
            entityType: 'session',
            entityId: session.id,
            before: null,
            after: { userId: row.id, expiresAt: session.expires_at },
          },
          at,
          newId(),
        );
      });
      return { token, csrfToken: session.csrf_token, user: rowToUser(row), session: rowToSession(session), expiresAt: session.expires_at };
    },

    async resolveSession(token) {
      if (!isTokenShaped(token)) return null;
      const row = await findSessionByTokenHash(db, hashToken(token));
      const now = clock().getTime();
      if (!row || !isLive(row, now)) return null;
      const userRow = await findUserById(db, row.user_id);
      if (!userRow || userRow.disabled === 1) return null;
      let current = row;
      if (now - Date.parse(row.last_seen_at) >= touchInterval) {
        current = { ...row, last_seen_at: new Date(now).toISOString() };
        await touchSession(db, row.id, current.last_seen_at);
      }
      const memberships = (await listMembershipsOfUser(db, userRow.id)).map((m) => toMembership(rowToMembership(m)));
      const user = rowToUser(userRow);
      return {
        user,
        session: rowToSession(current),
        memberships,
        actor: { kind: 'user', userId: user.id, isAdmin: user.isAdmin, memberships },
      };
    },

    async logout(token, origin) {
      if (!isTokenShaped(token)) return;
      await db.transaction().execute(async (trx) => {
        const row = await findSessionByTokenHash(trx, hashToken(token));
        const at = clock().toISOString();
        if (!row || !(await revokeSessionById(trx, row.id, at))) return;
        const user = await findUserById(trx, row.user_id);
        const from = origin ?? { actor: { kind: 'user', userId: row.user_id, linkId: null, label: user?.email ?? row.user_id }, ip: null, userAgent: null };
        await recordAudit(trx, { ...from, action: 'session.logout', conferenceId: null, entityType: 'session', entityId: row.id, before: null, after: { revokedAt: at } }, at, newId());
      });
    },

    async revokeAllSessions(userId, origin = SYSTEM_ORIGIN) {
      return db.transaction().execute(async (trx) => {
        const at = clock().toISOString();
        const count = await revokeUserSessions(trx, userId, at);
        await recordAudit(trx, { ...origin, action: 'session.revoke_all', conferenceId: null, entityType: 'user', entityId: userId, before: null, after: { revokedSessions: count } }, at, newId());
        return count;
      });
    },
  };
}
