/**
 * The first administrator, created through the one-time set-up link (no default password).
 * The account service creates them alone (`completeSetup`, for the command line and tests);
 * the session service creates them and signs them in, in one transaction with one audit row
 * (`setUpFirstAdmin`, for POST /setup).
 */
import { conflict } from '../../domain/errors.js';
import { countAdmins, findUserByEmail, insertUser } from '../../storage/repositories/user-repository.js';
import type { Executor, UserRow } from '../../storage/tables.js';
import { checkIdentity, emailTaken } from './account-identity.js';
import { rowToUser, type User } from './account-records.js';
import { consumeOneTimeLink } from './one-time-links.js';
import { assertPasswordAllowed, hashPassword } from './passwords.js';

export interface FirstAdminInput {
  email: string;
  displayName: string;
  password: string;
}

/** Checked and hashed before the transaction (hashing is slow). */
export interface PreparedAdmin {
  email: string;
  displayName: string;
  passwordHash: string;
}

export const setupAlreadyDone = () =>
  conflict('setup.already_done', {
    vi: 'Hệ thống đã có quản trị viên. Hãy đăng nhập.',
    en: 'An administrator already exists. Sign in instead.',
  });

/** 422 for a bad e-mail, name or password; the password hashed with argon2id. */
export async function prepareFirstAdmin(input: FirstAdminInput): Promise<PreparedAdmin> {
  const identity = checkIdentity(input);
  await assertPasswordAllowed(input.password, identity);
  return { ...identity, passwordHash: await hashPassword(input.password) };
}

/**
 * Uses the set-up token and inserts the administrator, inside the caller's transaction:
 * 401/422 for a bad, used or expired token, 409 once an administrator exists.
 */
export async function insertFirstAdmin(executor: Executor, token: string, admin: PreparedAdmin, now: Date, id: string): Promise<User> {
  await consumeOneTimeLink(executor, 'first_admin', token, now);
  if ((await countAdmins(executor, true)) > 0) throw setupAlreadyDone();
  if (await findUserByEmail(executor, admin.email)) throw emailTaken();
  const at = now.toISOString();
  const row: UserRow = {
    id,
    email: admin.email,
    display_name: admin.displayName,
    password_hash: admin.passwordHash,
    is_admin: 1,
    disabled: 0,
    created_at: at,
    updated_at: at,
  };
  await insertUser(executor, row);
  return rowToUser(row);
}
