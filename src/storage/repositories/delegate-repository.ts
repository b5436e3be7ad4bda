/**
 * The delegates table: one row per invited (or walk-in) person at a bridge point. Lists are
 * paged and filtered in SQL; the search key holds name and organisation without diacritics,
 * so `nguyen van a` finds `Nguyễn Văn A` on both dialects with a plain LIKE.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Delegate, InvitationState, AttendanceState, Substitute } from '../../domain/participants/delegate.js';
import { rankOfRow } from '../../domain/protocol/protocol-order.js';
import { prepareQuery } from '../prepared-query.js';
import type { DelegateRow, Executor } from '../tables.js';

/** Parameters per statement stay well under SQLite's 32 766 and PostgreSQL's 65 535. */
const PARAMETERS_PER_STATEMENT = 8000;

/** A delegate row read with the rank of its participant group (null: no group, or the group has none). */
export type RankedDelegateRow = DelegateRow & { group_rank: number | null };

/**
 * Protocol order in SQL, the same on both dialects (domain/protocol/protocol-order.ts): the
 * ranked first (the explicit rank, else the group's, else the title's), then the unranked; order
 * by both keys. The query must left-join the delegate's participant group under `groups`.
 */
export const protocolOrderKeys = (
  delegates = 'delegates',
  groups = 'participant_groups',
): [RawBuilder<number>, RawBuilder<number | null>] => {
  const rank = sql<number | null>`coalesce(${sql.ref(`${delegates}.protocol_rank`)}, ${sql.ref(`${groups}.protocol_rank`)}, ${sql.ref(
    `${delegates}.title_rank`,
  )})`;
  return [sql<number>`case when ${rank} is null then 1 else 0 end`, rank];
};

const withGroups = (executor: Executor) =>
  executor.selectFrom('delegates').leftJoin('participant_groups', 'participant_groups.id', 'delegates.participant_group_id');

/** The delegates with their participant groups' ranks: every read that orders or presents delegates starts here. */
export const selectRankedDelegates = (executor: Executor) =>
  withGroups(executor).selectAll('delegates').select('participant_groups.protocol_rank as group_rank');

export const rowToDelegate = (row: RankedDelegateRow): Delegate => ({
  id: row.id,
  conferenceId: row.conference_id,
  bridgePointId: row.bridge_point_id,
  participantGroupId: row.participant_group_id,
  fullName: row.full_name,
  title: row.title,
  organisation: row.organisation,
  phone: row.phone,
  email: row.email,
  seat: row.seat,
  notes: row.notes,
  invitation: row.invitation as InvitationState,
  substitute: row.substitute_json === null ? null : (JSON.parse(row.substitute_json) as Substitute),
  attendance: row.attendance as AttendanceState,
  walkIn: row.walk_in === 1,
  ...rankOfRow(row),
  answeredAt: row.answered_at,
  checkedInAt: row.checked_in_at,
  version: Number(row.version),
});

export async function insertDelegates(executor: Executor, rows: readonly DelegateRow[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += batch) {
    await executor
      .insertInto('delegates')
      .values(rows.slice(start, start + batch))
      .execute();
  }
}

export async function findDelegateRow(executor: Executor, conferenceId: string, id: string): Promise<DelegateRow | undefined> {
  return executor.selectFrom('delegates').selectAll().where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();
}

/** One delegate with its group's rank, to present it. */
// Read for every check-in: compiled once (prepared-query.ts).
const rankedDelegateRow = prepareQuery(2, (executor, conferenceId: string, id: string) =>
  selectRankedDelegates(executor).where('delegates.conference_id', '=', conferenceId).where('delegates.id', '=', id),
);

export async function findRankedDelegateRow(executor: Executor, conferenceId: string, id: string): Promise<RankedDelegateRow | undefined> {
  return (await rankedDelegateRow(executor, conferenceId, id)).rows[0];
}

/** A row just written (or built) with its group's rank, to present it. */
export async function withGroupRank(executor: Executor, row: DelegateRow): Promise<RankedDelegateRow> {
  if (row.participant_group_id === null) return { ...row, group_rank: null };
  const group = await executor
    .selectFrom('participant_groups')
    .select('protocol_rank')
    .where('conference_id', '=', row.conference_id)
    .where('id', '=', row.participant_group_id)
    .executeTakeFirst();
  return { ...row, group_rank: group?.protocol_rank ?? null };
}

export async function findDelegateRows(executor: Executor, conferenceId: string, ids: readonly string[]): Promise<DelegateRow[]> {
  if (ids.length === 0) return [];
  const rows: DelegateRow[] = [];
  for (let start = 0; start < ids.length; start += PARAMETERS_PER_STATEMENT) {
    const slice = ids.slice(start, start + PARAMETERS_PER_STATEMENT);
    rows.push(
      ...(await executor.selectFrom('delegates').selectAll().where('conference_id', '=', conferenceId).where('id', 'in', slice).execute()),
    );
  }
  return rows;
}

/** Updates one delegate and bumps its version; false when it is missing (or, with `expectedVersion`, changed meanwhile). */
export async function updateDelegateRow(
  executor: Executor,
  conferenceId: string,
  id: string,
  values: Partial<Omit<DelegateRow, 'id' | 'conference_id' | 'version' | 'created_at'>>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = executor
    .updateTable('delegates')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDelegateRow(executor: Executor, conferenceId: string, id: string): Promise<boolean> {
  const result = await executor.deleteFrom('delegates').where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface DelegateFilter {
  conferenceId: string;
  /** Only these points (the caller's scope); undefined = every point. */
  bridgePointIds?: readonly string[];
  participantGroupId?: string;
  invitation?: InvitationState;
  attendance?: AttendanceState;
  /** Already folded (foldForSearch): every word must occur in the search key. */
  searchWords?: readonly string[];
}

const filtered = (executor: Executor, filter: DelegateFilter) => {
  let query = withGroups(executor).where('delegates.conference_id', '=', filter.conferenceId);
  if (filter.bridgePointIds) {
    if (filter.bridgePointIds.length === 0)
      query = query.where('delegates.bridge_point_id', 'is', null); // matches nothing
    else query = query.where('delegates.bridge_point_id', 'in', [...filter.bridgePointIds]);
  }
  if (filter.participantGroupId) query = query.where('delegates.participant_group_id', '=', filter.participantGroupId);
  if (filter.invitation) query = query.where('delegates.invitation', '=', filter.invitation);
  if (filter.attendance) query = query.where('delegates.attendance', '=', filter.attendance);
  for (const word of filter.searchWords ?? []) {
    const escaped = word.replace(/[\\%_]/g, '');
    query = query.where((eb) => eb('delegates.search_key', 'like', `%${escaped}%`));
  }
  return query;
};

/** One page in protocol order (point, rank, then name), and the total matching the filter. */
export async function listDelegateRows(
  executor: Executor,
  filter: DelegateFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: RankedDelegateRow[]; total: number }> {
  const rows = await filtered(executor, filter)
    .selectAll('delegates')
    .select('participant_groups.protocol_rank as group_rank')
    .orderBy('delegates.bridge_point_id')
    .orderBy(protocolOrderKeys()[0])
    .orderBy(protocolOrderKeys()[1])
    .orderBy('delegates.search_key')
    .orderBy('delegates.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const count = await filtered(executor, filter)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.total) };
}

/** Every delegate of the conference (or of some points) in the same order, for duplicates, counts, moves and documents. */
export async function listAllDelegateRows(
  executor: Executor,
  conferenceId: string,
  bridgePointIds?: readonly string[],
): Promise<RankedDelegateRow[]> {
  return filtered(executor, { conferenceId, ...(bridgePointIds ? { bridgePointIds } : {}) })
    .selectAll('delegates')
    .select('participant_groups.protocol_rank as group_rank')
    .orderBy('delegates.bridge_point_id')
    .orderBy(protocolOrderKeys()[0])
    .orderBy(protocolOrderKeys()[1])
    .orderBy('delegates.search_key')
    .orderBy('delegates.id')
    .execute();
}
