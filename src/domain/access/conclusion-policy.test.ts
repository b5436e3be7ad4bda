import { describe, expect, it } from 'vitest';
import { CONFERENCE_ROLES } from './actor.js';
import { CONCLUSION_ACTIONS, type BodyObject } from './actions.js';
import { can } from './can.js';
import { admin, anonymous, CONF_B, facts, GROUP_1, GROUP_2, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const CONFERENCE_LEVEL = CONCLUSION_ACTIONS.filter((action) => action !== 'followup.report');
type ConferenceLevel = (typeof CONFERENCE_LEVEL)[number];

const EXPECTED: Record<ConferenceLevel, readonly string[]> = {
  'conclusion.read': ['organizer', 'chair'],
  'conclusion.write': ['organizer'],
  'followup.read': ['organizer', 'chair', 'operator', 'delegate', 'guest'],
};

/** A conclusion whose lead agency is bound to a body (null: free text only). */
const task = (bridgePointId: string | null, participantGroupId: string | null = null, conference = facts('closed')): BodyObject => ({
  conference,
  body: bridgePointId === null && participantGroupId === null ? null : { bridgePointId, participantGroupId },
});
const reports = (actor: Parameters<typeof can>[0], object: BodyObject) => can(actor, 'followup.report', object);

describe('conclusion notice and follow-up policy', () => {
  for (const action of CONFERENCE_LEVEL) {
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

  it('lets the people of the lead body report on its task: its point operator (account or link) and its contact link', () => {
    expect(reports(member('operator', [POINT_1]), task(POINT_1))).toBe(true);
    expect(reports(link('operator', { bridgePointId: POINT_1 }), task(POINT_1))).toBe(true);
    expect(reports(link('nominator', { bridgePointId: POINT_1 }), task(POINT_1))).toBe(true);
    const groupContact = link('nominator', { bridgePointId: POINT_1, participantGroupId: GROUP_1 });
    expect(reports(groupContact, task(null, GROUP_1))).toBe(true);
    expect(reports(groupContact, task(POINT_1, GROUP_1))).toBe(true);
  });

  it("refuses another body's people, and a contact link of another conference", () => {
    expect(reports(member('operator', [POINT_1]), task(POINT_2))).toBe(false);
    expect(reports(link('nominator', { bridgePointId: POINT_1 }), task(POINT_2))).toBe(false);
    expect(reports(link('nominator', { bridgePointId: POINT_1, participantGroupId: GROUP_1 }), task(POINT_1, GROUP_2))).toBe(false);
    expect(reports(link('nominator', { bridgePointId: POINT_1, conferenceId: CONF_B }), task(POINT_1))).toBe(false);
  });

  it('gives a delegate, a guest, the chair and observers no right to report, even on a bound task', () => {
    for (const role of ['delegate', 'guest', 'chair', 'observer'] as const) {
      expect(reports(member(role), task(POINT_1)), role).toBe(false);
      expect(reports(member(role), task(null)), role).toBe(false);
    }
    for (const purpose of ['delegate', 'guest', 'display'] as const) {
      expect(reports(link(purpose, { bridgePointId: POINT_1 }), task(POINT_1)), purpose).toBe(false);
    }
    expect(reports(noRole, task(POINT_1))).toBe(false);
    expect(reports(anonymous, task(POINT_1))).toBe(false);
  });

  it('lets the secretariat record a report for any task, a free-text agency included', () => {
    expect(reports(member('organizer'), task(null))).toBe(true);
    expect(reports(member('organizer'), task(POINT_2))).toBe(true);
    expect(reports(admin, task(null))).toBe(true);
    expect(reports(member('organizer', [], CONF_B), task(null))).toBe(false);
    // A free-text agency has no people in the system: only the secretariat reports for it.
    expect(reports(member('operator', [POINT_1]), task(null))).toBe(false);
  });

  it('links have no part in reading the board: a body sees its own tasks on its page', () => {
    for (const action of CONFERENCE_LEVEL) {
      expect(can(link('delegate'), action, facts('closed'))).toBe(false);
      expect(can(link('guest'), action, facts('closed'))).toBe(false);
      expect(can(link('nominator', { bridgePointId: POINT_1 }), action, facts('closed'))).toBe(false);
    }
  });

  it('an archived conference keeps its notice readable and takes no report', () => {
    expect(can(member('chair'), 'conclusion.read', facts('closed', true))).toBe(true);
    expect(can(member('organizer'), 'conclusion.write', facts('closed', true))).toBe(false);
    expect(reports(member('organizer'), task(null, null, facts('closed', true)))).toBe(false);
    expect(reports(member('operator', [POINT_1]), task(POINT_1, null, facts('closed', true)))).toBe(false);
  });
});
