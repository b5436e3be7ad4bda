/** SQL of the conclusion notice, its conclusions, the reports on their tasks and the notice's deliveries. */
import type { ConclusionDeliveryRow, ConclusionNoticeRow, ConclusionReportRow, ConclusionRow, Executor } from '../tables.js';

export const findNotice = (executor: Executor, conferenceId: string): Promise<ConclusionNoticeRow | undefined> =>
  executor.selectFrom('conclusion_notices').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();

export const insertNotice = async (executor: Executor, row: ConclusionNoticeRow): Promise<void> => {
  await executor.insertInto('conclusion_notices').values(row).execute();
};

/** Writes the notice only while it is a draft at `version`; false otherwise. */
export const updateNotice = async (
  executor: Executor,
  conferenceId: string,
  version: number,
  values: Partial<Omit<ConclusionNoticeRow, 'conference_id'>>,
): Promise<boolean> => {
  const result = await executor
    .updateTable('conclusion_notices')
    .set(values)
    .where('conference_id', '=', conferenceId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

export const listConclusions = (executor: Executor, conferenceId: string): Promise<ConclusionRow[]> =>
  executor.selectFrom('conclusions').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

export const findConclusion = (executor: Executor, conferenceId: string, id: string): Promise<ConclusionRow | undefined> =>
  executor.selectFrom('conclusions').selectAll().where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();

export const nextConclusionPosition = async (executor: Executor, conferenceId: string): Promise<number> => {
  const row = await executor
    .selectFrom('conclusions')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(row?.position ?? 0) + 1;
};

export const insertConclusions = async (executor: Executor, rows: readonly ConclusionRow[]): Promise<void> => {
  if (rows.length > 0)
    await executor
      .insertInto('conclusions')
      .values([...rows])
      .execute();
};

export const updateConclusion = async (
  executor: Executor,
  conferenceId: string,
  id: string,
  values: Partial<Omit<ConclusionRow, 'id' | 'conference_id'>>,
): Promise<void> => {
  await executor.updateTable('conclusions').set(values).where('conference_id', '=', conferenceId).where('id', '=', id).execute();
};

export const deleteConclusion = async (executor: Executor, conferenceId: string, id: string): Promise<boolean> => {
  const result = await executor.deleteFrom('conclusions').where('conference_id', '=', conferenceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};

export const listConclusionReports = (executor: Executor, conferenceId: string): Promise<ConclusionReportRow[]> =>
  executor
    .selectFrom('conclusion_reports')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('reported_at')
    .orderBy('id')
    .execute();

export const insertConclusionReport = async (executor: Executor, row: ConclusionReportRow): Promise<void> => {
  await executor.insertInto('conclusion_reports').values(row).execute();
};

export const insertConclusionDeliveries = async (executor: Executor, rows: readonly ConclusionDeliveryRow[]): Promise<void> => {
  if (rows.length > 0)
    await executor
      .insertInto('conclusion_deliveries')
      .values([...rows])
      .execute();
};

export const findConclusionDelivery = (executor: Executor, id: string): Promise<ConclusionDeliveryRow | undefined> =>
  executor.selectFrom('conclusion_deliveries').selectAll().where('id', '=', id).executeTakeFirst();

export const listConclusionDeliveries = (executor: Executor, conferenceId: string): Promise<ConclusionDeliveryRow[]> =>
  executor
    .selectFrom('conclusion_deliveries')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const listQueuedConclusionDeliveries = (executor: Executor): Promise<ConclusionDeliveryRow[]> =>
  executor.selectFrom('conclusion_deliveries').selectAll().where('status', '=', 'queued').orderBy('created_at').execute();

export const finishConclusionDelivery = async (
  executor: Executor,
  id: string,
  values: Pick<ConclusionDeliveryRow, 'status' | 'error' | 'message_id' | 'sent_at'>,
): Promise<void> => {
  await executor.updateTable('conclusion_deliveries').set(values).where('id', '=', id).execute();
};
