/** The login_attempts table: what the login rate limit counts (so it holds across processes). */
import type { Executor, LoginAttemptRow } from '../tables.js';

export async function insertLoginAttempts(executor: Executor, rows: LoginAttemptRow[]): Promise<void> {
  if (rows.length > 0) await executor.insertInto('login_attempts').values(rows).execute();
}

/** Attempts under one key since `since` (inclusive), oldest first. */
export async function listLoginAttempts(
  executor: Executor,
  key: string,
  since: string,
): Promise<Pick<LoginAttemptRow, 'attempted_at' | 'succeeded'>[]> {
  return executor
    .selectFrom('login_attempts')
    .select(['attempted_at', 'succeeded'])
    .where('key', '=', key)
    .where('attempted_at', '>=', since)
    .orderBy('attempted_at')
    .execute();
}

export async function deleteLoginAttemptsBefore(executor: Executor, before: string): Promise<number> {
  const result = await executor.deleteFrom('login_attempts').where('attempted_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
