/**
 * Scheduled reminders (migration 0015): the claim of one reminder by one process, and the
 * reads the reminder sources make to find what is due. Plain functions over an executor.
 */
import type { ContributionRow, DraftConsultationRow, Executor } from '../tables.js';

/**
 * Inserts `(kind, key, day)` unless it exists; true when this call took the row (the caller
 * sends), false when another process (or an earlier run) already had it. One statement, the
 * same on SQLite and PostgreSQL (`on conflict do nothing`).
 */
export async function claimReminder(
  executor: Executor,
  claim: { kind: string; key: string; day: string; claimed_at: string; claimed_by: string },
): Promise<boolean> {
  const row = await executor
    .insertInto('reminder_claims')
    .values(claim)
    .onConflict((conflict) => conflict.columns(['kind', 'key', 'day']).doNothing())
    .returning('kind')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a claim back (its send failed), so a later run tries again. */
export async function releaseReminder(executor: Executor, claim: { kind: string; key: string; day: string }): Promise<void> {
  await executor
    .deleteFrom('reminder_claims')
    .where('kind', '=', claim.kind)
    .where('key', '=', claim.key)
    .where('day', '=', claim.day)
    .execute();
}

export async function listReminderClaims(executor: Executor, kind?: string) {
  let query = executor.selectFrom('reminder_claims').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('key').orderBy('day').execute();
}

/** Open consultations (not closed) with at least one body that has not answered and has an address. */
export async function listConsultationsAwaitingAnswers(executor: Executor): Promise<DraftConsultationRow[]> {
  return executor
    .selectFrom('draft_consultations')
    .selectAll()
    .where('closed_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('consulted_bodies')
          .select('consulted_bodies.id')
          .whereRef('consulted_bodies.consultation_id', '=', 'draft_consultations.id')
          .where('consulted_bodies.answer', 'is', null)
          .where('consulted_bodies.email', '!=', ''),
      ),
    )
    .orderBy('deadline')
    .orderBy('id')
    .execute();
}

/** Contributions not submitted, with a deadline and an address. */
export async function listContributionsAwaitingSubmission(executor: Executor): Promise<ContributionRow[]> {
  return executor
    .selectFrom('contributions')
    .selectAll()
    .where('status', '=', 'not_submitted')
    .where('deadline', 'is not', null)
    .where('email', '!=', '')
    .orderBy('deadline')
    .orderBy('id')
    .execute();
}

/** Conferences whose conclusion notice is issued (their follow-up may need reminders). */
export async function listConferencesWithIssuedNotice(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectFrom('conclusion_notices')
    .select('conference_id')
    .where('status', '=', 'issued')
    .orderBy('conference_id')
    .execute();
  return rows.map((row) => row.conference_id);
}
