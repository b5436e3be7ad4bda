/**
 * Comments on a draft (lấy ý kiến dự thảo): who has answered, who is late, and the rows of the
 * synthesis table ("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý"). Pure: the caller
 * passes the local date in Asia/Ho_Chi_Minh. A body that has not answered by the deadline is
 * commonly counted as agreeing, but it is listed as such, never hidden among those who agreed.
 */
import { compareDraftParts, parseDraftPart } from './draft-part.js';

export const BODY_ANSWERS = ['agreed', 'commented'] as const;
export type BodyAnswer = (typeof BODY_ANSWERS)[number];
/** tiếp thu (accepted) or giải trình (explained: kept as drafted, with the reason). */
export const COMMENT_RESPONSES = ['accepted', 'explained'] as const;
export type CommentResponse = (typeof COMMENT_RESPONSES)[number];

/** What a body's row shows: its answer, still waiting, or no answer by the deadline. */
export type BodyStatus = 'agreed' | 'commented' | 'waiting' | 'no_answer';

export interface ConsultedBodyFacts {
  id: string;
  name: string;
  position: number;
  answer: BodyAnswer | null;
}

export interface DraftCommentFacts {
  id: string;
  bodyId: string;
  position: number;
  /** As the body wrote it; '' for the whole draft. */
  part: string;
  text: string;
  response: CommentResponse | null;
  responseText: string;
}

/** The deadline day is the last day of answers: late from the next day. */
export const isPastDeadline = (deadline: string, today: string): boolean => today > deadline;

export const bodyStatus = (body: Pick<ConsultedBodyFacts, 'answer'>, deadline: string, today: string): BodyStatus =>
  body.answer ?? (isPastDeadline(deadline, today) ? 'no_answer' : 'waiting');

/** Bodies that may be reminded: those that have not answered (before or after the deadline). */
export const remindable = <T extends Pick<ConsultedBodyFacts, 'answer'>>(bodies: readonly T[]): T[] =>
  bodies.filter((body) => body.answer === null);

export interface ConsultationCounts {
  asked: number;
  agreed: number;
  commented: number;
  waiting: number;
  noAnswer: number;
  comments: number;
  answeredComments: number;
}

export const consultationCounts = (
  bodies: readonly Pick<ConsultedBodyFacts, 'answer'>[],
  comments: readonly Pick<DraftCommentFacts, 'response'>[],
  deadline: string,
  today: string,
): ConsultationCounts => {
  const statuses = bodies.map((body) => bodyStatus(body, deadline, today));
  const count = (status: BodyStatus) => statuses.filter((s) => s === status).length;
  return {
    asked: bodies.length,
    agreed: count('agreed'),
    commented: count('commented'),
    waiting: count('waiting'),
    noAnswer: count('no_answer'),
    comments: comments.length,
    answeredComments: comments.filter((comment) => comment.response !== null).length,
  };
};

/** The words of the answer column. */
export const RESPONSE_LABELS: Record<CommentResponse, string> = { accepted: 'Tiếp thu', explained: 'Giải trình' };
export const WHOLE_DRAFT_LABEL = 'Toàn văn dự thảo';

export interface SynthesisRow {
  /** STT: 1, 2, 3 … */
  number: number;
  body: string;
  part: string;
  comment: string;
  /** "Tiếp thu: …" / "Giải trình: …"; '' while the drafting agency has not answered. */
  answer: string;
}

export interface SynthesisTable {
  rows: SynthesisRow[];
  /** Bodies that agreed without comment, in the order they were asked. */
  agreed: string[];
  /** Bodies that sent nothing by the deadline (counted as agreeing, listed). */
  noAnswer: string[];
  /** Bodies asked whose deadline has not passed and that have not answered. */
  waiting: string[];
  asked: number;
}

const answerText = (comment: Pick<DraftCommentFacts, 'response' | 'responseText'>): string => {
  if (comment.response === null) return '';
  const text = comment.responseText.trim();
  return text ? `${RESPONSE_LABELS[comment.response]}: ${text}` : RESPONSE_LABELS[comment.response];
};

/**
 * The rows of the synthesis table in the order of the draft (general comments first, then
 * article by article), and among comments on the same part in the order the bodies were
 * asked; the part printed as the body wrote it.
 */
export function buildSynthesisTable(
  bodies: readonly ConsultedBodyFacts[],
  comments: readonly DraftCommentFacts[],
  deadline: string,
  today: string,
): SynthesisTable {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  const sorted = comments
    .filter((comment) => byId.has(comment.bodyId))
    .map((comment) => ({ comment, part: parseDraftPart(comment.part), body: byId.get(comment.bodyId)! }))
    .sort((a, b) => compareDraftParts(a.part, b.part) || a.body.position - b.body.position || a.comment.position - b.comment.position);
  const ordered = [...bodies].sort((a, b) => a.position - b.position);
  const named = (status: BodyStatus) => ordered.filter((body) => bodyStatus(body, deadline, today) === status).map((b) => b.name);
  return {
    rows: sorted.map(({ comment, body }, index) => ({
      number: index + 1,
      body: body.name,
      part: comment.part || WHOLE_DRAFT_LABEL,
      comment: comment.text,
      answer: answerText(comment),
    })),
    agreed: named('agreed'),
    noAnswer: named('no_answer'),
    waiting: named('waiting'),
    asked: bodies.length,
  };
}

/** What the synthesis table prints: the header's bodies, the draft, the deadline and the table. Plain data (sent to the render pool). */
export interface SynthesisDocument {
  /** The header's left column: the drafting agency (its lines as written). */
  draftingAgency: string;
  /** The conference's issuing body, above the drafting agency when they differ. */
  governingBody: string;
  draftTitle: string;
  conferenceTitle: string;
  deadline: string;
  table: SynthesisTable;
}

/** The summary lines printed under the title of the table. */
export const synthesisSummaryLines = (table: SynthesisTable, deadlineText: string): string[] => {
  const answered = table.asked - table.noAnswer.length - table.waiting.length;
  const lines = [
    `Số cơ quan, đơn vị được lấy ý kiến: ${table.asked}; số cơ quan, đơn vị có ý kiến trả lời: ${answered}; số ý kiến góp ý: ${table.rows.length}.`,
  ];
  if (table.agreed.length > 0) lines.push(`Thống nhất với dự thảo, không có ý kiến khác: ${table.agreed.join('; ')}.`);
  if (table.noAnswer.length > 0) {
    lines.push(`Không có văn bản trả lời đến hết ${deadlineText} (được coi như thống nhất): ${table.noAnswer.join('; ')}.`);
  }
  if (table.waiting.length > 0) lines.push(`Chưa trả lời, còn trong thời hạn: ${table.waiting.join('; ')}.`);
  return lines;
};
