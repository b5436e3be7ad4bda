/**
 * The halls stream of the live conference: each bridge point's roll-call report and the host's
 * messages, numbered by one per-conference `seq`. Scoped: the staff read every hall and every
 * message; an operator or a hall's big screen only their points and the messages to every
 * point or to theirs. One transaction and one audit row per write; the change is published
 * on the event backbone after commit.
 */
import { randomUUID } from 'node:crypto';
import type { HallReportInput, LiveMessageInput } from '../../domain/live/live-commands.js';
import type { HallChange, HallPlayback, HallStatus, LiveMessage } from '../../domain/live/live-state.js';
import { effectiveMediaTier } from '../../domain/media/media-tier.js';
import { MAX_REPLAY, type HallSnapshot } from '../../realtime/live-protocol.js';
import type { Database } from '../../storage/database.js';
import {
  currentHallSeq,
  findHallPoint,
  findPromotedPoints,
  findLiveHall,
  insertLiveMessage,
  listHallPoints,
  listHallPointsIn,
  listLiveHalls,
  listLiveMessages,
  nextHallSeq,
  saveLiveHall,
  type HallPoint,
  type StoredHall,
} from '../../storage/repositories/live-repository.js';
import type { Executor } from '../../storage/tables.js';
import { listHeadcounts } from '../../storage/repositories/attendance-repository.js';
import { findHeadcountRow, saveHeadcount } from '../../storage/repositories/check-in-repository.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { entityNotFound } from '../input.js';
import type { HallScope, LiveBroadcaster } from './live-service.types.js';

/** Messages in a snapshot: the newest this many. */
export const SNAPSHOT_MESSAGES = 200;

const pointNotFound = () => entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');
const inScope = (scope: HallScope, bridgePointId: string) => scope === 'all' || scope.includes(bridgePointId);
/** The points of a scope: an operator's or a big screen's own, not a national plan's 16,242. */
const pointsOf = (executor: Executor, conferenceId: string, scope: HallScope) =>
  scope === 'all' ? listHallPoints(executor, conferenceId) : listHallPointsIn(executor, conferenceId, scope);

const unreported = (bridgePointId: string): StoredHall => ({
  bridgePointId,
  ready: false,
  link: 'unknown',
  rttMs: null,
  lossPercent: null,
  note: '',
  reportedAt: null,
  seq: 0,
  playback: null,
});
/**
 * The hall as the roll call shows it; its head count is the one the hall's desk or operator
 * reported last (`headcounts`); its tier the plan's, or interactive when the chair promoted it
 * for the day (`promoted`: live state promotedPoints).
 */
const hallOf = (point: HallPoint, stored: StoredHall | undefined, headcount: number | null, promoted: readonly string[]): HallStatus => ({
  ...(stored ?? unreported(point.id)),
  headcount,
  name: point.name,
  isHost: point.isHost,
  tier: effectiveMediaTier(point, promoted, point.id),
});

const headcountOf = async (executor: Executor, conferenceId: string, bridgePointId: string): Promise<number | null> => {
  const row = await findHeadcountRow(executor, conferenceId, bridgePointId);
  return row ? Number(row.count) : null;
};

/**
 * The check-in desk reported a new head count (inside its transaction): the hall takes the next
 * seq of the roll call, so the walls that replay by seq see it. Returns the hall to publish.
 */
export async function noteHeadcount(executor: Executor, conferenceId: string, bridgePointId: string): Promise<HallStatus> {
  const point = await pointOf(executor, conferenceId, bridgePointId);
  const seq = await nextHallSeq(executor, conferenceId);
  const previous = await findLiveHall(executor, conferenceId, bridgePointId);
  const next: StoredHall = { ...(previous ?? unreported(bridgePointId)), seq };
  await saveLiveHall(executor, conferenceId, next);
  return hallOf(point, next, await headcountOf(executor, conferenceId, bridgePointId), await findPromotedPoints(executor, conferenceId));
}

async function pointOf(executor: Executor, conferenceId: string, bridgePointId: string): Promise<HallPoint> {
  // One point, not the plan: a national roll call writes thousands of reports (issue 18).
  const point = await findHallPoint(executor, conferenceId, bridgePointId);
  if (!point) throw pointNotFound();
  return point;
}

export interface HallStream {
  halls(conferenceId: string, scope: HallScope): Promise<HallSnapshot>;
  hallChangesSince(conferenceId: string, seq: number, scope: HallScope): Promise<HallChange[] | null>;
  reportHall(conferenceId: string, bridgePointId: string, input: HallReportInput, origin: AuditOrigin): Promise<HallStatus>;
  sendMessage(conferenceId: string, input: LiveMessageInput, sentBy: string, origin: AuditOrigin): Promise<LiveMessage>;
  /**
   * The link of a hall as its media connection measures it (issue 6): round trip, loss and
   * class. A measurement, not a decision: no audit row, and nothing written when it is the
   * same as the last one. Returns the hall when it changed, else null.
   */
  measureLink(conferenceId: string, bridgePointId: string, measure: LinkMeasure): Promise<HallStatus | null>;
  /**
   * A watching point's HLS playback as its screen reports it (issue 19): stored with the
   * hall and sent to the walls like a measured link. A measurement: no audit row, nothing
   * written when it says what the last one said. Returns the hall when it changed, else null.
   */
  measurePlayback(conferenceId: string, bridgePointId: string, report: PlaybackReport): Promise<HallStatus | null>;
  /**
   * The halls of these points again, with the next seqs: their tier changed (the chair's
   * promotion, a plan edit), so the walls that follow the hall stream get it. Points not of
   * the conference are left out; returns the halls sent.
   */
  refreshHalls(conferenceId: string, bridgePointIds: readonly string[]): Promise<HallStatus[]>;
}

export type PlaybackReport = Omit<HallPlayback, 'at'>;
const samePlayback = (a: HallPlayback | null, b: PlaybackReport): boolean =>
  a !== null && a.state === b.state && a.latencyMs === b.latencyMs && a.rendition === b.rendition && a.stalls === b.stalls;

export interface LinkMeasure {
  link: HallStatus['link'];
  rttMs: number | null;
  lossPercent: number | null;
}

/**
 * `headcountChanged`: an operator's roll-call report changed the hall's head count (the
 * attendance wall shows it too).
 */
export function createHallStream(
  database: Database,
  clock: () => Date,
  broadcaster: LiveBroadcaster,
  headcountChanged: (conferenceId: string, bridgePointId: string) => void,
): HallStream {
  const { db } = database;
  const snapshot = () => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');

  return {
    halls(conferenceId, scope) {
      return snapshot().execute(async (trx) => {
        const [points, stored, messages, seq, headcounts, promoted] = [
          await pointsOf(trx, conferenceId, scope),
          await listLiveHalls(trx, conferenceId),
          await listLiveMessages(trx, conferenceId, scope, { limit: SNAPSHOT_MESSAGES }),
          await currentHallSeq(trx, conferenceId),
          await listHeadcounts(trx, conferenceId, scope === 'all' ? undefined : scope),
          await findPromotedPoints(trx, conferenceId),
        ];
        const byPoint = new Map(stored.map((hall) => [hall.bridgePointId, hall]));
        const halls = points
          .filter((point) => inScope(scope, point.id))
          .map((point) => hallOf(point, byPoint.get(point.id), headcounts.get(point.id) ?? null, promoted));
        return { halls, messages, seq };
      });
    },

    hallChangesSince(conferenceId, since, scope) {
      return snapshot().execute(async (trx) => {
        if (since > (await currentHallSeq(trx, conferenceId))) return null;
        const points = new Map((await pointsOf(trx, conferenceId, scope)).map((point) => [point.id, point]));
        const halls = (await listLiveHalls(trx, conferenceId, since)).filter(
          (hall) => points.has(hall.bridgePointId) && inScope(scope, hall.bridgePointId),
        );
        const messages = await listLiveMessages(trx, conferenceId, scope, { afterSeq: since, limit: MAX_REPLAY + 1 });
        if (halls.length + messages.length > MAX_REPLAY) return null;
        const headcounts = await listHeadcounts(
          trx,
          conferenceId,
          halls.map((hall) => hall.bridgePointId),
        );
        const promoted = await findPromotedPoints(trx, conferenceId);
        const changes: HallChange[] = [
          ...halls.map((hall): HallChange => ({
            kind: 'hall',
            seq: hall.seq,
            hall: hallOf(points.get(hall.bridgePointId)!, hall, headcounts.get(hall.bridgePointId) ?? null, promoted),
          })),
          ...messages.map((message): HallChange => ({ kind: 'message', seq: message.seq, message })),
        ];
        return changes.sort((a, b) => a.seq - b.seq);
      });
    },

    async reportHall(conferenceId, bridgePointId, input, origin) {
      const moment = clock();
      const { hall, counted } = await db.transaction().execute(async (trx) => {
        const point = await pointOf(trx, conferenceId, bridgePointId);
        // The counter first: it locks the conference's hall stream, so `previous` is the last committed report.
        const seq = await nextHallSeq(trx, conferenceId);
        const previous = await findLiveHall(trx, conferenceId, bridgePointId);
        const next: StoredHall = {
          ...(previous ?? unreported(bridgePointId)),
          ready: input.ready,
          link: input.link,
          note: input.note.trim(),
          reportedAt: moment.getTime(),
          seq,
        };
        await saveLiveHall(trx, conferenceId, next);
        // The one head count of the hall (`headcounts`): a number reported here replaces the desk's; none leaves it.
        const before = await headcountOf(trx, conferenceId, bridgePointId);
        const counted = input.headcount !== null && input.headcount !== before;
        if (counted) {
          const by = origin.actor.label;
          await saveHeadcount(trx, {
            bridge_point_id: bridgePointId,
            conference_id: conferenceId,
            count: input.headcount!,
            reported_at: moment.toISOString(),
            reported_by: by,
          });
        }
        const headcount = counted ? input.headcount : before;
        const report = (h: StoredHall, count: number | null) => ({ ready: h.ready, headcount: count, link: h.link, note: h.note });
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'live.report_hall',
            conferenceId,
            entityType: 'live',
            entityId: bridgePointId,
            before: previous ? report(previous, before) : null,
            after: report(next, headcount),
          },
          moment.toISOString(),
        );
        return { hall: hallOf(point, next, headcount, await findPromotedPoints(trx, conferenceId)), counted };
      });
      broadcaster.hall(conferenceId, { kind: 'hall', seq: hall.seq, hall });
      if (counted) headcountChanged(conferenceId, bridgePointId);
      return hall;
    },

    async measureLink(conferenceId, bridgePointId, measure) {
      const hall = await db.transaction().execute(async (trx) => {
        const point = await pointOf(trx, conferenceId, bridgePointId);
        const previous = await findLiveHall(trx, conferenceId, bridgePointId);
        const base = previous ?? unreported(bridgePointId);
        if (base.link === measure.link && base.rttMs === measure.rttMs && base.lossPercent === measure.lossPercent) return null;
        const next: StoredHall = { ...base, ...measure, seq: await nextHallSeq(trx, conferenceId) };
        await saveLiveHall(trx, conferenceId, next);
        return hallOf(point, next, await headcountOf(trx, conferenceId, bridgePointId), await findPromotedPoints(trx, conferenceId));
      });
      if (hall) broadcaster.hall(conferenceId, { kind: 'hall', seq: hall.seq, hall });
      return hall;
    },

    async measurePlayback(conferenceId, bridgePointId, report) {
      const at = clock().getTime();
      const hall = await db.transaction().execute(async (trx) => {
        const point = await pointOf(trx, conferenceId, bridgePointId);
        const previous = await findLiveHall(trx, conferenceId, bridgePointId);
        const base = previous ?? unreported(bridgePointId);
        if (samePlayback(base.playback, report)) return null;
        const next: StoredHall = { ...base, playback: { ...report, at }, seq: await nextHallSeq(trx, conferenceId) };
        await saveLiveHall(trx, conferenceId, next);
        return hallOf(point, next, await headcountOf(trx, conferenceId, bridgePointId), await findPromotedPoints(trx, conferenceId));
      });
      if (hall) broadcaster.hall(conferenceId, { kind: 'hall', seq: hall.seq, hall });
      return hall;
    },

    async refreshHalls(conferenceId, bridgePointIds) {
      const halls = await db.transaction().execute(async (trx) => {
        const points = await listHallPointsIn(trx, conferenceId, bridgePointIds);
        const promoted = await findPromotedPoints(trx, conferenceId);
        const sent: HallStatus[] = [];
        for (const point of points) {
          const seq = await nextHallSeq(trx, conferenceId);
          const next: StoredHall = { ...((await findLiveHall(trx, conferenceId, point.id)) ?? unreported(point.id)), seq };
          await saveLiveHall(trx, conferenceId, next);
          sent.push(hallOf(point, next, await headcountOf(trx, conferenceId, point.id), promoted));
        }
        return sent;
      });
      for (const hall of halls) broadcaster.hall(conferenceId, { kind: 'hall', seq: hall.seq, hall });
      return halls;
    },

    async sendMessage(conferenceId, input, sentBy, origin) {
      const moment = clock();
      const message = await db.transaction().execute(async (trx) => {
        if (input.toBridgePointId !== null) await pointOf(trx, conferenceId, input.toBridgePointId);
        const sent: LiveMessage = {
          id: randomUUID(),
          seq: await nextHallSeq(trx, conferenceId),
          toBridgePointId: input.toBridgePointId,
          text: input.text.trim(),
          sentAt: moment.getTime(),
          sentBy,
        };
        await insertLiveMessage(trx, conferenceId, sent);
        await recordAudit(
          trx,
          {
            ...origin,
            action: 'live.message',
            conferenceId,
            entityType: 'live',
            entityId: sent.id,
            before: null,
            after: { toBridgePointId: sent.toBridgePointId, text: sent.text, seq: sent.seq },
          },
          moment.toISOString(),
        );
        return sent;
      });
      broadcaster.hall(conferenceId, { kind: 'message', seq: message.seq, message });
      return message;
    },
  };
}
