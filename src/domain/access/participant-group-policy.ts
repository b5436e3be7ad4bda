/**
 * Rules for participant groups (who attends, at which point). The organizer writes every
 * group; an operator writes the groups attending at a point in their scope (scope 'point',
 * never 'every_other_point'). Those who read the whole plan read every group, an operator the
 * groups at their points, a delegate link its own group; nobody else reads any.
 *
 * Moving a group: the route asks `participant_group.update` for the group as it is AND as it
 * will be, so an operator cannot move a group to (or from) a point they do not operate.
 */
import { operatorScope, type Actor } from './actor.js';
import type { ParticipantGroupAction, ParticipantGroupObject } from './actions.js';
import { holdsAnyRole, planWritable, PRIVATE_READERS } from './rules.js';

type ParticipantGroupRule = (actor: Actor, object: ParticipantGroupObject) => boolean;

/** True when the group attends at a point the actor operates. */
export const groupAtOwnPoint: ParticipantGroupRule = (actor, { conference, group }) =>
  group.scope === 'point' && group.bridgePointId !== null && operatorScope(actor, conference.id).has(group.bridgePointId);

/** True for a delegate link bound to this very group. */
export const isOwnDelegateRecord: ParticipantGroupRule = (actor, { conference, group }) =>
  actor.kind === 'link' &&
  actor.purpose === 'delegate' &&
  actor.conferenceId === conference.id &&
  group.id !== undefined &&
  actor.participantGroupId === group.id;

export const canReadParticipantGroup: ParticipantGroupRule = (actor, object) =>
  holdsAnyRole(actor, object.conference.id, PRIVATE_READERS) || groupAtOwnPoint(actor, object) || isOwnDelegateRecord(actor, object);

export const canWriteParticipantGroup: ParticipantGroupRule = (actor, object) =>
  planWritable(object.conference) && (holdsAnyRole(actor, object.conference.id, ['organizer']) || groupAtOwnPoint(actor, object));

export const PARTICIPANT_GROUP_RULES: Record<ParticipantGroupAction, ParticipantGroupRule> = {
  'participant_group.read': canReadParticipantGroup,
  'participant_group.create': canWriteParticipantGroup,
  'participant_group.update': canWriteParticipantGroup,
  'participant_group.delete': canWriteParticipantGroup,
};
