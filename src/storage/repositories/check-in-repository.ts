/**
 * Check-in at a hall: the check_ins table (one row per delegate who came; its id is the
 * client's idempotency key), marking a delegate present, the headcounts of halls that only
 * report a number, and the counts one hall's screen shows.
 */
import { sql } from 'kysely';
import { prepareQuery, prepareRowQuery } from '../prepared-query.js';
import { listBridgePointNames } from './plan-repository.js';
import type { CheckInRow, DelegateRow, Executor, HeadcountRow } from '../tables.js';

/** The facts the policies need about a conference, without loading the whole plan. */
// The queries of every check-in are compiled once (prepared-query.ts): Kysely's building and
// compiling was about an eighth of the server's CPU on this path (bench/RESULTS.md, issue 18).
const conferenceFacts = prepareQuery(1, (executor, conferenceId: string) =>
  executor.selectFrom('conferences').select(['id', 'status', 'archived', 'title']).where('id', '=', conferenceId),
);

export async function findConferenceFacts(executor: Executor, conferenceId: string) {
  return (await conferenceFacts(executor, conferenceId)).rows[0];
}

/** One bridge point of the conference (undefined when it is not one of its own). */
export async function findHallPoint(executor: Executor, conferenceId: string, bridgePointId: string) {
  return executor
    .selectFrom('bridge_points')
    .select(['id', 'name', 'quota'])
    .where('conference_id', '=', conferenceId)
    .where('id', '=', bridgePointId)
    .executeTakeFirst();
}

/** The bridge points of a conference, in the plan's order: the halls a check-in screen may offer. */
export const listHallPoints = listBridgePointNames;

const checkInRow = prepareQuery(1, (executor, key: string) => executor.selectFrom('check_ins').selectAll().where('id', '=', key));

export async function findCheckInRow(executor: Executor, key: string): Promise<CheckInRow | undefined> {
  return (await checkInRow(executor, key)).rows[0];
}

const insertCheckInRow = prepareRowQuery<CheckInRow, never>(
  { id: true, conference_id: true, bridge_point_id: true, delegate_id: true, method: true, at: true, actor_label: true },
  (executor, row) =>
    executor
      .insertInto('check_ins')
      .values(row)
      .onConflict((conflict) => conflict.doNothing()),
);

/**
 * Inserts the check-in unless its key or its delegate already has one (ON CONFLICT DO
 * NOTHING on both dialects, so a concurrent duplicate neither fails nor aborts the
 * transaction); true when this call inserted it.
 */
export async function insertCheckIn(executor: Executor, row: CheckInRow): Promise<boolean> {
  const result = await insertCheckInRow(executor, row);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** Marks the delegate present (bumping its version) unless they already are; the updated row, or undefined when nothing changed. */
export async function markDelegatePresent(
  executor: Executor,
  conferenceId: string,
  delegateId: string,
  at: string,
  updatedAt: string,
): Promise<DelegateRow | undefined> {
  return (await delegatePresent(executor, conferenceId, delegateId, at, updatedAt)).rows[0];
}

const delegatePresent = prepareQuery(4, (executor, conferenceId: string, delegateId: string, at: string, updatedAt: string) =>
  executor
    .updateTable('delegates')
    .set((eb) => ({ attendance: 'present', checked_in_at: at, updated_at: updatedAt, version: eb('version', '+', 1) }))
    .where('conference_id', '=', conferenceId)
    .where('id', '=', delegateId)
    .where('attendance', '<>', 'present')
    .returningAll(),
);

/** Removes the check-in of a delegate whose attendance was set back since (one statement, no read first). */
export async function deleteCheckInsOfDelegate(executor: Executor, delegateId: string): Promise<void> {
  await executor.deleteFrom('check_ins').where('delegate_id', '=', delegateId).execute();
}

export async function findHeadcountRow(executor: Executor, conferenceId: string, bridgePointId: string): Promise<HeadcountRow | undefined> {
  return executor
    .selectFrom('headcounts')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .executeTakeFirst();
}

export async function saveHeadcount(executor: Executor, row: HeadcountRow): Promise<void> {
  await executor
    .insertInto('headcounts')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('bridge_point_id').doUpdateSet({ count: row.count, reported_at: row.reported_at, reported_by: row.reported_by }),
    )
    .execute();
}

export interface HallCountRow {
  attendance: string;
  walkIn: number;
  count: number;
}

/** Delegates of one point by attendance and walk-in, for the counts on the hall's screen. */
export async function countHallDelegates(executor: Executor, conferenceId: string, bridgePointId: string): Promise<HallCountRow[]> {
  const rows = await executor
    .selectFrom('delegates')
    .select((eb) => ['attendance', 'walk_in', eb.fn.countAll().as('count')])
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .groupBy(['attendance', 'walk_in'])
    .execute();
  return rows.map((row) => ({ attendance: row.attendance, walkIn: Number(row.walk_in), count: Number(row.count) }));
}

/**
 * Savepoints inside a transaction (the same SQL on SQLite and PostgreSQL): each check-in of
 * a group commit is all-or-nothing on its own. Names come from the caller's counter, never
 * from input.
 */
export async function savepoint(executor: Executor, name: string): Promise<void> {
  await sql`savepoint ${sql.id(name)}`.execute(executor);
}

export async function rollbackToSavepoint(executor: Executor, name: string): Promise<void> {
  await sql`rollback to savepoint ${sql.id(name)}`.execute(executor);
  await sql`release savepoint ${sql.id(name)}`.execute(executor);
}

export async function releaseSavepoint(executor: Executor, name: string): Promise<void> {
  await sql`release savepoint ${sql.id(name)}`.execute(executor);
}
