/**
 * The Socket.IO protocol of the media room (issue 6), shared by the server
 * (src/realtime/socket/media-gateway.ts) and the web app (web/src/media). Same HTTP server,
 * path SOCKET_PATH, namespace MEDIA_NAMESPACE; same origin and cookie checks as the live
 * namespace. Signalling only: the media flows between the browser and the engine.
 *
 * A page connects with `auth: MediaHandshake`:
 * - an operator's console publishes its hall (`feed` = the bridge point id it operates);
 * - a remote guest publishes as `guest:<id>` (the server fixes the id; `feed` is omitted);
 * - the chair's and secretariat's consoles only view (`publish: false`) and see all halls.
 * Then, with acknowledgements (`MediaAck`):
 * 1. `media:publish` the browser's offer (non-trickle) → the engine's answer;
 * 2. `media:subscribe` → the engine's offer with the viewer's slots → `media:answer`;
 * 3. the server pushes `media:room` (feeds, this viewer's layout and slot routes, and whether
 *    its own microphone may send) whenever any of it changes; `media:offer` when the engine
 *    must renegotiate the subscriber (answer it with `media:answer`).
 * The browser sends audio only while `micOpen` is true (replaceTrack(null) otherwise: no
 * packets), reports its link every few seconds with `media:quality`, and may mute itself.
 * The chair's and secretariat's thumbnails show one page of the halls at a time (`page` of
 * `pages` in the view); `media:page` turns the page (the slots stay, their routes change).
 */
import type { FeedKey, Layout } from '../domain/media/media-room.js';
import type { HallLink } from '../domain/live/live-state.js';
import type { IceServer, SlotRoutes, SubscriberOffer } from '../media/media-engine.js';

export const MEDIA_NAMESPACE = '/media';

export interface MediaHandshake {
  conferenceId: string;
  /** true: publish a feed (an operator's hall, a guest); false: view only (the chair). */
  publish: boolean;
  /** The bridge point to publish (an operator with several halls chooses); omitted for a guest. */
  bridgePointId?: string;
}

export interface FeedView {
  feed: FeedKey;
  /** "Điểm cầu huyện Tân Hồng", or the guest's name. */
  name: string;
  isHost: boolean;
  kind: 'hall' | 'guest';
  /** Connected and sending now. */
  publishing: boolean;
  audioOnly: boolean;
  /** The audio gate: host or floor, and not muted. */
  micOpen: boolean;
  forcedMuted: boolean;
  selfMuted: boolean;
}

/** What one page is told about the room (sent on subscribe and on every change). */
export interface MediaRoomView {
  engine: 'embedded' | 'janus';
  feeds: FeedView[];
  /** This viewer's feed (null: view only). */
  ownFeed: FeedKey | null;
  /** The browser may send its microphone now. */
  micOpen: boolean;
  layout: Layout;
  /** This viewer's slots and the feed in each (matches `layout`). */
  routes: SlotRoutes;
  /** The page of thumbnails shown (from 0; `layout.thumbnails` are its feeds). */
  page: number;
  /** How many pages of thumbnails there are (1 without thumbnails). */
  pages: number;
  /** The feeds on all pages of thumbnails (0 for a viewer without thumbnails). */
  thumbnailTotal: number;
  /** Whether the server records the host programme now. */
  recording: boolean;
}

export interface QualityReport {
  rttMs: number | null;
  lossPercent: number | null;
  bitrateKbps: number | null;
  audioOnly: boolean;
  link: HallLink;
}

export interface MediaError {
  code: string;
  message: { vi: string; en: string };
}

export type MediaAck<T> = (reply: ({ ok: true } & T) | { ok: false; error: MediaError }) => void;

export interface MediaServerToClient {
  'media:room': (view: MediaRoomView) => void;
  'media:offer': (offer: SubscriberOffer) => void;
}

export interface MediaClientToServer {
  /** ICE servers to configure (STUN/TURN); empty by default. */
  'media:config': (ack: MediaAck<{ iceServers: IceServer[] }>) => void;
  'media:publish': (request: { offerSdp: string; audioOnly: boolean }, ack: MediaAck<{ answerSdp: string }>) => void;
  'media:subscribe': (ack: MediaAck<SubscriberOffer>) => void;
  'media:answer': (request: { answerSdp: string }, ack: MediaAck<object>) => void;
  /** The hall's own mute (an operator or a guest). */
  'media:mute': (request: { muted: boolean }, ack: MediaAck<object>) => void;
  'media:quality': (report: QualityReport, ack?: MediaAck<object>) => void;
  /** The chair's or secretariat's page of thumbnails (from 0; past the end: the last); answers the page shown. */
  'media:page': (request: { page: number }, ack: MediaAck<{ page: number }>) => void;
}
