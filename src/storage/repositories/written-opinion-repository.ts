/**
 * Written opinion forms (migration 0013): the forms, the members asked, the answers of open
 * forms and the tallies of secret ones. Every guarantee is one statement, the same on both
 * dialects: state changes only from the state before; an answer flips `answered` from 0 to 1
 * (a second flips nothing); a secret answer rewrites every tally row of its form at once.
 */
import { PostgresAdapter, sql } from 'kysely';
import type {
  Executor,
  WrittenOpinionAnswerRow,
  WrittenOpinionFormRow,
  WrittenOpinionRecipientRow,
  WrittenOpinionTallyRow,
} from '../tables.js';

const CHUNK = 500;

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

export async function insertForm(executor: Executor, row: WrittenOpinionFormRow): Promise<void> {
  await executor.insertInto('written_opinion_forms').values(row).execute();
}

export async function findFormRow(executor: Executor, conferenceId: string, formId: string): Promise<WrittenOpinionFormRow | undefined> {
  return executor
    .selectFrom('written_opinion_forms')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', formId)
    .executeTakeFirst();
}

export async function findFormById(executor: Executor, formId: string): Promise<WrittenOpinionFormRow | undefined> {
  return executor.selectFrom('written_opinion_forms').selectAll().where('id', '=', formId).executeTakeFirst();
}

export async function listFormRows(executor: Executor, conferenceId: string): Promise<WrittenOpinionFormRow[]> {
  return executor
    .selectFrom('written_opinion_forms')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Sent forms whose deadline (local time) is still ahead: those a reminder may be due for. */
export async function listFormsTakingAnswers(executor: Executor, nowLocal: string): Promise<WrittenOpinionFormRow[]> {
  return executor
    .selectFrom('written_opinion_forms')
    .selectAll()
    .where('state', '=', 'sent')
    .where('deadline', '>', nowLocal)
    .orderBy('deadline')
    .orderBy('id')
    .execute();
}

/** The forms sent to one delegate. */
export async function listFormsOfDelegate(executor: Executor, conferenceId: string, delegateId: string) {
  return executor
    .selectFrom('written_opinion_forms as f')
    .innerJoin('written_opinion_recipients as r', 'r.form_id', 'f.id')
    .selectAll('f')
    .select(['r.answered', 'r.answered_via'])
    .where('f.conference_id', '=', conferenceId)
    .where('r.delegate_id', '=', delegateId)
    .where('f.state', '<>', 'draft')
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

/** The form's state, its row locked until commit on PostgreSQL: answers share it, closing takes it alone. */
export async function lockFormState(executor: Executor, formId: string, mode: 'share' | 'update'): Promise<string | undefined> {
  const row = await executor
    .selectFrom('written_opinion_forms')
    .select('state')
    .where('id', '=', formId)
    .$if(executor.getExecutor().adapter instanceof PostgresAdapter, (query) => (mode === 'share' ? query.forShare() : query.forUpdate()))
    .executeTakeFirst();
  return row?.state;
}

/** draft → sent, only from draft; true when this call sent it. */
export async function markFormSent(executor: Executor, formId: string, sentAt: string): Promise<boolean> {
  const result = await executor
    .updateTable('written_opinion_forms')
    .set({ state: 'sent', sent_at: sentAt })
    .where('id', '=', formId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** sent → closed with its result, only from sent. */
export async function markFormClosed(executor: Executor, formId: string, closedAt: string, resultJson: string): Promise<boolean> {
  const result = await executor
    .updateTable('written_opinion_forms')
    .set({ state: 'closed', closed_at: closedAt, result_json: resultJson })
    .where('id', '=', formId)
    .where('state', '=', 'sent')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The merge, written once. */
export async function saveMerge(executor: Executor, formId: string, mergedJson: string): Promise<boolean> {
  const result = await executor
    .updateTable('written_opinion_forms')
    .set({ merged_json: mergedJson })
    .where('id', '=', formId)
    .where('merged_json', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRecipients(executor: Executor, rows: readonly WrittenOpinionRecipientRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => executor.insertInto('written_opinion_recipients').values(chunk).execute());
}

export async function findRecipient(executor: Executor, formId: string, delegateId: string) {
  return executor
    .selectFrom('written_opinion_recipients')
    .selectAll()
    .where('form_id', '=', formId)
    .where('delegate_id', '=', delegateId)
    .executeTakeFirst();
}

/** The member's one answer: 0 → 1; false when they had answered (or were not asked). */
export async function markAnswered(executor: Executor, formId: string, delegateId: string, via: 'link' | 'account'): Promise<boolean> {
  const result = await executor
    .updateTable('written_opinion_recipients')
    .set({ answered: 1, answered_via: via })
    .where('form_id', '=', formId)
    .where('delegate_id', '=', delegateId)
    .where('answered', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many were asked and how many answered. */
export async function countRecipients(executor: Executor, formId: string): Promise<{ asked: number; answered: number }> {
  const row = await executor
    .selectFrom('written_opinion_recipients')
    .select((eb) => [eb.fn.countAll().as('asked'), eb.fn.sum<number>('answered').as('answered')])
    .where('form_id', '=', formId)
    .executeTakeFirst();
  return { asked: Number(row?.asked ?? 0), answered: Number(row?.answered ?? 0) };
}

export async function insertAnswer(executor: Executor, row: WrittenOpinionAnswerRow): Promise<void> {
  await executor.insertInto('written_opinion_answers').values(row).execute();
}

export async function findAnswer(executor: Executor, formId: string, delegateId: string) {
  return executor
    .selectFrom('written_opinion_answers')
    .selectAll()
    .where('form_id', '=', formId)
    .where('delegate_id', '=', delegateId)
    .executeTakeFirst();
}

export async function listAnswers(executor: Executor, formId: string): Promise<WrittenOpinionAnswerRow[]> {
  return executor.selectFrom('written_opinion_answers').selectAll().where('form_id', '=', formId).execute();
}

/** Secret form: a zero row per question and option, written when it is sent. */
export async function createFormTallies(executor: Executor, rows: readonly WrittenOpinionTallyRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => executor.insertInto('written_opinion_tallies').values(chunk).execute());
}

/** Secret form: one more for each chosen option, in one statement rewriting every row of the form (+0 for the others). */
export async function addToFormTally(executor: Executor, formId: string, choices: readonly number[]): Promise<void> {
  const chosen = sql.join(
    choices.map((option, question) => sql`(question_index = ${question} and option_index = ${option})`),
    sql` or `,
  );
  await executor
    .updateTable('written_opinion_tallies')
    .set({ count: sql<number>`count + case when ${chosen} then 1 else 0 end` })
    .where('form_id', '=', formId)
    .execute();
}

export async function listFormTallies(executor: Executor, formId: string) {
  const rows = await executor.selectFrom('written_opinion_tallies').selectAll().where('form_id', '=', formId).execute();
  return rows.map((row) => ({ question: Number(row.question_index), option: Number(row.option_index), count: Number(row.count) }));
}
