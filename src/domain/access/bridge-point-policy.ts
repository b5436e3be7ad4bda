/**
 * Rules for bridge points. The organizer creates, edits, reorders and deletes them; an
 * operator edits only the address/room and the operator contact of the points in their scope
 * (`bridge_point.update_own`; whoever may `bridge_point.update` may also `update_own`). The
 * operator's contact is read by those who read the whole plan and by the operator of that
 * point only. No changes while the conference is closed or archived.
 *
 * The rules trust that `bridgePointId` belongs to the conference: the service checks that.
 */
import { operatorScope, type Actor } from './actor.js';
import type { BridgePointAction, BridgePointObject } from './actions.js';
import { holdsAnyRole, planWritable, PRIVATE_READERS } from './rules.js';

type BridgePointRule = (actor: Actor, object: BridgePointObject) => boolean;

/** True when the point is one the actor operates (by membership or by an operator link). */
export const operatesPoint = (actor: Actor, { conference, bridgePointId }: BridgePointObject): boolean =>
  bridgePointId !== null && operatorScope(actor, conference.id).has(bridgePointId);

/** True when the actor is the display link (the big screen) of the point named by the object. */
export const displaysPoint = (actor: Actor, { conference, bridgePointId }: BridgePointObject): boolean =>
  actor.kind === 'link' &&
  actor.purpose === 'display' &&
  actor.conferenceId === conference.id &&
  bridgePointId !== null &&
  actor.bridgePointId === bridgePointId;

const organizerWrite: BridgePointRule = (actor, { conference }) =>
  planWritable(conference) && holdsAnyRole(actor, conference.id, ['organizer']);

export const canCreateBridgePoint: BridgePointRule = organizerWrite;
export const canReorderBridgePoints: BridgePointRule = organizerWrite;

/** Per-point writes need a point. */
const onePoint =
  (rule: BridgePointRule): BridgePointRule =>
  (actor, object) =>
    object.bridgePointId !== null && rule(actor, object);

export const canUpdateBridgePoint: BridgePointRule = onePoint(organizerWrite);
export const canDeleteBridgePoint: BridgePointRule = onePoint(organizerWrite);

export const canUpdateOwnBridgePoint: BridgePointRule = onePoint(
  (actor, object) =>
    planWritable(object.conference) && (holdsAnyRole(actor, object.conference.id, ['organizer']) || operatesPoint(actor, object)),
);

export const canReadBridgePointContact: BridgePointRule = onePoint(
  (actor, object) => holdsAnyRole(actor, object.conference.id, PRIVATE_READERS) || operatesPoint(actor, object),
);

export const BRIDGE_POINT_RULES: Record<BridgePointAction, BridgePointRule> = {
  'bridge_point.create': canCreateBridgePoint,
  'bridge_point.reorder': canReorderBridgePoints,
  'bridge_point.update': canUpdateBridgePoint,
  'bridge_point.update_own': canUpdateOwnBridgePoint,
  'bridge_point.delete': canDeleteBridgePoint,
  'bridge_point.read_contact': canReadBridgePointContact,
};

/**
 * The points an actor's list of bridge points is limited to: an operator link sees its own
 * point only (its screens are about its hall; a national conference's 16,242 names are not
 * its business); null: every point (whoever may read the conference).
 */
export const listedPointScope = (actor: Actor, conferenceId: string): string[] | null => {
  if (actor.kind !== 'link' || actor.purpose !== 'operator') return null;
  return [...operatorScope(actor, conferenceId)];
};
