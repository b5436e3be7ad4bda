/**
 * Counts of invited, confirmed and present delegates against each bridge point's quota
 * (II.1 of the seed: "Điểm cầu Tỉnh: 40 đại biểu"). Over quota is a warning for the
 * organizer, never a reason to drop anyone. A substitute (người dự thay) counts in place
 * of the person invited: one seat, confirmed once.
 */
import type { LocalizedMessage } from '../errors.js';
import type { BridgePoint } from '../conference.schema.js';
import type { Delegate } from './delegate.js';

export type QuotaWarningCode = 'quota.invited_over' | 'quota.confirmed_over' | 'quota.present_over' | 'quota.headcount_below_checked_in';

export interface QuotaWarning extends LocalizedMessage {
  code: QuotaWarningCode;
}

export interface QuotaCounts {
  /** null: the point has no quota, so it is never over. */
  quota: number | null;
  invited: number;
  confirmed: number;
  declined: number;
  /** Checked in, walk-ins included. */
  present: number;
  absent: number;
  walkIns: number;
  /** Number reported by a hall that does not check people in one by one; null when none. */
  headcount: number | null;
  overQuota: { invited: boolean; confirmed: boolean; present: boolean };
  warnings: QuotaWarning[];
}

export interface BridgePointCounts extends QuotaCounts {
  bridgePointId: string;
  name: string;
}

export interface QuotaReport {
  points: BridgePointCounts[];
  /** Sums over the points; the total quota is null when some point has none. */
  totals: QuotaCounts;
  /** Delegates whose bridge point is not in the list (they count in no row). */
  unassigned: number;
}

export type QuotaPoint = Pick<BridgePoint, 'id' | 'name' | 'quota'>;
export type QuotaDelegate = Pick<Delegate, 'bridgePointId' | 'invitation' | 'attendance' | 'walkIn'>;
export type Headcounts = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

const ANSWERED_OR_SENT = new Set(['invited', 'confirmed', 'declined', 'substituted']);

const headcountOf = (headcounts: Headcounts | undefined, id: string): number | null => {
  if (!headcounts) return null;
  const value: number | undefined =
    headcounts instanceof Map ? (headcounts as ReadonlyMap<string, number>).get(id) : (headcounts as Readonly<Record<string, number>>)[id];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
};

const over = (count: number, quota: number | null) => quota !== null && count > quota;

const warningsFor = (c: Omit<QuotaCounts, 'overQuota' | 'warnings'>, attending: number): QuotaWarning[] => {
  const warnings: QuotaWarning[] = [];
  const q = c.quota;
  if (over(c.invited, q)) {
    warnings.push({
      code: 'quota.invited_over',
      vi: `Đã mời ${c.invited} đại biểu, vượt số lượng ${q}.`,
      en: `${c.invited} delegates invited, over the quota of ${q}.`,
    });
  }
  if (over(c.confirmed, q)) {
    warnings.push({
      code: 'quota.confirmed_over',
      vi: `${c.confirmed} đại biểu xác nhận tham dự, vượt số lượng ${q}.`,
      en: `${c.confirmed} delegates confirmed, over the quota of ${q}.`,
    });
  }
  if (over(attending, q)) {
    warnings.push({
      code: 'quota.present_over',
      vi: `${attending} đại biểu có mặt, vượt số lượng ${q}.`,
      en: `${attending} delegates present, over the quota of ${q}.`,
    });
  }
  if (c.headcount !== null && c.headcount < c.present) {
    warnings.push({
      code: 'quota.headcount_below_checked_in',
      vi: `Số người báo cáo (${c.headcount}) ít hơn số đã điểm danh (${c.present}).`,
      en: `The reported headcount (${c.headcount}) is below the ${c.present} delegates checked in.`,
    });
  }
  return warnings;
};

const finish = (c: Omit<QuotaCounts, 'overQuota' | 'warnings'>): QuotaCounts => {
  // A reported headcount is the number in the hall; the larger figure is the one to compare.
  const attending = Math.max(c.present, c.headcount ?? 0);
  return {
    ...c,
    overQuota: { invited: over(c.invited, c.quota), confirmed: over(c.confirmed, c.quota), present: over(attending, c.quota) },
    warnings: warningsFor(c, attending),
  };
};

const emptyCounts = (quota: number | null, headcount: number | null) => ({
  quota,
  invited: 0,
  confirmed: 0,
  declined: 0,
  present: 0,
  absent: 0,
  walkIns: 0,
  headcount,
});

/** Counts per bridge point, in the order given, and the totals. */
export const quotaCounts = (
  bridgePoints: readonly QuotaPoint[],
  delegates: readonly QuotaDelegate[],
  headcounts?: Headcounts,
): QuotaReport => {
  const rows = new Map(bridgePoints.map((p) => [p.id, emptyCounts(p.quota, headcountOf(headcounts, p.id))]));
  let unassigned = 0;
  for (const d of delegates) {
    const row = rows.get(d.bridgePointId);
    if (!row) {
      unassigned += 1;
      continue;
    }
    if (ANSWERED_OR_SENT.has(d.invitation)) row.invited += 1;
    if (d.invitation === 'confirmed' || d.invitation === 'substituted') row.confirmed += 1;
    if (d.invitation === 'declined') row.declined += 1;
    if (d.attendance === 'present') row.present += 1;
    if (d.attendance === 'absent') row.absent += 1;
    if (d.walkIn) row.walkIns += 1;
  }
  const points = bridgePoints.map((p) => ({ bridgePointId: p.id, name: p.name, ...finish(rows.get(p.id)!) }));
  const sum = (key: 'invited' | 'confirmed' | 'declined' | 'present' | 'absent' | 'walkIns') =>
    points.reduce((total, p) => total + p[key], 0);
  const quotas = points.map((p) => p.quota);
  const anyHeadcount = points.some((p) => p.headcount !== null);
  const totals = finish({
    quota: quotas.includes(null) ? null : (quotas as number[]).reduce((a, b) => a + b, 0),
    invited: sum('invited'),
    confirmed: sum('confirmed'),
    declined: sum('declined'),
    present: sum('present'),
    absent: sum('absent'),
    walkIns: sum('walkIns'),
    // Halls that report a number count by it, the others by their check-ins.
    headcount: anyHeadcount ? points.reduce((t, p) => t + Math.max(p.present, p.headcount ?? 0), 0) : null,
  });
  return { points, totals, unassigned };
};
