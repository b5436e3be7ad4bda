/**
 * The media engine (issue 6): what carries video and sound between the halls. Two
 * implementations behind this one interface, chosen by configuration (MEDIA_ENGINE):
 * - `embedded` (default): an SFU on werift in a worker process of its own (src/media/embedded);
 * - `janus`: Janus 1.1 VideoRoom driven through janode (src/media/janus).
 *
 * The control plane (src/services/media) decides WHO is seen and heard (pure rules in
 * src/domain/media); the engine only moves RTP as told. Nothing here decodes media.
 *
 * Model, the same on both engines:
 * - a ROOM per conference (`roomId` = the conference id);
 * - a FEED per publisher: a bridge point's hall (feed key = the point's id) or a remote
 *   guest (`guest:<linkId>`). One publisher PeerConnection per feed, offered by the browser
 *   (audio + video, or audio only on a weak link). Publishing a feed that already exists
 *   replaces the old connection (a hall that rejoins after losing its link);
 * - a SUBSCRIBER per viewing page: one PeerConnection offered by the ENGINE with fixed SLOTS
 *   ('main', 'beside', 'thumb:0' …), each slot a video and/or audio track. `route` says which
 *   feed fills each slot; the engine switches the source without a new negotiation when it
 *   can (embedded always can; Janus uses `switch`, or returns a new offer when it must
 *   renegotiate). A subscriber is sent only what its slots show.
 * - an AUDIO GATE per feed: the engine forwards a feed's audio only while its gate is open
 *   (the host hall and the hall with the floor); the browser also stops sending (no packets).
 *
 * Signalling is non-trickle: every SDP carries its candidates (ICE gathering completes
 * before an offer or answer is returned), which keeps the protocol to one round trip.
 */

import type { FeedKey, SlotSpec } from '../domain/media/media-room.js';

export type { FeedKey, SlotSpec };
export type EngineKind = 'embedded' | 'janus';

/** A STUN or TURN server handed to the browsers (and to the engine); none by default. */
export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

/** One m-line of a subscriber's offer: which slot and media kind it carries. */
export interface SlotTrack {
  slot: string;
  kind: 'audio' | 'video';
  mid: string;
}

export interface SubscriberOffer {
  offerSdp: string;
  tracks: SlotTrack[];
}

/** For each slot of a subscriber, the feed shown in it (null: empty, nothing sent). */
export type SlotRoutes = Record<string, FeedKey | null>;

export interface EngineStats {
  kind: EngineKind;
  rooms: number;
  publishers: number;
  subscribers: number;
  /** RTP packets received from publishers and sent to subscribers since start. */
  packetsIn: number;
  packetsOut: number;
  /** Key-frame requests sent to publishers (after throttling). */
  keyFrameRequests: number;
}

export interface RecordingTarget {
  /** The folder the engine writes into (created if missing). */
  directory: string;
  /** File name without extension; the engine adds its own (.webm embedded, .mjr Janus). */
  baseName: string;
}

/**
 * Where the engine sends the host programme for the HLS packager (issue 19): plain RTP over
 * UDP, one port per slot and kind, VP8 (payload type 96) and Opus (111), one SSRC per stream.
 */
export interface ProgrammeTarget {
  address: string;
  ports: Record<'main' | 'beside', { video: number; audio: number }>;
  /** Per slot, a VP8 key frame (base64) the engine sends while the slot has no picture, so the packager never waits. */
  fillerVideo: Record<'main' | 'beside', string>;
}

/** A finished (or running) recording: the files the engine wrote. */
export interface RecordingFiles {
  files: string[];
}

export interface MediaEngine {
  readonly kind: EngineKind;
  /** Starts the worker or connects to Janus; rejects with a clear Error when it cannot. */
  start(): Promise<void>;
  /** Stops every room and the worker / Janus session. Idempotent. */
  close(): Promise<void>;

  /** The browser's offer for a feed; returns the answer. Replaces an existing publisher of the feed. */
  publish(roomId: string, feed: FeedKey, offerSdp: string): Promise<{ answerSdp: string }>;
  unpublish(roomId: string, feed: FeedKey): Promise<void>;

  /** Creates (or recreates) a subscriber with these slots, all empty; returns the engine's offer. */
  subscribe(roomId: string, subscriberId: string, slots: SlotSpec[]): Promise<SubscriberOffer>;
  /** The browser's answer to the last offer of this subscriber. */
  answer(roomId: string, subscriberId: string, answerSdp: string): Promise<void>;
  /**
   * Fills the slots (slots not named keep their feed). Returns null when switched in place, or
   * a new offer the browser must answer (via `answer`).
   */
  route(roomId: string, subscriberId: string, routes: SlotRoutes): Promise<SubscriberOffer | null>;
  unsubscribe(roomId: string, subscriberId: string): Promise<void>;

  /** Open: the feed's audio is forwarded; closed: dropped at the engine. Default closed. */
  setAudioGate(roomId: string, feed: FeedKey, open: boolean): Promise<void>;

  /**
   * Records the host programme: slots 'main' (the host hall) and 'beside' (the hall with the
   * floor), video and audio, to files in `target`. One recording per room at a time.
   */
  startRecording(roomId: string, routes: SlotRoutes, target: RecordingTarget): Promise<void>;
  /** Changes what the recording takes (the floor moved), like `route` for a subscriber. */
  routeRecording(roomId: string, routes: SlotRoutes): Promise<void>;
  /** Ends the recording and returns the files written (absolute paths). */
  stopRecording(roomId: string): Promise<RecordingFiles>;

  /**
   * Sends the host programme (slots 'main' and 'beside', as the recording takes them) to the
   * HLS packager of the watching tier (issue 19); replaces an earlier target of the room.
   * Janus refuses it (the watching tier runs on the embedded engine; docs/scale.md).
   */
  startProgramme(roomId: string, routes: SlotRoutes, target: ProgrammeTarget): Promise<void>;
  routeProgramme(roomId: string, routes: SlotRoutes): Promise<void>;
  stopProgramme(roomId: string): Promise<void>;

  closeRoom(roomId: string): Promise<void>;
  /** Offers the engine makes by itself (Janus, when a shown feed publishes again); the page answers via `answer`. */
  onOffer?(listener: (roomId: string, subscriberId: string, offer: SubscriberOffer) => void): void;
  /** The engine lost every room (the embedded worker died and restarted): pages must join again. */
  onRestart?(listener: () => void): void;
  stats(): Promise<EngineStats>;
}
