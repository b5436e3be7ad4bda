/**
 * A consultation as one caller sees it: those who read consultations see every body and
 * comment; a body's contact sees only the bodies it answers for and their comments. Contacts
 * (e-mail addresses) only for those who manage it.
 */
import type { BodyRef } from '../../domain/access/body-rules.js';
import type { ConsultationView, DraftCommentView } from '../../domain/consultations/consultation.schema.js';
import { bodyStatus, consultationCounts, isPastDeadline, type CommentResponse } from '../../domain/consultations/consultation-rules.js';
import type { ConsultedBodyRow, DraftCommentRow, DraftConsultationRow } from '../../storage/tables.js';

export interface Viewer {
  /** Reads every body and comment (organizer, chair). */
  reads: boolean;
  /** Manages it: sees the addresses, reminds, answers comments. */
  manages: boolean;
  mayAnswer(body: BodyRef): boolean;
  /** The caller's allowed actions on the consultation, as the policies said. */
  allowedActions: string[];
}

const commentView = (row: DraftCommentRow): DraftCommentView => ({
  id: row.id,
  bodyId: row.body_id,
  part: row.part,
  text: row.text,
  response: row.response as CommentResponse | null,
  responseText: row.response_text,
  respondedAt: row.responded_at,
});

export function consultationView(
  row: DraftConsultationRow,
  bodies: readonly ConsultedBodyRow[],
  comments: readonly DraftCommentRow[],
  viewer: Viewer,
  today: string,
): ConsultationView {
  const ref = (body: ConsultedBodyRow): BodyRef => ({ bridgePointId: body.bridge_point_id, participantGroupId: body.participant_group_id });
  const visible = viewer.reads ? [...bodies] : bodies.filter((body) => viewer.mayAnswer(ref(body)));
  const ids = new Set(visible.map((body) => body.id));
  const shownComments = comments.filter((comment) => ids.has(comment.body_id));
  const facts = visible.map((body) => ({ answer: body.answer as 'agreed' | 'commented' | null }));
  return {
    id: row.id,
    conferenceId: row.conference_id,
    documentId: row.document_id,
    title: row.title,
    draftingAgency: row.drafting_agency,
    deadline: row.deadline,
    deadlinePassed: isPastDeadline(row.deadline, today),
    createdAt: row.created_at,
    bodies: visible.map((body) => ({
      id: body.id,
      name: body.name,
      bridgePointId: body.bridge_point_id,
      participantGroupId: body.participant_group_id,
      email: viewer.manages ? body.email : '',
      status: bodyStatus({ answer: body.answer as 'agreed' | 'commented' | null }, row.deadline, today),
      answeredAt: body.answered_at,
      answeredBy: body.answered_by,
      remindedAt: body.reminded_at,
      remindCount: Number(body.remind_count),
      canAnswer: viewer.mayAnswer(ref(body)),
    })),
    comments: shownComments.sort((a, b) => (a.body_id === b.body_id ? a.position - b.position : 0)).map(commentView),
    counts: consultationCounts(
      facts,
      shownComments.map((c) => ({ response: c.response as CommentResponse | null })),
      row.deadline,
      today,
    ),
    allowedActions: viewer.allowedActions,
  };
}
