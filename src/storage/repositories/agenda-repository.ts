/** Agenda queries beyond the shared child-row statements. */
import type { AgendaNode } from '../../domain/conference-rules.js';
import type { Executor } from '../tables.js';

/** Every item of the agenda as (id, parentId), in no particular order. */
export async function listAgendaNodes(executor: Executor, conferenceId: string): Promise<AgendaNode[]> {
  const rows = await executor.selectFrom('agenda_items').select(['id', 'parent_id']).where('conference_id', '=', conferenceId).execute();
  return rows.map((row) => ({ id: row.id, parentId: row.parent_id }));
}

/** Sets parent and position (among siblings) of each item. */
export async function placeAgendaItems(
  executor: Executor,
  conferenceId: string,
  placements: readonly { id: string; parentId: string | null; position: number }[],
): Promise<void> {
  for (const placement of placements) {
    await executor
      .updateTable('agenda_items')
      .set({ parent_id: placement.parentId, position: placement.position })
      .where('conference_id', '=', conferenceId)
      .where('id', '=', placement.id)
      .execute();
  }
}
