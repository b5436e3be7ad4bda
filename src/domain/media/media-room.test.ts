import { describe, expect, it } from 'vitest';
import type { FloorRequest } from '../live/live-state.js';
import {
  floorFeed,
  guestFeed,
  layoutFor,
  openMicrophones,
  pagedLayout,
  routesFor,
  slotsFor,
  thumbnailPage,
  type RoomPicture,
} from './media-room.js';

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
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: none, selfMuted: none })).toEqual(
      new Set(['host', 'hall-2']),
    );
  });
  it('close on a force-mute or a self-mute, even for the host or the floor', () => {
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: new Set(['hall-2']), selfMuted: none })).toEqual(
      new Set(['host']),
    );
    expect(openMicrophones({ hostFeed: 'host', floorFeed: 'hall-2', forcedMuted: none, selfMuted: new Set(['host']) })).toEqual(
      new Set(['hall-2']),
    );
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
    expect(routes).toEqual({
      main: 'host',
      beside: 'hall-2',
      'thumb:0': 'host',
      'thumb:1': 'hall-1',
      'thumb:2': 'hall-2',
      'thumb:3': 'hall-3',
      'thumb:4': null,
    });
    expect(slotsFor({ feed: 'hall-1', seesAll: false }, 5)).toHaveLength(2);
  });
});

describe('the thumbnail pages', () => {
  const halls = Array.from({ length: 7 }, (_, i) => `hall-${i + 1}`);
  it('cut the thumbnails into pages of the slots a screen has, the last one shorter', () => {
    expect(thumbnailPage(halls, 3, 0)).toEqual({ feeds: ['hall-1', 'hall-2', 'hall-3'], page: 0, pages: 3, total: 7 });
    expect(thumbnailPage(halls, 3, 1)).toEqual({ feeds: ['hall-4', 'hall-5', 'hall-6'], page: 1, pages: 3, total: 7 });
    expect(thumbnailPage(halls, 3, 2)).toEqual({ feeds: ['hall-7'], page: 2, pages: 3, total: 7 });
    expect(thumbnailPage(halls.slice(0, 6), 3, 1).pages).toBe(2);
  });
  it('show every page exactly once, in order, for any page size', () => {
    for (let perPage = 1; perPage <= 8; perPage += 1) {
      const { pages } = thumbnailPage(halls, perPage, 0);
      const seen = Array.from({ length: pages }, (_, page) => thumbnailPage(halls, perPage, page).feeds).flat();
      expect(seen).toEqual(halls);
    }
  });
  it('clamp a page past the end (halls left) to the last one, and a negative page to the first', () => {
    expect(thumbnailPage(halls, 3, 9)).toEqual({ feeds: ['hall-7'], page: 2, pages: 3, total: 7 });
    expect(thumbnailPage(halls.slice(0, 3), 3, 2)).toEqual({ feeds: ['hall-1', 'hall-2', 'hall-3'], page: 0, pages: 1, total: 3 });
    expect(thumbnailPage(halls, 3, -1).page).toBe(0);
  });
  it('have one empty page when nothing publishes or the screen has no thumbnail slots', () => {
    expect(thumbnailPage([], 4, 3)).toEqual({ feeds: [], page: 0, pages: 1, total: 0 });
    expect(thumbnailPage(halls, 0, 2)).toEqual({ feeds: [], page: 0, pages: 1, total: 7 });
  });
  it('fill the thumbnail slots from the page, keeping main and beside', () => {
    const picture: RoomPicture = { hostFeed: 'hall-1', floorFeed: 'hall-3', publishing: halls };
    const chair = { feed: null, seesAll: true };
    const slots = slotsFor(chair, 3);
    const second = pagedLayout(layoutFor(chair, picture), 3, 1);
    expect(second.page).toMatchObject({ page: 1, pages: 3, total: 7 });
    expect(routesFor(second.layout, slots)).toEqual({
      main: 'hall-1',
      beside: 'hall-3',
      'thumb:0': 'hall-4',
      'thumb:1': 'hall-5',
      'thumb:2': 'hall-6',
    });
    const last = pagedLayout(layoutFor(chair, picture), 3, 2);
    expect(routesFor(last.layout, slots)).toMatchObject({ 'thumb:0': 'hall-7', 'thumb:1': null, 'thumb:2': null });
  });
});
