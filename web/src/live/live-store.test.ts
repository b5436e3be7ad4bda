import { beforeAll, describe, expect, it } from 'vitest';
import { agendaItem, LiveDriver, type LiveConference } from '../../../src/domain/live/live.fixture.js';
import type { HallStatus } from '../../../src/domain/live/live-state.js';
import { LiveStore } from './live-store.js';

let conference: LiveConference;
beforeAll(() => {
  conference = {
    id: 'conf-store',
    startsAt: '2021-07-07T08:00',
    agendaItems: [agendaItem('a1', 1), agendaItem('a2', 2), agendaItem('a3', 3)],
  };
});

/** A meeting with a few events, and a store that holds its initial state. */
const meeting = () => {
  const live = new LiveDriver(conference);
  const store = new LiveStore();
  store.setState(live.initial, true);
  live.run({ type: 'start_meeting' });
  live.run({ type: 'start_item' });
  live.run({ type: 'extend', target: 'item', seconds: 60 });
  live.run({ type: 'skip_item', itemId: live.state.items[2]!.id });
  return { live, store };
};

const hall = (id: string, seq: number, ready: boolean): HallStatus => ({
  bridgePointId: id,
  name: id,
  isHost: false,
  ready,
  headcount: null,
  link: 'good',
  rttMs: null,
  lossPercent: null,
  note: '',
  reportedAt: seq,
  seq,
  tier: 'interactive',
  playback: null,
});

describe('LiveStore', () => {
  it('applies events in order, ignores duplicates, and ends with the same state as the server', () => {
    const { live, store } = meeting();
    expect(store.applyEvents(live.events)).toBe('ok');
    expect(store.applyEvents(live.events.slice(1, 3))).toBe('ok');
    expect(store.getSnapshot().state).toEqual(live.state);
    expect(store.version).toBe(live.state.version);
    expect(store.getSnapshot().recent.map((e) => e.version)).toEqual(live.events.map((e) => e.version));
  });

  it('holds events after a gap until the missing ones arrive, in any order', () => {
    const { live, store } = meeting();
    const [e1, e2, ...rest] = live.events;
    expect(store.applyEvents(rest)).toBe('gap');
    expect(store.getSnapshot().state!.version).toBe(0);
    expect(store.applyEvents([e2!])).toBe('gap');
    expect(store.applyEvents([e1!])).toBe('ok');
    expect(store.getSnapshot().state).toEqual(live.state);
  });

  it('keeps a newer socket state over an older HTTP answer, and takes a newer HTTP answer', () => {
    const { live, store } = meeting();
    store.applyEvents(live.events);
    store.setState(live.initial, false);
    expect(store.getSnapshot().state).toEqual(live.state);
    const fresh = new LiveStore();
    fresh.setState(live.initial, true);
    fresh.setState(live.state, false);
    expect(fresh.getSnapshot().state).toEqual(live.state);
  });

  it('reports an event evolve refuses and asks for the whole state in the next handshake', () => {
    const { live, store } = meeting();
    store.applyEvents(live.events.slice(0, 2));
    // An event evolve refuses (here: of another conference).
    const bad = { ...live.events[2]!, conferenceId: 'another' };
    expect(store.applyEvents([bad])).toBe('broken');
    expect(store.version).toBeUndefined();
    expect(store.setState(live.state, true)).toBe('ok');
    expect(store.version).toBe(live.state.version);
  });

  it('keeps one row per hall (newest seq wins) and one copy of each message', async () => {
    const store = new LiveStore();
    store.applyHallSnapshot({ halls: [hall('p1', 1, false), hall('p2', 2, false)], messages: [], seq: 2 });
    store.applyHallChange({ kind: 'hall', seq: 4, hall: hall('p1', 4, true) });
    store.upsertHall(hall('p1', 3, false));
    const message = { id: 'm1', seq: 5, toBridgePointId: null, text: 'Chuẩn bị kết nối', sentAt: 5, sentBy: 'Chủ trì' };
    store.applyHallChange({ kind: 'message', seq: 5, message });
    store.addMessage(message);
    await new Promise((done) => setTimeout(done, 150));
    const { halls, messages } = store.getSnapshot();
    expect(halls.map((h) => [h.bridgePointId, h.ready])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(messages).toEqual([message]);
    expect(store.hallSeq).toBe(5);
    store.dispose();
  });
});

describe('the wall by provinces in the store', () => {
  const province = (code: string | null, ready: number) => ({
    code,
    name: code ?? '',
    points: 10,
    ready,
    notReported: 10 - ready,
    links: { unknown: 10, good: 0, weak: 0, down: 0 },
    people: 0,
  });

  it('takes the provinces at connection, then each newer delta in place; an older delta is dropped', async () => {
    const store = new LiveStore();
    store.applyWallSnapshot({ provinces: [province(null, 0), province('01', 0), province('08', 0)], messages: [], seq: 10 });
    await Promise.resolve();
    expect(store.getSnapshot().wall?.provinces.map((p) => p.ready)).toEqual([0, 0, 0]);
    expect(store.hallSeq).toBe(10);
    store.applyWallDelta({ seq: 9, provinces: [province('08', 9)] });
    store.applyWallDelta({ seq: 12, provinces: [province('01', 3)] });
    await Promise.resolve();
    expect(store.getSnapshot().wall).toEqual({ provinces: [province(null, 0), province('01', 3), province('08', 0)], seq: 12 });
    expect(store.hallSeq).toBe(12);
  });

  it('ignores a delta before any snapshot (a wall of every hall)', () => {
    const store = new LiveStore();
    store.applyWallDelta({ seq: 1, provinces: [province('01', 1)] });
    expect(store.getSnapshot().wall).toBeNull();
  });
});
