/**
 * The live conference (0005-live): the programme's state and its numbered events, the halls'
 * roll-call reports and the host's messages, numbered by one per-conference hall counter.
 * Writes of the state are optimistic: `updateLiveState` changes the row only when its version
 * is still the one read, `insertLiveState` only when there is none yet; each says whether it did.
 */
import { PostgresAdapter } from 'kysely';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import type { HallLink, HallPlayback, HallStatus, LiveMessage, LiveState } from '../../domain/live/live-state.js';
import type { BridgePointKind } from '../../domain/conference-values.schema.js';
import type { MediaTier } from '../../domain/media/media-tier.js';
import type { Executor, LiveHallRow, LiveMessageRow } from '../tables.js';

const changed = (result: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) =>
  Number(result.numUpdatedRows ?? result.numInsertedOrUpdatedRows ?? 0) === 1;
const nullableNumber = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** The points the chair promoted for the day (live state `promotedPoints`); none before the meeting's first event. */
export async function findPromotedPoints(executor: Executor, conferenceId: string): Promise<string[]> {
  return (await findLiveState(executor, conferenceId))?.promotedPoints ?? [];
}

/**
 * The stored state. `lock`: on PostgreSQL the row stays locked until commit, so writers of one
 * conference queue up instead of racing (SQLite has one writer at a time anyway).
 */
export async function findLiveState(executor: Executor, conferenceId: string, lock = false): Promise<LiveState | undefined> {
  const row = await executor
    .selectFrom('live_states')
    .select('state_json')
    .where('conference_id', '=', conferenceId)
    .$if(lock && executor.getExecutor().adapter instanceof PostgresAdapter, (query) => query.forUpdate())
    .executeTakeFirst();
  if (!row) return undefined;
  const state = JSON.parse(row.state_json) as LiveState;
  // States stored before issue 6 have no force-mutes.
  // States stored before issue 19 have no promoted points.
  return {
    ...state,
    forcedMutes: state.forcedMutes ?? [],
    promotedPoints: state.promotedPoints ?? [],
    recording: state.recording ?? false,
  };
}

/** The version of the stored state; 0 when the meeting has no event yet. */
export async function findLiveVersion(executor: Executor, conferenceId: string): Promise<number> {
  const row = await executor.selectFrom('live_states').select('version').where('conference_id', '=', conferenceId).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/** The first state of the meeting; false when another writer stored one meanwhile. */
export async function insertLiveState(executor: Executor, state: LiveState, updatedAt: string): Promise<boolean> {
  const result = await executor
    .insertInto('live_states')
    .values({ conference_id: state.conferenceId, version: state.version, state_json: JSON.stringify(state), updated_at: updatedAt })
    .onConflict((conflict) => conflict.column('conference_id').doNothing())
    .executeTakeFirst();
  return changed(result);
}

/** Replaces the state read at `readVersion`; false when its version moved meanwhile. */
export async function updateLiveState(executor: Executor, readVersion: number, state: LiveState, updatedAt: string): Promise<boolean> {
  const result = await executor
    .updateTable('live_states')
    .set({ version: state.version, state_json: JSON.stringify(state), updated_at: updatedAt })
    .where('conference_id', '=', state.conferenceId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(result);
}

export async function insertLiveEvents(executor: Executor, events: readonly LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  await executor
    .insertInto('live_events')
    .values(
      events.map((event) => ({
        conference_id: event.conferenceId,
        version: event.version,
        at: event.at,
        type: event.type,
        event_json: JSON.stringify(event),
      })),
    )
    .execute();
}

/** The events after `afterVersion`, oldest first. */
export async function listLiveEvents(executor: Executor, conferenceId: string, afterVersion = 0): Promise<LiveEvent[]> {
  const rows = await executor
    .selectFrom('live_events')
    .select('event_json')
    .where('conference_id', '=', conferenceId)
    .where('version', '>', afterVersion)
    .orderBy('version')
    .execute();
  return rows.map((row) => JSON.parse(row.event_json) as LiveEvent);
}

/** A bridge point as the roll-call wall lists it: its name, and what its media tier follows from (issue 19). */
export interface HallPoint {
  id: string;
  name: string;
  isHost: boolean;
  kind: BridgePointKind;
  mediaTier: MediaTier | null;
}
const HALL_POINT_COLUMNS = ['id', 'name', 'is_host', 'kind', 'media_tier'] as const;
const rowToHallPoint = (row: {
  id: string;
  name: string;
  is_host: number | boolean;
  kind: string;
  media_tier: string | null;
}): HallPoint => ({
  id: row.id,
  name: row.name,
  isHost: Number(row.is_host) === 1,
  kind: row.kind as BridgePointKind,
  mediaTier: row.media_tier as MediaTier | null,
});

/** The bridge points as the roll-call wall lists them: hosts first, then in the plan's order. */
export async function listHallPoints(executor: Executor, conferenceId: string): Promise<HallPoint[]> {
  const rows = await executor
    .selectFrom('bridge_points')
    .select(HALL_POINT_COLUMNS)
    .where('conference_id', '=', conferenceId)
    .orderBy('is_host', 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToHallPoint);
}

/** Only the given points of the conference (ids of another are left out), in the same order. */
export async function listHallPointsIn(executor: Executor, conferenceId: string, ids: readonly string[]): Promise<HallPoint[]> {
  if (ids.length === 0) return [];
  const rows = await executor
    .selectFrom('bridge_points')
    .select(HALL_POINT_COLUMNS)
    .where('conference_id', '=', conferenceId)
    .where('id', 'in', [...ids])
    .orderBy('is_host', 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToHallPoint);
}

/** How many points the conference has (rows: a group kept as a count is one). */
export async function countHallPoints(executor: Executor, conferenceId: string): Promise<number> {
  const row = await executor
    .selectFrom('bridge_points')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** One bridge point of the conference as the roll-call wall lists it; undefined when it is not one of its own. */
export async function findHallPoint(executor: Executor, conferenceId: string, bridgePointId: string): Promise<HallPoint | undefined> {
  const row = await executor
    .selectFrom('bridge_points')
    .select(HALL_POINT_COLUMNS)
    .where('conference_id', '=', conferenceId)
    .where('id', '=', bridgePointId)
    .executeTakeFirst();
  return row ? rowToHallPoint(row) : undefined;
}

/** Takes the next number of the conference's hall stream (1, 2, 3 …); locks the counter until commit. */
export async function nextHallSeq(executor: Executor, conferenceId: string): Promise<number> {
  const row = await executor
    .insertInto('live_hall_seqs')
    .values({ conference_id: conferenceId, seq: 1 })
    .onConflict((conflict) => conflict.column('conference_id').doUpdateSet((eb) => ({ seq: eb('live_hall_seqs.seq', '+', 1) })))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

export async function currentHallSeq(executor: Executor, conferenceId: string): Promise<number> {
  const row = await executor.selectFrom('live_hall_seqs').select('seq').where('conference_id', '=', conferenceId).executeTakeFirst();
  return row ? Number(row.seq) : 0;
}

const rowToHall = (row: LiveHallRow) => ({
  bridgePointId: row.bridge_point_id,
  ready: Number(row.ready) === 1,
  link: row.link as HallLink,
  rttMs: nullableNumber(row.rtt_ms),
  lossPercent: nullableNumber(row.loss_percent),
  note: row.note,
  reportedAt: nullableNumber(row.reported_at),
  seq: Number(row.seq),
  playback: row.playback_json === null || row.playback_json === undefined ? null : (JSON.parse(row.playback_json) as HallPlayback),
});
export type StoredHall = ReturnType<typeof rowToHall>;

/** A hall's roll-call report; its head count is kept in `headcounts` (one store: check-in-repository's saveHeadcount). */
export async function saveLiveHall(
  executor: Executor,
  conferenceId: string,
  hall: Omit<HallStatus, 'name' | 'isHost' | 'headcount' | 'tier'>,
): Promise<void> {
  const values = {
    playback_json: hall.playback === null ? null : JSON.stringify(hall.playback),
    ready: hall.ready ? 1 : 0,
    link: hall.link,
    rtt_ms: hall.rttMs,
    loss_percent: hall.lossPercent,
    note: hall.note,
    reported_at: hall.reportedAt,
    seq: hall.seq,
  };
  await executor
    .insertInto('live_halls')
    .values({ bridge_point_id: hall.bridgePointId, conference_id: conferenceId, ...values })
    .onConflict((conflict) => conflict.column('bridge_point_id').doUpdateSet(values))
    .execute();
}

/** One hall's last report (undefined: it never reported nor was measured). */
export async function findLiveHall(executor: Executor, conferenceId: string, bridgePointId: string): Promise<StoredHall | undefined> {
  const row = await executor
    .selectFrom('live_halls')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .executeTakeFirst();
  return row ? rowToHall(row) : undefined;
}

/** Every hall report of the conference, or those changed after `afterSeq`. */
export async function listLiveHalls(executor: Executor, conferenceId: string, afterSeq = 0): Promise<StoredHall[]> {
  const rows = await executor
    .selectFrom('live_halls')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .execute();
  return rows.map(rowToHall);
}

const rowToMessage = (row: LiveMessageRow): LiveMessage => ({
  id: row.id,
  seq: Number(row.seq),
  toBridgePointId: row.to_bridge_point_id,
  text: row.text,
  sentAt: Number(row.sent_at),
  sentBy: row.sent_by,
});

export async function insertLiveMessage(executor: Executor, conferenceId: string, message: LiveMessage): Promise<void> {
  await executor
    .insertInto('live_messages')
    .values({
      id: message.id,
      conference_id: conferenceId,
      seq: message.seq,
      to_bridge_point_id: message.toBridgePointId,
      text: message.text,
      sent_at: message.sentAt,
      sent_by: message.sentBy,
    })
    .execute();
}

/**
 * Messages after `afterSeq`, oldest first: to every point, and to the points of `points`
 * (every message when `points` is 'all'); the newest `limit` when given.
 */
export async function listLiveMessages(
  executor: Executor,
  conferenceId: string,
  points: 'all' | readonly string[],
  options: { afterSeq?: number; limit?: number } = {},
): Promise<LiveMessage[]> {
  let query = executor
    .selectFrom('live_messages')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('seq', '>', options.afterSeq ?? 0);
  if (points !== 'all') {
    query = query.where((eb) =>
      points.length === 0
        ? eb('to_bridge_point_id', 'is', null)
        : eb.or([eb('to_bridge_point_id', 'is', null), eb('to_bridge_point_id', 'in', [...points])]),
    );
  }
  const rows = await query
    .orderBy('seq', 'desc')
    .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
    .execute();
  return rows.reverse().map(rowToMessage);
}
