/**
 * Who may act for a body of the plan (issue 16): a body asked for comments on a draft, or
 * the presenter of an agenda slot who owes a written contribution. A body is bound to a
 * bridge point of the plan (a district's UBND) or to a participant group, or to both.
 *
 * - the organizer (the secretariat records an answer received on paper);
 * - an operator of the body's bridge point (the district's own staff, with an account);
 * - the body's contact link: a nominator link of the body's point (with no group, or the
 *   body's group), or of the body's participant group. The link already names who attends
 *   for that body (delegated invitation); answering for the body is the same contact's work.
 */
import type { Actor } from './actor.js';
import { operatorScope } from './actor.js';
import type { ConferenceFacts } from './actions.js';
import { holdsAnyRole } from './rules.js';

export interface BodyRef {
  bridgePointId: string | null;
  participantGroupId: string | null;
}

/** The body's contact link: a nominator link bound to its point or its group. */
export const isBodyContactLink = (actor: Actor, conferenceId: string, body: BodyRef): boolean => {
  if (actor.kind !== 'link' || actor.purpose !== 'nominator' || actor.conferenceId !== conferenceId) return false;
  if (body.participantGroupId !== null && actor.participantGroupId === body.participantGroupId) return true;
  return (
    body.bridgePointId !== null &&
    actor.bridgePointId === body.bridgePointId &&
    (actor.participantGroupId === null || actor.participantGroupId === body.participantGroupId)
  );
};

/** The organizer, an operator of the body's point, or the body's contact link. */
export const actsForBody = (actor: Actor, conference: ConferenceFacts, body: BodyRef | null): boolean => {
  if (holdsAnyRole(actor, conference.id, ['organizer'])) return true;
  if (body === null) return false;
  if (body.bridgePointId !== null && operatorScope(actor, conference.id).has(body.bridgePointId)) return true;
  return isBodyContactLink(actor, conference.id, body);
};
