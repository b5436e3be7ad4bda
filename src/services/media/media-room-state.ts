/**
 * One conference's media room as the control plane holds it (in memory, per process): who is
 * connected, who publishes which feed, each viewer's slots and routes, and the programme state
 * the rules read (host, floor, force-mutes). `plan` computes, with the pure rules of
 * src/domain/media, what the engine must change and what each page must be told; the service
 * applies it. Nothing here talks to the engine.
 */
import {
  floorFeed,
  guestFeed,
  isGuestFeed,
  layoutFor,
  openMicrophones,
  pagedLayout,
  routesFor,
  type FeedKey,
  type SlotSpec,
} from '../../domain/media/media-room.js';
import type { LiveState } from '../../domain/live/live-state.js';
import { effectiveMediaTier } from '../../domain/media/media-tier.js';
import type { SlotRoutes } from '../../media/media-engine.js';
import type { FeedView, MediaRoomView } from '../../realtime/media-protocol.js';
import type { LiveFacts } from '../live/live-service.types.js';

export interface RoomMember {
  id: string;
  /** The feed this page publishes (null: view only). */
  feed: FeedKey | null;
  /** A guest's shown name (halls take their point's name). */
  name: string;
  seesAll: boolean;
  /** Thumbnail slots of its screen (0 unless it sees all): the feeds on one page. */
  perPage: number;
  /** The page of thumbnails shown (from 0; brought back to the last page when halls leave). */
  page: number;
  publishing: boolean;
  audioOnly: boolean;
  selfMuted: boolean;
  /** The subscriber's slots once subscribed; null before. */
  slots: SlotSpec[] | null;
  /** What the engine was last told for this subscriber. */
  routes: SlotRoutes;
  /** The last view sent (JSON), to send only changes. */
  sentView: string;
}

export interface RoomState {
  conferenceId: string;
  facts: LiveFacts;
  live: LiveState;
  members: Map<string, RoomMember>;
  /** Feed → the member whose connection the engine forwards (the newest publisher wins). */
  owners: Map<FeedKey, string>;
  /** Audio gates as the engine has them. */
  gates: Map<FeedKey, boolean>;
  recording: { routes: SlotRoutes; startedAt: number; baseName: string } | null;
  /** The programme sent to the HLS packager of the watching tier (issue 19); null: not sent. */
  programme: { routes: SlotRoutes; lastWatchAt: number } | null;
}

export interface RoomPlan {
  gates: { feed: FeedKey; open: boolean }[];
  routes: { memberId: string; routes: SlotRoutes }[];
  views: { memberId: string; view: MediaRoomView }[];
  /** Members whose page is past the end now (halls left): the last page, to keep. */
  pages: { memberId: string; page: number }[];
  recording: SlotRoutes | null;
  /** New routes of the programme for the watching tier, when they change. */
  programme: SlotRoutes | null;
}

const EMPTY_LAYOUT = { main: null, beside: null, thumbnails: [] };

export const hostFeedOf = (facts: LiveFacts): FeedKey | null => facts.bridgePoints.find((point) => point.isHost)?.id ?? null;

const sameRoutes = (a: SlotRoutes, b: SlotRoutes) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? null) !== (b[key] ?? null)) return false;
  return true;
};

/** Every feed the room knows: the halls in roll-call order, then the guests who joined. */
function feedViews(room: RoomState, open: Set<FeedKey>, selfMuted: Set<FeedKey>): FeedView[] {
  const forced = new Set(room.live.forcedMutes);
  const ownerOf = (feed: FeedKey) => room.members.get(room.owners.get(feed) ?? '');
  const view = (feed: FeedKey, name: string, isHost: boolean): FeedView => {
    const owner = ownerOf(feed);
    return {
      feed,
      name,
      isHost,
      kind: isGuestFeed(feed) ? 'guest' : 'hall',
      publishing: owner?.publishing ?? false,
      audioOnly: owner?.audioOnly ?? false,
      micOpen: open.has(feed),
      forcedMuted: forced.has(feed),
      selfMuted: selfMuted.has(feed),
    };
  };
  const halls = room.facts.bridgePoints.map((point) => view(point.id, point.name, point.isHost));
  const guests = [...room.owners.keys()].filter(isGuestFeed).map((feed) => view(feed, ownerOf(feed)?.name ?? feed, false));
  return [...halls, ...guests];
}

/**
 * The feeds of watching points (issue 19) that do not have the floor: such a point may be
 * connected ahead of its turn, but nobody sees it and it sees nothing through WebRTC (it
 * watches the programme over HLS) until the floor is its own.
 */
export function standbyFeeds(room: Pick<RoomState, 'facts' | 'live'>, floor: FeedKey | null): Set<FeedKey> {
  const promoted = new Set(room.live.promotedPoints);
  return new Set(
    room.facts.bridgePoints
      .filter((point) => point.id !== floor && effectiveMediaTier(point, promoted, point.id) === 'watching')
      .map((point) => point.id),
  );
}

/** What must change for the room to follow the rules, given its current state. */
export function planRoom(room: RoomState, engine: MediaRoomView['engine']): RoomPlan {
  const publishingMembers = [...room.owners.values()].map((id) => room.members.get(id)).filter((m): m is RoomMember => !!m?.publishing);
  const selfMuted = new Set(publishingMembers.filter((m) => m.selfMuted).map((m) => m.feed!));
  const hostFeed = hostFeedOf(room.facts);
  const floor = floorFeed(room.live);
  const open = openMicrophones({ hostFeed, floorFeed: floor, forcedMuted: new Set(room.live.forcedMutes), selfMuted });
  const feeds = feedViews(room, open, selfMuted);
  const standby = standbyFeeds(room, floor);
  const publishing = feeds.filter((feed) => feed.publishing && !standby.has(feed.feed)).map((feed) => feed.feed);
  const picture = { hostFeed, floorFeed: floor, publishing };

  const gates = publishing.filter((feed) => room.gates.get(feed) !== open.has(feed)).map((feed) => ({ feed, open: open.has(feed) }));
  const routes: RoomPlan['routes'] = [];
  const views: RoomPlan['views'] = [];
  const pages: RoomPlan['pages'] = [];
  for (const member of room.members.values()) {
    const seen =
      member.feed !== null && standby.has(member.feed) ? EMPTY_LAYOUT : layoutFor({ feed: member.feed, seesAll: member.seesAll }, picture);
    const { layout, page } = pagedLayout(seen, member.perPage, member.page);
    if (page.page !== member.page) pages.push({ memberId: member.id, page: page.page });
    const memberRoutes = member.slots ? routesFor(layout, member.slots) : {};
    if (member.slots && !sameRoutes(memberRoutes, member.routes)) routes.push({ memberId: member.id, routes: memberRoutes });
    const view: MediaRoomView = {
      engine,
      feeds,
      ownFeed: member.feed,
      micOpen: member.feed !== null && open.has(member.feed),
      layout,
      routes: memberRoutes,
      page: page.page,
      pages: page.pages,
      thumbnailTotal: member.perPage > 0 ? page.total : 0,
      recording: room.recording !== null,
    };
    if (JSON.stringify(view) !== member.sentView) views.push({ memberId: member.id, view });
  }
  // The recording and the watching tier's programme take the same: the host, and the floor beside it.
  const programmeRoutes = {
    main: hostFeed !== null && publishing.includes(hostFeed) ? hostFeed : null,
    beside: floor !== null && publishing.includes(floor) ? floor : null,
  };
  const recording = room.recording && !sameRoutes(programmeRoutes, room.recording.routes) ? programmeRoutes : null;
  const programme = room.programme && !sameRoutes(programmeRoutes, room.programme.routes) ? programmeRoutes : null;
  return { gates, routes, views, pages, recording, programme };
}

export { guestFeed };
