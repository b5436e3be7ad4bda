/**
 * The live conference service (issue 5), implementing LiveService (live-service.types.ts):
 * the programme through the optimistic, retried write path of live-write.ts, the halls and
 * messages through live-halls.ts. After commit, every change is published on the event
 * backbone (`live.programme`, `live.hall`), to which the Socket.IO gateway and the media
 * service of every process subscribe.
 *
 * A request to speak sent again with the same `clientKey` (a retry after a reconnect) answers
 * the request recorded the first time and writes nothing: no event and no audit row. Only the
 * first request is a write, and it has its one audit row.
 */
import { requireExactStart } from '../../domain/session-time.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { randomUUID } from 'node:crypto';
import type { ConferenceStatus } from '../../domain/conference.schema.js';
import { decideFloorRequest, decideProgramme, decideWithdraw } from '../../domain/live/live-decide.js';
import { liveErrors } from '../../domain/live/live-errors.js';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import type { FloorRequest, LiveState } from '../../domain/live/live-state.js';
import { buildTimeline } from '../../domain/live/live-timeline.js';
import { requestByClientKey, requestOf } from '../../domain/live/live-view.js';
import { MAX_REPLAY } from '../../realtime/live-protocol.js';
import type { Database } from '../../storage/database.js';
import { findConferenceFacts } from '../../storage/repositories/check-in-repository.js';
import {
  countHallPoints,
  findHallPoint,
  findLiveVersion,
  listHallPoints,
  listHallPointsIn,
  listLiveEvents,
} from '../../storage/repositories/live-repository.js';
import { conferenceNotFound, entityNotFound } from '../input.js';
import { InProcessEventBus, type EventBus } from '../../realtime/event-bus.js';
import { createHallStream } from './live-halls.js';
import { createHallWallReader } from './live-wall.js';
import { timelineVotes } from '../votes/vote-read.js';
import type { LiveBroadcaster, LiveService } from './live-service.types.js';
import { createLiveWriter, currentState } from './live-write.js';
import { followMeeting, type StatusChange } from './meeting-status.js';
import { openingWarnings, type SafetyWarning } from '../../domain/safety/safety-warnings.js';
import { confirmationRefusal, confirmedOf } from '../../domain/safety/confirmation.js';
import { localDateTimeOf } from '../../domain/minutes/record-time.js';

export interface LiveServiceDeps {
  now?: () => Date;
  /** The backbone the committed changes are published on (default: one in this process, heard by no one). */
  events?: EventBus;
  /** Ids of new requests and inserted items (default: random UUIDs). */
  newId?: () => string;
}

/** Live changes as backbone events. */
export const liveBroadcasterOn = (bus: EventBus): LiveBroadcaster => ({
  programme(events) {
    const first = events[0];
    if (first) bus.publish({ type: 'live.programme', conferenceId: first.conferenceId, events });
  },
  hall: (conferenceId, change) => bus.publish({ type: 'live.hall', conferenceId, change }),
});

const types = (events: readonly LiveEvent[]) => events.map((event) => event.type);
const requestAfter = (state: LiveState, id: string): FloorRequest => {
  const request = requestOf(state, id);
  if (!request) throw liveErrors.requestNotFound();
  return request;
};

export function createLiveService(database: Database, deps: LiveServiceDeps = {}): LiveService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const writer = createLiveWriter(database, clock, deps.newId ?? randomUUID);
  const bus = deps.events ?? new InProcessEventBus();
  const broadcaster = liveBroadcasterOn(bus);
  const hallStream = createHallStream(database, clock, broadcaster, (conferenceId, bridgePointId) =>
    bus.publish({ type: 'attendance.changed', conferenceId, bridgePointId }),
  );
  /** What opening the meeting is checked against; it opens only once its start is fixed (honest time). */
  const openingFacts = async (conferenceId: string) => {
    const row = await findConferenceRow(db, conferenceId);
    if (!row) throw conferenceNotFound();
    return { status: row.status as ConferenceStatus, startsAt: requireExactStart({ startsAt: row.starts_at }, 'open_live') };
  };
  const readOnly = () => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');
  const wall = createHallWallReader(database);

  /** Runs a programme write and broadcasts its events once committed. */
  const write: typeof writer.write = async (conferenceId, origin, change) => {
    const done = await writer.write(conferenceId, origin, change);
    if (done.events.length > 0) broadcaster.programme(done.events);
    return done;
  };

  return {
    async facts(conferenceId, options = {}) {
      const row = await findConferenceFacts(db, conferenceId);
      if (!row) throw conferenceNotFound();
      const only = options.onlyPoints;
      const [bridgePoints, pointCount] = only
        ? await Promise.all([listHallPointsIn(db, conferenceId, only), countHallPoints(db, conferenceId)])
        : await listHallPoints(db, conferenceId).then((points) => [points, points.length] as const);
      return {
        id: row.id,
        status: row.status as ConferenceStatus,
        archived: Number(row.archived) === 1,
        title: row.title,
        bridgePoints,
        pointCount,
      };
    },

    state: (conferenceId) => currentState(db, conferenceId),

    eventsSince(conferenceId, version) {
      return readOnly().execute(async (trx) => {
        const current = await findLiveVersion(trx, conferenceId);
        if (version > current || current - version > MAX_REPLAY) return null;
        return listLiveEvents(trx, conferenceId, version);
      });
    },

    allEvents: (conferenceId) => listLiveEvents(db, conferenceId),

    async run(conferenceId, command, origin) {
      const opening = command.type === 'start_meeting' ? await openingFacts(conferenceId) : null;
      // A force-mute names a hall of this conference (or a guest, who has no row to check).
      if (command.type === 'mute_hall' && command.muted && !command.feed.startsWith('guest:')) {
        if (!(await findHallPoint(db, conferenceId, command.feed)))
          throw entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');
      }
      // A promotion names a point of this conference, which the plan makes watching (decideProgramme checks it).
      const point = command.type === 'set_point_tier' ? await findHallPoint(db, conferenceId, command.bridgePointId) : undefined;
      let confirmed: SafetyWarning[] = [];
      let statusChange: StatusChange | null = null;
      const { value } = await write(conferenceId, origin, {
        decide: (state, ctx) => {
          confirmed = [];
          statusChange = null;
          // Opening on another day or with a draft plan needs the chair's confirmation (issue 17).
          if (opening && command.type === 'start_meeting' && state.phase === 'not_started') {
            confirmed = openingWarnings({ ...opening, now: localDateTimeOf(ctx.now) });
            const refusal = confirmationRefusal(confirmed, command.confirm);
            if (refusal) throw refusal;
          }
          return decideProgramme(state, command, ctx, point ? { point } : {});
        },
        alsoWrite: async (trx, events, at) => {
          statusChange = await followMeeting(trx, conferenceId, events, at);
        },
        audit: (before, after, events) => ({
          action: `live.${command.type}`,
          entityId: conferenceId,
          before: { version: before.version, phase: before.phase, currentItemId: before.currentItemId },
          after: {
            command,
            version: after.version,
            events: types(events),
            ...(opening ? { confirmed: confirmedOf(confirmed) } : {}),
            ...(statusChange ? { conferenceStatus: statusChange } : {}),
          },
        }),
        result: (state, events) => ({ state, events }),
      });
      const changed = statusChange as StatusChange | null;
      if (changed) bus.publish({ type: 'conference.status_changed', conferenceId, ...changed });
      // The promoted point's hall carries its tier: the walls following the hall stream get it again.
      const promotions = value.events.flatMap((event) => (event.type === 'point_tier.set' ? [event.bridgePointId] : []));
      if (promotions.length > 0) await hallStream.refreshHalls(conferenceId, promotions);
      return value;
    },

    async requestFloor(conferenceId, input, requester, origin) {
      const point = requester.bridgePointId === null ? undefined : await findHallPoint(db, conferenceId, requester.bridgePointId);
      if (requester.bridgePointId !== null && !point) throw entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');
      const resolved = {
        clientKey: input.clientKey,
        kind: input.kind,
        bridgePointId: requester.bridgePointId,
        bridgePointName: point?.name ?? '',
        speakerName: input.speakerName?.trim() || requester.defaultSpeakerName,
        requesterId: requester.requesterId,
        requestedBy: requester.requestedBy,
      };
      const { value } = await write(conferenceId, origin, {
        decide: (state, ctx) => decideFloorRequest(state, resolved, ctx),
        audit: (_before, _after, events) => {
          const request = events.find((event) => event.type === 'floor.requested')?.request;
          return {
            action: 'live.request_floor',
            entityId: request?.id ?? null,
            before: null,
            after: { ...resolved, requestId: request?.id, version: events.at(-1)?.version },
          };
        },
        result: (state) => {
          const request = requestByClientKey(state, resolved.requesterId, resolved.clientKey);
          if (!request) throw liveErrors.requestNotFound();
          return request;
        },
      });
      return value;
    },

    async withdraw(conferenceId, requestId, requesterId, origin) {
      const { value } = await write(conferenceId, origin, {
        decide: (state) => decideWithdraw(state, requestId, requesterId),
        audit: (before, after) => ({
          action: 'live.withdraw',
          entityId: requestId,
          before: { state: requestAfter(before, requestId).state },
          after: { state: requestAfter(after, requestId).state, version: after.version, byStaff: requesterId === null },
        }),
        result: (state) => requestAfter(state, requestId),
      });
      return value;
    },

    halls: (conferenceId, scope) => hallStream.halls(conferenceId, scope),
    wall: (conferenceId) => wall.wall(conferenceId),
    provinceHalls: (conferenceId, province, page) => wall.provinceHalls(conferenceId, province, page),
    wallBatch: (conferenceId, halls) => wall.wallBatch(conferenceId, halls),
    wallFacts: (conferenceId) => wall.wallFacts(conferenceId),
    hallChangesSince: (conferenceId, seq, scope) => hallStream.hallChangesSince(conferenceId, seq, scope),
    reportHall: (conferenceId, bridgePointId, input, origin) => hallStream.reportHall(conferenceId, bridgePointId, input, origin),
    sendMessage: (conferenceId, input, sentBy, origin) => hallStream.sendMessage(conferenceId, input, sentBy, origin),
    measureLink: (conferenceId, bridgePointId, measure) => hallStream.measureLink(conferenceId, bridgePointId, measure),
    measurePlayback: (conferenceId, bridgePointId, report) => hallStream.measurePlayback(conferenceId, bridgePointId, report),
    refreshHalls: (conferenceId, bridgePointIds) => hallStream.refreshHalls(conferenceId, bridgePointIds),

    timeline(conferenceId) {
      return readOnly().execute(async (trx) => {
        const names = new Map((await listHallPoints(trx, conferenceId)).map((point) => [point.id, point.name]));
        const votes = await timelineVotes(trx, conferenceId);
        return buildTimeline(await currentState(trx, conferenceId), await listLiveEvents(trx, conferenceId), names, votes);
      });
    },
  };
}
