import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { ConferenceSummary } from '../conference.schema.js';
import { can } from './can.js';
import { presentConference, presentSummaries } from './present-conference.js';
import {
  actorArb,
  admin,
  anonymous,
  CONF_B,
  conference,
  conferenceArb,
  GROUP_1,
  link,
  member,
  noRole,
  POINT_1,
  POINT_2,
} from './access.fixture.js';

const contactOf = (
  c: { bridgePoints: { id: string; operatorName: string; operatorPhone: string; operatorEmail: string }[] },
  id: string,
) => {
  const point = c.bridgePoints.find((p) => p.id === id)!;
  return [point.operatorName, point.operatorPhone, point.operatorEmail].join('');
};

describe('presentConference', () => {
  it('gives the organizer the whole plan with their actions', () => {
    const c = conference();
    const presented = presentConference(member('organizer'), c);
    const { allowedActions, ...plan } = presented;
    expect(plan).toEqual(c);
    expect(allowedActions.conference).toContain('conference.manage_access');
  });

  it('gives an operator the public plan, their point contact and their groups only', () => {
    const presented = presentConference(member('operator', [POINT_1]), conference());
    expect(contactOf(presented, POINT_1)).not.toBe('');
    expect(contactOf(presented, POINT_2)).toBe('');
    expect(presented.bridgePoints.map((p) => p.name)).toEqual(['Điểm cầu 0', 'Điểm cầu 1']);
    expect(presented.participantGroups.map((g) => g.id)).toEqual([GROUP_1]);
    expect([presented.assignments, presented.tasks, presented.costLines, presented.distribution, presented.unclassified]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(presented.fundingSource).toBe('');
  });

  it('gives a delegate and a guest the public parts only, no contact at all', () => {
    for (const actor of [member('delegate'), member('guest'), member('observer'), link('guest')]) {
      const presented = presentConference(actor, conference());
      expect(contactOf(presented, POINT_1) + contactOf(presented, POINT_2)).toBe('');
      expect(presented.participantGroups).toEqual([]);
      expect(presented.title).toBe('Hội nghị trực tuyến');
      expect(presented.startsAt).toBe('2021-07-07T08:00');
    }
  });

  it('gives a delegate link its own group', () => {
    const presented = presentConference(link('delegate', { participantGroupId: GROUP_1 }), conference());
    expect(presented.participantGroups.map((g) => g.id)).toEqual([GROUP_1]);
  });

  it('refuses with 404 conference.not_found whoever may not read the conference', () => {
    for (const actor of [anonymous, noRole, link('guest', { conferenceId: CONF_B })]) {
      let error: unknown;
      try {
        presentConference(actor, conference());
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(404);
      expect((error as DomainError).code).toBe('conference.not_found');
    }
  });

  it('never leaks a contact, a group or a private part the actor may not read (any actor, any conference)', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, (actor, c) => {
        if (!can(actor, 'conference.read', c)) {
          expect(() => presentConference(actor, c)).toThrow(DomainError);
          return;
        }
        const presented = presentConference(actor, c);
        for (const point of presented.bridgePoints) {
          if (!can(actor, 'bridge_point.read_contact', { conference: c, bridgePointId: point.id })) {
            expect(contactOf(presented, point.id)).toBe('');
          } else {
            expect(contactOf(presented, point.id)).toBe(contactOf(c, point.id));
          }
        }
        for (const g of presented.participantGroups) {
          expect(can(actor, 'participant_group.read', { conference: c, group: g })).toBe(true);
        }
        if (!can(actor, 'conference.read_private', c)) {
          expect(presented.assignments.length + presented.tasks.length + presented.costLines.length).toBe(0);
          expect(presented.distribution.length + presented.unclassified.length).toBe(0);
          expect(presented.fundingSource).toBe('');
        }
        expect(presented.bridgePoints.map((p) => p.id)).toEqual(c.bridgePoints.map((p) => p.id));
        expect(presented.agendaItems).toEqual(c.agendaItems);
      }),
      { numRuns: 400 },
    );
  });

  it('does not change the conference it presents', () => {
    const c = conference();
    const before = structuredClone(c);
    presentConference(member('delegate'), c);
    expect(c).toEqual(before);
  });
});

describe('presentSummaries', () => {
  const summary = (id: string): ConferenceSummary => ({
    id,
    version: 1,
    status: 'draft',
    archived: false,
    title: 't',
    documentType: 'KH',
    startsAt: '2021-07-07T08:00',
    firstDate: '2021-07-07',
    issuingBody: 'UBND',
    bridgePointCount: 2,
    createdAt: '2021-06-01T00:00:00.000Z',
    updatedAt: '2021-06-01T00:00:00.000Z',
  });
  it('keeps the readable summaries, each with its conference actions', () => {
    const presented = presentSummaries(member('chair'), [summary('conference-a'), summary(CONF_B)]);
    expect(presented.map((s) => s.id)).toEqual(['conference-a']);
    expect(presented[0]!.allowedActions.conference).toContain('conference.change_status');
    expect(presented[0]!.allowedActions.conference).not.toContain('conference.update');
    expect(presentSummaries(admin, [summary('x'), summary('y')])).toHaveLength(2);
  });
});
