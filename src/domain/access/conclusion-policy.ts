/**
 * Rules of the conclusion notice (Thông báo kết luận) and the follow-up of its tasks (issue 16,
 * items 6-7).
 *
 * - The secretariat (organizer) drafts the notice, writes the conclusions, issues and mails it,
 *   carries unfinished tasks over to a new conference; the chair reads it.
 * - The follow-up board is read by the secretariat, the chair, the halls' operators and the
 *   delegates and guests, by account.
 * - A task is reported on (progress, completion) by the people of its lead agency when the
 *   conclusion binds the agency to a body of the plan (body-rules.ts: an operator of the body's
 *   bridge point, the body's contact link), and by the secretariat, which records a report it
 *   received another way. A delegate is not the agency: being invited gives no right to report.
 * - Everything happens after the meeting (rules.ts recordWritable): a closed conference still
 *   takes it; an archived one is a record.
 */
import type { Actor } from './actor.js';
import type { BodyObject, ConclusionAction, ConferenceFacts } from './actions.js';
import { actsForBody } from './body-rules.js';
import { holdsAnyRole, recordWritable } from './rules.js';

type ConclusionRule = (actor: Actor, conference: ConferenceFacts) => boolean;
type ConferenceLevelAction = Exclude<ConclusionAction, 'followup.report'>;

const isUser = (actor: Actor): boolean => actor.kind === 'user';

export const canReadConclusions: ConclusionRule = (actor, c) => holdsAnyRole(actor, c.id, ['organizer', 'chair']);
export const canWriteConclusions: ConclusionRule = (actor, c) => recordWritable(c) && holdsAnyRole(actor, c.id, ['organizer']);
export const canReadFollowUp: ConclusionRule = (actor, c) =>
  holdsAnyRole(actor, c.id, ['organizer', 'chair']) || (isUser(actor) && holdsAnyRole(actor, c.id, ['operator', 'delegate', 'guest']));
/** The conclusion's lead body (null: a free-text agency, reported on by the secretariat only). */
export const canReportFollowUp = (actor: Actor, { conference, body }: BodyObject): boolean =>
  recordWritable(conference) && actsForBody(actor, conference, body);

export const CONCLUSION_RULES: Record<ConferenceLevelAction, ConclusionRule> & {
  'followup.report': (actor: Actor, object: BodyObject) => boolean;
} = {
  'conclusion.read': canReadConclusions,
  'conclusion.write': canWriteConclusions,
  'followup.read': canReadFollowUp,
  'followup.report': canReportFollowUp,
};
