/**
 * The conference the media bench plays, for H halls: the host hall and H − 1 district halls
 * publish; hall 1 has the floor; the gates of the host and the floor are open and every other
 * hall sends no audio (the browser stops its microphone track, as a muted hall does). Each
 * hall's console subscribes to what the domain's layout rules give it: the host on 'main'
 * and the floor beside it; the host's own screen shows the floor large, the floor hall sees
 * the host only. So the engine forwards (2H − 2) video + (2H − 2) audio tracks.
 * Loss is counted per subscribed track: packets the source sent in the window against the
 * packets that track received in the same window.
 */
import { layoutFor, routesFor, slotsFor, type FeedKey, type SlotSpec } from '../../src/domain/media/media-room.js';
import type { SlotRoutes, SlotTrack } from '../../src/media/media-engine.js';

export interface Feed {
  feed: FeedKey;
  /** 4 ASCII characters at the start of every payload: which publisher a subscriber receives. */
  tag: string;
  /** Sends audio (host and floor); the other halls are muted at the browser. */
  audio: boolean;
}

export interface View {
  subscriberId: string;
  slots: SlotSpec[];
  routes: SlotRoutes;
}

export interface Scenario {
  room: string;
  host: FeedKey;
  floor: FeedKey;
  feeds: Feed[];
  views: View[];
}

export function scenario(halls: number, engine: string): Scenario {
  if (halls < 2) throw new Error('the bench needs at least the host and one hall');
  const feeds: Feed[] = Array.from({ length: halls }, (_, i) => ({
    feed: `hall-${String(i).padStart(3, '0')}`,
    tag: `h${String(i).padStart(3, '0')}`,
    audio: i < 2,
  }));
  const host = feeds[0]!.feed;
  const floor = feeds[1]!.feed;
  const picture = { hostFeed: host, floorFeed: floor, publishing: feeds.map((f) => f.feed) };
  const views = feeds.map(({ feed }) => {
    const viewer = { feed, seesAll: false };
    const slots = slotsFor(viewer, 0);
    return { subscriberId: `console-${feed}`, slots, routes: routesFor(layoutFor(viewer, picture), slots) };
  });
  return { room: `bench-${engine}-${halls}`, host, floor, feeds, views };
}

/** Counters of the load generators at one instant. */
export interface Counts {
  sent: Record<FeedKey, { audio: number; video: number }>;
  received: Record<string, Record<string, number>>;
}

export interface Tally {
  tracks: number;
  expected: number;
  received: number;
  lossPct: number;
  /** The worst single track: a stalled slot shows here even when the total looks fine. */
  worstTrackLossPct: number;
  /** Tracks that lost 1 % or more, as `subscriber/slot/kind got÷sent`: where to look first. */
  lossy: string[];
}

const pct = (lost: number, of: number) => (of > 0 ? Math.max(0, (lost / of) * 100) : 0);

/** Expected vs received over the window between two snapshots, for the routed tracks. */
export function tally(views: View[], tracksOf: Map<string, SlotTrack[]>, before: Counts, after: Counts): Tally {
  let tracks = 0;
  let expected = 0;
  let received = 0;
  let worst = 0;
  const lossy: string[] = [];
  for (const view of views) {
    for (const track of tracksOf.get(view.subscriberId) ?? []) {
      const feed = view.routes[track.slot];
      if (!feed) continue;
      const sent = (after.sent[feed]?.[track.kind] ?? 0) - (before.sent[feed]?.[track.kind] ?? 0);
      const got = (after.received[view.subscriberId]?.[track.mid] ?? 0) - (before.received[view.subscriberId]?.[track.mid] ?? 0);
      tracks += 1;
      expected += sent;
      received += got;
      worst = Math.max(worst, pct(sent - got, sent));
      if (pct(sent - got, sent) >= 1) lossy.push(`${view.subscriberId}/${track.slot}/${track.kind} ${got}÷${sent}`);
    }
  }
  return { tracks, expected, received, lossPct: pct(expected - received, expected), worstTrackLossPct: worst, lossy };
}
