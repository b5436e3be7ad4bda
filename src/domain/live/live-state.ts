/**
 * The live conference (issue 5): what the server holds while the meeting runs, as plain data.
 * Pure types, shared by the server and the web app (which imports them as types).
 *
 * Two streams per conference:
 * - the PROGRAMME (LiveState): items, timers, the floor and the speaker queue. Public to every
 *   reader of the conference (the big screens, the delegates' phones). Every change is a
 *   LiveEvent numbered by `version` (1, 2, 3 … per conference, no gaps), written to the
 *   database with the new state, then broadcast; a client that missed versions asks for them.
 * - the HALLS (roll call and messages): each hall's report and the host's short messages,
 *   numbered by `seq` per conference. Scoped: the chair and the secretariat see every hall,
 *   an operator or a hall's big screen only their own point (messages to all, or to it).
 *
 * Every time is epoch milliseconds from the SERVER clock. Clients never use their own clock
 * for a countdown: they measure their offset to the server (live-protocol.ts) and compute
 * `remainingMs(timer, serverNow)` (live-timer.ts).
 */
import type { AgendaItemKind } from '../conference.schema.js';

/** A countdown (or a count-up when `durationMs` is null: the plan gives no duration). */
export interface LiveTimer {
  /** Planned length including extensions; null: unknown, the timer counts up. */
  durationMs: number | null;
  /** Time run before `runningSince` (the sum of the runs before the last pause). */
  elapsedMs: number;
  /** When the current run began; null while paused or stopped. */
  runningSince: number | null;
  /** The warning shows when this much or less remains (e.g. 60 000: the last minute). */
  warningMs: number;
}

export type LiveItemState = 'pending' | 'running' | 'done' | 'skipped';

/** One row of the running programme: an agenda item of the plan, or one inserted live. */
export interface LiveItem {
  id: string;
  /** The agenda item of the plan; null for an item inserted during the meeting. */
  agendaItemId: string | null;
  /** The parent row (nested items under 5. in the seed); null at the top level. */
  parentId: string | null;
  /** Printed number: 1, 2 … or - for a sub-row; '' for an inserted item. */
  number: string;
  content: string;
  /** Presenter as printed: organisation, person or both ("Sở Nội vụ - Giám đốc"). */
  presenter: string;
  kind: AgendaItemKind;
  /** Planned start, local `YYYY-MM-DDTHH:mm` (Asia/Ho_Chi_Minh); null for an inserted item. */
  plannedStart: string | null;
  /** 1-based place in the plan's display order; null for an inserted item (kept through reorders). */
  plannedOrder: number | null;
  /** Planned length from the plan (or given when inserted); null when the plan gives none. */
  plannedSeconds: number | null;
  /** The group rule "Mỗi đại biểu trình bày 07 phút": each speaker's time under this item. */
  perSpeakerSeconds: number | null;
  state: LiveItemState;
  actualStart: number | null;
  actualEnd: number | null;
  /** Seconds added by the chair (extend), kept apart from the plan. */
  extendedSeconds: number;
  inserted: boolean;
}

export type FloorRequestKind = 'speak' | 'point_of_order';
export type FloorRequestState = 'waiting' | 'speaking' | 'done' | 'withdrawn' | 'removed';
/** Who put the request in: the delegate (phone), their hall's operator, a remote guest, the chair or secretariat. */
export type FloorRequester = 'delegate' | 'operator' | 'guest' | 'staff';

/** A request to speak (đăng ký phát biểu), kept after it is over for the timeline. */
export interface FloorRequest {
  id: string;
  /** The client's key: the same request sent twice (a retry after a reconnect) is one entry. */
  clientKey: string;
  /** The hall it comes from; null for a remote guest who is at no hall. */
  bridgePointId: string | null;
  /** The hall's name as shown ("Điểm cầu huyện Tân Hồng"), or the guest's organisation. */
  bridgePointName: string;
  /** Who speaks: a delegate's name, or e.g. "Đại diện điểm cầu huyện Tân Hồng". */
  speakerName: string;
  /** The delegate (when known) or the link that asked: lets a delegate withdraw their own. */
  requesterId: string;
  requestedBy: FloorRequester;
  kind: FloorRequestKind;
  /** The programme item running when it was asked (null before the first item). */
  itemId: string | null;
  state: FloorRequestState;
  requestedAt: number;
  /** When the floor was given and taken back, and the time allowed (with extensions). */
  givenAt: number | null;
  endedAt: number | null;
  allowedSeconds: number | null;
}

/** Who has the floor now and their countdown. */
export interface LiveFloor {
  requestId: string;
  timer: LiveTimer;
}

export type LivePhase = 'not_started' | 'running' | 'ended';

export interface LiveState {
  conferenceId: string;
  /** The number of the last event applied (0: nothing happened yet). */
  version: number;
  phase: LivePhase;
  startedAt: number | null;
  endedAt: number | null;
  /** The programme in running order (reorders and inserts change it; skipped items stay). */
  items: LiveItem[];
  currentItemId: string | null;
  /** The current item's countdown; null when no item runs. */
  itemTimer: LiveTimer | null;
  floor: LiveFloor | null;
  /**
   * Every request of the meeting. Waiting ones are in queue order (`waitingOrder`); the
   * others stay for the timeline.
   */
  requests: FloorRequest[];
  /** Ids of the waiting requests, first to speak first (points of order go to the front). */
  waitingOrder: string[];
  /** Default time of a speaker when the item has no per-speaker rule (seconds). */
  defaultSpeakerSeconds: number;
  /** Warning before the end of an item or a speaker's time (seconds). */
  warningSeconds: number;
  /** Feeds (bridge point ids, `guest:<id>`) whose microphone the chair closed (issue 6). */
  forcedMutes: string[];
  /**
   * Watching points (Theo dõi, HLS) the chair lets interact over WebRTC for the day (issue 19),
   * in the order promoted; see domain/media/media-tier.ts effectiveMediaTier.
   */
  promotedPoints: string[];
  /** The host programme is being recorded (the media service follows it). */
  recording: boolean;
}

/** The state of a link between the hall and the host, as the operator reports it (or issue 6 measures it). */
export type HallLink = 'unknown' | 'good' | 'weak' | 'down';

/** How a watching point's HLS player is doing, as the point's screen reports it (issue 19). */
export type PlaybackState = 'starting' | 'playing' | 'stalled' | 'error';
export interface HallPlayback {
  state: PlaybackState;
  /** Behind the live edge of the host programme, ms; null: not known yet. */
  latencyMs: number | null;
  /** The rendition playing ("720p"); null: not known. */
  rendition: string | null;
  /** Stalls (rebuffering) since the player started. */
  stalls: number;
  /** Server time of the report, epoch ms. */
  at: number;
}

/** One bridge point on the roll-call wall. */
export interface HallStatus {
  bridgePointId: string;
  name: string;
  isHost: boolean;
  /**
   * How the point takes part now (issue 19): the plan's tier (by its kind when the plan sets
   * none), interactive for the host and for a point the chair promoted for the day.
   */
  tier: 'interactive' | 'watching';
  /** A watching point's last playback report; null: none. */
  playback: HallPlayback | null;
  /** The operator reported the hall ready (sẵn sàng). */
  ready: boolean;
  /** People in the hall as reported by the operator; null: not reported. */
  headcount: number | null;
  link: HallLink;
  /** Measured by the media layer when there is one (issue 6); null otherwise. */
  rttMs: number | null;
  lossPercent: number | null;
  /** Free text from the operator ("mất tiếng", "chờ lãnh đạo"). */
  note: string;
  /** When the operator last reported; null: never (the point has not answered the roll call). */
  reportedAt: number | null;
  /** The seq of the last hall change of this point. */
  seq: number;
}

/** A short message from the host (chair or secretariat) to every point or to one. */
export interface LiveMessage {
  id: string;
  seq: number;
  /** null: to every bridge point. */
  toBridgePointId: string | null;
  text: string;
  sentAt: number;
  /** Who sent it, as shown ("Chủ trì", the secretariat's name). */
  sentBy: string;
}

/** What a hall-stream change carries; `seq` numbers them per conference. */
export type HallChange = { kind: 'hall'; seq: number; hall: HallStatus } | { kind: 'message'; seq: number; message: LiveMessage };
