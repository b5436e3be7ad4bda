import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorArb, admin, anonymous, CONF_A, CONF_B, facts, link, member, noRole } from './access.fixture.js';
import { can } from './can.js';
import { presentAuditEntries, presentAuditEntry } from './present-audit-entry.js';
import { presentAccessLink, presentMembership } from './present-conference-access.js';
import { presentUser, presentUsers } from './present-user.js';

const user = { id: 'user-7', email: 'a@b.vn', displayName: 'A', isAdmin: false, disabled: false };
const membership = { id: 'm-1', conferenceId: CONF_A, userId: 'user-7', role: 'chair' as const, bridgePointIds: [] };
const accessLink = { id: 'l-1', conferenceId: CONF_A, purpose: 'guest' as const, state: 'active' as const };

describe('presentUser', () => {
  it('lets the administrator update every account, their own included', () => {
    expect(presentUser(admin, user)).toEqual({ ...user, allowedActions: ['user.update'] });
    expect(presentUser(admin, { ...user, id: 'admin' }).allowedActions).toEqual(['user.update']);
  });

  it('gives anyone else no action on an account', () => {
    for (const actor of [noRole, anonymous, member('organizer'), link('guest')]) {
      expect(presentUser(actor, user).allowedActions).toEqual([]);
    }
  });

  it('keeps the record as it is and presents a list element by element', () => {
    const presented = presentUsers(admin, [user, { ...user, id: 'user-8' }]);
    expect(presented.map(({ allowedActions: _, ...rest }) => rest)).toEqual([user, { ...user, id: 'user-8' }]);
    expect(user).not.toHaveProperty('allowedActions');
  });

  it('never disagrees with the rules', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom('u1', 'u2', 'admin'), (actor, id) => {
        const allowed = presentUser(actor, { ...user, id }).allowedActions.includes('user.update');
        expect(allowed).toBe(can(actor, 'user.update', { userId: id }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('presentMembership and presentAccessLink', () => {
  it('let the organizer and the administrator revoke, in every state of the conference', () => {
    for (const actor of [member('organizer'), admin]) {
      for (const state of [facts('draft'), facts('closed'), facts('issued', true)]) {
        expect(presentMembership(actor, state, membership).allowedActions).toEqual(['conference.manage_access']);
        expect(presentAccessLink(actor, state, accessLink).allowedActions).toEqual(['conference.manage_access']);
      }
    }
  });

  it('give a chair, an operator, a link, an organizer of another conference nothing', () => {
    const others = [member('chair'), member('operator', ['point-1']), member('organizer', [], CONF_B), link('operator'), noRole, anonymous];
    for (const actor of others) {
      expect(presentMembership(actor, facts(), membership).allowedActions).toEqual([]);
      expect(presentAccessLink(actor, facts(), accessLink).allowedActions).toEqual([]);
    }
  });

  it('keep the record and refuse a record of another conference (a programming error)', () => {
    const { allowedActions: _, ...rest } = presentAccessLink(admin, facts(), accessLink);
    expect(rest).toEqual(accessLink);
    expect(() => presentMembership(admin, facts('draft', false, CONF_B), membership)).toThrow(/another|conference/);
    expect(() => presentAccessLink(admin, facts('draft', false, CONF_B), accessLink)).toThrow();
  });

  it('never disagree with the rules', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom(CONF_A, CONF_B), fc.boolean(), (actor, id, archived) => {
        const conference = facts('issued', archived, id);
        const expected = can(actor, 'conference.manage_access', conference) ? ['conference.manage_access'] : [];
        expect(presentMembership(actor, conference, { ...membership, conferenceId: id }).allowedActions).toEqual(expected);
        expect(presentAccessLink(actor, conference, { ...accessLink, conferenceId: id }).allowedActions).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('presentAuditEntry', () => {
  it('says that nothing may be done with an entry of the append-only log', () => {
    const entry = { seq: 1, action: 'conference.create', before: null, after: { title: 'x' } };
    expect(presentAuditEntry(entry)).toEqual({ ...entry, allowedActions: [] });
    expect(presentAuditEntries([entry, { ...entry, seq: 2 }]).map((e) => e.allowedActions)).toEqual([[], []]);
  });
});
