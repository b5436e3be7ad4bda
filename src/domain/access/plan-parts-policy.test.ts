import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { PLAN_PART_ACTIONS, type PlanPartAction } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, facts, link, member } from './access.fixture.js';

const EXPECTED: Record<PlanPartAction, readonly string[]> = {
  'agenda.write': ['organizer', 'chair'],
  'assignment.write': ['organizer'],
  'budget.write': ['organizer'],
  'distribution.write': ['organizer'],
};

describe('plan parts policy', () => {
  for (const action of PLAN_PART_ACTIONS) {
    it(`${action}: ${EXPECTED[action].join(', ')} and the administrator, while the plan is open`, () => {
      for (const status of ['draft', 'issued', 'live'] as const) {
        for (const role of CONFERENCE_ROLES) {
          expect(can(member(role, ['point-1']), action, facts(status)), role).toBe(EXPECTED[action].includes(role));
        }
        expect(can(admin, action, facts(status))).toBe(true);
        expect(can(anonymous, action, facts(status))).toBe(false);
        expect(can(link('operator', { bridgePointId: 'point-1' }), action, facts(status))).toBe(false);
      }
    });
    it(`${action}: nobody once closed or archived`, () => {
      for (const c of [facts('closed'), facts('draft', true), facts('live', true)]) {
        for (const role of CONFERENCE_ROLES) expect(can(member(role), action, c)).toBe(false);
        expect(can(admin, action, c)).toBe(false);
      }
    });
  }
});
