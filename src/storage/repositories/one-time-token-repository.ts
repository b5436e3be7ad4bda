/** The one_time_tokens table: set-up and password links, used at most once. */
import type { Executor, OneTimeTokenRow } from '../tables.js';

export async function insertOneTimeToken(executor: Executor, row: OneTimeTokenRow): Promise<void> {
  await executor.insertInto('one_time_tokens').values(row).execute();
}

export async function findOneTimeTokenByHash(executor: Executor, tokenHash: string): Promise<OneTimeTokenRow | undefined> {
  return executor.selectFrom('one_time_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks the token used unless it already is; false when another request used it first. */
export async function markOneTimeTokenUsed(executor: Executor, id: string, at: string): Promise<boolean> {
  const result = await executor
    .updateTable('one_time_tokens')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ends every unused token of a user for one purpose (a new reset link replaces the old ones). */
export async function expireUserTokens(executor: Executor, userId: string, purpose: string, at: string): Promise<void> {
  await executor
    .updateTable('one_time_tokens')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
