/**
 * Comments on a draft (migration 0012): the consultations of a conference, the bodies asked,
 * their comments and the drafting agency's answers. Plain functions over an executor.
 */
import type { ConsultedBodyRow, DraftCommentRow, DraftConsultationRow, Executor } from '../tables.js';

export async function insertConsultation(executor: Executor, row: DraftConsultationRow): Promise<void> {
  await executor.insertInto('draft_consultations').values(row).execute();
}

export async function findConsultation(executor: Executor, conferenceId: string, id: string): Promise<DraftConsultationRow | undefined> {
  return executor
    .selectFrom('draft_consultations')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Newest first. */
export async function listConsultations(executor: Executor, conferenceId: string): Promise<DraftConsultationRow[]> {
  return executor
    .selectFrom('draft_consultations')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateConsultation(
  executor: Executor,
  id: string,
  values: Partial<Pick<DraftConsultationRow, 'deadline' | 'title' | 'drafting_agency' | 'closed_at' | 'updated_at'>>,
): Promise<void> {
  await executor.updateTable('draft_consultations').set(values).where('id', '=', id).execute();
}

export async function insertConsultedBodies(executor: Executor, rows: readonly ConsultedBodyRow[]): Promise<void> {
  if (rows.length > 0)
    await executor
      .insertInto('consulted_bodies')
      .values([...rows])
      .execute();
}

/** The bodies of some consultations, in the order they were asked. */
export async function listConsultedBodies(executor: Executor, consultationIds: readonly string[]): Promise<ConsultedBodyRow[]> {
  if (consultationIds.length === 0) return [];
  return executor
    .selectFrom('consulted_bodies')
    .selectAll()
    .where('consultation_id', 'in', [...consultationIds])
    .orderBy('consultation_id')
    .orderBy('position')
    .execute();
}

export async function updateConsultedBody(
  executor: Executor,
  id: string,
  values: Partial<Pick<ConsultedBodyRow, 'answer' | 'answered_at' | 'answered_by' | 'reminded_at' | 'remind_count'>>,
): Promise<void> {
  await executor.updateTable('consulted_bodies').set(values).where('id', '=', id).execute();
}

export async function insertDraftComments(executor: Executor, rows: readonly DraftCommentRow[]): Promise<void> {
  if (rows.length > 0)
    await executor
      .insertInto('draft_comments')
      .values([...rows])
      .execute();
}

export async function deleteCommentsOfBody(executor: Executor, bodyId: string): Promise<void> {
  await executor.deleteFrom('draft_comments').where('body_id', '=', bodyId).execute();
}

export async function listDraftComments(executor: Executor, consultationId: string): Promise<DraftCommentRow[]> {
  return executor
    .selectFrom('draft_comments')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('body_id')
    .orderBy('position')
    .execute();
}

export async function findDraftComment(executor: Executor, consultationId: string, id: string): Promise<DraftCommentRow | undefined> {
  return executor
    .selectFrom('draft_comments')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateDraftComment(
  executor: Executor,
  id: string,
  values: Pick<DraftCommentRow, 'response' | 'response_text' | 'responded_at' | 'responded_by'>,
): Promise<void> {
  await executor.updateTable('draft_comments').set(values).where('id', '=', id).execute();
}
