/**
 * What the synthesis table prints ("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý"): the
 * issuing body for the header, the draft's title, the drafting agency and deadline, and the
 * table from the pure rules. Plain data, sent to the render pool as it is.
 */
import { buildSynthesisTable, type SynthesisDocument } from '../../domain/consultations/consultation-rules.js';
export type { SynthesisDocument };
import type { BodyAnswer, CommentResponse } from '../../domain/consultations/consultation-rules.js';
import type { ConferenceRow, ConsultedBodyRow, DraftCommentRow, DraftConsultationRow } from '../../storage/tables.js';

export function loadSynthesis(
  conference: Pick<ConferenceRow, 'issuing_body' | 'title'>,
  consultation: DraftConsultationRow,
  bodies: readonly ConsultedBodyRow[],
  comments: readonly DraftCommentRow[],
  today: string,
): SynthesisDocument {
  const table = buildSynthesisTable(
    bodies.map((body) => ({ id: body.id, name: body.name, position: body.position, answer: body.answer as BodyAnswer | null })),
    comments.map((comment) => ({
      id: comment.id,
      bodyId: comment.body_id,
      position: comment.position,
      part: comment.part,
      text: comment.text,
      response: comment.response as CommentResponse | null,
      responseText: comment.response_text,
    })),
    consultation.deadline,
    today,
  );
  return {
    draftingAgency: consultation.drafting_agency,
    governingBody: conference.issuing_body,
    draftTitle: consultation.title,
    conferenceTitle: conference.title,
    deadline: consultation.deadline,
    table,
  };
}
