import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorArb, admin, anonymous, CONF_A, facts, link, member, POINT_1, POINT_2 } from '../../domain/access/access.fixture.js';
import { boundPoints } from '../../domain/access/actor.js';
import { can } from '../../domain/access/can.js';
import { DomainError } from '../../domain/errors.js';
import type { LiveFacts } from '../../services/live/live-service.types.js';
import { rooms } from '../live-protocol.js';
import { liveAccessOf, sameAccess } from './live-access.js';

const liveFacts = (status: 'draft' | 'issued' | 'live' | 'closed' = 'issued'): LiveFacts => ({
  ...facts(status),
  title: 'Hội nghị',
  bridgePoints: [
    { id: POINT_1, name: 'Điểm cầu Tỉnh', isHost: true, kind: 'hall', mediaTier: null },
    { id: POINT_2, name: 'Điểm cầu huyện Tân Hồng', isHost: false, kind: 'hall', mediaTier: null },
  ],
  pointCount: 2,
});

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : 'other';
  }
  return 'none';
};

describe('liveAccessOf', () => {
  it('gives the same access from the points the actor is bound to as from every point (a handshake reads no more)', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom('draft', 'issued', 'live', 'closed' as const), (actor, status) => {
        const every = liveFacts(status);
        const bound = boundPoints(actor, CONF_A);
        const only = { ...every, bridgePoints: every.bridgePoints.filter((point) => bound.has(point.id)) };
        const outcome = (f: LiveFacts) => {
          try {
            return liveAccessOf(actor, f);
          } catch (error) {
            return error instanceof DomainError ? error.code : 'other';
          }
        };
        expect(outcome(only)).toEqual(outcome(every));
      }),
    );
  });

  it('puts the chair and the secretariat in the staff room with every hall', () => {
    for (const actor of [member('chair'), member('organizer'), admin]) {
      const access = liveAccessOf(actor, liveFacts());
      expect(access.hallScope).toBe('all');
      expect(access.rooms.slice(0, 3)).toEqual([rooms.conference(CONF_A), rooms.staff(CONF_A), rooms.halls(CONF_A)]);
      expect(access.rooms.some((room) => room.includes(':p:'))).toBe(false);
    }
  });

  it('gives the staff of a conference of more than 60 points the wall by provinces, and nobody else', () => {
    const national = (count: number): LiveFacts => ({
      ...liveFacts(),
      bridgePoints: Array.from({ length: count }, (_, i) => ({
        id: i === 1 ? POINT_2 : `p${i}`,
        name: `Điểm ${i}`,
        isHost: i === 0,
        kind: 'hall' as const,
        mediaTier: null,
      })),
      pointCount: count,
    });
    const chair = liveAccessOf(member('chair'), national(61));
    expect(chair.wall).toBe(true);
    expect(chair.rooms).toContain(rooms.wall(CONF_A));
    expect(chair.rooms).toContain(rooms.staff(CONF_A));
    expect(liveAccessOf(member('chair'), national(60)).wall).toBe(false);
    const operator = liveAccessOf(member('operator', [POINT_2]), national(61));
    expect(operator.wall).toBe(false);
    expect(operator.rooms).not.toContain(rooms.wall(CONF_A));
  });

  it("puts an operator and a hall's big screen in their point's room only", () => {
    const operator = liveAccessOf(member('operator', [POINT_2]), liveFacts());
    expect(operator).toEqual({
      conferenceId: CONF_A,
      hallScope: [POINT_2],
      rooms: [rooms.conference(CONF_A), rooms.halls(CONF_A), rooms.point(CONF_A, POINT_2)],
      wall: false,
    });
    const display = liveAccessOf(link('display', { bridgePointId: POINT_1 }), liveFacts());
    expect(display.hallScope).toEqual([POINT_1]);
    // No room of its own: a big screen holds three rooms (issue 18).
    expect(display.rooms).toEqual([rooms.conference(CONF_A), rooms.halls(CONF_A), rooms.point(CONF_A, POINT_1)]);
  });

  it('gives delegates, guests and observers the programme without any hall', () => {
    for (const actor of [member('delegate'), link('guest'), link('observer'), link('delegate')]) {
      const access = liveAccessOf(actor, liveFacts());
      expect(access.hallScope).toBeNull();
      expect(access.rooms).toEqual([rooms.conference(CONF_A)]);
    }
  });

  it('answers 404 to whoever may not read the conference (no existence leak)', () => {
    expect(refusal(() => liveAccessOf(anonymous, liveFacts()))).toBe('404 conference.not_found');
    expect(refusal(() => liveAccessOf(member('chair', [], 'conference-b'), liveFacts()))).toBe('404 conference.not_found');
    expect(refusal(() => liveAccessOf(link('display', { conferenceId: 'conference-b', bridgePointId: POINT_1 }), liveFacts()))).toBe(
      '404 conference.not_found',
    );
  });

  it('joins exactly the rooms the policies allow, for any actor and conference state', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom('draft' as const, 'issued' as const, 'live' as const, 'closed' as const), (actor, status) => {
        const f = liveFacts(status);
        const conference = { id: f.id, status: f.status, archived: f.archived };
        if (!can(actor, 'live.read', { conference, bridgePointId: null })) {
          expect(refusal(() => liveAccessOf(actor, f))).toBe('404 conference.not_found');
          return;
        }
        const access = liveAccessOf(actor, f);
        const staff = can(actor, 'live.read_halls', { conference, bridgePointId: null });
        expect(access.rooms.includes(rooms.staff(CONF_A))).toBe(staff);
        for (const point of [POINT_1, POINT_2]) {
          const joined = access.rooms.includes(rooms.point(CONF_A, point));
          expect(joined || staff).toBe(can(actor, 'live.read_halls', { conference, bridgePointId: point }));
        }
        expect(access.rooms.every((room) => !room.startsWith('c:') || room.startsWith(`c:${CONF_A}`))).toBe(true);
        expect(sameAccess(access, liveAccessOf(actor, f))).toBe(true);
      }),
    );
  });
});
