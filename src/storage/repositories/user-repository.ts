/** The users table. Emails arrive lower-cased from the service. */
import type { Executor, UserRow } from '../tables.js';

export async function insertUser(executor: Executor, row: UserRow): Promise<void> {
  await executor.insertInto('users').values(row).execute();
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  return executor.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  return executor.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function listUserRows(executor: Executor): Promise<UserRow[]> {
  return executor.selectFrom('users').selectAll().orderBy('email').execute();
}

/** Administrators that are not disabled (or all administrators with `includeDisabled`). */
export async function countAdmins(executor: Executor, includeDisabled = false): Promise<number> {
  let query = executor
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('is_admin', '=', 1);
  if (!includeDisabled) query = query.where('disabled', '=', 0);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUser(
  executor: Executor,
  id: string,
  changes: Partial<Pick<UserRow, 'password_hash' | 'disabled' | 'display_name' | 'is_admin'>> & { updated_at: string },
): Promise<void> {
  await executor.updateTable('users').set(changes).where('id', '=', id).execute();
}
