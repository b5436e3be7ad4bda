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
 *   the chair and the secretariat also get a thumbnail of every publishing feed.
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

/** Each slot's feed for a layout (thumbnail slots beyond the feeds stay empty). */
export function routesFor(layout: Layout, slots: readonly SlotSpec[]): Record<string, FeedKey | null> {
  const routes: Record<string, FeedKey | null> = {};
  for (const { slot } of slots) {
    if (slot === MAIN) routes[slot] = layout.main;
    else if (slot === BESIDE) routes[slot] = layout.beside;
    else routes[slot] = layout.thumbnails[Number(slot.slice('thumb:'.length))] ?? null;
  }
  return routes;
}
