/**
 * Schemas of the live conference routes. Commands and inputs are the domain's own schemas
 * (src/domain/live/live-commands.ts); the responses describe the live state, the halls and
 * the timeline (src/domain/live), open to fields added later (additionalProperties).
 */
import { Type, type TProperties, type TSchema } from 'typebox';
import {
  FloorRequestInput,
  HallReportInput,
  PlaybackReportInput,
  LiveMessageInput,
  ProgrammeCommand,
  type LiveEvent,
} from '../../../domain/live/live-commands.js';
import type { FloorRequest, HallStatus, LiveMessage, LiveState } from '../../../domain/live/live-state.js';
import type { Timeline } from '../../../domain/live/live-timeline.types.js';
import { PageQuery } from '../paging.schema.js';
import { ConferenceParams, Id, childParams, errorResponses } from '../common.schema.js';
import { confirmationResponse } from '../safety.schema.js';

const tags = ['live'];
const open = (properties: TProperties, description?: string) =>
  Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Ms = Type.Number({ description: 'Epoch milliseconds (server clock)' });
const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });

export const LiveTimerSchema = open({
  durationMs: Nullable(Type.Number()),
  elapsedMs: Type.Number(),
  runningSince: Nullable(Ms),
  warningMs: Type.Number(),
});

export const FloorRequestSchema = Type.Unsafe<FloorRequest>(
  open(
    {
      id: Type.String(),
      clientKey: Type.String(),
      bridgePointId: Nullable(Type.String()),
      bridgePointName: Type.String(),
      speakerName: Type.String(),
      requesterId: Type.String(),
      requestedBy: Type.String({ description: 'delegate, operator, guest or staff' }),
      kind: Type.String({ description: 'speak or point_of_order' }),
      itemId: Nullable(Type.String()),
      state: Type.String({ description: 'waiting, speaking, done, withdrawn or removed' }),
      requestedAt: Ms,
      givenAt: Nullable(Ms),
      endedAt: Nullable(Ms),
      allowedSeconds: Nullable(Type.Number()),
    },
    'A request to speak (đăng ký phát biểu)',
  ),
);

const LiveItemSchema = open({
  id: Type.String(),
  agendaItemId: Nullable(Type.String()),
  parentId: Nullable(Type.String()),
  number: Type.String(),
  content: Type.String(),
  presenter: Type.String(),
  kind: Type.String(),
  plannedStart: Nullable(Type.String()),
  plannedSeconds: Nullable(Type.Number()),
  perSpeakerSeconds: Nullable(Type.Number()),
  state: Type.String({ description: 'pending, running, done or skipped' }),
  actualStart: Nullable(Ms),
  actualEnd: Nullable(Ms),
  extendedSeconds: Type.Number(),
  inserted: Type.Boolean(),
});

export const LiveStateSchema = Type.Unsafe<LiveState>(
  open(
    {
      conferenceId: Type.String(),
      version: Type.Integer({ description: 'The number of the last event applied (0: nothing happened yet)' }),
      phase: Type.String({ description: 'not_started, running or ended' }),
      startedAt: Nullable(Ms),
      endedAt: Nullable(Ms),
      items: Type.Array(LiveItemSchema),
      currentItemId: Nullable(Type.String()),
      itemTimer: Nullable(LiveTimerSchema),
      floor: Nullable(open({ requestId: Type.String(), timer: LiveTimerSchema })),
      requests: Type.Array(FloorRequestSchema),
      waitingOrder: Type.Array(Type.String()),
      defaultSpeakerSeconds: Type.Number(),
      warningSeconds: Type.Number(),
    },
    'The live programme: items, timers, the floor and the speaker queue',
  ),
);

export const LiveEventSchema = Type.Unsafe<LiveEvent>(
  open(
    { conferenceId: Type.String(), version: Type.Integer(), at: Ms, type: Type.String() },
    'One change of the programme, numbered by version (src/domain/live/live-commands.ts LiveEvent)',
  ),
);

export const HallStatusSchema = Type.Unsafe<HallStatus>(
  open(
    {
      bridgePointId: Type.String(),
      name: Type.String(),
      isHost: Type.Boolean(),
      ready: Type.Boolean(),
      headcount: Nullable(Type.Integer()),
      link: Type.String({ description: 'unknown, good, weak or down' }),
      rttMs: Nullable(Type.Number()),
      lossPercent: Nullable(Type.Number()),
      note: Type.String(),
      reportedAt: Nullable(Ms),
      seq: Type.Integer(),
      tier: Type.String({
        description: 'interactive (Tương tác, WebRTC) or watching (Theo dõi, HLS): the plan, or the chair promoted it today',
      }),
      playback: Nullable(
        Type.Object(
          {
            state: Type.String({ description: 'starting, playing, stalled or error' }),
            latencyMs: Nullable(Type.Number()),
            rendition: Nullable(Type.String()),
            stalls: Type.Integer(),
            at: Ms,
          },
          { description: "A watching point's last playback report" },
        ),
      ),
    },
    'One bridge point on the roll-call wall',
  ),
);

export const LiveMessageSchema = Type.Unsafe<LiveMessage>(
  open(
    {
      id: Type.String(),
      seq: Type.Integer(),
      toBridgePointId: Nullable(Type.String()),
      text: Type.String(),
      sentAt: Ms,
      sentBy: Type.String(),
    },
    'A short message from the host',
  ),
);

const LiveAccessSchema = Type.Object(
  {
    run: Type.Boolean({ description: 'May run the meeting (live.run)' }),
    message: Type.Boolean({ description: 'May send messages (live.message)' }),
    readHalls: Type.Boolean({ description: 'Sees the whole roll-call wall' }),
    readTimeline: Type.Boolean(),
    requestFloor: Type.Boolean({ description: 'May ask to speak at all (a delegate or guest for themselves, without choosing a hall)' }),
    requestFloorAt: Type.Array(Type.String(), { description: 'The halls the caller may ask to speak for (empty when requestFloorAtAll)' }),
    requestFloorAtAll: Type.Boolean({ description: 'May ask to speak for every hall of the conference (then not listed)' }),
    reportHallAt: Type.Array(Type.String(), { description: 'The halls whose roll call the caller answers (empty when reportHallAtAll)' }),
    reportHallAtAll: Type.Boolean({ description: 'Answers the roll call of every hall (then not listed)' }),
    ownBridgePointId: Nullable(Type.String({ description: "The operator's first hall, the display's or the delegate's hall" })),
    requesterId: Nullable(Type.String({ description: "Matches FloorRequest.requesterId of the caller's own requests" })),
  },
  { description: 'What the caller may do on the live screens' },
);

const TimelineSchema = Type.Unsafe<Timeline & { nextCursor: string | null }>(
  open(
    {
      conferenceId: Type.String(),
      startedAt: Nullable(Ms),
      endedAt: Nullable(Ms),
      items: Type.Array(open({ itemId: Type.String() })),
      speeches: Type.Array(open({ requestId: Type.String() })),
      changes: Type.Array(open({ at: Ms, version: Type.Integer(), kind: Type.String() }), {
        description: 'A page of the live changes, oldest first (limit, cursor)',
      }),
      nextCursor: Nullable(Type.String({ description: 'cursor of the next page of changes; null on the last' })),
      votes: Type.Array(open({ voteId: Type.String(), question: Type.String(), closedAt: Ms }), {
        description: 'The closed votes with their results (counts, per hall, the rules, passed or not)',
      }),
      totals: open({}),
    },
    'Diễn biến hội nghị: planned against actual per item and per speaker, and every live change',
  ),
);

const RequestParams = Type.Object({ conferenceId: Id, requestId: Type.String({ minLength: 1, maxLength: 64 }) });

export const liveSchemas = {
  live: {
    tags,
    summary: 'Diễn biến trực tiếp / the live programme and what the caller may do',
    params: ConferenceParams,
    response: { 200: Type.Object({ title: Type.String(), state: LiveStateSchema, access: LiveAccessSchema }), ...errorResponses },
  },
  events: {
    tags,
    summary: 'Các thay đổi sau một phiên bản / the events after a version, or the whole state when too far behind',
    params: ConferenceParams,
    querystring: Type.Object(
      { since: Type.Integer({ minimum: 0, description: 'The last version the client applied' }) },
      { additionalProperties: false },
    ),
    response: {
      200: Type.Union([Type.Object({ events: Type.Array(LiveEventSchema) }), Type.Object({ state: LiveStateSchema })]),
      ...errorResponses,
    },
  },
  command: {
    tags,
    summary: 'Điều hành hội nghị / run the meeting: items, timers, the floor, the queue',
    params: ConferenceParams,
    body: ProgrammeCommand,
    response: {
      200: Type.Object({ state: LiveStateSchema, events: Type.Array(LiveEventSchema) }),
      409: confirmationResponse('opening the meeting (start_meeting)'),
      ...errorResponses,
    },
  },
  requestFloor: {
    tags,
    summary: 'Đăng ký phát biểu / ask to speak (idempotent by clientKey)',
    params: ConferenceParams,
    body: FloorRequestInput,
    response: { 200: FloorRequestSchema, ...errorResponses },
  },
  withdraw: {
    tags,
    summary: 'Rút đăng ký phát biểu / withdraw a request to speak',
    params: RequestParams,
    response: { 200: FloorRequestSchema, ...errorResponses },
  },
  halls: {
    tags,
    summary: 'Điểm danh các điểm cầu / the roll call of the halls the caller sees (or of one), and their messages',
    params: ConferenceParams,
    querystring: Type.Object({ bridgePointId: Type.Optional(Id) }, { additionalProperties: false }),
    response: {
      200: Type.Object({ halls: Type.Array(HallStatusSchema), messages: Type.Array(LiveMessageSchema), seq: Type.Integer() }),
      ...errorResponses,
    },
  },
  reportHall: {
    tags,
    summary: 'Báo cáo điểm danh của điểm cầu / answer the roll call for a hall',
    params: childParams('pointId'),
    body: HallReportInput,
    response: { 200: HallStatusSchema, ...errorResponses },
  },
  reportPlayback: {
    tags,
    summary: 'Báo tình trạng phát HLS của điểm cầu theo dõi / report how a watching hall plays the programme',
    description:
      "The hall's operator or its big screen (display link), or the secretariat. A measurement: no audit row; the hall as the walls now get it, or null when the report says what the last one said.",
    params: ConferenceParams,
    body: PlaybackReportInput,
    response: { 200: Type.Union([HallStatusSchema, Type.Null()]), ...errorResponses },
  },
  message: {
    tags,
    summary: 'Gửi thông báo đến các điểm cầu / send a short message to every hall or to one',
    params: ConferenceParams,
    body: LiveMessageInput,
    response: { 201: LiveMessageSchema, ...errorResponses },
  },
  timeline: {
    tags,
    summary: 'Diễn biến hội nghị / the timeline of the meeting: planned against actual (its changes a page at a time)',
    params: ConferenceParams,
    querystring: PageQuery,
    response: { 200: TimelineSchema, ...errorResponses },
  },
  timelineDocx: {
    tags,
    summary: 'Diễn biến hội nghị (.docx) / the timeline as a Word document',
    params: ConferenceParams,
    response: { 200: binary('The timeline as .docx'), ...errorResponses },
  },
  timelineXlsx: {
    tags,
    summary: 'Diễn biến hội nghị (.xlsx) / the timeline as a spreadsheet',
    params: ConferenceParams,
    response: { 200: binary('The timeline as .xlsx'), ...errorResponses },
  },
};
