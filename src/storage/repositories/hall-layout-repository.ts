/**
 * The hall_layouts table: one layout (rows, seats, blocked seats, spacing) per bridge point,
 * stored as JSON. The seats themselves live in delegates.seat.
 */
import type { HallLayout } from '../../domain/participants/seating-layout.js';
import type { Executor } from '../tables.js';
import { protocolOrderKeys } from './delegate-repository.js';

export interface StoredHallLayout {
  bridgePointId: string;
  conferenceId: string;
  layout: HallLayout;
  updatedAt: string;
}

export async function findHallLayout(executor: Executor, conferenceId: string, bridgePointId: string): Promise<StoredHallLayout | null> {
  const row = await executor
    .selectFrom('hall_layouts')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    bridgePointId: row.bridge_point_id,
    conferenceId: row.conference_id,
    layout: JSON.parse(row.layout_json) as HallLayout,
    updatedAt: row.updated_at,
  };
}

/** The point whose hall it is (name and quota), or undefined when it is not one of the conference's. */
export async function findSeatingPoint(executor: Executor, conferenceId: string, bridgePointId: string) {
  return executor
    .selectFrom('bridge_points')
    .select(['id', 'name', 'quota'])
    .where('conference_id', '=', conferenceId)
    .where('id', '=', bridgePointId)
    .executeTakeFirst();
}

/**
 * Takes the layout row of a point for the rest of the transaction (a row lock on PostgreSQL;
 * SQLite serialises writers anyway), inserting `fallback` first when the point has none.
 */
export async function lockHallLayout(
  executor: Executor,
  conferenceId: string,
  bridgePointId: string,
  fallback: HallLayout,
  at: string,
): Promise<void> {
  await executor
    .insertInto('hall_layouts')
    .values({ conference_id: conferenceId, bridge_point_id: bridgePointId, layout_json: JSON.stringify(fallback), updated_at: at })
    .onConflict((conflict) => conflict.column('bridge_point_id').doNothing())
    .execute();
  await executor
    .updateTable('hall_layouts')
    .set((eb) => ({ layout_json: eb.ref('layout_json') }))
    .where('conference_id', '=', conferenceId)
    .where('bridge_point_id', '=', bridgePointId)
    .execute();
}

/** Inserts or replaces the layout of a point. */
export async function saveHallLayout(
  executor: Executor,
  conferenceId: string,
  bridgePointId: string,
  layout: HallLayout,
  at: string,
): Promise<void> {
  const values = { conference_id: conferenceId, bridge_point_id: bridgePointId, layout_json: JSON.stringify(layout), updated_at: at };
  await executor
    .insertInto('hall_layouts')
    .values(values)
    .onConflict((conflict) => conflict.column('bridge_point_id').doUpdateSet({ layout_json: values.layout_json, updated_at: at }))
    .execute();
}

/** The delegates of one point with their seats and their groups' ranks, in protocol order (rank, then name). */
export async function listSeatingRows(executor: Executor, conferenceId: string, bridgePointId: string) {
  return executor
    .selectFrom('delegates')
    .leftJoin('participant_groups', 'participant_groups.id', 'delegates.participant_group_id')
    .select([
      'delegates.id',
      'delegates.full_name',
      'delegates.title',
      'delegates.organisation',
      'delegates.seat',
      'delegates.protocol_rank',
      'participant_groups.protocol_rank as group_rank',
      'delegates.title_rank',
      'delegates.invitation',
      'delegates.substitute_json',
      'delegates.attendance',
      'delegates.version',
    ])
    .where('delegates.conference_id', '=', conferenceId)
    .where('delegates.bridge_point_id', '=', bridgePointId)
    .orderBy(protocolOrderKeys()[0])
    .orderBy(protocolOrderKeys()[1])
    .orderBy('delegates.search_key')
    .orderBy('delegates.id')
    .execute();
}

/** Writes the seats of some delegates of one point (and bumps their versions). */
export async function updateSeats(
  executor: Executor,
  conferenceId: string,
  changes: readonly { delegateId: string; seat: string }[],
  at: string,
): Promise<void> {
  for (const change of changes) {
    await executor
      .updateTable('delegates')
      .set((eb) => ({ seat: change.seat, updated_at: at, version: eb('version', '+', 1) }))
      .where('conference_id', '=', conferenceId)
      .where('id', '=', change.delegateId)
      .execute();
  }
}
