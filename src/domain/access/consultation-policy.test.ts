import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { CONSULTATION_ACTIONS, CONTRIBUTION_ACTIONS, type BodyObject, type ConferenceFacts } from './actions.js';
import { can } from './can.js';
import { actorArb, admin, anonymous, CONF_A, CONF_B, GROUP_1, GROUP_2, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const open: ConferenceFacts = { id: CONF_A, status: 'issued', archived: false };
const closed: ConferenceFacts = { ...open, status: 'closed' };
const archived: ConferenceFacts = { ...open, archived: true };
const district = (bridgePointId: string | null, participantGroupId: string | null = null, conference = open): BodyObject => ({
  conference,
  body: { bridgePointId, participantGroupId },
});
const whole = (conference = open): BodyObject => ({ conference, body: null });
const allowed = (actor: Actor, object: BodyObject) =>
  [...CONSULTATION_ACTIONS, ...CONTRIBUTION_ACTIONS].filter((action) => can(actor, action, object));

describe('comments on a draft and written contributions: who may do what', () => {
  it('let the organizer do everything, the chair read, on the whole conference', () => {
    expect(allowed(member('organizer'), whole())).toEqual([
      'consultation.read',
      'consultation.manage',
      'consultation.answer',
      'contribution.read',
      'contribution.manage',
      'contribution.submit',
    ]);
    expect(allowed(member('chair'), whole())).toEqual(['consultation.read', 'contribution.read']);
    expect(allowed(admin, whole())).toContain('consultation.manage');
  });

  it('let a body answer and submit for itself only: its point operator or its contact link', () => {
    expect(allowed(member('operator', [POINT_1]), district(POINT_1))).toEqual(['consultation.answer', 'contribution.submit']);
    expect(allowed(member('operator', [POINT_1]), district(POINT_2))).toEqual([]);
    expect(allowed(member('operator', [POINT_1]), whole())).toEqual([]);
    expect(allowed(link('operator', { bridgePointId: POINT_1 }), district(POINT_1))).toEqual([
      'consultation.answer',
      'contribution.submit',
    ]);
    const contact = link('nominator', { bridgePointId: POINT_1 });
    expect(allowed(contact, district(POINT_1))).toEqual(['consultation.answer', 'contribution.submit']);
    expect(allowed(contact, district(POINT_2))).toEqual([]);
    expect(allowed(link('nominator', { bridgePointId: POINT_1, conferenceId: CONF_B }), district(POINT_1))).toEqual([]);
  });

  it('bind a contact link of a participant group to that group: not to another group at the same point', () => {
    const groupContact = link('nominator', { bridgePointId: POINT_1, participantGroupId: GROUP_1 });
    expect(allowed(groupContact, district(null, GROUP_1))).toEqual(['consultation.answer', 'contribution.submit']);
    expect(allowed(groupContact, district(POINT_1, GROUP_1))).toEqual(['consultation.answer', 'contribution.submit']);
    expect(allowed(groupContact, district(POINT_1, GROUP_2))).toEqual([]);
    expect(allowed(groupContact, district(POINT_1))).toEqual([]);
  });

  it('give other links, other roles, strangers and anonymous visitors nothing', () => {
    for (const actor of [
      member('delegate'),
      member('guest'),
      member('observer'),
      noRole,
      anonymous,
      link('guest'),
      link('delegate', { bridgePointId: POINT_1 }),
      link('operator', { bridgePointId: POINT_2 }),
      link('display', { bridgePointId: POINT_1 }),
    ]) {
      expect(allowed(actor, district(POINT_1))).toEqual([]);
    }
  });

  it('keep comments on a draft open after the meeting (closed), but not the contributions to its slots', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom(POINT_1, POINT_2, null), (actor, point) => {
        // Comments are record work: a closed conference answers as an issued one does.
        for (const action of ['consultation.manage', 'consultation.answer'] as const) {
          expect(can(actor, action, district(point, null, closed))).toBe(can(actor, action, district(point, null, open)));
          expect(can(actor, action, whole(closed))).toBe(can(actor, action, whole(open)));
        }
        // Contributions are read at the meeting: none once it is closed.
        for (const action of ['contribution.manage', 'contribution.submit'] as const) {
          expect(can(actor, action, district(point, null, closed))).toBe(false);
          expect(can(actor, action, whole(closed))).toBe(false);
        }
      }),
    );
    expect(allowed(member('organizer'), whole(closed))).toEqual([
      'consultation.read',
      'consultation.manage',
      'consultation.answer',
      'contribution.read',
    ]);
    expect(allowed(member('operator', [POINT_1]), district(POINT_1, null, closed))).toEqual(['consultation.answer']);
    expect(allowed(member('chair'), whole(closed))).toEqual(['consultation.read', 'contribution.read']);
  });

  it('allow no write on an archived conference, to anyone; reading stays', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom(POINT_1, POINT_2, null), (actor, point) => {
        for (const action of ['consultation.manage', 'consultation.answer', 'contribution.manage', 'contribution.submit'] as const) {
          expect(can(actor, action, district(point, null, archived))).toBe(false);
          expect(can(actor, action, whole(archived))).toBe(false);
        }
      }),
    );
    expect(allowed(member('organizer'), whole(archived))).toEqual(['consultation.read', 'contribution.read']);
    expect(allowed(member('chair'), whole(archived))).toEqual(['consultation.read', 'contribution.read']);
  });
});
