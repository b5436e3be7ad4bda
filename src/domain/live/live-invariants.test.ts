/**
 * Property: any sequence of commands, accepted or refused, keeps the live state sound, and
 * the recorded events replay to the same state (what a client rebuilding from version 0 sees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { ProgrammeCommand } from './live-commands.js';
import { evolveAll } from './live-evolve.js';
import type { LiveState } from './live-state.js';
import { agendaItem, floorRequest, LiveDriver, type LiveConference } from './live.fixture.js';

const conference: LiveConference = {
  id: 'conf-prop',
  startsAt: '2024-03-01T08:00',
  agendaItems: [
    agendaItem('a', 1, { durationMinutes: 5 }),
    agendaItem('b', 2, { durationMinutes: null, perSpeakerMinutes: 3 }),
    agendaItem('b1', 1, { parentId: 'b', durationMinutes: null }),
    agendaItem('b2', 2, { parentId: 'b', durationMinutes: 4 }),
    agendaItem('c', 3, { durationMinutes: null }),
  ],
};

const REQUESTERS = ['r1', 'r2', 'r3'];
/** Two watching points, an interactive one and one of no conference (refused). */
const POINTS = ['w1', 'w2', 'h1', 'none'];
const WATCHING = ['w1', 'w2'];
const step = fc.record({ op: fc.integer({ min: 0, max: 19 }), x: fc.nat(), y: fc.nat(), ms: fc.integer({ min: 0, max: 120_000 }) });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const shuffled = <T>(list: readonly T[], seed: number): T[] => {
  const out = [...list];
  for (let i = out.length - 1, s = seed; i > 0; i -= 1, s = Math.floor(s / 7) + 13 * i) {
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** A command from the step, mostly plausible for the state, sometimes not. */
const commandOf = (state: LiveState, { op, x, y }: Step): ProgrammeCommand => {
  const item = pick(state.items, x)?.id ?? 'none';
  const request = pick(state.requests, x)?.id ?? 'none';
  const pending = state.items.filter((i) => i.state === 'pending').map((i) => i.id);
  const commands: ProgrammeCommand[] = [
    { type: 'start_meeting' },
    y % 6 === 0 ? { type: 'end_meeting' } : { type: 'end_item' },
    { type: 'start_item' },
    { type: 'start_item', itemId: item },
    { type: 'skip_item', itemId: y % 4 === 0 ? (state.currentItemId ?? item) : item },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'extend', target: y % 2 === 0 ? 'item' : 'floor', seconds: 1 + (y % 300) },
    { type: 'reorder_items', itemIds: y % 5 === 0 ? pending.slice(1) : shuffled(pending, y) },
    {
      type: 'insert_item',
      afterItemId: y % 3 === 0 ? null : item,
      content: `Chèn ${y}`,
      presenter: '',
      minutes: y % 2 ? null : 1 + (y % 30),
    },
    { type: 'give_floor', requestId: pick(state.waitingOrder, x) ?? request, ...(y % 2 ? { seconds: 1 + (y % 600) } : {}) },
    { type: 'end_floor' },
    { type: 'order_queue', requestIds: y % 5 === 0 ? [...state.waitingOrder, request] : shuffled(state.waitingOrder, y) },
    { type: 'remove_request', requestId: pick(state.waitingOrder, x) ?? request },
    { type: 'set_point_tier', bridgePointId: pick(POINTS, y) ?? 'none', promoted: x % 2 === 0 },
  ];
  return commands[op % commands.length]!;
};

const apply = (live: LiveDriver, s: Step): void => {
  live.tick(s.ms);
  const requester = pick(REQUESTERS, s.x)!;
  if (s.op === 14 || s.op === 15) {
    live.request(floorRequest(requester, { kind: s.y % 4 === 0 ? 'point_of_order' : 'speak', clientKey: `key-${s.y % 5}-abc` }));
  } else if (s.op === 16) {
    const request = pick(live.state.requests, s.x);
    live.withdraw(request?.id ?? 'none', s.y % 3 === 0 ? null : requester);
  } else {
    live.run(commandOf(live.state, s));
  }
};

const checkInvariants = (live: LiveDriver): void => {
  const { state, events } = live;
  const running = state.items.filter((i) => i.state === 'running');
  expect(running.length).toBeLessThanOrEqual(1);
  expect(state.currentItemId).toBe(running[0]?.id ?? null);
  expect(state.itemTimer === null).toBe(state.currentItemId === null);
  const speaking = state.requests.filter((r) => r.state === 'speaking');
  expect(speaking.length).toBeLessThanOrEqual(1);
  expect(state.floor?.requestId ?? null).toBe(speaking[0]?.id ?? null);
  const waiting = state.requests.filter((r) => r.state === 'waiting').map((r) => r.id);
  expect([...state.waitingOrder].sort()).toEqual(waiting.sort());
  expect(new Set(state.items.map((i) => i.id)).size).toBe(state.items.length);
  for (const item of state.items) {
    if (item.state === 'done') expect(item.actualStart !== null && item.actualEnd !== null).toBe(true);
    if (item.state === 'pending') expect(item.actualStart).toBeNull();
    // A skipped item never ran, or was cut short while running: then it has both ends.
    if (item.state === 'skipped') expect(item.actualStart === null || item.actualEnd !== null).toBe(true);
  }
  if (state.phase !== 'running') expect(state.currentItemId === null && state.floor === null).toBe(true);
  expect(events.map((e) => e.version)).toEqual(events.map((_, k) => k + 1));
  expect(state.version).toBe(events.length);
  // Promoted points: watching points of the conference, each once.
  expect(new Set(state.promotedPoints).size).toBe(state.promotedPoints.length);
  for (const id of state.promotedPoints) expect(WATCHING).toContain(id);
};

describe('live programme invariants', () => {
  it('hold for random command sequences, and the events replay to the same state', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { minLength: 10, maxLength: 60 }), (startFirst, steps) => {
        const live = new LiveDriver(conference);
        live.points.set('w1', { kind: 'commune', isHost: false, mediaTier: null });
        live.points.set('w2', { kind: 'hall', isHost: false, mediaTier: 'watching' });
        live.points.set('h1', { kind: 'hall', isHost: false, mediaTier: null });
        if (startFirst) live.run({ type: 'start_meeting' });
        for (const s of steps) {
          const before = live.state;
          try {
            apply(live, s);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect([403, 404, 409]).toContain((error as DomainError).status);
            expect(live.state).toBe(before);
          }
          checkInvariants(live);
        }
        expect(evolveAll(live.initial, live.events)).toEqual(live.state);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an event out of sequence', () => {
    const live = new LiveDriver(conference);
    const [event] = live.run({ type: 'start_meeting' });
    expect(() => evolveAll(live.state, [event!])).toThrow(/does not follow version 1/);
    expect(() => evolveAll(live.initial, [{ ...event!, version: 2 }])).toThrow(Error);
    expect(() => evolveAll(live.initial, [{ ...event!, conferenceId: 'other' }])).toThrow(Error);
  });
});
