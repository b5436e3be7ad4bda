/**
 * The live conference service (issue 5): the one place that changes the live state. Each
 * write is one transaction: read the state (optimistic on its version), `decide` the events
 * (src/domain/live), store the new state, the events (numbered by version) and one audit row,
 * commit; then, after commit, publish the events on the backbone (Socket.IO rooms, media). A write
 * that loses a race with another process on the same conference is retried on the new state.
 */
import type { ConferenceFacts } from '../../domain/access/actions.js';
import type { FloorRequestInput, HallReportInput, LiveEvent, LiveMessageInput, ProgrammeCommand } from '../../domain/live/live-commands.js';
import type { FloorRequest, HallChange, HallStatus, LiveMessage, LiveState } from '../../domain/live/live-state.js';
import type { Timeline } from '../../domain/live/live-timeline.types.js';
import type { BridgePointKind } from '../../domain/conference-values.schema.js';
import type { MediaTier } from '../../domain/media/media-tier.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import type { LinkMeasure, PlaybackReport } from './live-halls.js';
import type { HallWallReader } from './live-wall.js';

/** After-commit delivery of live changes (on the event backbone: liveBroadcasterOn). */
export interface LiveBroadcaster {
  programme(events: readonly LiveEvent[]): void;
  hall(conferenceId: string, change: HallChange): void;
}

/** What the routes and the gateway need about a conference and its halls, without the whole plan. */
export interface LiveFacts extends ConferenceFacts {
  title: string;
  /** Every point of the conference, or only those asked for (`facts(id, { onlyPoints })`). */
  bridgePoints: { id: string; name: string; isHost: boolean; kind: BridgePointKind; mediaTier: MediaTier | null }[];
  /** How many points the conference has, whichever were listed. */
  pointCount: number;
}

/** Who asks to speak, as the route resolved it from the actor. */
export interface FloorRequester {
  /** The delegate (personal link or account holding a delegate row), the link or the user asking. */
  requesterId: string;
  requestedBy: FloorRequest['requestedBy'];
  /** The hall the request is for (the operator's choice, the delegate's own hall); null for a remote guest. */
  bridgePointId: string | null;
  /** Default speaker name when the input gives none (the delegate's name, "Đại diện <hall>"). */
  defaultSpeakerName: string;
}

/** Which halls a reader sees: every hall (staff) or a list (an operator's or a display's). */
export type HallScope = 'all' | readonly string[];

export interface LiveService extends HallWallReader {
  /** 404 `conference.not_found` when missing. */
  /**
   * The conference's facts and points. `onlyPoints`: list only those (of the conference's own):
   * a socket's handshake asks for the points its actor is bound to, not a national plan's 16,242.
   */
  facts(conferenceId: string, options?: { onlyPoints?: readonly string[] }): Promise<LiveFacts>;
  /** The current state; before the first command, the programme built from the plan (version 0). */
  state(conferenceId: string): Promise<LiveState>;
  /** The events after `version`, oldest first; null when more than MAX_REPLAY or unknown (send the state). */
  eventsSince(conferenceId: string, version: number): Promise<LiveEvent[] | null>;
  /** Every event of the meeting, oldest first (for the timeline). */
  allEvents(conferenceId: string): Promise<LiveEvent[]>;
  run(conferenceId: string, command: ProgrammeCommand, origin: AuditOrigin): Promise<{ state: LiveState; events: LiveEvent[] }>;
  /** Idempotent by `input.clientKey`: the same key gives the same request and no second event or audit row. */
  requestFloor(conferenceId: string, input: FloorRequestInput, requester: FloorRequester, origin: AuditOrigin): Promise<FloorRequest>;
  /** `requesterId` null: the staff withdraws it for them; else only the requester's own request. */
  withdraw(conferenceId: string, requestId: string, requesterId: string | null, origin: AuditOrigin): Promise<FloorRequest>;
  halls(conferenceId: string, scope: HallScope): Promise<{ halls: HallStatus[]; messages: LiveMessage[]; seq: number }>;
  /** Hall changes after `seq` within the scope, oldest first; null when too many (send the snapshot). */
  hallChangesSince(conferenceId: string, seq: number, scope: HallScope): Promise<HallChange[] | null>;
  reportHall(conferenceId: string, bridgePointId: string, input: HallReportInput, origin: AuditOrigin): Promise<HallStatus>;
  sendMessage(conferenceId: string, input: LiveMessageInput, sentBy: string, origin: AuditOrigin): Promise<LiveMessage>;
  /** A hall's link as its media connection measures it (issue 6); no audit; null when unchanged. */
  measureLink(conferenceId: string, bridgePointId: string, measure: LinkMeasure): Promise<HallStatus | null>;
  /** A watching point's HLS playback as its screen reports it (issue 19); no audit; null when unchanged. */
  measurePlayback(conferenceId: string, bridgePointId: string, report: PlaybackReport): Promise<HallStatus | null>;
  /** Sends these points' halls again (their tier changed by a plan edit); points of another conference are left out. */
  refreshHalls(conferenceId: string, bridgePointIds: readonly string[]): Promise<HallStatus[]>;
  timeline(conferenceId: string): Promise<Timeline>;
}
