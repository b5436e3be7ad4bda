/** The users table. Emails arrive lower-cased from the service. */
import { prepareQuery } from '../prepared-query.js';
import type { Executor, UserRow } from '../tables.js';
import { afterKeyset, type KeysetColumn, type KeysetPage } from './keyset.js';

export async function insertUser(executor: Executor, row: UserRow): Promise<void> {
  await executor.insertInto('users').values(row).execute();
}

// Read on every signed-in request: compiled once (prepared-query.ts).
const userById = prepareQuery(1, (executor, id: string) => executor.selectFrom('users').selectAll().where('id', '=', id));

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  return (await userById(executor, id)).rows[0];
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  return executor.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Keys of a user in the list's order (email is unique). */
const USER_KEYSET: KeysetColumn[] = [{ ref: 'email', direction: 'asc' }];
export const userKeys = (row: UserRow): string[] => [row.email];

/** By e-mail; a page of them after a user's keys when `page` is given, else all. */
export async function listUserRows(executor: Executor, page?: KeysetPage): Promise<UserRow[]> {
  let query = executor.selectFrom('users').selectAll().orderBy('email');
  if (page?.after) query = query.where((eb) => afterKeyset(eb, USER_KEYSET, page.after!));
  return page ? query.limit(page.limit).execute() : query.execute();
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
