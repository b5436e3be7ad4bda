/**
 * Rules for comments on a draft (lấy ý kiến dự thảo, issue 16 item 2).
 *
 * - The organizer (the drafting agency works through the secretariat's accounts) opens a
 *   draft for comments, reminds the bodies, answers each comment and downloads the synthesis
 *   table; the chair reads it all.
 * - A body answers for itself only (body-rules.ts): its point's operator or its contact link;
 *   the organizer may record an answer received on paper.
 * - Comments are asked, answered, reminded and replied to (tiếp thu / giải trình) after the
 *   meeting too: a draft's deadline often falls after it, and the synthesis table is part of
 *   the record work (rules.ts recordWritable). A closed conference still takes them; an
 *   archived one is a record: nothing changes, the table stays readable.
 */
import type { Actor } from './actor.js';
import type { BodyObject, ConsultationAction } from './actions.js';
import { actsForBody } from './body-rules.js';
import { holdsAnyRole, recordWritable } from './rules.js';

type BodyRule = (actor: Actor, object: BodyObject) => boolean;

export const canReadConsultations: BodyRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']);
export const canManageConsultations: BodyRule = (actor, { conference }) =>
  recordWritable(conference) && holdsAnyRole(actor, conference.id, ['organizer']);
export const canAnswerForBody: BodyRule = (actor, { conference, body }) =>
  recordWritable(conference) && actsForBody(actor, conference, body);

export const CONSULTATION_RULES: Record<ConsultationAction, BodyRule> = {
  'consultation.read': canReadConsultations,
  'consultation.manage': canManageConsultations,
  'consultation.answer': canAnswerForBody,
};
