/**
 * The Socket.IO protocol of the live conference, shared by the server (src/realtime/socket)
 * and the web app (web/src/live). The socket only RECEIVES state: every change goes through
 * the HTTP API (validated, authorised, audited, written), and only then is broadcast here.
 *
 * Connecting: namespace LIVE_NAMESPACE, `auth: LiveHandshake`, the session cookie (or the
 * link cookie of a display, operator, delegate or guest link) on the same origin.
 * On connect the server sends what the client lacks:
 * - `live:snapshot` when the client has no version or is too far behind (more than
 *   MAX_REPLAY events), else one `live:event` per missed version, oldest first;
 * - `hall:snapshot` (the halls and messages the client may see) without `hallSeq`, else the
 *   missed `hall:change`s of its scope.
 * Then every change arrives as `live:event` (programme, room of the conference) or
 * `hall:change` (staff room, and the room of the point it concerns).
 *
 * A staff socket of a conference of more than WALL_BY_PROVINCE_ABOVE points (issue 18) gets
 * the wall by provinces instead of every hall: `wall:snapshot` (the provinces' counts and the
 * messages) in place of `hall:snapshot`, no `hall:change` of halls (messages still come), and
 * every WALL_WINDOW_MS at most one `wall:delta` (the changed provinces' counts) and, for the
 * province it opened with `wall:open`, one `wall:points` (its changed points).
 *
 * A client that sees a version gap (events from two server processes may cross) asks
 * `live:sync` with the last version it applied. Countdowns use the server clock: the client
 * sends `clock` a few times and keeps the sample of shortest round trip (clock-offset.ts).
 */
import type { HallChange, HallStatus, LiveMessage, LiveState } from '../domain/live/live-state.js';
import type { LiveEvent } from '../domain/live/live-commands.js';
import type { WallDelta, WallPoints, WallSnapshot } from '../domain/live/hall-wall.js';

export const LIVE_NAMESPACE = '/live';
/** Served by the same HTTP server as the API. */
export const SOCKET_PATH = '/socket.io';
/** Beyond this many missed events the client gets the whole state instead. */
export const MAX_REPLAY = 500;

export interface LiveHandshake {
  conferenceId: string;
  /** The last version the client applied (absent: send the whole state). */
  version?: number;
  /** The last hall seq the client applied (absent: send the halls and messages). */
  hallSeq?: number;
}

export interface HallSnapshot {
  halls: HallStatus[];
  messages: LiveMessage[];
  /** The highest seq included. */
  seq: number;
}

export type SyncReply = { events: LiveEvent[] } | { state: LiveState };

export interface ServerToClientEvents {
  'live:snapshot': (state: LiveState) => void;
  'live:event': (event: LiveEvent) => void;
  'hall:snapshot': (snapshot: HallSnapshot) => void;
  'hall:change': (change: HallChange) => void;
  /** A vote changed (issue 16): its state and ballots cast so far; the screen refetches the vote through the API. */
  'wall:snapshot': (snapshot: WallSnapshot) => void;
  'wall:delta': (delta: WallDelta) => void;
  'wall:points': (points: WallPoints) => void;
  'vote:changed': (change: { voteId: string; state: 'draft' | 'open' | 'closed'; cast: number }) => void;
}

export interface ClientToServerEvents {
  /** Answers the server's clock (epoch ms) at the moment it handles the message. */
  clock: (clientSentAt: number, ack: (serverNow: number) => void) => void;
  /** The events after `version` or the whole state. */
  'live:sync': (version: number, ack: (reply: SyncReply) => void) => void;
  /**
   * A wall by provinces opens one province (its code, '' for the points without one) to get
   * its changed points, or closes it (null); the points themselves come from
   * GET …/live/wall/points. The ack says whether the socket now follows it.
   */
  'wall:open': (province: string | null, ack: (following: boolean) => void) => void;
}

/** Socket.IO rooms, one per permission scope. */
export const rooms = {
  /** Everyone who reads the conference's live programme. */
  conference: (conferenceId: string) => `c:${conferenceId}`,
  /** The chair and the secretariat: every hall's roll call and every message. */
  staff: (conferenceId: string) => `c:${conferenceId}:staff`,
  /** Everyone who reads some hall (staff, operators, big screens): messages to every point. */
  halls: (conferenceId: string) => `c:${conferenceId}:halls`,
  /** The walls by provinces of a national conference: provinces' counts. */
  wall: (conferenceId: string) => `c:${conferenceId}:wall`,
  /** The walls that opened one province ('' : the points without a province). */
  wallProvince: (conferenceId: string, province: string) => `c:${conferenceId}:wall:${province}`,
  /** The operator(s) and big screen of one bridge point. */
  point: (conferenceId: string, bridgePointId: string) => `c:${conferenceId}:p:${bridgePointId}`,
};
