/** The sessions table: one row per login, found by the hash of its token. */
import { prepareQuery } from '../prepared-query.js';
import type { Executor, SessionRow } from '../tables.js';

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
