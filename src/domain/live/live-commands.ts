/**
 * What the chair, the secretariat, the operators and the delegates ask of the live
 * conference (commands, validated by these TypeBox schemas at the API), and what the server
 * records when it accepts one (events). `decide` (live-decide.ts) turns a command into
 * events or refuses it with a DomainError; `evolve` (live-evolve.ts) applies an event to the
 * state. The server stores each event with its version and broadcasts it; the web app runs
 * the same `evolve` on what it receives, so both hold the same state.
 */
import { Type, type Static } from 'typebox';
import type { AgendaItemKind } from '../conference.schema.js';
import type { FloorRequest, LiveItem, LiveTimer } from './live-state.js';
import { OpeningConfirmation } from '../safety/confirmation.js';

const Id = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier of an item or a request' });
const Seconds = (description: string) => Type.Integer({ minimum: 1, maximum: 4 * 3600, description });

/** Programme commands: the chair and the secretariat (`live.run`). */
export const ProgrammeCommand = Type.Union([
  Type.Object(
    { type: Type.Literal('start_meeting'), confirm: Type.Optional(OpeningConfirmation) },
    {
      additionalProperties: false,
      description:
        'Open the meeting. On another day than planned or with a draft plan, refused (409 safety.confirmation_required, ' +
        'the warnings as fields) until `confirm.warnings` names each warning.',
    },
  ),
  Type.Object({ type: Type.Literal('end_meeting') }, { additionalProperties: false }),
  Type.Object(
    { type: Type.Literal('start_item'), itemId: Type.Optional(Id) },
    { additionalProperties: false, description: 'Start the item (default: the next pending one); the running one ends.' },
  ),
  Type.Object({ type: Type.Literal('end_item') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('skip_item'), itemId: Id }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('pause') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('resume') }, { additionalProperties: false }),
  Type.Object(
    { type: Type.Literal('extend'), target: Type.Enum(['item', 'floor']), seconds: Seconds('Time added') },
    { additionalProperties: false },
  ),
  Type.Object(
    { type: Type.Literal('reorder_items'), itemIds: Type.Array(Id, { minItems: 1, maxItems: 500 }) },
    { additionalProperties: false, description: 'The pending items in their new order (every pending item, once).' },
  ),
  Type.Object(
    {
      type: Type.Literal('insert_item'),
      afterItemId: Type.Union([Id, Type.Null()], { description: 'null: at the top' }),
      content: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
      presenter: Type.String({ maxLength: 300 }),
      minutes: Type.Union([Type.Integer({ minimum: 1, maximum: 600 }), Type.Null()]),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { type: Type.Literal('give_floor'), requestId: Id, seconds: Type.Optional(Seconds('Time allowed (default: the item rule)')) },
    { additionalProperties: false },
  ),
  Type.Object({ type: Type.Literal('end_floor') }, { additionalProperties: false }),
  Type.Object(
    { type: Type.Literal('order_queue'), requestIds: Type.Array(Id, { minItems: 1, maxItems: 2000 }) },
    { additionalProperties: false, description: 'The waiting requests in their new order (each once).' },
  ),
  Type.Object({ type: Type.Literal('remove_request'), requestId: Id }, { additionalProperties: false }),
  Type.Object(
    {
      type: Type.Literal('mute_hall'),
      feed: Type.String({
        minLength: 1,
        maxLength: 80,
        pattern: '^(guest:)?[A-Za-z0-9_-]+$',
        description: "The hall's bridge point id, or guest:<id> for a remote guest",
      }),
      muted: Type.Boolean(),
    },
    {
      additionalProperties: false,
      description: "The chair's force-mute of a hall's microphone (issue 6); allowed before the meeting too.",
    },
  ),
  Type.Object(
    {
      type: Type.Literal('set_point_tier'),
      bridgePointId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'A watching bridge point' }),
      promoted: Type.Boolean({ description: 'true: Tương tác (WebRTC) for the day; false: back to Theo dõi (HLS)' }),
    },
    {
      additionalProperties: false,
      description:
        'The chair lets a watching point (Theo dõi, HLS) interact over WebRTC for the day, or sends it back (issue 19); allowed before the meeting too. A point the plan already makes interactive is refused (409 live.point_not_watching).',
    },
  ),
  Type.Object(
    { type: Type.Literal('set_recording'), recording: Type.Boolean() },
    { additionalProperties: false, description: 'Start or stop recording the host programme (issue 6); the end of the meeting stops it.' },
  ),
]);
export type ProgrammeCommand = Static<typeof ProgrammeCommand>;
export type ProgrammeCommandType = ProgrammeCommand['type'];

/** A request to speak (`live.request_floor`): from a delegate, an operator for their hall, a guest. */
export const FloorRequestInput = Type.Object(
  {
    clientKey: Type.String({
      minLength: 8,
      maxLength: 64,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Made by the client; a retry sends the same',
    }),
    kind: Type.Enum(['speak', 'point_of_order']),
    /** The hall: required of an operator (one of theirs); a delegate's own hall is used otherwise. */
    bridgePointId: Type.Optional(Type.String({ format: 'uuid' })),
    speakerName: Type.Optional(Type.String({ maxLength: 200, description: 'Who will speak (default: the delegate or "Đại diện <hall>")' })),
  },
  { additionalProperties: false },
);
export type FloorRequestInput = Static<typeof FloorRequestInput>;

/** A hall's report on the roll call (`live.report_hall`). */
export const HallReportInput = Type.Object(
  {
    ready: Type.Boolean(),
    headcount: Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]),
    link: Type.Enum(['unknown', 'good', 'weak', 'down']),
    note: Type.String({ maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type HallReportInput = Static<typeof HallReportInput>;

/** A watching point's player on how it receives the host programme (`live.report_playback`, issue 19). */
export const PlaybackReportInput = Type.Object(
  {
    bridgePointId: Type.String({ minLength: 1, maxLength: 64, description: 'The point whose player reports' }),
    state: Type.Enum(['starting', 'playing', 'stalled', 'error'], { description: 'starting: Đang tải; stalled: Gián đoạn' }),
    latencyMs: Type.Union([Type.Integer({ minimum: 0, maximum: 3_600_000 }), Type.Null()], {
      description: 'Behind the live edge, ms; null: not known yet',
    }),
    rendition: Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()], { description: 'e.g. 720p; null: not known' }),
    stalls: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Stalls since the player started' }),
  },
  { additionalProperties: false },
);
export type PlaybackReportInput = Static<typeof PlaybackReportInput>;

/** A short message from the host (`live.message`). */
export const LiveMessageInput = Type.Object(
  {
    toBridgePointId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    text: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type LiveMessageInput = Static<typeof LiveMessageInput>;

/** What `decide` knows of the caller besides the command (the route fills it from the actor). */
export interface CommandContext {
  /** Server time of the command, epoch ms. */
  now: number;
  /** New ids for inserted items and requests (injected so tests are repeatable). */
  newId(): string;
}

/** A new request, as the service resolved it (hall name, speaker, who asked). */
export interface ResolvedFloorRequest {
  clientKey: string;
  kind: 'speak' | 'point_of_order';
  bridgePointId: string | null;
  bridgePointName: string;
  speakerName: string;
  requesterId: string;
  requestedBy: FloorRequest['requestedBy'];
}

/**
 * Every change of the programme. `version` and `at` are set by the server when the event is
 * recorded; all other fields are decided values (ids, times, lengths), so `evolve` needs no
 * clock and gives the same state on the server and in every browser.
 */
export type LiveEventBody =
  | { type: 'meeting.started' }
  | { type: 'meeting.ended' }
  /** The item starts; the one running (if any) ends at the same instant. */
  | { type: 'item.started'; itemId: string; timer: LiveTimer }
  | { type: 'item.ended'; itemId: string }
  | { type: 'item.skipped'; itemId: string }
  | { type: 'timer.paused' }
  | { type: 'timer.resumed' }
  | { type: 'timer.extended'; target: 'item' | 'floor'; seconds: number }
  | { type: 'items.reordered'; itemIds: string[] }
  | { type: 'item.inserted'; afterItemId: string | null; item: LiveItem }
  | { type: 'floor.requested'; request: FloorRequest }
  | { type: 'floor.withdrawn'; requestId: string }
  | { type: 'floor.removed'; requestId: string }
  | { type: 'queue.ordered'; requestIds: string[] }
  /** The floor goes to the request; whoever had it is done at the same instant. */
  | { type: 'floor.given'; requestId: string; timer: LiveTimer }
  | { type: 'floor.ended'; requestId: string }
  /** The chair closed (or reopened) a hall's microphone, whatever the floor. */
  | { type: 'hall.muted'; feed: string; muted: boolean }
  /** The chair let a watching point interact for the day (promoted) or sent it back to watching. */
  | { type: 'point_tier.set'; bridgePointId: string; promoted: boolean }
  | { type: 'recording.set'; recording: boolean };

export type LiveEventType = LiveEventBody['type'];

/** An event as stored and broadcast. */
export type LiveEvent = LiveEventBody & {
  conferenceId: string;
  version: number;
  /** Server time of the change, epoch ms. */
  at: number;
};

/** Used by the inserted item's kind. */
export const INSERTED_ITEM_KIND: AgendaItemKind = 'item';
