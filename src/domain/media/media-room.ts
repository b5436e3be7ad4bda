/**
 * Who is seen and heard in a conference's media room (issue 6), as pure rules over plain
 * data. The media service feeds them the live state and who publishes; the engine is then
 * told the audio gates and each subscriber's slot routes.
 *
 * - Feeds: a bridge point's hall (key = the point's id) or a remote guest (`guest:<id>`,
 *   the id being the guest's FloorRequest.requesterId).
 * - Sound: only the host hall and the hall (or guest) with the floor are open; the chair's
 *   force-mute and a hall's own mute close a feed whatever the floor.
 * - Picture, for every hall: the host large ('main'), the floor holder beside it ('beside');
 *   the chair and the secretariat also get a thumbnail of every publishing feed, a page of
 *   them at a time (their screen has a fixed number of thumbnail slots).
 */
import type { LiveState } from '../live/live-state.js';

export type FeedKey = string;

export const GUEST_PREFIX = 'guest:';
export const guestFeed = (requesterId: string): FeedKey => `${GUEST_PREFIX}${requesterId}`;
export const isGuestFeed = (feed: FeedKey): boolean => feed.startsWith(GUEST_PREFIX);

/** The feed that has the floor now (null: nobody speaks). */
export function floorFeed(state: Pick<LiveState, 'floor' | 'requests'>): FeedKey | null {
  if (!state.floor) return null;
  const request = state.requests.find((r) => r.id === state.floor!.requestId);
  if (!request) return null;
  if (request.bridgePointId) return request.bridgePointId;
  return request.requestedBy === 'guest' ? guestFeed(request.requesterId) : null;
}

export interface AudioInput {
  hostFeed: FeedKey | null;
  floorFeed: FeedKey | null;
  /** Closed by the chair (live state `forcedMutes`). */
  forcedMuted: ReadonlySet<FeedKey>;
  /** Closed by the hall's own operator (or the guest). */
  selfMuted: ReadonlySet<FeedKey>;
}

/** The feeds whose microphone is open: host and floor, minus the muted. */
export function openMicrophones(input: AudioInput): Set<FeedKey> {
  const open = new Set<FeedKey>();
  for (const feed of [input.hostFeed, input.floorFeed]) {
    if (feed && !input.forcedMuted.has(feed) && !input.selfMuted.has(feed)) open.add(feed);
  }
  return open;
}

export interface Viewer {
  /** The feed the viewer publishes (not shown back to itself); null for a chair's screen. */
  feed: FeedKey | null;
  /** The chair and the secretariat: thumbnails of every hall. */
  seesAll: boolean;
}

export interface RoomPicture {
  hostFeed: FeedKey | null;
  floorFeed: FeedKey | null;
  /** Feeds publishing now, in the order of the roll call (host first). */
  publishing: readonly FeedKey[];
}

export interface Layout {
  main: FeedKey | null;
  beside: FeedKey | null;
  thumbnails: FeedKey[];
}

const live = (feed: FeedKey | null, picture: RoomPicture): FeedKey | null =>
  feed !== null && picture.publishing.includes(feed) ? feed : null;

/**
 * What a viewer sees. The host hall's own screen shows the floor holder large instead of
 * itself; a hall that has the floor sees the host only.
 */
export function layoutFor(viewer: Viewer, picture: RoomPicture): Layout {
  const host = live(picture.hostFeed, picture);
  const floor = live(picture.floorFeed, picture);
  let main = host;
  let beside = floor !== host ? floor : null;
  if (viewer.feed !== null && main === viewer.feed) [main, beside] = [beside, null];
  if (viewer.feed !== null && beside === viewer.feed) beside = null;
  const thumbnails = viewer.seesAll ? picture.publishing.filter((feed) => feed !== viewer.feed) : [];
  return { main, beside, thumbnails };
}

export interface ThumbnailPage {
  /** The feeds shown on this page, in the order of the thumbnails. */
  feeds: FeedKey[];
  /** The page shown (from 0); a page past the end is the last one. */
  page: number;
  /** How many pages there are (at least 1, even with no feed). */
  pages: number;
  /** The feeds on all pages. */
  total: number;
}

/**
 * One page of thumbnails, `perPage` feeds each. A page past the end (halls left since it was
 * chosen) is the last one; without thumbnail slots (`perPage` 0) every page is empty.
 */
export function thumbnailPage(thumbnails: readonly FeedKey[], perPage: number, page: number): ThumbnailPage {
  const total = thumbnails.length;
  if (perPage <= 0) return { feeds: [], page: 0, pages: 1, total };
  const pages = Math.max(1, Math.ceil(total / perPage));
  const shown = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { feeds: thumbnails.slice(shown * perPage, (shown + 1) * perPage), page: shown, pages, total };
}

/** A layout whose thumbnails are one page of them (what fills the viewer's thumbnail slots). */
export function pagedLayout(layout: Layout, perPage: number, page: number): { layout: Layout; page: ThumbnailPage } {
  const shown = thumbnailPage(layout.thumbnails, perPage, page);
  return { layout: { ...layout, thumbnails: shown.feeds }, page: shown };
}

export const MAIN = 'main';
export const BESIDE = 'beside';
export const thumbSlot = (index: number) => `thumb:${index}`;

export interface SlotSpec {
  slot: string;
  video: boolean;
  audio: boolean;
}

/** The subscriber slots of a viewer: main and beside with sound, one silent thumbnail per feed when it sees all. */
export function slotsFor(viewer: Viewer, thumbnails: number): SlotSpec[] {
  const slots: SlotSpec[] = [
    { slot: MAIN, video: true, audio: true },
    { slot: BESIDE, video: true, audio: true },
  ];
  if (viewer.seesAll) for (let i = 0; i < thumbnails; i += 1) slots.push({ slot: thumbSlot(i), video: true, audio: false });
  return slots;
}

/**
 * Each slot's feed for a layout (thumbnail slots beyond the feeds stay empty). Give it a
 * `pagedLayout` when there are more feeds than thumbnail slots: slot `thumb:0` is then the
 * page's first feed.
 */
export function routesFor(layout: Layout, slots: readonly SlotSpec[]): Record<string, FeedKey | null> {
  const routes: Record<string, FeedKey | null> = {};
  for (const { slot } of slots) {
    if (slot === MAIN) routes[slot] = layout.main;
    else if (slot === BESIDE) routes[slot] = layout.beside;
    else routes[slot] = layout.thumbnails[Number(slot.slice('thumb:'.length))] ?? null;
  }
  return routes;
}
