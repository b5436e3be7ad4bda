/** The sessions table: one row per login, found by the hash of its token. */
import { prepareQuery } from '../prepared-query.js';
import type { Executor, SessionRow, UserRow } from '../tables.js';

export async function insertSession(executor: Executor, row: SessionRow): Promise<void> {
  await executor.insertInto('sessions').values(row).execute();
}

// Read on every signed-in request: compiled once (prepared-query.ts).
const sessionByTokenHash = prepareQuery(1, (executor, tokenHash: string) =>
  executor.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash),
);

export async function findSessionByTokenHash(executor: Executor, tokenHash: string): Promise<SessionRow | undefined> {
  return (await sessionByTokenHash(executor, tokenHash)).rows[0];
}

// A signed-in request's session and its user in one statement (the user's columns under `user_`).
const sessionWithUser = prepareQuery(1, (executor, tokenHash: string) =>
  executor
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select([
      'users.email as user_email',
      'users.display_name as user_display_name',
      'users.password_hash as user_password_hash',
      'users.is_admin as user_is_admin',
      'users.disabled as user_disabled',
      'users.created_at as user_created_at',
      'users.updated_at as user_updated_at',
    ])
    .where('sessions.token_hash', '=', tokenHash),
);

/** The session of a token's hash with its user (undefined when either is missing). */
export async function findSessionWithUser(
  executor: Executor,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = (await sessionWithUser(executor, tokenHash)).rows[0];
  if (row === undefined) return undefined;
  const {
    user_email: email,
    user_display_name: display_name,
    user_password_hash: password_hash,
    user_is_admin: is_admin,
    user_disabled: disabled,
    user_created_at: created_at,
    user_updated_at: updated_at,
    ...session
  } = row;
  return { session, user: { id: session.user_id, email, display_name, password_hash, is_admin, disabled, created_at, updated_at } };
}

export async function touchSession(executor: Executor, id: string, lastSeenAt: string): Promise<void> {
  await executor.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

/** Revokes one session (no-op when already revoked); returns whether a row changed. */
export async function revokeSessionById(executor: Executor, id: string, at: string): Promise<boolean> {
  const result = await executor
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live session of a user; returns how many. */
export async function revokeUserSessions(executor: Executor, userId: string, at: string): Promise<number> {
  const result = await executor
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes sessions that ended before `before` (expired or revoked); returns how many. */
export async function deleteEndedSessions(executor: Executor, before: string): Promise<number> {
  const result = await executor
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before), eb('last_seen_at', '<', before)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
