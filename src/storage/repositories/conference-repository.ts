/** The conferences table: the plan's general information, status, version and the list. */
import { sql } from 'kysely';
import type { ConferenceInfo, ConferenceStatus, ConferenceSummary } from '../../domain/conference.schema.js';
import { foldForSearch } from '../../domain/text.js';
import type { ConferenceRow, Executor } from '../tables.js';
import { conferenceInfoToRow, fromFlag, toFlag } from './row-mappers.js';

export interface NewConferenceRow {
  id: string;
  /** `startsAt` is written by replaceSessions, from the sessions. */
  info: ConferenceInfo;
  status: ConferenceStatus;
  archived: boolean;
  now: string;
}

export async function insertConference(executor: Executor, row: NewConferenceRow): Promise<void> {
  await executor
    .insertInto('conferences')
    .values({
      id: row.id,
      version: 1,
      status: row.status,
      archived: toFlag(row.archived),
      created_at: row.now,
      updated_at: row.now,
      starts_at: null,
      first_date: null,
      ...conferenceInfoToRow(row.info),
    })
    .execute();
}

export async function findConferenceRow(executor: Executor, id: string): Promise<ConferenceRow | undefined> {
  return executor.selectFrom('conferences').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateConferenceInfo(executor: Executor, id: string, info: ConferenceInfo): Promise<void> {
  await executor.updateTable('conferences').set(conferenceInfoToRow(info)).where('id', '=', id).execute();
}

export async function updateConferenceState(
  executor: Executor,
  id: string,
  state: { status?: ConferenceStatus; archived?: boolean },
): Promise<void> {
  await executor
    .updateTable('conferences')
    .set({
      ...(state.status !== undefined ? { status: state.status } : {}),
      ...(state.archived !== undefined ? { archived: toFlag(state.archived) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export type BumpResult = 'bumped' | 'not_found' | 'conflict';

/**
 * `version = version + 1` when the version is the expected one (or none is expected).
 * First statement of every write: on PostgreSQL it also locks the row, so the writes of
 * one conference run one after the other.
 */
export async function bumpVersion(
  executor: Executor,
  id: string,
  expectedVersion: number | undefined,
  updatedAt: string,
): Promise<BumpResult> {
  let query = executor
    .updateTable('conferences')
    .set({ version: sql<number>`version + 1`, updated_at: updatedAt })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return 'bumped';
  const exists = await executor.selectFrom('conferences').select('id').where('id', '=', id).executeTakeFirst();
  return exists ? 'conflict' : 'not_found';
}

export async function deleteConference(executor: Executor, id: string): Promise<boolean> {
  const result = await executor.deleteFrom('conferences').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Whose list it is: every conference (the administrator), those where one user holds any
 * role (an EXISTS on memberships), or the one conference of an access link.
 */
export type ConferenceReader = { kind: 'all' } | { kind: 'member'; userId: string } | { kind: 'conference'; conferenceId: string };

export interface ConferenceListFilter {
  /** Default: every conference. */
  readableBy?: ConferenceReader;
  q?: string;
  status?: ConferenceStatus;
  archived: boolean;
  limit: number;
  offset: number;
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Summaries, newest conference first, with the total matching the filter: two statements
 * (the count and the page), whoever reads.
 */
export async function listConferences(
  executor: Executor,
  filter: ConferenceListFilter,
): Promise<{ items: ConferenceSummary[]; total: number }> {
  const words = foldForSearch(filter.q ?? '')
    .split(' ')
    .filter(Boolean);
  let base = executor.selectFrom('conferences').where('archived', '=', toFlag(filter.archived));
  if (filter.status) base = base.where('status', '=', filter.status);
  const reader = filter.readableBy ?? { kind: 'all' };
  if (reader.kind === 'conference') base = base.where('conferences.id', '=', reader.conferenceId);
  if (reader.kind === 'member') {
    const userId = reader.userId;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('memberships')
          .select('memberships.id')
          .whereRef('memberships.conference_id', '=', 'conferences.id')
          .where('memberships.user_id', '=', userId),
      ),
    );
  }
  for (const word of words) {
    // Same statement on both dialects: the stored key is folded, so plain LIKE suffices.
    base = base.where(sql<boolean>`search_text like ${`%${escapeLike(word)}%`} escape '\\'`);
  }
  const totalRow = await base.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
  const rows = await base
    .select([
      'id',
      'version',
      'status',
      'archived',
      'title',
      'document_type',
      'starts_at',
      'first_date',
      'issuing_body',
      'created_at',
      'updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('bridge_points')
        // A group kept as a count stands for its number of points (a national conference: 3,354, not 105 rows).
        .select(sql<number>`coalesce(sum(coalesce(group_count, 1)), 0)`.as('n'))
        .whereRef('bridge_points.conference_id', '=', 'conferences.id')
        .as('bridge_point_count'),
    )
    // A conference whose start is not fixed sorts by the date it is known by.
    .orderBy(sql`coalesce(starts_at, first_date)`, 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    total: Number(totalRow?.total ?? 0),
    items: rows.map((row) => ({
      id: row.id,
      version: Number(row.version),
      status: row.status as ConferenceStatus,
      archived: fromFlag(row.archived),
      title: row.title,
      documentType: row.document_type as ConferenceSummary['documentType'],
      startsAt: row.starts_at,
      firstDate: row.first_date,
      issuingBody: row.issuing_body,
      bridgePointCount: Number(row.bridge_point_count ?? 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
  };
}
