/**
 * Rules of the live conference (issue 5).
 *
 * - Everyone who reads the conference follows the live programme (the big screens, the
 *   delegates' phones, the press).
 * - The chair and the secretariat (organizer) run it: items, timers, the floor, the queue,
 *   messages; they see the whole roll-call wall and read the timeline afterwards.
 * - An operator answers the roll call and asks to speak for the halls in their scope, and
 *   sees those halls' rows and messages.
 * - A delegate or a guest asks to speak for themselves (the service fixes their hall).
 * - A display link (a hall's big screen) only watches: the programme and its hall's messages;
 *   it reports how its player receives the programme (a watching point, issue 19), as the
 *   hall's operator may.
 * - A nominator link names people; it neither speaks nor runs anything.
 * - Closed or archived conferences are records: the timeline stays readable, nothing changes.
 */
import type { Actor } from './actor.js';
import type { LiveAction, LiveObject } from './actions.js';
import { displaysPoint, operatesPoint } from './bridge-point-policy.js';
import { canReadConference } from './conference-policy.js';
import { MEDIA_RULES } from './media-policy.js';
import { holdsAnyRole, planWritable } from './rules.js';

type LiveRule = (actor: Actor, object: LiveObject) => boolean;

const STAFF = ['organizer', 'chair'] as const;
const isStaff: LiveRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, STAFF);
const isLink = (actor: Actor, purpose: string): boolean => actor.kind === 'link' && actor.purpose === purpose;
const writable =
  (rule: LiveRule): LiveRule =>
  (actor, object) =>
    planWritable(object.conference) && rule(actor, object);

export const canReadLive: LiveRule = (actor, { conference }) => canReadConference(actor, conference);
export const canRunLive: LiveRule = writable(isStaff);
/** Staff for any hall, an operator for theirs, a delegate or guest for themselves (not a nominator or display link). */
export const canRequestFloor: LiveRule = writable(
  (actor, object) =>
    isStaff(actor, object) ||
    operatesPoint(actor, object) ||
    (!isLink(actor, 'nominator') && !isLink(actor, 'display') && holdsAnyRole(actor, object.conference.id, ['delegate', 'guest'])),
);
export const canReportHall: LiveRule = writable(
  (actor, object) => holdsAnyRole(actor, object.conference.id, ['organizer']) || operatesPoint(actor, object),
);
/**
 * A watching point's player reports how it plays (issue 19): the hall's own big screen, or
 * whoever answers the hall's roll call (its operator; the secretariat, as for the roll call).
 */
export const canReportPlayback: LiveRule = (actor, object) => canReportHall(actor, object) || writable(displaysPoint)(actor, object);
export const canReadHalls: LiveRule = (actor, object) =>
  isStaff(actor, object) || (object.bridgePointId !== null && (operatesPoint(actor, object) || displaysPoint(actor, object)));
export const canMessage: LiveRule = writable(isStaff);
export const canReadTimeline: LiveRule = isStaff;

export const LIVE_RULES: Record<LiveAction, LiveRule> = {
  ...MEDIA_RULES,
  'live.read': canReadLive,
  'live.run': canRunLive,
  'live.request_floor': canRequestFloor,
  'live.report_hall': canReportHall,
  'live.report_playback': canReportPlayback,
  'live.read_halls': canReadHalls,
  'live.message': canMessage,
  'live.read_timeline': canReadTimeline,
};
