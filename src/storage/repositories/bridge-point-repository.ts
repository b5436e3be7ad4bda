/** Bridge point queries beyond the shared child-row statements. */
import type { Executor } from '../tables.js';

/** The points of the conference marked host (normally zero or one). */
export async function listHostPoints(executor: Executor, conferenceId: string): Promise<{ id: string; isHost: boolean }[]> {
  const rows = await executor
    .selectFrom('bridge_points')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('is_host', '=', 1)
    .execute();
  return rows.map((row) => ({ id: row.id, isHost: true }));
}

export async function clearHost(executor: Executor, conferenceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await executor
    .updateTable('bridge_points')
    .set({ is_host: 0 })
    .where('conference_id', '=', conferenceId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Administrative unit codes that already have a point in the conference. */
export async function listPointUnitCodes(executor: Executor, conferenceId: string): Promise<Set<string>> {
  const rows = await executor
    .selectFrom('bridge_points')
    .select('unit_code')
    .where('conference_id', '=', conferenceId)
    .where('unit_code', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.unit_code!));
}

/** Whether the id is a bridge point of this conference. */
export async function bridgePointExists(executor: Executor, conferenceId: string, id: string): Promise<boolean> {
  const row = await executor
    .selectFrom('bridge_points')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
