/**
 * Attendance (issue 4, items 2 and 7): invited / confirmed / present / absent / walk-ins and
 * the reported headcount per bridge point, against its quota, with the over-quota warnings of
 * `quotaCounts`; the same per participant group (its `count` is its quota); and the list of
 * one point for the printed attendance list. Reads only: the route has chosen the points the
 * caller may see; `reportOf` and `list` load only those points (a hall's screen asks for its
 * own point after every check-in event: never the 16,242 points of a national plan).
 */
import { compareProtocol } from '../../domain/protocol/protocol-order.js';
import type { BridgePoint, Conference, ParticipantGroup } from '../../domain/conference.schema.js';
import {
  quotaCounts,
  type BridgePointCounts,
  type QuotaCounts,
  type QuotaDelegate,
  type QuotaPoint,
} from '../../domain/participants/quotas.js';
import { compareVietnamese } from '../../domain/text.js';
import type { AttendanceList } from '../../documents/attendance/attendance-list.js';
import type { Database } from '../../storage/database.js';
import { countDelegatesByState, listHeadcounts, type DelegateStateCount } from '../../storage/repositories/attendance-repository.js';
import { listAllDelegateRows, rowToDelegate } from '../../storage/repositories/delegate-repository.js';
import { listBridgePoints, listBridgePointsIn, listParticipantGroups } from '../../storage/repositories/plan-repository.js';
import { entityNotFound } from '../input.js';
import { countAttendanceByProvince, type ProvinceAttendance } from '../../storage/repositories/hall-wall-repository.js';

export interface GroupAttendance extends QuotaCounts {
  /** null: delegates not placed in any participant group. */
  participantGroupId: string | null;
  name: string;
}

export interface PointAttendance extends BridgePointCounts {
  isHost: boolean;
  /** Per participant group of the point; only in the report of one point. */
  groups?: GroupAttendance[];
}

export interface AttendanceReport {
  conferenceId: string;
  points: PointAttendance[];
  /** Per participant group, summed over the points of the report. */
  groups: GroupAttendance[];
  totals: QuotaCounts;
}

export type AttendanceConference = Pick<Conference, 'id' | 'bridgePoints' | 'participantGroups'>;
export type ListConference = Pick<Conference, 'id' | 'title' | 'startsAt' | 'governingBody' | 'issuingBody'>;

export interface AttendanceService {
  /** Counts of the given points (default: every point), in plan order; `detail` adds each point's groups. */
  report(conference: AttendanceConference, options?: { bridgePointIds?: readonly string[]; detail?: boolean }): Promise<AttendanceReport>;
  /**
   * The same for a conference known by id: loads the given points only (every point when
   * absent) and the participant groups. 404 `bridge_point.not_found` when `detail` is asked
   * for one point that is not the conference's.
   */
  reportOf(conferenceId: string, options?: { bridgePointIds?: readonly string[]; detail?: boolean }): Promise<AttendanceReport>;
  /**
   * The attendance wall of a national conference (issue 18): per province (the top unit of each
   * point's unit; null: the points without one) the points, delegates expected and present, and
   * the heads reported, from grouped queries, never the plan nor one row per delegate.
   */
  byProvince(conferenceId: string): Promise<ProvinceAttendance[]>;
  /** The attendance list of one point, in protocol order (rank, then name). 404 for a point of another conference. */
  list(conference: ListConference, bridgePointId: string): Promise<AttendanceList>;
}

const pointNotFound = () => entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');

/** The key of "no group" among the group keys (ids are UUIDs, never empty). */
const NO_GROUP = '';

/** Whether a participant group attends at the point (its own point, or every point but the host). */
const groupAppliesTo = (group: ParticipantGroup, point: BridgePoint): boolean =>
  group.scope === 'point' ? group.bridgePointId === point.id : !point.isHost;

/** One pseudo-delegate per counted person, keyed as `quotaCounts` expects; `key` picks the row. */
const expand = (counts: readonly DelegateStateCount[], key: (c: DelegateStateCount) => string): QuotaDelegate[] => {
  const out: QuotaDelegate[] = [];
  for (const c of counts) {
    const one: QuotaDelegate = { bridgePointId: key(c), invitation: c.invitation, attendance: c.attendance, walkIn: c.walkIn };
    for (let i = 0; i < c.count; i += 1) out.push(one);
  }
  return out;
};

/**
 * Counts per participant group over `points`: a group's quota is its count at each point it
 * attends (null when it has no count); delegates without a group, or of a group no longer in
 * the plan, are counted in their own rows so that the rows add up to the points' totals.
 */
const groupCounts = (
  groups: readonly ParticipantGroup[],
  points: readonly BridgePoint[],
  counts: readonly DelegateStateCount[],
): GroupAttendance[] => {
  const rows: QuotaPoint[] = [];
  const known = new Set<string>();
  const counted = new Set(counts.map((c) => c.participantGroupId));
  for (const group of groups) {
    const at = points.filter((point) => groupAppliesTo(group, point)).length;
    if (at === 0 && !counted.has(group.id)) continue;
    rows.push({ id: group.id, name: group.text, quota: group.count === null ? null : group.count * at });
    known.add(group.id);
  }
  for (const c of counts) {
    const id = c.participantGroupId ?? NO_GROUP;
    if (known.has(id)) continue;
    known.add(id);
    rows.push({ id, name: '', quota: null });
  }
  const report = quotaCounts(
    rows,
    expand(counts, (c) => c.participantGroupId ?? NO_GROUP),
  );
  return report.points.map(({ bridgePointId, ...rest }) => ({
    ...rest,
    participantGroupId: bridgePointId === NO_GROUP ? null : bridgePointId,
  }));
};

export function createAttendanceService(database: Database): AttendanceService {
  const { db } = database;
  return {
    async report(conference, options = {}) {
      const wanted = options.bridgePointIds ? new Set(options.bridgePointIds) : null;
      const points = [...conference.bridgePoints].sort((a, b) => a.position - b.position).filter((p) => !wanted || wanted.has(p.id));
      // Counted over the chosen points only (the conference may carry just those: reportOf).
      const ids = wanted ? points.map((p) => p.id) : undefined;
      const [counts, headcounts] = await Promise.all([
        countDelegatesByState(db, conference.id, ids),
        listHeadcounts(db, conference.id, ids),
      ]);
      const byPoint = quotaCounts(
        points,
        expand(counts, (c) => c.bridgePointId),
        headcounts,
      );
      const host = new Set(points.filter((p) => p.isHost).map((p) => p.id));
      return {
        conferenceId: conference.id,
        points: byPoint.points.map((row, index) => {
          const point = points[index]!;
          const detail = options.detail
            ? {
                groups: groupCounts(
                  conference.participantGroups,
                  [point],
                  counts.filter((c) => c.bridgePointId === point.id),
                ),
              }
            : {};
          return { ...row, isHost: host.has(row.bridgePointId), ...detail };
        }),
        groups: groupCounts(conference.participantGroups, points, counts),
        totals: byPoint.totals,
      };
    },

    async reportOf(conferenceId, options = {}) {
      const [bridgePoints, participantGroups] = await Promise.all([
        options.bridgePointIds ? listBridgePointsIn(db, conferenceId, options.bridgePointIds) : listBridgePoints(db, conferenceId),
        listParticipantGroups(db, conferenceId),
      ]);
      if (options.detail && bridgePoints.length === 0) throw pointNotFound();
      return this.report({ id: conferenceId, bridgePoints, participantGroups }, options);
    },

    byProvince: (conferenceId) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => countAttendanceByProvince(trx, conferenceId)),

    async list(conference, bridgePointId) {
      const [point] = await listBridgePointsIn(db, conference.id, [bridgePointId]);
      if (!point) throw pointNotFound();
      const delegates = (await listAllDelegateRows(db, conference.id, [bridgePointId])).map(rowToDelegate);
      delegates.sort((a, b) => compareProtocol(a, b) || compareVietnamese(a.fullName, b.fullName));
      return {
        conference: {
          title: conference.title,
          startsAt: conference.startsAt,
          governingBody: conference.governingBody,
          issuingBody: conference.issuingBody,
        },
        bridgePoint: { name: point.name, address: point.address },
        rows: delegates.map((d) => ({
          fullName: d.fullName,
          title: d.title,
          organisation: d.organisation,
          invitation: d.invitation,
          substitute: d.substitute ? { fullName: d.substitute.fullName, title: d.substitute.title } : null,
          attendance: d.attendance,
          walkIn: d.walkIn,
        })),
      };
    },
  };
}
