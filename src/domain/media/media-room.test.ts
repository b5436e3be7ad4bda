import { describe, expect, it } from 'vitest';
import type { FloorRequest } from '../live/live-state.js';
import { floorFeed, guestFeed, layoutFor, openMicrophones, routesFor, slotsFor, type RoomPicture } from './media-room.js';

const request = (id: string, bridgePointId: string | null, requestedBy: FloorRequest['requestedBy'] = 'operator'): FloorRequest => ({
  id,
  clientKey: id,
  bridgePointId,
  bridgePointName: '',
  speakerName: '',
  requesterId: `r-${id}`,
  requestedBy,
  kind: 'speak',
  itemId: null,
  state: 'speaking',
  requestedAt: 0,
  givenAt: 0,
  endedAt: null,
  allowedSeconds: 420,
});
const timer = { durationMs: 420_000, elapsedMs: 0, runningSince: 0, warningMs: 60_000 };

describe('the floor feed', () => {
  it('is the hall of the request holding the floor, a guest by their requester id, else nobody', () => {
    const requests = [request('a', 'hall-2'), request('b', null, 'guest'), request('c', null, 'staff')];
    expect(floorFeed({ floor: null, requests })).toBeNull();
    expect(floorFeed({ floor: { requestId: 'a', timer }, requests })).toBe('hall-2');
    expect(floorFeed({ floor: { requestId: 'b', timer }, requests })).toBe(guestFeed('r-b'));
    expect(floorFeed({ floor: { requestId: 'c', timer }, requests })).toBeNull();
  });
});

describe('open microphones', () => {
  const none = new Set<string>();
  it('are the host and the floor only', () => {
    expect(openMicrophones({ hostFeed: 'host', floorFeed: null, forcedMuted: none, selfMuted: none })).toEqual(new Set(['host']));
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: none, selfMuted: none })).toEqual(new Set(['host', 'hall-2']));
  });
  it('close on a force-mute or a self-mute, even for the host or the floor', () => {
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: new Set(['hall-2']), selfMuted: none })).toEqual(new Set(['host']));
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: none, selfMuted: new Set(['host']) })).toEqual(new Set(['hall-2']));
  });
});

describe('the layout', () => {
  const picture: RoomPicture = { hostFeed: 'host', floorFeed: 'hall-2', publishing: ['host', 'hall-1', 'hall-2', 'hall-3'] };
  it('shows every hall the host large and the floor beside it', () => {
    expect(layoutFor({ feed: 'hall-1', seesAll: false }, picture)).toEqual({ main: 'host', beside: 'hall-2', thumbnails: [] });
  });
  it('never shows a viewer to itself: the host sees the floor large, the floor hall sees the host only', () => {
    expect(layoutFor({ feed: 'host', seesAll: false }, picture)).toEqual({ main: 'hall-2', beside: null, thumbnails: [] });
    expect(layoutFor({ feed: 'hall-2', seesAll: false }, picture)).toEqual({ main: 'host', beside: null, thumbnails: [] });
  });
  it('leaves out feeds that are not publishing, and gives the chair every hall in thumbnails', () => {
    const away = { ...picture, publishing: ['hall-1', 'hall-3'] };
    expect(layoutFor({ feed: 'hall-1', seesAll: false }, away)).toEqual({ main: null, beside: null, thumbnails: [] });
    expect(layoutFor({ feed: null, seesAll: true }, picture).thumbnails).toEqual(['host', 'hall-1', 'hall-2', 'hall-3']);
  });
  it('maps the layout to slots, thumbnails silent and empty beyond the feeds', () => {
    const slots = slotsFor({ feed: null, seesAll: true }, 5);
    expect(slots.map((s) => [s.slot, s.audio])).toEqual([
      ['main', true],
      ['beside', true],
      ['thumb:0', false],
      ['thumb:1', false],
      ['thumb:2', false],
      ['thumb:3', false],
      ['thumb:4', false],
    ]);
    const routes = routesFor(layoutFor({ feed: null, seesAll: true }, picture), slots);
    expect(routes).toEqual({ main: 'host', beside: 'hall-2', 'thumb:0': 'host', 'thumb:1': 'hall-1', 'thumb:2': 'hall-2', 'thumb:3': 'hall-3', 'thumb:4': null });
    expect(slotsFor({ feed: 'hall-1', seesAll: false }, 5)).toHaveLength(2);
  });
});
