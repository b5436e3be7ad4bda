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
import { findSessionWithUser, revokeUserSessions, touchSession } from '../../storage/repositories/session-repository.js';
import { findUserByEmail, findUserById } from '../../storage/repositories/user-repository.js';
import type { SessionRow } from '../../storage/tables.js';
import {
  auditedUser,
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
import { insertFirstAdmin, prepareFirstAdmin, type FirstAdminInput } from './first-admin.js';
import { dummyVerify, verifyPassword } from './passwords.js';
import { findKnownDevice, rememberDevice, type KnownDevice } from './known-devices.js';
import { assertLoginAllowed, DEFAULT_RATE_LIMIT, pruneLoginAttempts, recordLoginAttempt, type LoginLimits } from './rate-limit.js';
import {
  DEFAULT_ABSOLUTE_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  endSessionOfToken,
  openSession,
  type OpenedSession,
  type SessionClient,
} from './session-open.js';
import { constantTimeEqual, hashToken, isTokenShaped } from './tokens.js';

export interface SessionConfig {
  /** Default 12 hours. */
  idleTimeoutMs?: number;
  /** Default 7 days. */
  absoluteTimeoutMs?: number;
  /** last_seen_at is written at most this often (default 1 minute). */
  touchIntervalMs?: number;
  /** The sign-in limits (domain/access/login-delay.ts). */
  rateLimit?: LoginLimits;
}

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
  /** The session token the browser presented before logging in, if any: revoked, never reused. */
  previousToken?: string | null;
  /** The known-device token the browser presented, if any (known-devices.ts). */
  deviceToken?: string | null;
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

export interface PasswordLoginResult extends LoginResult {
  /** The browser's known device for this account (its cookie), new or extended. */
  device: KnownDevice;
}

export interface ResolvedSession {
  user: User;
  session: SessionInfo;
  memberships: Membership[];
  actor: Extract<Actor, { kind: 'user' }>;
}

export interface SessionService {
  /** 429 auth.too_many_attempts (TooManyAttemptsError, with retryAfterSeconds); 401 auth.invalid_credentials. */
  login(input: LoginInput): Promise<PasswordLoginResult>;
  /**
   * POST /setup: the first administrator through the set-up token (see first-admin.ts), signed
   * in at once; one transaction, one audit row (`user.setup_admin`, whose `after` names the session).
   */
  setUpFirstAdmin(token: string, input: FirstAdminInput, client: SessionClient): Promise<LoginResult>;
  /** null when unknown, revoked, expired (idle or absolute) or the user is disabled. */
  resolveSession(token: string | null | undefined): Promise<ResolvedSession | null>;
  logout(token: string, origin?: AuditOrigin): Promise<void>;
  /** Returns how many sessions were revoked. */
  revokeAllSessions(userId: string, origin?: AuditOrigin): Promise<number>;
}

/** Whether the CSRF token presented with a write is the session's (constant time). */
export const verifyCsrf = (session: SessionInfo, presented: string | null | undefined): boolean =>
  typeof presented === 'string' && presented.length > 0 && constantTimeEqual(session.csrfToken, presented);

const signedIn = (session: OpenedSession, user: User): LoginResult => ({
  token: session.token,
  csrfToken: session.row.csrf_token,
  user,
  session: rowToSession(session.row),
  expiresAt: session.row.expires_at,
});

export const invalidCredentials = () =>
  new DomainError(401, 'auth.invalid_credentials', {
    vi: 'Địa chỉ thư điện tử hoặc mật khẩu không đúng.',
    en: 'Wrong e-mail address or password.',
  });

export function createSessionService(database: Database, deps: AccountsDeps & SessionConfig = {}): SessionService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const idle = deps.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const absolute = deps.absoluteTimeoutMs ?? DEFAULT_ABSOLUTE_TIMEOUT_MS;
  const touchInterval = deps.touchIntervalMs ?? 60_000;
  const rateLimit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  // Old attempts are deleted at most every 10 minutes by each process, not on every sign-in.
  let prunedAt = 0;
  const pruneNowAndThen = async (now: Date) => {
    if (now.getTime() - prunedAt < 10 * 60_000) return;
    prunedAt = now.getTime();
    await pruneLoginAttempts(db, now, rateLimit);
  };

  const isLive = (row: SessionRow, now: number) =>
    row.revoked_at === null && Date.parse(row.expires_at) > now && Date.parse(row.last_seen_at) + idle > now;

  return {
    async login(input) {
      const email = typeof input.email === 'string' ? normalizeEmail(input.email) : '';
      const password = typeof input.password === 'string' ? input.password : '';
      const row = email ? await findUserByEmail(db, email) : undefined;
      const deviceId = await findKnownDevice(db, input.deviceToken, row?.id ?? null, clock());
      const who = { email, ip: input.ip, deviceId };
      await pruneNowAndThen(clock());
      await assertLoginAllowed(db, who, clock(), rateLimit);
      const passwordOk = row?.password_hash ? await verifyPassword(row.password_hash, password) : await dummyVerify(password);
      if (!row || !passwordOk || row.disabled === 1) {
        await recordLoginAttempt(db, who, false, clock().toISOString(), newId, rateLimit);
        throw invalidCredentials();
      }
      const now = clock();
      const at = now.toISOString();
      const client = { ip: input.ip, userAgent: input.userAgent };
      const { session: opened, device } = await db.transaction().execute(async (trx) => {
        await recordLoginAttempt(trx, who, true, at, newId, rateLimit);
        const session = await openSession(trx, { userId: row.id, client, previousToken: input.previousToken }, now, absolute, newId);
        const device = await rememberDevice(trx, { userId: row.id, deviceId, token: input.deviceToken }, now, newId);
        const after = {
          userId: row.id,
          expiresAt: session.row.expires_at,
          knownDevice: deviceId !== null,
          ...(session.replacedSessionId ? { replacedSessionId: session.replacedSessionId } : {}),
        };
        const actor = { kind: 'user' as const, userId: row.id, linkId: null, label: row.email };
        await recordAudit(
          trx,
          {
            actor,
            ...client,
            action: 'session.login',
            conferenceId: null,
            entityType: 'session',
            entityId: session.row.id,
            before: null,
            after,
          },
          at,
          newId(),
        );
        return { session, device };
      });
      return { ...signedIn(opened, rowToUser(row)), device };
    },

    async setUpFirstAdmin(token, input, client) {
      const admin = await prepareFirstAdmin(input);
      return db.transaction().execute(async (trx) => {
        const now = clock();
        const at = now.toISOString();
        const user = await insertFirstAdmin(trx, token, admin, now, newId());
        const session = await openSession(trx, { userId: user.id, client }, now, absolute, newId);
        const actor = { kind: 'user' as const, userId: user.id, linkId: null, label: user.email };
        const after = { ...auditedUser(user), session: { id: session.row.id, expiresAt: session.row.expires_at } };
        await recordAudit(
          trx,
          { actor, ...client, action: 'user.setup_admin', conferenceId: null, entityType: 'user', entityId: user.id, before: null, after },
          at,
          newId(),
        );
        return signedIn(session, user);
      });
    },

    async resolveSession(token) {
      if (!isTokenShaped(token)) return null;
      // The session and its user in one statement, the memberships in a second: this runs on every signed-in request.
      const found = await findSessionWithUser(db, hashToken(token));
      const now = clock().getTime();
      if (!found || !isLive(found.session, now)) return null;
      const { session: row, user: userRow } = found;
      if (userRow.disabled === 1) return null;
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
        const at = clock().toISOString();
        const row = await endSessionOfToken(trx, token, at);
        if (!row) return;
        const user = await findUserById(trx, row.user_id);
        const from = origin ?? {
          actor: { kind: 'user', userId: row.user_id, linkId: null, label: user?.email ?? row.user_id },
          ip: null,
          userAgent: null,
        };
        await recordAudit(
          trx,
          {
            ...from,
            action: 'session.logout',
            conferenceId: null,
            entityType: 'session',
            entityId: row.id,
            before: null,
            after: { revokedAt: at },
          },
          at,
          newId(),
        );
      });
    },

    async revokeAllSessions(userId, origin = SYSTEM_ORIGIN) {
      return db.transaction().execute(async (trx) => {
        const at = clock().toISOString();
        const count = await revokeUserSessions(trx, userId, at);
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'session.revoke_all',
            conferenceId: null,
            entityType: 'user',
            entityId: userId,
            before: null,
            after: { revokedSessions: count },
          },
          at,
          newId(),
        );
        return count;
      });
    },
  };
}
