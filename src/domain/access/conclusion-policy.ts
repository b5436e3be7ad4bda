/**
 * Rules of the conclusion notice (Thông báo kết luận) and the follow-up of its tasks (issue 16,
 * items 6-7).
 *
 * - The secretariat (organizer) drafts the notice, writes the conclusions, issues and mails it,
 *   carries unfinished tasks over to a new conference; the chair reads it.
 * - The follow-up board is read by the secretariat, the chair and the agencies' people
 *   (delegates and guests, by account); an agency's person reports progress and completion,
 *   and the secretariat records a report it received another way.
 * - Everything happens after the meeting: a closed conference still takes it; an archived
 *   one is a record.
 */
import type { Actor } from './actor.js';
import type { ConclusionAction, ConferenceFacts } from './actions.js';
import { holdsAnyRole } from './rules.js';

type ConclusionRule = (actor: Actor, conference: ConferenceFacts) => boolean;

const notArchived = (c: ConferenceFacts): boolean => !c.archived;
const isUser = (actor: Actor): boolean => actor.kind === 'user';

export const canReadConclusions: ConclusionRule = (actor, c) => holdsAnyRole(actor, c.id, ['organizer', 'chair']);
export const canWriteConclusions: ConclusionRule = (actor, c) => notArchived(c) && holdsAnyRole(actor, c.id, ['organizer']);
export const canReadFollowUp: ConclusionRule = (actor, c) =>
  holdsAnyRole(actor, c.id, ['organizer', 'chair']) || (isUser(actor) && holdsAnyRole(actor, c.id, ['delegate', 'guest']));
export const canReportFollowUp: ConclusionRule = (actor, c) =>
  notArchived(c) && (holdsAnyRole(actor, c.id, ['organizer']) || (isUser(actor) && holdsAnyRole(actor, c.id, ['delegate', 'guest'])));

export const CONCLUSION_RULES: Record<ConclusionAction, ConclusionRule> = {
  'conclusion.read': canReadConclusions,
  'conclusion.write': canWriteConclusions,
  'followup.read': canReadFollowUp,
  'followup.report': canReportFollowUp,
};
