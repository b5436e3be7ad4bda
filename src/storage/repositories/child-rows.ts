/**
 * Statements shared by every table whose rows belong to one conference and carry a
 * `position`: insert in batches, update, delete, next position, renumber. Table names
 * come from the closed `ChildTable` union, never from user input.
 */
import { sql, type Kysely } from 'kysely';
import type { ChildTable, Executor, Tables } from '../tables.js';

// Dynamic table names defeat Kysely's row typing; callers keep the typed signatures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (executor: Executor) => executor as unknown as Kysely<any>;

/** Parameters per statement stay well under SQLite's 32 766 and PostgreSQL's 65 535. */
const PARAMETERS_PER_STATEMENT = 8000;

export async function insertRows(executor: Executor, table: ChildTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns));
  for (let start = 0; start < rows.length; start += batch) {
    await loose(executor)
      .insertInto(table)
      .values(rows.slice(start, start + batch))
      .execute();
  }
}

/** Updates one row of the conference; returns false when there is no such row. */
export async function updateRow(
  executor: Executor,
  table: ChildTable,
  conferenceId: string,
  id: string,
  values: Record<string, unknown>,
): Promise<boolean> {
  const result = await loose(executor)
    .updateTable(table)
    .set(values)
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes one row of the conference (and, by cascade, what hangs on it); false when absent. */
export async function deleteRow(executor: Executor, table: ChildTable, conferenceId: string, id: string): Promise<boolean> {
  const result = await loose(executor).deleteFrom(table).where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteAllRows(executor: Executor, table: ChildTable, conferenceId: string): Promise<void> {
  await loose(executor).deleteFrom(table).where('conference_id', '=', conferenceId).execute();
}

/** 1 + the largest position among the rows of the conference (optionally of one parent). */
export async function nextPosition(
  executor: Executor,
  table: ChildTable,
  conferenceId: string,
  scope?: { column: 'parent_id' | 'assignment_id'; value: string | null },
): Promise<number> {
  let query = loose(executor)
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('last'))
    .where('conference_id', '=', conferenceId);
  if (scope) query = scope.value === null ? query.where(scope.column, 'is', null) : query.where(scope.column, '=', scope.value);
  const row = await query.executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** Sets `position` = index in `ids` for each id, a few hundred rows per statement. */
export async function setPositions(
  executor: Executor,
  table: ChildTable,
  conferenceId: string,
  ids: readonly string[],
  extra: (id: string) => Record<string, unknown> = () => ({}),
): Promise<void> {
  const hasExtra = ids.length > 0 && Object.keys(extra(ids[0]!)).length > 0;
  if (hasExtra) {
    // Moves that change more than the position (the agenda's parent) go row by row.
    for (const [index, id] of ids.entries()) await updateRow(executor, table, conferenceId, id, { position: index, ...extra(id) });
    return;
  }
  const batch = 500;
  for (let start = 0; start < ids.length; start += batch) {
    const chunk = ids.slice(start, start + batch);
    const cases = sql.join(
      chunk.map((id, offset) => sql`when ${id} then ${sql.lit(start + offset)}`),
      sql` `,
    );
    await loose(executor)
      .updateTable(table)
      .set({ position: sql`case id ${cases} end` })
      .where('conference_id', '=', conferenceId)
      .where('id', 'in', chunk)
      .execute();
  }
}

/** One row of the conference, or undefined. */
export async function findRow<T extends ChildTable>(
  executor: Executor,
  table: T,
  conferenceId: string,
  id: string,
): Promise<Tables[T] | undefined> {
  const row = await loose(executor)
    .selectFrom(table)
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row as Tables[T] | undefined;
}

/** Ids of the conference's rows in order (of one parent when `scope` is given). */
export async function listIds(
  executor: Executor,
  table: ChildTable,
  conferenceId: string,
  scope?: { column: 'parent_id' | 'assignment_id'; value: string },
): Promise<string[]> {
  let query = loose(executor).selectFrom(table).select('id').where('conference_id', '=', conferenceId);
  if (scope) query = query.where(scope.column, '=', scope.value);
  const rows = (await query.orderBy('position').orderBy('id').execute()) as { id: string }[];
  return rows.map((row) => row.id);
}
