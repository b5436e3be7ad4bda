/**
 * Accounts: the first administrator (through a one-time set-up link, no default
 * password), users created by administrators (each gets a one-time password link),
 * password resets and disabling. Every write records one audit row in its transaction.
 */
import { randomUUID } from 'node:crypto';
import { DomainError, invalid } from '../../domain/errors.js';
import type { Database } from '../../storage/database.js';
import { deleteKnownDevicesOfUser } from '../../storage/repositories/known-device-repository.js';
import { revokeUserSessions } from '../../storage/repositories/session-repository.js';
import {
  countAdmins,
  findUserByEmail,
  findUserById,
  insertUser,
  listUserRows,
  updateUser,
  userKeys,
} from '../../storage/repositories/user-repository.js';
import type { Executor } from '../../storage/tables.js';
import { entityNotFound } from '../input.js';
import { decodeCursor, pageLimit, pageOf, type Page, type PageRequest } from '../paging.js';
import { checkIdentity, emailTaken } from './account-identity.js';
import { auditedUser, rowToUser, type AccountsDeps, type User } from './account-records.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from './audit-context.js';
import { recordAudit } from './audit-service.js';
import { insertFirstAdmin, prepareFirstAdmin, setupAlreadyDone, type FirstAdminInput } from './first-admin.js';
import { consumeOneTimeLink, issueOneTimeLink, type OneTimeLink } from './one-time-links.js';
import { preparePasswordCheck } from './password-strength.js';
import { assertPasswordAcceptable, assertPasswordAllowed, hashPassword } from './passwords.js';

export interface AccountServiceConfig {
  /** Life of the first administrator's set-up link (default 24 h). */
  setupLinkTtlMs?: number;
  /** Life of a password link (default 72 h). */
  passwordLinkTtlMs?: number;
}

export interface NewUserInput {
  email: string;
  displayName: string;
  isAdmin?: boolean;
}

export interface AccountService {
  /** 409 setup.already_done once an administrator exists. */
  createFirstAdminSetupLink(origin?: AuditOrigin): Promise<OneTimeLink>;
  /** Creates the first administrator without signing them in (POST /setup uses sessions.setUpFirstAdmin). */
  completeSetup(token: string, input: FirstAdminInput, origin?: AuditOrigin): Promise<User>;
  /** `byAdmin.actor.userId` must be an active administrator (else 403 user.admin_required). */
  createUser(byAdmin: AuditOrigin, input: NewUserInput): Promise<{ user: User } & OneTimeLink>;
  setPasswordWithToken(token: string, password: string, origin?: AuditOrigin): Promise<User>;
  resetPassword(userId: string, origin?: AuditOrigin): Promise<OneTimeLink>;
  setDisabled(userId: string, disabled: boolean, origin?: AuditOrigin): Promise<User>;
  listUsers(): Promise<User[]>;
  /** One page of the users, by e-mail (paging.ts). */
  listUsersPage(request: PageRequest): Promise<Page<User>>;
  getUser(userId: string): Promise<User>;
}

const DAY = 24 * 60 * 60_000;
const userNotFound = () => entityNotFound('user.not_found', 'người dùng', 'user');

export function createAccountService(database: Database, deps: AccountsDeps & AccountServiceConfig = {}): AccountService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const setupTtl = deps.setupLinkTtlMs ?? DAY;
  const passwordTtl = deps.passwordLinkTtlMs ?? 3 * DAY;

  const mustFindUser = async (executor: Executor, userId: string) => {
    const row = typeof userId === 'string' ? await findUserById(executor, userId) : undefined;
    if (!row) throw userNotFound();
    return row;
  };

  return {
    async createFirstAdminSetupLink(origin = SYSTEM_ORIGIN) {
      return db.transaction().execute(async (trx) => {
        if ((await countAdmins(trx, true)) > 0) throw setupAlreadyDone();
        const now = clock();
        const link = await issueOneTimeLink(trx, { purpose: 'first_admin', userId: null, now, ttlMs: setupTtl, id: newId() });
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'setup.link_create',
            conferenceId: null,
            entityType: 'setup',
            entityId: null,
            before: null,
            after: { expiresAt: link.expiresAt },
          },
          now.toISOString(),
          newId(),
        );
        return link;
      });
    },

    async completeSetup(token, input, origin = SYSTEM_ORIGIN) {
      const admin = await prepareFirstAdmin(input);
      return db.transaction().execute(async (trx) => {
        const now = clock();
        const at = now.toISOString();
        const user = await insertFirstAdmin(trx, token, admin, now, newId());
        const actor = { kind: 'user' as const, userId: user.id, linkId: null, label: user.email };
        await recordAudit(
          trx,
          {
            ...origin,
            actor,
            action: 'user.setup_admin',
            conferenceId: null,
            entityType: 'user',
            entityId: user.id,
            before: null,
            after: auditedUser(user),
          },
          at,
          newId(),
        );
        return user;
      });
    },

    async createUser(byAdmin, input) {
      const identity = checkIdentity(input);
      return db.transaction().execute(async (trx) => {
        const admin = byAdmin.actor.userId ? await findUserById(trx, byAdmin.actor.userId) : undefined;
        if (!admin || admin.is_admin !== 1 || admin.disabled === 1) {
          throw new DomainError(403, 'user.admin_required', {
            vi: 'Chỉ quản trị viên được tạo tài khoản.',
            en: 'Only an administrator may create accounts.',
          });
        }
        if (await findUserByEmail(trx, identity.email)) throw emailTaken();
        const now = clock();
        const at = now.toISOString();
        const row = {
          id: newId(),
          email: identity.email,
          display_name: identity.displayName,
          password_hash: null,
          is_admin: input.isAdmin === true ? 1 : 0,
          disabled: 0,
          created_at: at,
          updated_at: at,
        };
        await insertUser(trx, row);
        const link = await issueOneTimeLink(trx, { purpose: 'password_reset', userId: row.id, now, ttlMs: passwordTtl, id: newId() });
        const user = rowToUser(row);
        await recordAudit(
          trx,
          {
            ...byAdmin,
            action: 'user.create',
            conferenceId: null,
            entityType: 'user',
            entityId: user.id,
            before: null,
            after: auditedUser(user),
          },
          at,
          newId(),
        );
        return { user, ...link };
      });
    },

    async setPasswordWithToken(token, password, origin = SYSTEM_ORIGIN) {
      if (typeof password !== 'string') assertPasswordAcceptable(password, '');
      await preparePasswordCheck();
      return db.transaction().execute(async (trx) => {
        const now = clock();
        const at = now.toISOString();
        const tokenRow = await consumeOneTimeLink(trx, 'password_reset', token, now);
        const row = await mustFindUser(trx, tokenRow.user_id ?? '');
        // A refusal rolls back, so the link still serves for a better password.
        await assertPasswordAllowed(password, { email: row.email, displayName: row.display_name });
        await updateUser(trx, row.id, { password_hash: await hashPassword(password), updated_at: at });
        // A new password ends every session opened with the old one, and forgets the browsers known to the old one.
        await revokeUserSessions(trx, row.id, at);
        await deleteKnownDevicesOfUser(trx, row.id);
        const actor = { kind: 'user' as const, userId: row.id, linkId: null, label: row.email };
        await recordAudit(
          trx,
          {
            ...origin,
            actor,
            action: 'user.set_password',
            conferenceId: null,
            entityType: 'user',
            entityId: row.id,
            before: { hasPassword: row.password_hash !== null },
            after: { hasPassword: true },
          },
          at,
          newId(),
        );
        return rowToUser(await mustFindUser(trx, row.id));
      });
    },

    async resetPassword(userId, origin = SYSTEM_ORIGIN) {
      return db.transaction().execute(async (trx) => {
        const row = await mustFindUser(trx, userId);
        const now = clock();
        const link = await issueOneTimeLink(trx, { purpose: 'password_reset', userId: row.id, now, ttlMs: passwordTtl, id: newId() });
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'user.reset_password',
            conferenceId: null,
            entityType: 'user',
            entityId: row.id,
            before: null,
            after: { passwordLinkExpiresAt: link.expiresAt },
          },
          now.toISOString(),
          newId(),
        );
        return link;
      });
    },

    async setDisabled(userId, disabled, origin = SYSTEM_ORIGIN) {
      if (typeof disabled !== 'boolean') throw invalid('validation.failed', { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' });
      return db.transaction().execute(async (trx) => {
        const row = await mustFindUser(trx, userId);
        const at = clock().toISOString();
        if (disabled && row.is_admin === 1 && row.disabled === 0 && (await countAdmins(trx)) <= 1) {
          throw invalid('user.last_admin', {
            vi: 'Không thể khoá quản trị viên cuối cùng của hệ thống.',
            en: 'The last active administrator cannot be disabled.',
          });
        }
        await updateUser(trx, row.id, { disabled: disabled ? 1 : 0, updated_at: at });
        if (disabled) await revokeUserSessions(trx, row.id, at);
        await recordAudit(
          trx,
          {
            ...origin,
            action: disabled ? 'user.disable' : 'user.enable',
            conferenceId: null,
            entityType: 'user',
            entityId: row.id,
            before: { disabled: row.disabled === 1 },
            after: { disabled },
          },
          at,
          newId(),
        );
        return rowToUser(await mustFindUser(trx, row.id));
      });
    },

    listUsers: async () => (await listUserRows(db)).map(rowToUser),

    async listUsersPage(request) {
      const limit = pageLimit(request);
      const rows = await listUserRows(db, { limit: limit + 1, after: decodeCursor(request.cursor, 1) });
      return pageOf(rows, limit, userKeys, rowToUser);
    },

    getUser: async (userId) => rowToUser(await mustFindUser(db, userId)),
  };
}
