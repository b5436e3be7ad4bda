import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { LIVE_ACTIONS, type ConferenceFacts, type LiveAction, type LiveObject } from './actions.js';
import { can } from './can.js';
import { actorArb, admin, anonymous, CONF_A, CONF_B, link, member, noRole, POINT_1, POINT_2 } from './access.fixture.js';

const open: ConferenceFacts = { id: CONF_A, status: 'live', archived: false };
const closed: ConferenceFacts = { ...open, status: 'closed' };
const archived: ConferenceFacts = { ...open, archived: true };
const at = (bridgePointId: string | null, conference = open): LiveObject => ({ conference, bridgePointId });
// The media actions (also live actions) have their own tests: media-policy.test.ts.
const allowed = (actor: Actor, object: LiveObject): LiveAction[] =>
  LIVE_ACTIONS.filter((action) => action.startsWith('live.') && can(actor, action, object));
const WRITES: readonly LiveAction[] = ['live.run', 'live.request_floor', 'live.report_hall', 'live.report_playback', 'live.message'];

describe('live policies', () => {
  it('let the chair and the secretariat run the meeting, see every hall and read the timeline', () => {
    expect(allowed(member('chair'), at(null))).toEqual([
      'live.read',
      'live.run',
      'live.request_floor',
      'live.read_halls',
      'live.message',
      'live.read_timeline',
    ]);
    for (const secretariat of [member('organizer'), admin])
      expect(allowed(secretariat, at(null))).toEqual(LIVE_ACTIONS.filter((a) => a.startsWith('live.')));
    for (const staff of [member('chair'), member('organizer'), admin]) expect(can(staff, 'live.read_halls', at(POINT_2))).toBe(true);
    // Only the organizer (and the administrator) answers the roll call for a hall; the chair does not.
    expect(can(member('organizer'), 'live.report_hall', at(POINT_1))).toBe(true);
    expect(can(member('chair'), 'live.report_hall', at(POINT_1))).toBe(false);
    expect(can(member('chair'), 'live.report_playback', at(POINT_1))).toBe(false);
  });

  it('let an operator ask to speak, answer the roll call and see the row of their own halls only', () => {
    for (const operator of [member('operator', [POINT_1]), link('operator', { bridgePointId: POINT_1 })]) {
      expect(allowed(operator, at(POINT_1))).toEqual([
        'live.read',
        'live.request_floor',
        'live.report_hall',
        'live.report_playback',
        'live.read_halls',
      ]);
      expect(allowed(operator, at(POINT_2))).toEqual(['live.read']);
      expect(can(operator, 'live.read_halls', at(null))).toBe(false);
      expect(can(operator, 'live.run', at(null))).toBe(false);
    }
  });

  it('let a delegate or a guest ask to speak for themselves, but not a nominator or a display link', () => {
    for (const speaker of [member('delegate'), member('guest'), link('delegate'), link('guest')]) {
      expect(allowed(speaker, at(null))).toEqual(['live.read', 'live.request_floor']);
    }
    expect(allowed(link('nominator', { bridgePointId: POINT_1 }), at(POINT_1))).toEqual(['live.read']);
    // The big screen of a watching point reports how its player receives the programme (issue 19).
    expect(allowed(link('display', { bridgePointId: POINT_1 }), at(POINT_1))).toEqual([
      'live.read',
      'live.report_playback',
      'live.read_halls',
    ]);
    expect(allowed(link('display', { bridgePointId: POINT_1 }), at(POINT_2))).toEqual(['live.read']);
  });

  it('let observers (the press) follow the programme only', () => {
    expect(allowed(member('observer'), at(null))).toEqual(['live.read']);
    expect(allowed(link('observer'), at(POINT_1))).toEqual(['live.read']);
  });

  it('refuse everyone outside the conference', () => {
    for (const outsider of [
      anonymous,
      noRole,
      member('chair', [], CONF_B),
      link('display', { conferenceId: CONF_B, bridgePointId: POINT_1 }),
    ]) {
      expect(allowed(outsider, at(POINT_1))).toEqual([]);
    }
  });

  it('keep a closed or archived conference a record: the timeline stays readable, nothing changes', () => {
    for (const conference of [closed, archived]) {
      expect(allowed(member('chair'), at(null, conference))).toEqual(['live.read', 'live.read_halls', 'live.read_timeline']);
      expect(allowed(member('operator', [POINT_1]), at(POINT_1, conference))).toEqual(['live.read', 'live.read_halls']);
    }
  });

  it('never let anyone write who cannot read the live programme (property)', () => {
    fc.assert(
      fc.property(
        actorArb,
        fc.constantFrom(POINT_1, POINT_2, null),
        fc.constantFrom(open, closed, archived),
        (actor, point, conference) => {
          const object = at(point, conference);
          const writes = WRITES.filter((action) => can(actor, action, object));
          if (writes.length > 0) expect(can(actor, 'live.read', object)).toBe(true);
          if (conference !== open) expect(writes).toEqual([]);
        },
      ),
    );
  });
});
