import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import {
  VOTE_ACTIONS,
  WRITTEN_OPINION_ACTIONS,
  type ConferenceFacts,
  type VoteAction,
  type VoteObject,
  type WrittenOpinionAction,
} from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const live: ConferenceFacts = { id: 'conference-a', status: 'live', archived: false };
const closed: ConferenceFacts = { ...live, status: 'closed' };
const archived: ConferenceFacts = { ...live, archived: true };
const at = (bridgePointId: string | null, delegateId: string | null = null, conference = live): VoteObject => ({
  conference,
  bridgePointId,
  delegateId,
});
const allowed = (actor: Actor, object: VoteObject): VoteAction[] => VOTE_ACTIONS.filter((action) => can(actor, action, object));
const forms = (actor: Actor, object: VoteObject): WrittenOpinionAction[] =>
  WRITTEN_OPINION_ACTIONS.filter((action) => can(actor, action, object));
const delegateLink = (delegateId: string): Actor => ({ ...link('delegate', { bridgePointId: POINT_1 }), delegateId }) as Actor;

describe('vote policies', () => {
  it('let the chair and the secretariat create, open and close votes; the secretariat may also enter a hall count', () => {
    expect(allowed(member('chair'), at(null))).toEqual(['vote.read', 'vote.manage', 'vote.close']);
    expect(allowed(member('organizer'), at(POINT_1))).toEqual(['vote.read', 'vote.manage', 'vote.close', 'vote.count_hands']);
    expect(allowed(admin, at(POINT_1, 'd1'))).toEqual(['vote.read', 'vote.manage', 'vote.close', 'vote.count_hands']);
  });

  it('let a delegate vote through their personal link for themselves only', () => {
    expect(allowed(delegateLink('d1'), at(null, 'd1'))).toEqual(['vote.read', 'vote.cast']);
    expect(allowed(delegateLink('d1'), at(null, 'd2'))).toEqual(['vote.read']);
    // An account votes as a delegate only when the route found the delegate its e-mail stands for.
    expect(allowed(member('delegate'), at(null, 'd1'))).toEqual(['vote.read']);
  });

  it('let an account with the delegate role vote for the delegate its e-mail stands for, and for no other', () => {
    const mine = (delegateId: string | null, accountDelegateId: string | null, conference = live): VoteObject => ({
      ...at(null, delegateId, conference),
      accountDelegateId,
    });
    expect(allowed(member('delegate'), mine('d1', 'd1'))).toEqual(['vote.read', 'vote.cast']);
    expect(allowed(member('delegate'), mine('d2', 'd1'))).toEqual(['vote.read']);
    expect(allowed(member('delegate'), mine(null, null))).toEqual(['vote.read']);
    // Another role of the conference, or the delegate role in another conference, is not enough.
    expect(allowed(member('observer'), mine('d1', 'd1'))).toEqual(['vote.read']);
    expect(allowed(member('guest'), mine('d1', 'd1'))).toEqual(['vote.read']);
    expect(allowed(member('delegate', [], CONF_B), mine('d1', 'd1'))).toEqual([]);
    // A link never takes the account's path, and nothing changes once the conference is closed.
    expect(allowed(link('guest'), mine('d1', 'd1'))).toEqual(['vote.read']);
    expect(allowed(member('delegate'), mine('d1', 'd1', closed))).toEqual(['vote.read']);
  });

  it("let an operator cast their hall's vote and enter its show-of-hands count, at their halls only", () => {
    for (const operator of [member('operator', [POINT_1]), link('operator', { bridgePointId: POINT_1 })]) {
      expect(allowed(operator, at(POINT_1))).toEqual(['vote.read', 'vote.cast', 'vote.count_hands']);
      expect(allowed(operator, at(POINT_2))).toEqual(['vote.read']);
    }
  });

  it('let the big screen, observers and guests only read', () => {
    for (const reader of [link('display', { bridgePointId: POINT_1 }), member('observer'), member('guest'), link('guest')])
      expect(allowed(reader, at(POINT_1, 'd1'))).toEqual(['vote.read']);
  });

  it('refuse everyone outside the conference, and the live vote once the meeting is closed; closing a vote left open stays', () => {
    for (const outsider of [
      anonymous,
      noRole,
      member('organizer', [], CONF_B),
      link('operator', { conferenceId: CONF_B, bridgePointId: POINT_1 }),
    ]) {
      expect(allowed(outsider, at(POINT_1, 'd1'))).toEqual([]);
      expect(forms(outsider, at(POINT_1, 'd1'))).toEqual([]);
    }
    // Closed: no vote is created, opened, cast in or counted; the chair may still close one left open.
    expect(allowed(admin, at(POINT_1, 'd1', closed))).toEqual(['vote.read', 'vote.close']);
    expect(allowed(member('chair'), at(null, null, closed))).toEqual(['vote.read', 'vote.close']);
    expect(allowed(delegateLink('d1'), at(null, 'd1', closed))).toEqual(['vote.read']);
    expect(allowed(member('operator', [POINT_1]), at(POINT_1, null, closed))).toEqual(['vote.read']);
    // Archived: a record.
    expect(allowed(admin, at(POINT_1, 'd1', archived))).toEqual(['vote.read']);
    expect(allowed(delegateLink('d1'), at(null, 'd1', archived))).toEqual(['vote.read']);
  });

  it('let the chair and the secretariat run written opinion forms, and a delegate answer their own, until archived', () => {
    const asAccount = (conference: ConferenceFacts): VoteObject => ({ ...at(null, 'd1', conference), accountDelegateId: 'd1' });
    for (const conference of [live, closed]) {
      for (const presidium of [admin, member('organizer'), member('chair')])
        expect(forms(presidium, at(null, null, conference))).toEqual(['written_opinion.read', 'written_opinion.manage']);
      expect(forms(delegateLink('d1'), at(null, 'd1', conference))).toEqual(['written_opinion.answer']);
      expect(forms(delegateLink('d1'), at(null, 'd2', conference))).toEqual([]);
      expect(forms(member('delegate'), asAccount(conference))).toEqual(['written_opinion.answer']);
      // A form is per delegate: an operator answers none for its hall; readers only read the votes.
      expect(forms(member('operator', [POINT_1]), at(POINT_1, 'd1', conference))).toEqual([]);
      for (const reader of [member('observer'), member('guest'), link('display', { bridgePointId: POINT_1 })])
        expect(forms(reader, at(POINT_1, 'd1', conference))).toEqual([]);
    }
    // Archived: the chair still reads the forms; nobody sends, answers or merges.
    expect(forms(member('chair'), at(null, null, archived))).toEqual(['written_opinion.read']);
    expect(forms(admin, at(null, null, archived))).toEqual(['written_opinion.read']);
    expect(forms(delegateLink('d1'), at(null, 'd1', archived))).toEqual([]);
    expect(forms(member('delegate'), asAccount(archived))).toEqual([]);
  });
});
