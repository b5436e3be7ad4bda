/**
 * The national walls' counts in SQL on both databases: points grouped by the province of
 * their unit from the stored 2025 list (a commune under its province, a province's group of
 * communes under it, a point without a unit or with an unknown code in the group null), the
 * roll call's and the attendance's counts per province, and one province's points by pages.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadReferenceUnitLists } from '../../services/administrative-unit-service.js';
import { createConferenceService } from '../../services/conference-service.js';
import { newDelegateRow, personFields } from '../../services/participants/delegate-input.js';
import { pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { saveHeadcount } from './check-in-repository.js';
import { insertDelegates } from './delegate-repository.js';
import { countAttendanceByProvince, countHallsByProvince, listProvinceHalls, provincesOfPoints } from './hall-wall-repository.js';
import { saveLiveHall } from './live-repository.js';

const AT = '2025-07-01T01:00:00.000Z';
/** Quảng Ninh (08) and Lai Châu (12): two provinces of the 2025 list, expanded into communes. */
const [TQ, LC] = ['08', '12'];

describeDatabases('the national walls counted in SQL on $dialect', ({ open }) => {
  let database: TestDatabase;
  let conferenceId = '';
  const points = new Map<string, { id: string; unitCode: string | null; isHost: boolean; kind: string }>();
  const pointsOf = (predicate: (p: { unitCode: string | null; kind: string }) => boolean) => [...points.values()].filter(predicate);
  let communesOfTQ: string[] = [];

  beforeAll(async () => {
    database = await open();
    await loadReferenceUnitLists(database);
    const conferences = createConferenceService(database);
    const c = await conferences.create({ title: 'Hội nghị toàn quốc', startsAt: '2025-07-01T08:00' });
    conferenceId = c.id;
    await conferences.addBridgePoint(c.id, pointInput('Trụ sở Chính phủ', { isHost: true }));
    await conferences.addBridgePoint(c.id, pointInput('Điểm cầu không rõ mã', { unitCode: '99999' }));
    await conferences.addBridgePointsFromUnitTree(c.id, { unitListId: 'vn-2025', expandCodes: [TQ, LC] });
    const plan = await conferences.get(c.id);
    for (const p of plan.bridgePoints) points.set(p.id, { id: p.id, unitCode: p.unitCode, isHost: p.isHost, kind: p.kind });
    const units = await database.db
      .selectFrom('administrative_units')
      .select(['code', 'parent_code'])
      .where('list_id', '=', 'vn-2025')
      .execute();
    const parent = new Map(units.map((u) => [u.code, u.parent_code]));
    communesOfTQ = plan.bridgePoints.filter((p) => p.unitCode && parent.get(p.unitCode) === TQ).map((p) => p.id);

    // Three communes of Quảng Ninh ready (one on a weak link, one down), 40 people in one.
    const [a, b, d] = communesOfTQ as [string, string, string];
    const hall = (id: string, ready: boolean, link: 'good' | 'weak' | 'down', seq: number) =>
      saveLiveHall(database.db, conferenceId, {
        bridgePointId: id,
        ready,
        link,
        rttMs: null,
        lossPercent: null,
        note: '',
        reportedAt: 1,
        seq,
        playback: null,
      });
    await hall(a, true, 'good', 1);
    await hall(b, true, 'weak', 2);
    await hall(d, false, 'down', 3);
    await saveHeadcount(database.db, { bridge_point_id: a, conference_id: conferenceId, count: 40, reported_at: AT, reported_by: 'x' });

    const delegate = (bridgePointId: string, invitation: string, attendance: string, walkIn = false) => ({
      ...newDelegateRow(
        { id: randomUUID(), conferenceId, bridgePointId, participantGroupId: null, protocolRank: null },
        personFields({ fullName: 'Đại biểu', title: '' }),
        AT,
      ),
      invitation,
      attendance,
      walk_in: walkIn ? 1 : 0,
    });
    await insertDelegates(database.db, [
      delegate(a, 'confirmed', 'present'),
      delegate(a, 'invited', 'unknown'),
      delegate(a, 'declined', 'unknown'),
      delegate(b, 'not_invited', 'present', true),
    ]);
  }, 120_000);
  afterAll(() => database?.close());

  it('groups every point by its province: 34 provinces and the points without one', async () => {
    const provinces = await countHallsByProvince(database.db, conferenceId);
    expect(provinces).toHaveLength(35);
    expect(provinces[0]).toMatchObject({ code: null, name: '', points: 2 });
    expect(provinces.reduce((sum, p) => sum + p.points, 0)).toBe(points.size);
    const tq = provinces.find((p) => p.code === TQ)!;
    expect(tq.name).toBe('Tỉnh Quảng Ninh');
    // The province's own point and its communes.
    expect(tq.points).toBe(communesOfTQ.length + 1);
    expect(tq).toMatchObject({
      ready: 2,
      notReported: tq.points - 3,
      links: { good: 1, weak: 1, down: 1, unknown: tq.points - 3 },
      people: 40,
    });
    // A province kept as a group of communes: its point and the group.
    expect(provinces.find((p) => p.code === '01')).toMatchObject({ name: 'Thành phố Hà Nội', points: 2, ready: 0, notReported: 2 });
    expect(provinces.find((p) => p.code === LC)!.points).toBeGreaterThan(2);
  });

  it('names the province of given points, null for none, and leaves out points of other conferences', async () => {
    const host = pointsOf((p) => p.unitCode === null && p.kind !== 'commune')[0]!.id;
    const unknown = pointsOf((p) => p.unitCode === '99999')[0]!.id;
    const group = pointsOf((p) => p.kind === 'commune' && p.unitCode === null)[0]!.id;
    const found = await provincesOfPoints(database.db, conferenceId, [communesOfTQ[0]!, host, unknown, group, randomUUID()]);
    expect(found.get(communesOfTQ[0]!)).toBe(TQ);
    expect(found.get(host)).toBeNull();
    expect(found.get(unknown)).toBeNull();
    expect(found.get(group)).toMatch(/^\d{2}$/);
    expect(found.size).toBe(4);
  });

  it("lists a province's points by pages in plan order with their roll call", async () => {
    const first = (await listProvinceHalls(database.db, conferenceId, TQ, { limit: 10 }))!;
    expect(first.halls).toHaveLength(10);
    expect(points.get(first.halls[0]!.bridgePointId)!.unitCode).toBe(TQ);
    expect(first.halls.find((h) => h.bridgePointId === communesOfTQ[0])).toMatchObject({
      ready: true,
      link: 'good',
      headcount: 40,
      seq: 1,
    });
    const seen = [...first.halls];
    for (let next = first.next; next;) {
      const page = (await listProvinceHalls(database.db, conferenceId, TQ, { after: next, limit: 10 }))!;
      seen.push(...page.halls);
      next = page.next;
    }
    expect(seen.map((h) => h.bridgePointId).sort()).toEqual([...new Set(seen.map((h) => h.bridgePointId))].sort());
    expect(seen).toHaveLength(communesOfTQ.length + 1);
    const others = (await listProvinceHalls(database.db, conferenceId, null, { limit: 10 }))!;
    expect(others.halls.map((h) => h.name)).toEqual(['Trụ sở Chính phủ', 'Điểm cầu không rõ mã']);
    expect(others.next).toBeNull();
    expect(await listProvinceHalls(database.db, conferenceId, TQ, { after: 'not-a-cursor', limit: 10 })).toBeNull();
  });

  it('counts the attendance per province from grouped queries: expected (on the list, not declined, no walk-in) and present', async () => {
    const rows = await countAttendanceByProvince(database.db, conferenceId);
    expect(rows).toHaveLength(35);
    expect(rows.find((r) => r.code === TQ)).toMatchObject({ expected: 2, present: 2, headcount: 40, points: communesOfTQ.length + 1 });
    expect(rows.find((r) => r.code === '01')).toMatchObject({ expected: 0, present: 0, headcount: 0, points: 2 });
  });
});
