/**
 * Rules for actions on one conference.
 *
 * - Every role of the conference reads its public parts; anyone else reads nothing.
 * - The organizer has full control, including memberships/links and the audit log.
 * - The chair reads the whole plan and changes the status (and writes the agenda: plan parts).
 * - Operators, delegates and guests download the documents once the plan is issued (a draft
 *   document holds the private parts); observers (press) only read the public parts.
 * - Closed or archived: no plan writes for anyone; the organizer and the administrator may
 *   still change the status and archive/unarchive, and everything that only reads stays.
 */
import type { Actor } from './actor.js';
import type { ConferenceAction, ConferenceFacts } from './actions.js';
import { holdsAnyRole, isPublished, planWritable, PRIVATE_READERS } from './rules.js';

type ConferenceRule = (actor: Actor, conference: ConferenceFacts) => boolean;

export const canReadConference: ConferenceRule = (actor, c) =>
  holdsAnyRole(actor, c.id, ['organizer', 'chair', 'operator', 'delegate', 'guest', 'observer']);

export const canReadPrivate: ConferenceRule = (actor, c) => holdsAnyRole(actor, c.id, PRIVATE_READERS);

export const canUpdateConference: ConferenceRule = (actor, c) => planWritable(c) && holdsAnyRole(actor, c.id, ['organizer']);

export const canChangeStatus: ConferenceRule = (actor, c) =>
  holdsAnyRole(actor, c.id, ['organizer']) || (planWritable(c) && holdsAnyRole(actor, c.id, ['chair']));

export const canArchive: ConferenceRule = (actor, c) => holdsAnyRole(actor, c.id, ['organizer']);

/** The copy is a new conference owned by the one who copies: an account is needed. */
export const canDuplicate: ConferenceRule = (actor, c) => actor.kind === 'user' && holdsAnyRole(actor, c.id, ['organizer']);

export const canDownloadDocuments: ConferenceRule = (actor, c) =>
  canReadPrivate(actor, c) || (isPublished(c) && holdsAnyRole(actor, c.id, ['operator', 'delegate', 'guest']));

export const canManageAccess: ConferenceRule = (actor, c) => holdsAnyRole(actor, c.id, ['organizer']);

export const canReadConferenceAudit: ConferenceRule = (actor, c) => holdsAnyRole(actor, c.id, ['organizer']);

export const CONFERENCE_RULES: Record<ConferenceAction, ConferenceRule> = {
  'conference.read': canReadConference,
  'conference.read_private': canReadPrivate,
  'conference.update': canUpdateConference,
  'conference.change_status': canChangeStatus,
  'conference.archive': canArchive,
  'conference.duplicate': canDuplicate,
  'conference.download_documents': canDownloadDocuments,
  'conference.manage_access': canManageAccess,
  'conference.read_audit': canReadConferenceAudit,
};
