import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Action } from './actions.js';
import { allowedBridgePointIds, authorize, can, filterConferences } from './can.js';
import { admin, anonymous, CONF_A, CONF_B, facts, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const thrown = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('can', () => {
  it('refuses an action it does not know, even to the administrator', () => {
    expect(can(admin, 'conference.destroy' as Action, facts() as never)).toBe(false);
    expect(can(admin, 'toString' as Action, facts() as never)).toBe(false);
  });
});

describe('authorize', () => {
  it('passes silently when allowed', () => {
    expect(() => authorize(member('organizer'), 'conference.update', facts())).not.toThrow();
  });
  it('asks an anonymous visitor to sign in (401) and refuses others (403), in Vietnamese and English', () => {
    const unauthenticated = thrown(() => authorize(anonymous, 'conference.read', facts()));
    expect([unauthenticated.status, unauthenticated.code]).toEqual([401, 'auth.required']);
    const denied = thrown(() => authorize(member('delegate'), 'conference.update', facts()));
    expect([denied.status, denied.code]).toEqual([403, 'access.denied']);
    expect(denied.localized.vi).toMatch(/không có quyền/);
    expect(denied.localized.en).toMatch(/not allowed/);
  });
});

describe('allowedBridgePointIds', () => {
  const candidates = [POINT_1, POINT_2, 'point-3'];
  it('keeps only the points in an operator scope', () => {
    expect(allowedBridgePointIds(member('operator', [POINT_1, 'point-3']), facts(), candidates)).toEqual(new Set([POINT_1, 'point-3']));
    expect(allowedBridgePointIds(link('operator', { bridgePointId: POINT_2 }), facts(), candidates)).toEqual(new Set([POINT_2]));
  });
  it('keeps every point for the organizer, none for a delegate, none once closed', () => {
    expect(allowedBridgePointIds(member('organizer'), facts(), candidates)).toEqual(new Set(candidates));
    expect(allowedBridgePointIds(member('delegate'), facts(), candidates).size).toBe(0);
    expect(allowedBridgePointIds(member('organizer'), facts('closed'), candidates).size).toBe(0);
  });
  it('answers for another action when asked', () => {
    const chair = member('chair');
    expect(allowedBridgePointIds(chair, facts(), candidates).size).toBe(0);
    expect(allowedBridgePointIds(chair, facts('closed'), candidates, 'bridge_point.read_contact')).toEqual(new Set(candidates));
  });
});

describe('filterConferences', () => {
  const list = [facts('draft', false, CONF_A), facts('issued', false, CONF_B), facts('closed', true, 'conference-c')];
  it('shows a user the conferences where they hold any role', () => {
    const user = {
      kind: 'user' as const,
      userId: 'u',
      isAdmin: false,
      memberships: [
        { conferenceId: CONF_B, role: 'observer' as const, bridgePointIds: [] },
        { conferenceId: 'conference-c', role: 'operator' as const, bridgePointIds: [] },
      ],
    };
    expect(filterConferences(user, list).map((c) => c.id)).toEqual([CONF_B, 'conference-c']);
  });
  it('shows the administrator all, a link its own conference, nobody else anything', () => {
    expect(filterConferences(admin, list)).toHaveLength(3);
    expect(filterConferences(link('guest', { conferenceId: CONF_B }), list).map((c) => c.id)).toEqual([CONF_B]);
    expect(filterConferences(anonymous, list)).toEqual([]);
    expect(filterConferences(noRole, list)).toEqual([]);
  });
});
