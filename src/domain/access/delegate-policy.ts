/**
 * Rules for delegates, check-in, attendance and seating (issue 4).
 *
 * - The organizer manages the delegates of every point: imports, invitations, seats.
 * - An operator manages the delegates of the points in their scope: adds, edits, checks
 *   in, reports the headcount, seats them; never another point's (no read either).
 * - The chair reads the lists and the attendance counts of every point, not the contacts.
 * - A delegate's personal link answers the invitation for that one delegate only.
 * - A nominator link names the people attending at its one bridge point (delegated invitation).
 * - Closed or archived conferences are records: nothing changes, lists stay readable.
 *
 * The rules trust that `bridgePointId` and `delegateId` belong to the conference: the
 * service checks that.
 */
import type { Actor } from './actor.js';
import type { DelegateAction, DelegateObject } from './actions.js';
import { operatesPoint } from './bridge-point-policy.js';
import { holdsAnyRole, planWritable } from './rules.js';

type DelegateRule = (actor: Actor, object: DelegateObject) => boolean;

const isOrganizer: DelegateRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer']);
const isReader: DelegateRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']);
const operatesIt: DelegateRule = (actor, object) => operatesPoint(actor, object);
const writable =
  (rule: DelegateRule): DelegateRule =>
  (actor, object) =>
    planWritable(object.conference) && rule(actor, object);
const either =
  (...rules: DelegateRule[]): DelegateRule =>
  (actor, object) =>
    rules.some((rule) => rule(actor, object));

export const canListDelegates: DelegateRule = either(isReader, operatesIt);
export const canReadDelegateContact: DelegateRule = either(isOrganizer, operatesIt);
/** Adding, editing and removing needs one point: the operator's scope is per point. */
export const canWriteDelegate: DelegateRule = writable(either(isOrganizer, operatesIt));
export const canManageAll: DelegateRule = writable(isOrganizer);
export const canAnswer: DelegateRule = (actor, { conference, delegateId }) =>
  planWritable(conference) &&
  actor.kind === 'link' &&
  actor.purpose === 'delegate' &&
  actor.conferenceId === conference.id &&
  typeof delegateId === 'string' &&
  actor.delegateId === delegateId;
/** A nominator link (a district chair) names delegates at its own bridge point only. */
export const canNominate: DelegateRule = (actor, { conference, bridgePointId }) =>
  planWritable(conference) &&
  actor.kind === 'link' &&
  actor.purpose === 'nominator' &&
  actor.conferenceId === conference.id &&
  bridgePointId !== null &&
  actor.bridgePointId === bridgePointId;
export const canReadAttendance: DelegateRule = either(isReader, operatesIt);

export const DELEGATE_RULES: Record<DelegateAction, DelegateRule> = {
  'delegate.list': canListDelegates,
  'delegate.read_contact': canReadDelegateContact,
  'delegate.create': canWriteDelegate,
  'delegate.update': canWriteDelegate,
  'delegate.delete': canWriteDelegate,
  'delegate.import': canManageAll,
  'delegate.invite': canManageAll,
  'delegate.answer': canAnswer,
  'delegate.nominate': canNominate,
  'delegate.check_in': canWriteDelegate,
  'headcount.report': canWriteDelegate,
  'attendance.read': canReadAttendance,
  'seating.write': canWriteDelegate,
};
