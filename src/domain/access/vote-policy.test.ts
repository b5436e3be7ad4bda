import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { VOTE_ACTIONS, type ConferenceFacts, type VoteAction, type VoteObject } from './actions.js';
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
const delegateLink = (delegateId: string): Actor => ({ ...link('delegate', { bridgePointId: POINT_1 }), delegateId }) as Actor;

describe('vote policies', () => {
  it('let the chair and the secretariat create, open and close votes; the secretariat may also enter a hall count', () => {
    expect(allowed(member('chair'), at(null))).toEqual(['vote.read', 'vote.manage']);
    expect(allowed(member('organizer'), at(POINT_1))).toEqual(['vote.read', 'vote.manage', 'vote.count_hands']);
    expect(allowed(admin, at(POINT_1, 'd1'))).toEqual(['vote.read', 'vote.manage', 'vote.count_hands']);
  });

  it('let a delegate vote through their personal link for themselves only', () => {
    expect(allowed(delegateLink('d1'), at(null, 'd1'))).toEqual(['vote.read', 'vote.cast']);
    expect(allowed(delegateLink('d1'), at(null, 'd2'))).toEqual(['vote.read']);
    // A delegate account has no delegate record to vote as; only the personal link names one.
    expect(allowed(member('delegate'), at(null, 'd1'))).toEqual(['vote.read']);
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

  it('refuse everyone outside the conference, and every change once it is closed or archived', () => {
    for (const outsider of [
      anonymous,
      noRole,
      member('organizer', [], CONF_B),
      link('operator', { conferenceId: CONF_B, bridgePointId: POINT_1 }),
    ])
      expect(allowed(outsider, at(POINT_1, 'd1'))).toEqual([]);
    for (const conference of [closed, archived]) {
      expect(allowed(admin, at(POINT_1, 'd1', conference))).toEqual(['vote.read']);
      expect(allowed(delegateLink('d1'), at(null, 'd1', conference))).toEqual(['vote.read']);
    }
  });
});
