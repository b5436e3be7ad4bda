import { describe, expect, it } from 'vitest';
import { actorLabel, conferenceIdsOf, operatorScope, rolesIn, type Actor } from './actor.js';
import { admin, anonymous, CONF_A, CONF_B, link, member, POINT_1, POINT_2 } from './access.fixture.js';

const multi: Actor = {
  kind: 'user',
  userId: 'u',
  isAdmin: false,
  memberships: [
    { conferenceId: CONF_A, role: 'chair', bridgePointIds: [] },
    { conferenceId: CONF_A, role: 'operator', bridgePointIds: [POINT_1] },
    { conferenceId: CONF_B, role: 'delegate', bridgePointIds: [POINT_2] },
  ],
};

describe('rolesIn', () => {
  it('collects every role a user holds in one conference, and only that conference', () => {
    expect(rolesIn(multi, CONF_A)).toEqual(new Set(['chair', 'operator']));
    expect(rolesIn(multi, CONF_B)).toEqual(new Set(['delegate']));
    expect(rolesIn(multi, 'elsewhere').size).toBe(0);
  });
  it('gives the administrator every role everywhere', () => {
    expect(rolesIn(admin, 'any').size).toBe(6);
  });
  it('gives a link the role of its purpose in its own conference only', () => {
    expect(rolesIn(link('guest'), CONF_A)).toEqual(new Set(['guest']));
    expect(rolesIn(link('guest'), CONF_B).size).toBe(0);
  });
  it('lets a nominator link read its conference as a delegate does', () => {
    expect([...rolesIn(link('nominator', { bridgePointId: POINT_1 }), CONF_A)]).toEqual(['delegate']);
    expect(rolesIn(link('nominator', { bridgePointId: POINT_1 }), CONF_B).size).toBe(0);
    expect(operatorScope(link('nominator', { bridgePointId: POINT_1 }), CONF_A).size).toBe(0);
  });

  it('gives an anonymous visitor nothing', () => {
    expect(rolesIn(anonymous, CONF_A).size).toBe(0);
  });
});

describe('operatorScope', () => {
  it('takes bridge points from operator memberships of that conference only', () => {
    expect(operatorScope(multi, CONF_A)).toEqual(new Set([POINT_1]));
    // POINT_2 is listed on a delegate membership: no operator scope
    expect(operatorScope(multi, CONF_B).size).toBe(0);
  });
  it('takes the point of an operator link, in its conference only', () => {
    expect(operatorScope(link('operator', { bridgePointId: POINT_2 }), CONF_A)).toEqual(new Set([POINT_2]));
    expect(operatorScope(link('operator', { bridgePointId: POINT_2 }), CONF_B).size).toBe(0);
    expect(operatorScope(link('operator'), CONF_A).size).toBe(0);
    expect(operatorScope(link('guest', { bridgePointId: POINT_2 }), CONF_A).size).toBe(0);
  });
  it('is empty for anonymous visitors and for an administrator without memberships', () => {
    expect(operatorScope(anonymous, CONF_A).size).toBe(0);
    expect(operatorScope(admin, CONF_A).size).toBe(0);
  });
});

describe('conferenceIdsOf and actorLabel', () => {
  it('lists the conferences where the actor holds a role (undefined = all for the administrator)', () => {
    expect(conferenceIdsOf(multi)).toEqual(new Set([CONF_A, CONF_B]));
    expect(conferenceIdsOf(member('guest'))).toEqual(new Set([CONF_A]));
    expect(conferenceIdsOf(link('guest', { conferenceId: CONF_B }))).toEqual(new Set([CONF_B]));
    expect(conferenceIdsOf(anonymous)).toEqual(new Set());
    expect(conferenceIdsOf(admin)).toBeUndefined();
  });
  it('labels actors without secrets', () => {
    expect(actorLabel(admin)).toBe('user:admin(admin)');
    expect(actorLabel(link('guest'))).toBe('link:link-guest(guest)');
    expect(actorLabel(anonymous)).toBe('anonymous');
  });
});
