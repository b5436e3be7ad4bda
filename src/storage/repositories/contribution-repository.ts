/**
 * Written contributions (migration 0012): one row per agenda slot, made at the first write
 * about the slot; and the mail to bodies (requests and reminders), queued until sent.
 */
import type { BodyDeliveryRow, ContributionRow, Executor } from '../tables.js';

export async function listContributionRows(executor: Executor, conferenceId: string): Promise<ContributionRow[]> {
  return executor.selectFrom('contributions').selectAll().where('conference_id', '=', conferenceId).execute();
}

export async function findContributionOfSlot(
  executor: Executor,
  conferenceId: string,
  agendaItemId: string,
): Promise<ContributionRow | undefined> {
  return executor
    .selectFrom('contributions')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('agenda_item_id', '=', agendaItemId)
    .executeTakeFirst();
}

export async function findContributionRow(executor: Executor, id: string): Promise<ContributionRow | undefined> {
  return executor.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertContribution(executor: Executor, row: ContributionRow): Promise<void> {
  await executor.insertInto('contributions').values(row).execute();
}

export async function updateContribution(
  executor: Executor,
  id: string,
  values: Partial<Omit<ContributionRow, 'id' | 'conference_id' | 'agenda_item_id'>>,
): Promise<void> {
  await executor.updateTable('contributions').set(values).where('id', '=', id).execute();
}

export async function insertBodyDeliveries(executor: Executor, rows: readonly BodyDeliveryRow[]): Promise<void> {
  if (rows.length > 0)
    await executor
      .insertInto('body_deliveries')
      .values([...rows])
      .execute();
}

export async function findBodyDelivery(executor: Executor, id: string): Promise<BodyDeliveryRow | undefined> {
  return executor.selectFrom('body_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listQueuedBodyDeliveryIds(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectFrom('body_deliveries')
    .select('id')
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function listBodyDeliveries(
  executor: Executor,
  conferenceId: string,
  subjectIds: readonly string[],
): Promise<BodyDeliveryRow[]> {
  if (subjectIds.length === 0) return [];
  return executor
    .selectFrom('body_deliveries')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('subject_id', 'in', [...subjectIds])
    .orderBy('created_at')
    .execute();
}

/** queued → sent | failed; false when it is no longer queued. */
export async function finishBodyDelivery(
  executor: Executor,
  id: string,
  values: Pick<BodyDeliveryRow, 'status' | 'error' | 'message_id' | 'sent_at'>,
): Promise<boolean> {
  const result = await executor
    .updateTable('body_deliveries')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The contributions that join the document pack (issue 16 item 1): every one received (submitted,
 * to be read, filed), each with its document when a file was submitted, else its text. The pack
 * builder reads this and puts them in the programme's order; nothing here renders.
 */
export async function listPackContributions(
  executor: Executor,
  conferenceId: string,
): Promise<Pick<ContributionRow, 'agenda_item_id' | 'body_name' | 'title' | 'text' | 'document_id' | 'status'>[]> {
  return executor
    .selectFrom('contributions')
    .select([
      'contributions.agenda_item_id',
      'contributions.body_name',
      'contributions.title',
      'contributions.text',
      'contributions.document_id',
      'contributions.status',
    ])
    .where('contributions.conference_id', '=', conferenceId)
    .where('contributions.status', '!=', 'not_submitted')
    .orderBy('contributions.submitted_at')
    .execute();
}
