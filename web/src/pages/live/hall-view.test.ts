import { describe, expect, it } from 'vitest';
import type { FloorRequest, LiveMessage, LiveState } from '../../../../src/domain/live/live-state.js';
import { hallStanding, messagesFor, requesterStanding, vietnamClock } from './hall-view.js';

const request = (id: string, bridgePointId: string, requesterId: string, state: FloorRequest['state'] = 'waiting'): FloorRequest => ({
  id,
  clientKey: `key-${id}-0000`,
  bridgePointId,
  bridgePointName: `Điểm ${bridgePointId}`,
  speakerName: `Người ${id}`,
  requesterId,
  requestedBy: 'operator',
  kind: 'speak',
  itemId: null,
  state,
  requestedAt: 0,
  givenAt: null,
  endedAt: null,
  allowedSeconds: null,
});

const state = (requests: FloorRequest[], waitingOrder: string[], floor: string | null = null): LiveState => ({
  conferenceId: 'c',
  version: 3,
  phase: 'running',
  startedAt: 0,
  endedAt: null,
  items: [],
  currentItemId: null,
  itemTimer: null,
  floor: floor ? { requestId: floor, timer: { durationMs: 60_000, elapsedMs: 0, runningSince: 0, warningMs: 10_000 } } : null,
  requests,
  waitingOrder,
  defaultSpeakerSeconds: 420,
  warningSeconds: 60,
  forcedMutes: [],
  promotedPoints: [],
  recording: false,
});

describe('hall-side views of the live state', () => {
  const live = state(
    [request('r1', 'p1', 'op1'), request('r2', 'p2', 'd2'), request('r3', 'p1', 'd3'), request('r4', 'p2', 'op2', 'speaking')],
    ['r2', 'r1', 'r3'],
    'r4',
  );

  it("gives a hall's waiting requests with their places in the whole queue", () => {
    const standing = hallStanding(live, 'p1');
    expect(standing.mine.map(({ request: r, place }) => [r.id, place])).toEqual([
      ['r1', 2],
      ['r3', 3],
    ]);
    expect(standing.total).toBe(3);
    expect(standing.speaking).toBeNull();
    expect(hallStanding(live, 'p2').speaking?.id).toBe('r4');
    expect(hallStanding(null, 'p1')).toEqual({ mine: [], total: 0, speaking: null });
  });

  it("gives one requester's own requests only", () => {
    expect(requesterStanding(live, 'd3').mine.map(({ place }) => place)).toEqual([3]);
    expect(requesterStanding(live, 'op2').speaking?.id).toBe('r4');
    expect(requesterStanding(live, null).mine).toEqual([]);
  });

  it('keeps the messages to every point or to this one, newest first', () => {
    const message = (id: string, seq: number, to: string | null): LiveMessage => ({
      id,
      seq,
      toBridgePointId: to,
      text: id,
      sentAt: 0,
      sentBy: 'Chủ trì',
    });
    const messages = [message('a', 1, null), message('b', 2, 'p2'), message('c', 3, 'p1')];
    expect(messagesFor(messages, 'p1').map((m) => m.id)).toEqual(['c', 'a']);
  });

  it("reads the server's clock as the wall clock in Viet Nam (UTC+7)", () => {
    expect(vietnamClock(Date.UTC(2021, 6, 6, 17, 30, 5))).toEqual({ date: '2021-07-07', time: '00:30:05' });
    expect(vietnamClock(Date.UTC(2021, 6, 7, 1, 0, 0))).toEqual({ date: '2021-07-07', time: '08:00:00' });
  });
});
