import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { CONCLUSION_ACTIONS, type ConclusionAction } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, link, member, noRole } from './access.fixture.js';

const EXPECTED: Record<ConclusionAction, readonly string[]> = {
  'conclusion.read': ['organizer', 'chair'],
  'conclusion.write': ['organizer'],
  'followup.read': ['organizer', 'chair', 'delegate', 'guest'],
  'followup.report': ['organizer', 'delegate', 'guest'],
};

describe('conclusion notice and follow-up policy', () => {
  for (const action of CONCLUSION_ACTIONS) {
    it(`${action}: ${EXPECTED[action].join(', ')} and the administrator, after the meeting too`, () => {
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
  it('links have no part in the follow-up: an agency reports through its account', () => {
    for (const action of CONCLUSION_ACTIONS) {
      expect(can(link('delegate'), action, facts('closed'))).toBe(false);
      expect(can(link('guest'), action, facts('closed'))).toBe(false);
    }
  });
  it('an archived conference keeps its notice readable and takes no report', () => {
    expect(can(member('chair'), 'conclusion.read', facts('closed', true))).toBe(true);
    expect(can(member('organizer'), 'conclusion.write', facts('closed', true))).toBe(false);
    expect(can(member('delegate'), 'followup.report', facts('closed', true))).toBe(false);
  });
});
