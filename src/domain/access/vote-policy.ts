/**
 * Rules of the votes (biểu quyết, issue 16) and the written opinion forms (phiếu lấy ý kiến).
 *
 * - Everyone who reads the conference sees the votes and, once closed, their results (the big
 *   screens, the delegates' phones, the press); a secret vote shows no counts until it closes.
 * - The chair and the secretariat (organizer) create, open and close votes.
 * - A delegate votes for themselves only (the object names the delegate): through their personal
 *   link, or signed in with an account holding the delegate role whose e-mail is that delegate's
 *   on the list (the route looks it up: `accountDelegateId`). The operator of a bridge point
 *   casts its one vote when the vote is per point.
 * - The operator of a bridge point (or the secretariat) enters its show-of-hands count.
 * - The live vote belongs to the meeting (rules.ts planWritable): once the meeting is closed
 *   ("Đã kết thúc") nobody creates, opens, casts in or counts hands of a vote. Closing the
 *   meeting leaves a vote that is still open as it is (live-decide.ts does not touch the votes):
 *   casting in it is refused by this rule, and the chair may still close it to fix its result
 *   from the ballots of the meeting (`vote.close`), so a form can be merged into it.
 * - Written opinion forms are the work after the meeting (rules.ts recordWritable): the chair
 *   and the secretariat read them (an archived conference too), make, send, remind, close and merge them, and a delegate answers the
 *   form sent to them, on a closed conference too (a form goes to the delegates absent from the
 *   vote). A form is per delegate: an operator answers none for its hall.
 * - An archived conference is a record: nothing changes.
 */
import type { Actor } from './actor.js';
import type { VoteAction, VoteObject, WrittenOpinionAction } from './actions.js';
import { operatesPoint } from './bridge-point-policy.js';
import { canReadConference } from './conference-policy.js';
import { holdsAnyRole, planWritable, recordWritable } from './rules.js';

type VoteRule = (actor: Actor, object: VoteObject) => boolean;

const writable =
  (rule: VoteRule): VoteRule =>
  (actor, object) =>
    planWritable(object.conference) && rule(actor, object);
const recordable =
  (rule: VoteRule): VoteRule =>
  (actor, object) =>
    recordWritable(object.conference) && rule(actor, object);

/** A delegate's personal link acting for its own delegate. */
const ownDelegateLink: VoteRule = (actor, { conference, delegateId }) =>
  actor.kind === 'link' &&
  actor.purpose === 'delegate' &&
  actor.conferenceId === conference.id &&
  typeof actor.delegateId === 'string' &&
  actor.delegateId === delegateId;

/** An account with the delegate role acting for the delegate its e-mail stands for. */
const ownDelegateAccount: VoteRule = (actor, { conference, delegateId, accountDelegateId }) =>
  actor.kind === 'user' &&
  typeof delegateId === 'string' &&
  accountDelegateId === delegateId &&
  holdsAnyRole(actor, conference.id, ['delegate']);

const ownDelegate: VoteRule = (actor, object) => ownDelegateLink(actor, object) || ownDelegateAccount(actor, object);

export const canReadVotes: VoteRule = (actor, { conference }) => canReadConference(actor, conference);
const presidium: VoteRule = (actor, { conference }) => holdsAnyRole(actor, conference.id, ['organizer', 'chair']);

export const canManageVotes: VoteRule = writable(presidium);
export const canCloseVote: VoteRule = recordable(presidium);
export const canCastVote: VoteRule = writable((actor, object) => ownDelegate(actor, object) || operatesPoint(actor, object));
export const canCountHands: VoteRule = writable(
  (actor, object) =>
    (object.bridgePointId !== null && holdsAnyRole(actor, object.conference.id, ['organizer'])) || operatesPoint(actor, object),
);

export const canReadForms: VoteRule = presidium;
export const canManageForms: VoteRule = recordable(presidium);
export const canAnswerForm: VoteRule = recordable(ownDelegate);

export const VOTE_RULES: Record<VoteAction | WrittenOpinionAction, VoteRule> = {
  'vote.read': canReadVotes,
  'vote.manage': canManageVotes,
  'vote.close': canCloseVote,
  'vote.cast': canCastVote,
  'vote.count_hands': canCountHands,
  'written_opinion.read': canReadForms,
  'written_opinion.manage': canManageForms,
  'written_opinion.answer': canAnswerForm,
};
