import { afterEach, beforeEach, expect, it } from 'vitest';
import { INLINE_BRIDGE_POINTS } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { loadReferenceUnitLists } from './administrative-unit-service.js';
import { createServices, type Services } from './index.js';
import { pointInput, rejection } from './testing.js';

describeDatabases('bridge points as their own resource on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let conferenceId: string;
  beforeEach(async () => {
    database = await open();
    await loadReferenceUnitLists(database);
    services = createServices(database);
    conferenceId = (await services.conferences.create({ title: 'Hội nghị toàn quốc', startsAt: '2026-03-02T08:00' })).id;
    await services.conferences.addBridgePoint(conferenceId, pointInput('Điểm cầu Trung ương', { isHost: true, kind: 'hall' }));
    // Every province, Hà Nội (01) and Đồng Tháp's communes named, the others one group each.
    await services.conferences.addBridgePointsFromUnitTree(conferenceId, { unitListId: 'vn-2025', expandCodes: ['01'] });
  });
  afterEach(() => database.close());
  const s = () => services.conferences;

  it('pages the points in plan order with a cursor that stays valid while points are added after it', async () => {
    const first = await s().listBridgePoints(conferenceId, { limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.items.map((p) => p.position)).toEqual([...first.items.map((p) => p.position)].sort((a, b) => a - b));
    expect(first.nextCursor).not.toBeNull();
    const second = await s().listBridgePoints(conferenceId, { limit: 50, cursor: first.nextCursor! });
    expect(second.items[0]!.position).toBeGreaterThan(first.items.at(-1)!.position);
    // A point added meanwhile goes to the end: the same cursor gives the same page.
    await s().addBridgePoint(conferenceId, pointInput('Điểm cầu bổ sung'));
    expect(await s().listBridgePoints(conferenceId, { limit: 50, cursor: first.nextCursor! })).toEqual(second);
    // Walking every page visits every point once.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await s().listBridgePoints(conferenceId, { limit: 200, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const whole = await s().get(conferenceId);
    expect(seen).toEqual(whole.bridgePoints.map((p) => p.id));
  });

  it('filters by province, kind, group and host, and searches without diacritics', async () => {
    const hanoi = await s().listBridgePoints(conferenceId, { provinceCode: '01', limit: 500 });
    // The city's own point and its named communes, nothing of another province.
    expect(hanoi.items[0]).toMatchObject({ name: 'UBND thành phố Hà Nội', unitCode: '01', provinceCode: '01' });
    expect(hanoi.items.length).toBeGreaterThan(100);
    expect(hanoi.items.every((p) => p.provinceCode === '01')).toBe(true);
    const groups = await s().listBridgePoints(conferenceId, { group: true, limit: 500 });
    expect(groups.items).toHaveLength(33);
    expect(groups.items.every((p) => p.groupCount !== null && p.provinceCode === p.parentUnitCode)).toBe(true);
    const hosts = await s().listBridgePoints(conferenceId, { host: true });
    expect(hosts.items.map((p) => p.name)).toEqual(['Điểm cầu Trung ương']);
    const communes = await s().listBridgePoints(conferenceId, { kind: 'commune', group: false, provinceCode: '01', limit: 500 });
    expect(communes.items.length).toBe(hanoi.items.length - 1);
    // "ha dong" finds Phường Hà Đông; the words may come in any order and any case.
    const found = await s().listBridgePoints(conferenceId, { q: 'DONG ha' });
    expect(found.items.map((p) => p.name)).toContain('UBND phường Hà Đông');
    expect(found.items.every((p) => ['dong', 'ha'].every((word) => foldForSearch(`${p.name} ${p.address}`).includes(word)))).toBe(true);
    expect((await s().listBridgePoints(conferenceId, { q: 'Đồng Tháp', group: false })).items.map((p) => p.name)).toEqual([
      'UBND tỉnh Đồng Tháp',
    ]);
    // LIKE's wildcards are plain characters in a search.
    expect((await s().listBridgePoints(conferenceId, { q: '%' })).items).toEqual([]);
    expect((await s().listBridgePoints(conferenceId, { onlyIds: [] })).items).toEqual([]);
  });

  it('reads one point, 404 for a point of no such conference, 400 for a cursor it did not write', async () => {
    const [point] = (await s().listBridgePoints(conferenceId, { limit: 1 })).items;
    expect(await s().getBridgePoint(conferenceId, point!.id)).toEqual(point);
    expect((await rejection(s().getBridgePoint(conferenceId, '00000000-0000-4000-8000-000000000000'))).code).toBe('bridge_point.not_found');
    const other = await s().create({ title: 'Khác', startsAt: '2026-03-02T08:00' });
    expect((await rejection(s().getBridgePoint(other.id, point!.id))).status).toBe(404);
    const forged = Buffer.from(JSON.stringify(['x', point!.id])).toString('base64url');
    expect((await rejection(s().listBridgePoints(conferenceId, { cursor: forged }))).code).toBe('page.invalid_cursor');
    expect((await rejection(s().listBridgePoints(conferenceId, { cursor: 'not-a-cursor' }))).code).toBe('page.invalid_cursor');
  });

  it('the plan read inlines the points up to the limit and carries their counts always', async () => {
    const plan = await s().readPlan(conferenceId);
    const rows =
      1 +
      34 +
      33 +
      (await s().listBridgePoints(conferenceId, { provinceCode: '01', group: false, kind: 'commune', limit: 500 })).items.length;
    expect(plan.bridgePointSummary).toMatchObject({ rows, hosts: 1, groups: 33, inline: true, inlineLimit: INLINE_BRIDGE_POINTS });
    expect(plan.bridgePoints).toHaveLength(rows);
    expect(plan.bridgePointSummary.points).toBe(1 + 34 + 3320);
    expect(plan.bridgePointSummary.byKind.map((k) => k.kind)).toEqual(['commune', 'hall']);
    expect(plan.bridgePointSummary.byProvince[0]).toEqual({ code: null, name: null, rows: 1, points: 1 });
    expect(plan.bridgePointSummary.byProvince).toHaveLength(35);

    // Past the limit the plan sends no points, and a write of another part answers the same way.
    await s().addBridgePointsFromUnits(conferenceId, { unitListId: 'vn-2025', kind: 'commune' });
    const national = await s().readPlan(conferenceId);
    expect(national.bridgePoints).toEqual([]);
    expect(national.bridgePointSummary.inline).toBe(false);
    expect(national.bridgePointSummary.rows).toBeGreaterThan(INLINE_BRIDGE_POINTS);
    const written = await s().updateInfo(conferenceId, { venue: 'Hội trường Chính phủ' });
    expect(written.bridgePoints).toEqual([]);
    expect(written.bridgePointSummary).toEqual(national.bridgePointSummary);
    // The whole plan (documents, imports) still has every point.
    expect((await s().get(conferenceId)).bridgePoints).toHaveLength(national.bridgePointSummary.rows);
  });

  it('a point write answers what changed; a unit code change moves the point to its province', async () => {
    const added = await s().addBridgePoint(conferenceId, pointInput('Hội trường Sở Nội vụ'));
    expect(added.points).toHaveLength(1);
    expect(added.points[0]).toMatchObject({ id: added.id, provinceCode: null });
    const moved = await s().updateBridgePoint(conferenceId, added.id, { unitCode: '00013', name: 'UBND Phường Hà Đông (điểm phụ)' });
    expect(moved.points).toEqual([expect.objectContaining({ id: added.id, provinceCode: '01', unitCode: '00013' })]);
    expect(moved.version).toBe(added.version + 1);
    const searched = await s().listBridgePoints(conferenceId, { q: 'ha dong diem phu' });
    expect(searched.items.map((p) => p.id)).toEqual([added.id]);
  });
});
