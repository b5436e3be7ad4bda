/**
 * Rules of the votes (biểu quyết, issue 16).
 *
 * - Everyone who reads the conference sees the votes and, once closed, their results (the big
 *   screens, the delegates' phones, the press); a secret vote shows no counts until it closes.
 * - The chair and the secretariat (organizer) create, open and close votes.
 * - A delegate votes through their personal link, for themselves only (the object names the
 *   delegate); the operator of a bridge point casts its one vote when the vote is per point.
 * - The operator of a bridge point (or the secretariat) enters its show-of-hands count.
 * - Closed or archived conferences are records: nothing changes.
 */
import type { Actor } from './actor.js';
import type { VoteAction, VoteObject } from './actions.js';
import { operatesPoint } from './bridge-point-policy.js';
import { canReadConference } from './conference-policy.js';
import { holdsAnyRole, planWritable } from './rules.js';

type VoteRule = (actor: Actor, object: VoteObject) => boolean;

const writable =
  (rule: VoteRule): VoteRule =>
  (actor, object) =>
    planWritable(object.conference) && rule(actor, object);

/** A delegate's personal link acting for its own delegate. */
const ownDelegate: VoteRule = (actor, { conference, delegateId }) =>
  actor.kind === 'link' &&
  actor.purpose === 'delegate' &&
  actor.conferenceId === conference.id &&
  typeof actor.delegateId === 'string' &&
  actor.delegateId === delegateId;

export const canReadVotes: VoteRule = (actor, { conference }) => canReadConference(actor, conference);
export const canManageVotes: VoteRule = writable((actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']));
export const canCastVote: VoteRule = writable((actor, object) => ownDelegate(actor, object) || operatesPoint(actor, object));
export const canCountHands: VoteRule = writable(
  (actor, object) =>
    (object.bridgePointId !== null && holdsAnyRole(actor, object.conference.id, ['organizer'])) || operatesPoint(actor, object),
);

export const VOTE_RULES: Record<VoteAction, VoteRule> = {
  'vote.read': canReadVotes,
  'vote.manage': canManageVotes,
  'vote.cast': canCastVote,
  'vote.count_hands': canCountHands,
};
