/** SQL of the minutes (biên bản): the one row per conference, the notes with their revisions, the review answers. */
import type { DelegateRow, Executor, MinutesDeliveryRow, MinutesNoteRow, MinutesReviewRow, MinutesRow } from '../tables.js';

export const findMinutes = (executor: Executor, conferenceId: string): Promise<MinutesRow | undefined> =>
  executor.selectFrom('minutes').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();

export const insertMinutes = async (executor: Executor, row: MinutesRow): Promise<void> => {
  await executor.insertInto('minutes').values(row).execute();
};

/** Writes the row only while it is not locked and still at `version`; false otherwise. */
export const updateMinutes = async (
  executor: Executor,
  conferenceId: string,
  version: number,
  values: Partial<Omit<MinutesRow, 'conference_id' | 'created_at'>>,
): Promise<boolean> => {
  const result = await executor
    .updateTable('minutes')
    .set(values)
    .where('conference_id', '=', conferenceId)
    .where('version', '=', version)
    .where('status', '!=', 'locked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/** Every revision of the notes, oldest first per item. */
export const listMinutesNotes = (executor: Executor, conferenceId: string): Promise<MinutesNoteRow[]> =>
  executor
    .selectFrom('minutes_notes')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('item_id')
    .orderBy('revision')
    .execute();

export const lastNoteRevision = async (executor: Executor, conferenceId: string, itemId: string): Promise<number> => {
  const row = await executor
    .selectFrom('minutes_notes')
    .select((eb) => eb.fn.max('revision').as('revision'))
    .where('conference_id', '=', conferenceId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.revision ?? 0);
};

export const insertMinutesNote = async (executor: Executor, row: MinutesNoteRow): Promise<void> => {
  await executor.insertInto('minutes_notes').values(row).execute();
};

export const listMinutesReviews = (executor: Executor, conferenceId: string): Promise<MinutesReviewRow[]> =>
  executor.selectFrom('minutes_reviews').selectAll().where('conference_id', '=', conferenceId).orderBy('answered_at').execute();

export const findMinutesReview = (executor: Executor, conferenceId: string, reviewerKey: string): Promise<MinutesReviewRow | undefined> =>
  executor
    .selectFrom('minutes_reviews')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('reviewer_key', '=', reviewerKey)
    .executeTakeFirst();

/** One answer per participant: a second answer replaces the first. */
export const saveMinutesReview = async (executor: Executor, row: MinutesReviewRow): Promise<void> => {
  await executor
    .deleteFrom('minutes_reviews')
    .where('conference_id', '=', row.conference_id)
    .where('reviewer_key', '=', row.reviewer_key)
    .execute();
  await executor.insertInto('minutes_reviews').values(row).execute();
};

/** The participants the minutes are sent to for review: delegates with an e-mail who did not decline or send someone else. */
export const listReviewRecipients = (executor: Executor, conferenceId: string): Promise<Pick<DelegateRow, 'id' | 'email'>[]> =>
  executor
    .selectFrom('delegates')
    .select(['id', 'email'])
    .where('conference_id', '=', conferenceId)
    .where('email', '!=', '')
    .where('invitation', 'not in', ['declined', 'substituted'])
    .orderBy('id')
    .execute();

export const insertMinutesDeliveries = async (executor: Executor, rows: readonly MinutesDeliveryRow[]): Promise<void> => {
  if (rows.length > 0)
    await executor
      .insertInto('minutes_deliveries')
      .values([...rows])
      .execute();
};

export const findMinutesDelivery = (executor: Executor, id: string): Promise<MinutesDeliveryRow | undefined> =>
  executor.selectFrom('minutes_deliveries').selectAll().where('id', '=', id).executeTakeFirst();

export const listMinutesDeliveries = (executor: Executor, conferenceId: string): Promise<MinutesDeliveryRow[]> =>
  executor
    .selectFrom('minutes_deliveries')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const listQueuedMinutesDeliveryIds = async (executor: Executor): Promise<string[]> =>
  (await executor.selectFrom('minutes_deliveries').select('id').where('status', '=', 'queued').orderBy('created_at').execute()).map(
    (row) => row.id,
  );

export const finishMinutesDelivery = async (
  executor: Executor,
  id: string,
  values: Pick<MinutesDeliveryRow, 'status' | 'error' | 'message_id' | 'sent_at'>,
): Promise<void> => {
  await executor.updateTable('minutes_deliveries').set(values).where('id', '=', id).where('status', '=', 'queued').execute();
};
