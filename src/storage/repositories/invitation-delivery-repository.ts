/**
 * The invitation_deliveries table: one row per message to send (an invitation or a
 * reminder), `queued` until the background queue sends it, then `sent` (with the server's
 * message id) or `failed` (with the server's answer).
 */
import type { Executor, InvitationDeliveryRow } from '../tables.js';

const ROWS_PER_INSERT = 500;

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

export async function insertDeliveries(executor: Executor, rows: readonly InvitationDeliveryRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await executor
      .insertInto('invitation_deliveries')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
}

export async function findDeliveryRow(executor: Executor, id: string): Promise<InvitationDeliveryRow | undefined> {
  return executor.selectFrom('invitation_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every queued delivery of every conference, oldest first (resumed at start). */
export async function listQueuedDeliveryIds(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectFrom('invitation_deliveries')
    .select('id')
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** queued → sent | failed; false when the delivery is no longer queued. */
export async function finishDelivery(
  executor: Executor,
  id: string,
  values: { status: Exclude<DeliveryStatus, 'queued'>; error: string | null; message_id: string | null; sent_at: string | null },
): Promise<boolean> {
  const result = await executor
    .updateTable('invitation_deliveries')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Number of deliveries of the conference in each status. */
export async function deliveryStatusCounts(executor: Executor, conferenceId: string): Promise<Record<DeliveryStatus, number>> {
  const rows = await executor
    .selectFrom('invitation_deliveries')
    .select((eb) => ['status', eb.fn.countAll().as('count')])
    .where('conference_id', '=', conferenceId)
    .groupBy('status')
    .execute();
  const counts: Record<DeliveryStatus, number> = { queued: 0, sent: 0, failed: 0 };
  for (const row of rows) if (row.status in counts) counts[row.status as DeliveryStatus] = Number(row.count);
  return counts;
}

export interface DeliveryListRow extends InvitationDeliveryRow {
  full_name: string;
  bridge_point_id: string;
}

const deliveries = (executor: Executor, conferenceId: string, status: DeliveryStatus | undefined) => {
  let query = executor
    .selectFrom('invitation_deliveries')
    .innerJoin('delegates', 'delegates.id', 'invitation_deliveries.delegate_id')
    .where('invitation_deliveries.conference_id', '=', conferenceId);
  if (status) query = query.where('invitation_deliveries.status', '=', status);
  return query;
};

/** A page of deliveries, newest first, with the delegate's name and point. */
export async function listDeliveryRows(
  executor: Executor,
  conferenceId: string,
  filter: { status?: DeliveryStatus; offset: number; limit: number },
): Promise<{ rows: DeliveryListRow[]; total: number }> {
  const rows = await deliveries(executor, conferenceId, filter.status)
    .selectAll('invitation_deliveries')
    .select(['delegates.full_name', 'delegates.bridge_point_id'])
    .orderBy('invitation_deliveries.created_at', 'desc')
    .orderBy('invitation_deliveries.id')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  const count = await deliveries(executor, conferenceId, filter.status)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.total) };
}
