import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { MINUTES_ACTIONS, type MinutesAction } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, link, member, noRole } from './access.fixture.js';

const EXPECTED: Record<MinutesAction, readonly string[]> = {
  'minutes.read': ['organizer', 'chair', 'delegate', 'guest', 'operator'],
  'minutes.write': ['organizer'],
  'minutes.review': ['chair', 'delegate', 'guest', 'operator'],
};

describe('minutes policy', () => {
  for (const action of MINUTES_ACTIONS) {
    it(`${action}: ${EXPECTED[action].join(', ')} and the administrator, before and after the meeting closes`, () => {
      for (const status of ['draft', 'issued', 'live', 'closed'] as const) {
        for (const role of CONFERENCE_ROLES) {
          expect(can(member(role), action, facts(status)), `${role} ${status}`).toBe(EXPECTED[action].includes(role));
        }
        expect(can(admin, action, facts(status))).toBe(true);
        expect(can(anonymous, action, facts(status))).toBe(false);
        expect(can(noRole, action, facts(status))).toBe(false);
        expect(can(member('organizer', [], CONF_B), action, facts(status))).toBe(false);
      }
    });
  }
  it('a delegate reviews by personal link; a big screen or a nominator link does not', () => {
    expect(can(link('delegate'), 'minutes.review', facts('closed'))).toBe(true);
    expect(can(link('display', { bridgePointId: 'point-1' }), 'minutes.read', facts('closed'))).toBe(false);
    expect(can(link('nominator', { bridgePointId: 'point-1' }), 'minutes.review', facts('closed'))).toBe(false);
  });
  it('an archived conference is a record: read, never written', () => {
    expect(can(member('organizer'), 'minutes.read', facts('closed', true))).toBe(true);
    expect(can(member('organizer'), 'minutes.write', facts('closed', true))).toBe(false);
    expect(can(member('delegate'), 'minutes.review', facts('closed', true))).toBe(false);
    expect(can(admin, 'minutes.write', facts('closed', true))).toBe(false);
  });
});
