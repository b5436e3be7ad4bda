/**
 * The timeline of a held meeting (diễn biến hội nghị): planned against actual per item and
 * per speaker, and every live change of the programme. Built by `buildTimeline`
 * (live-timeline.ts) from the final state and the event log; shown on the timeline page and
 * exported as .docx and .xlsx (src/documents/timeline) for the minutes and the conclusion notice.
 */
import type { AgendaItemKind } from '../conference.schema.js';
import type { FloorRequestKind, LiveItemState } from './live-state.js';
import type { VoteResult } from '../votes/vote.schema.js';

export interface TimelineItem {
  itemId: string;
  number: string;
  content: string;
  presenter: string;
  kind: AgendaItemKind;
  /** 1-based place in the plan; null for an inserted item. */
  plannedOrder: number | null;
  /** 1-based place in the order actually run (skipped items keep their place in the list). */
  runOrder: number;
  plannedStart: string | null;
  plannedSeconds: number | null;
  actualStart: number | null;
  actualEnd: number | null;
  actualSeconds: number | null;
  extendedSeconds: number;
  /** actual − planned when both are known (negative: finished early). */
  overrunSeconds: number | null;
  state: LiveItemState;
  inserted: boolean;
}

export interface TimelineSpeech {
  requestId: string;
  speakerName: string;
  bridgePointId: string | null;
  bridgePointName: string;
  kind: FloorRequestKind;
  /** The item during which the floor was given. */
  itemId: string | null;
  itemNumber: string;
  itemContent: string;
  requestedAt: number;
  givenAt: number;
  endedAt: number | null;
  seconds: number | null;
  allowedSeconds: number | null;
  overrunSeconds: number | null;
}

export type TimelineChangeKind =
  | 'skipped'
  | 'extended_item'
  | 'extended_floor'
  | 'reordered'
  | 'inserted'
  | 'paused'
  | 'resumed'
  | 'request_removed'
  | 'request_withdrawn'
  /** The recording of the host programme (issue 6), for the minutes. */
  | 'recording_started'
  | 'recording_stopped'
  /** The chair's force-mute of a hall or guest and its release (issue 6). */
  | 'hall_muted'
  | 'hall_unmuted'
  /** The chair let a watching point interact for the day, or sent it back to watching (issue 19). */
  | 'point_promoted'
  | 'point_demoted';

/** One live change of the programme, in the order it happened. */
export interface TimelineChange {
  at: number;
  version: number;
  kind: TimelineChangeKind;
  /** The item or request concerned (content / speaker as shown). */
  subject: string;
  /** Seconds added for an extension; null otherwise. */
  seconds: number | null;
}

/** A vote held during the meeting (issue 16), with its result and the rules it was taken under, fixed at closing. */
export interface TimelineVote {
  voteId: string;
  /** The live item it was on (null: none). */
  itemId: string | null;
  itemLabel: string;
  question: string;
  secret: boolean;
  openedAt: number;
  closedAt: number;
  result: VoteResult;
}

export interface Timeline {
  conferenceId: string;
  startedAt: number | null;
  endedAt: number | null;
  items: TimelineItem[];
  speeches: TimelineSpeech[];
  changes: TimelineChange[];
  /** The closed votes, in the order they closed. */
  votes: TimelineVote[];
  totals: {
    plannedSeconds: number;
    actualSeconds: number;
    itemsRun: number;
    itemsSkipped: number;
    itemsInserted: number;
    itemsOverrun: number;
    speeches: number;
    speakingSeconds: number;
  };
}
