/**
 * Who the caller is on the live screens: what they may do (`access` of GET /live), which
 * halls they see, and as whom they ask to speak. Built from the actor and the policies
 * (src/domain/access/live-policy.ts); a delegate's personal link speaks as its delegate, at
 * the delegate's hall.
 */
import type { FastifyRequest } from 'fastify';
import type { LiveAction } from '../../../domain/access/actions.js';
import { operatorScope, rolesIn, type Actor } from '../../../domain/access/actor.js';
import { allowedPointsOf } from '../../../domain/access/allowed-points.js';
import { can } from '../../../domain/access/can.js';
import { DomainError } from '../../../domain/errors.js';
import type { FloorRequestInput } from '../../../domain/live/live-commands.js';
import type { FloorRequester, HallScope, LiveFacts } from '../../../services/live/live-service.types.js';
import type { DelegateService } from '../../../services/participants/delegate-service.js';
import { allow } from '../../access.js';

type SignedIn = Exclude<Actor, { kind: 'anonymous' }>;

const may = (actor: Actor, action: LiveAction, facts: LiveFacts, bridgePointId: string | null = null) =>
  can(actor, action, { conference: facts, bridgePointId });
const pointsWhere = (actor: Actor, action: LiveAction, facts: LiveFacts) =>
  facts.bridgePoints.filter((point) => may(actor, action, facts, point.id)).map((point) => point.id);
/** Every point, or the ids where it holds: `facts` lists only the actor's bound points (and those a request named). */
const hallsWhere = (actor: Actor, action: LiveAction, facts: LiveFacts) =>
  allowedPointsOf(
    facts.pointCount,
    facts.bridgePoints.map((point) => point.id),
    (pointId) => may(actor, action, facts, pointId),
  );
const isStaff = (actor: Actor, conferenceId: string) => {
  const roles = rolesIn(actor, conferenceId);
  return roles.has('organizer') || roles.has('chair');
};

/** The name a request is shown under when the input gives none. */
const displayName = (request: FastifyRequest): string => {
  const auth = request.auth;
  if (auth.kind === 'session') return auth.session.user.displayName || auth.session.user.email;
  if (auth.kind === 'link') return auth.link.label;
  return '';
};
const representative = (facts: LiveFacts, bridgePointId: string) =>
  `Đại diện ${facts.bridgePoints.find((point) => point.id === bridgePointId)?.name ?? ''}`.trim();

/** Matches `FloorRequest.requesterId` of the caller's own requests. */
export const requesterIdOf = (actor: SignedIn): string => (actor.kind === 'link' ? (actor.delegateId ?? actor.linkId) : actor.userId);

/** The caller's delegate when they hold a personal link, with its name and hall. */
async function personalDelegate(actor: SignedIn, facts: LiveFacts, delegates: DelegateService) {
  if (actor.kind !== 'link' || !actor.delegateId) return null;
  const delegate = await delegates.get(facts.id, actor.delegateId);
  return { id: delegate.id, name: delegate.fullName, bridgePointId: delegate.bridgePointId };
}

/** Which halls the caller reads: the one asked for, or every hall (staff), their own (operator, display); else 403. */
export function hallScopeOf(request: FastifyRequest, facts: LiveFacts, bridgePointId?: string): HallScope {
  if (bridgePointId !== undefined) {
    allow(request, 'live.read_halls', { conference: facts, bridgePointId });
    return [bridgePointId];
  }
  if (may(request.actor, 'live.read_halls', facts)) return 'all';
  const points = pointsWhere(request.actor, 'live.read_halls', facts);
  if (points.length === 0) allow(request, 'live.read_halls', { conference: facts, bridgePointId: null });
  return points;
}

export async function liveAccess(request: FastifyRequest, actor: SignedIn, facts: LiveFacts, delegates: DelegateService) {
  const own = await personalDelegate(actor, facts, delegates);
  const scope = [...operatorScope(actor, facts.id)];
  const linkPoint = actor.kind === 'link' ? actor.bridgePointId : null;
  const floorAt =
    isStaff(actor, facts.id) || scope.length > 0
      ? hallsWhere(actor, 'live.request_floor', facts)
      : { all: false, ids: own ? [own.bridgePointId] : [] };
  const reportAt = hallsWhere(actor, 'live.report_hall', facts);
  return {
    run: may(actor, 'live.run', facts),
    message: may(actor, 'live.message', facts),
    readHalls: may(actor, 'live.read_halls', facts),
    readTimeline: may(actor, 'live.read_timeline', facts),
    requestFloor: may(actor, 'live.request_floor', facts, own?.bridgePointId ?? scope[0] ?? linkPoint),
    requestFloorAt: floorAt.ids,
    requestFloorAtAll: floorAt.all,
    reportHallAt: reportAt.ids,
    reportHallAtAll: reportAt.all,
    ownBridgePointId: own?.bridgePointId ?? scope[0] ?? linkPoint,
    requesterId: requesterIdOf(actor),
  };
}

const pointRequired = () =>
  new DomainError(422, 'live.bridge_point_required', {
    vi: 'Hãy chọn điểm cầu đăng ký phát biểu.',
    en: 'Choose the bridge point the request is for.',
  });

/**
 * As whom the caller asks to speak, after the policy check on the hall: a personal link as its
 * delegate at the delegate's hall; the chair, the secretariat or an operator for the hall they
 * name (an operator with one hall: that one); a delegate or guest for themselves (a delegate
 * link at its hall, anyone else at no hall).
 */
export async function floorRequesterOf(
  request: FastifyRequest,
  actor: SignedIn,
  facts: LiveFacts,
  input: FloorRequestInput,
  delegates: DelegateService,
): Promise<FloorRequester> {
  const requesterId = requesterIdOf(actor);
  const own = await personalDelegate(actor, facts, delegates);
  const ask = (bridgePointId: string | null) => allow(request, 'live.request_floor', { conference: facts, bridgePointId });
  if (own) {
    ask(own.bridgePointId);
    return { requesterId, requestedBy: 'delegate', bridgePointId: own.bridgePointId, defaultSpeakerName: own.name };
  }
  const scope = [...operatorScope(actor, facts.id)];
  const staff = isStaff(actor, facts.id);
  if (staff || scope.length > 0) {
    const bridgePointId = input.bridgePointId ?? (scope.length === 1 ? scope[0]! : null);
    if (bridgePointId === null && !staff) throw pointRequired();
    ask(bridgePointId);
    const requestedBy = staff ? 'staff' : 'operator';
    return {
      requesterId,
      requestedBy,
      bridgePointId,
      defaultSpeakerName: bridgePointId ? representative(facts, bridgePointId) : displayName(request),
    };
  }
  const bridgePointId = actor.kind === 'link' && actor.purpose === 'delegate' ? actor.bridgePointId : null;
  ask(bridgePointId);
  const requestedBy = rolesIn(actor, facts.id).has('delegate') ? 'delegate' : 'guest';
  return { requesterId, requestedBy, bridgePointId, defaultSpeakerName: displayName(request) };
}
