/**
 * Written opinion forms (migration 0013): the members asked as the chair sees them, the day
 * each was last reminded (claimed by a conditional update, so a reminder goes once a day even
 * when two runs meet), the delegates a form may go to, and the mail queue's rows.
 */
import type { Executor, WrittenOpinionDeliveryRow } from '../tables.js';
import { protocolOrderKeys } from './delegate-repository.js';

const CHUNK = 500;

/** The delegates of the list (walk-ins are not) among `ids`, with what a form needs of them. */
export async function findListedDelegates(executor: Executor, conferenceId: string, ids: readonly string[]) {
  const found: { id: string; bridge_point_id: string; full_name: string; email: string }[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await executor
      .selectFrom('delegates')
      .select(['id', 'bridge_point_id', 'full_name', 'email'])
      .where('conference_id', '=', conferenceId)
      .where('walk_in', '=', 0)
      .where('id', 'in', ids.slice(start, start + CHUNK))
      .execute();
    found.push(...rows);
  }
  return found;
}

/**
 * The delegate an account stands for in a conference: the one delegate of the list whose
 * e-mail is the account's (both compared lower-cased); null when none, or more than one.
 */
export async function findAccountDelegate(executor: Executor, conferenceId: string, userId: string): Promise<string | null> {
  const user = await executor.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  const email = user?.email.trim().toLowerCase();
  if (!email) return null;
  const rows = await executor
    .selectFrom('delegates')
    .select(['id', 'email'])
    .where('conference_id', '=', conferenceId)
    .where('walk_in', '=', 0)
    .where('email', '<>', '')
    .execute();
  const matches = rows.filter((row) => row.email.trim().toLowerCase() === email);
  return matches.length === 1 ? matches[0]!.id : null;
}

/** The members asked, with their names and addresses, in the list's order. */
export async function listRecipientRows(executor: Executor, formId: string) {
  return executor
    .selectFrom('written_opinion_recipients as r')
    .innerJoin('delegates as d', 'd.id', 'r.delegate_id')
    .leftJoin('participant_groups as g', 'g.id', 'd.participant_group_id')
    .select(['r.delegate_id', 'r.bridge_point_id', 'r.answered', 'r.answered_via', 'r.last_reminded_on', 'd.full_name', 'd.email'])
    .where('r.form_id', '=', formId)
    .orderBy(protocolOrderKeys('d', 'g')[0])
    .orderBy(protocolOrderKeys('d', 'g')[1])
    .orderBy('d.full_name')
    .orderBy('r.delegate_id')
    .execute();
}

/** Claims today's reminder of each member still waiting: only those not yet reminded (or asked) today; returns their ids. */
export async function claimReminders(executor: Executor, formId: string, delegateIds: readonly string[], today: string): Promise<string[]> {
  const claimed: string[] = [];
  for (let start = 0; start < delegateIds.length; start += CHUNK) {
    const rows = await executor
      .updateTable('written_opinion_recipients')
      .set({ last_reminded_on: today })
      .where('form_id', '=', formId)
      .where('delegate_id', 'in', delegateIds.slice(start, start + CHUNK))
      .where('answered', '=', 0)
      .where((eb) => eb.or([eb('last_reminded_on', 'is', null), eb('last_reminded_on', '<>', today)]))
      .returning('delegate_id')
      .execute();
    claimed.push(...rows.map((row) => row.delegate_id));
  }
  return claimed;
}

export async function insertDeliveries(executor: Executor, rows: readonly WrittenOpinionDeliveryRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await executor
      .insertInto('written_opinion_deliveries')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

export async function findDelivery(executor: Executor, id: string): Promise<WrittenOpinionDeliveryRow | undefined> {
  return executor.selectFrom('written_opinion_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listQueuedDeliveryIds(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectFrom('written_opinion_deliveries')
    .select('id')
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The deliveries of a form, newest first (the screen keeps each member's last). */
export async function listFormDeliveries(executor: Executor, formId: string) {
  return executor
    .selectFrom('written_opinion_deliveries')
    .select(['delegate_id', 'kind', 'status', 'error', 'created_at'])
    .where('form_id', '=', formId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function finishDelivery(
  executor: Executor,
  id: string,
  values: Pick<WrittenOpinionDeliveryRow, 'status' | 'error' | 'message_id' | 'sent_at'>,
): Promise<boolean> {
  const result = await executor
    .updateTable('written_opinion_deliveries')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
