import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATES, INVITATION_STATES } from './delegate.js';
import { quotaCounts, type QuotaDelegate } from './quotas.js';

const host = { id: 'host', name: 'Điểm cầu Tỉnh', quota: 40 };
const district = { id: 'laivung', name: 'UBND huyện Lai Vung', quota: 2 };
const open = { id: 'remote', name: 'Trực tuyến', quota: null };
const d = (bridgePointId: string, over: Partial<QuotaDelegate> = {}): QuotaDelegate => ({
  bridgePointId,
  invitation: 'invited',
  attendance: 'unknown',
  walkIn: false,
  ...over,
});

describe('quotaCounts', () => {
  it('counts the seed host point of 40 without warnings', () => {
    const delegates = Array.from({ length: 40 }, (_, i) =>
      d('host', { invitation: i < 35 ? 'confirmed' : i < 38 ? 'declined' : 'invited', attendance: i < 33 ? 'present' : 'unknown' }),
    );
    const [point] = quotaCounts([host], delegates).points;
    expect(point).toMatchObject({
      bridgePointId: 'host',
      quota: 40,
      invited: 40,
      confirmed: 35,
      declined: 3,
      present: 33,
      walkIns: 0,
      headcount: null,
    });
    expect(point!.overQuota).toEqual({ invited: false, confirmed: false, present: false });
    expect(point!.warnings).toEqual([]);
  });
  it('counts a substitute once, as confirmed in place of the person', () => {
    const [point] = quotaCounts([district], [d('laivung', { invitation: 'substituted', attendance: 'present' })]).points;
    expect(point).toMatchObject({ invited: 1, confirmed: 1, present: 1 });
  });
  it('does not count uninvited entries as invited, and counts walk-ins as present', () => {
    const [point] = quotaCounts(
      [district],
      [d('laivung', { invitation: 'not_invited' }), d('laivung', { invitation: 'not_invited', walkIn: true, attendance: 'present' })],
    ).points;
    expect(point).toMatchObject({ invited: 0, confirmed: 0, present: 1, walkIns: 1 });
  });
  it('warns when over quota and keeps every delegate in the counts', () => {
    const delegates = [1, 2, 3].map(() => d('laivung', { invitation: 'confirmed', attendance: 'present' }));
    const [point] = quotaCounts([district], delegates).points;
    expect(point).toMatchObject({ invited: 3, confirmed: 3, present: 3, overQuota: { invited: true, confirmed: true, present: true } });
    expect(point!.warnings.map((w) => w.code)).toEqual(['quota.invited_over', 'quota.confirmed_over', 'quota.present_over']);
    expect(point!.warnings[0]!.vi).toContain('vượt số lượng 2');
    expect(point!.warnings[0]!.en).toContain('over the quota of 2');
  });
  it('exactly at the quota is not over', () => {
    const [point] = quotaCounts([district], [d('laivung'), d('laivung')]).points;
    expect(point!.overQuota.invited).toBe(false);
  });
  it('never warns for a point without a quota', () => {
    const [point] = quotaCounts(
      [open],
      Array.from({ length: 500 }, () => d('remote', { attendance: 'present' })),
    ).points;
    expect(point!.warnings).toEqual([]);
  });
  it('takes a reported headcount for halls that only report a number', () => {
    const report = quotaCounts([host, district], [d('laivung', { attendance: 'present' })], { laivung: 3, host: 12 });
    expect(report.points[1]).toMatchObject({ present: 1, headcount: 3, overQuota: { present: true } });
    expect(report.points[0]).toMatchObject({ present: 0, headcount: 12 });
    expect(report.totals.headcount).toBe(15);
  });
  it('accepts a Map of headcounts and warns when the number is below the check-ins', () => {
    const delegates = [d('laivung', { attendance: 'present' }), d('laivung', { attendance: 'present' })];
    const [point] = quotaCounts([district], delegates, new Map([['laivung', 1]])).points;
    expect(point!.warnings.map((w) => w.code)).toEqual(['quota.headcount_below_checked_in']);
  });
  it('ignores negative or non-numeric headcounts', () => {
    expect(quotaCounts([district], [], { laivung: -1 }).points[0]!.headcount).toBeNull();
    expect(quotaCounts([district], [], { laivung: Number.NaN }).points[0]!.headcount).toBeNull();
  });
  it('totals: sum of quotas, or null when a point has none; unknown points counted apart', () => {
    expect(quotaCounts([host, district], []).totals.quota).toBe(42);
    const report = quotaCounts([host, open], [d('host'), d('elsewhere')]);
    expect(report.totals).toMatchObject({ quota: null, invited: 1 });
    expect(report.unassigned).toBe(1);
  });
  it('property: totals are the sums of the rows, and confirmed + declined ≤ invited', () => {
    const points = [host, district, open];
    const delegate = fc.record({
      bridgePointId: fc.constantFrom('host', 'laivung', 'remote'),
      invitation: fc.constantFrom(...INVITATION_STATES),
      attendance: fc.constantFrom(...ATTENDANCE_STATES),
      walkIn: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(delegate, { maxLength: 200 }), (delegates) => {
        const { points: rows, totals, unassigned } = quotaCounts(points, delegates);
        expect(unassigned).toBe(0);
        for (const key of ['invited', 'confirmed', 'declined', 'present', 'absent', 'walkIns'] as const) {
          expect(totals[key]).toBe(rows.reduce((t, r) => t + r[key], 0));
        }
        for (const r of rows) {
          expect(r.confirmed + r.declined).toBeLessThanOrEqual(r.invited);
          expect(r.overQuota.invited).toBe(r.quota !== null && r.invited > r.quota);
          expect(r.warnings.length > 0).toBe(Object.values(r.overQuota).some(Boolean));
        }
        expect(rows.reduce((t, r) => t + r.present + r.absent, 0)).toBeLessThanOrEqual(delegates.length);
      }),
    );
  });
});
