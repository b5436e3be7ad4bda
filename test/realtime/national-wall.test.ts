/**
 * The roll-call wall of a national conference on the real app (SQLite; the SQL is tested on both
 * dialects by the repository test)
 * (issue 18): a chair's socket gets the provinces' counts instead of every hall, a commune's
 * report reaches it as its province's new counts and, once the province is open, as the
 * commune's row; 300 reports in a burst reach it as a few batched updates, not 300 frames;
 * the HTTP routes give the same counts and the province's points by pages, to the staff only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { UnitList } from '../../src/domain/administrative-units.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { ProvinceHalls } from '../../src/domain/live/hall-wall.js';
import type { HallStatus } from '../../src/domain/live/live-state.js';
import { as, linkSession, type TestLink } from '../api/actors.js';
import { API, call, createConference, openTestApp, describeDatabases, apiDatabases, type TestApp } from '../api/helpers.js';
import { closeClients, connected, liveClient, ofKind, waitFor } from './live-client.js';
import { api, useTwoProcessesOnRedis } from './server-child.js';
import { describe } from 'vitest';

const report = { ready: true, headcount: 12, link: 'good', note: '' };
/** Quảng Ninh and Lai Châu: expanded into their communes; every other province stays one group. */
const EXPANDED = ['08', '12'];

describeDatabases(
  'the national roll-call wall on $dialect',
  (dbCase) => {
    let t: TestApp;
    let url: string;
    let conference: Conference;
    let communes: { id: string; name: string }[] = [];
    let operator: TestLink;
    const base = () => `${API}/conferences/${conference.id}/live`;
    const open = (cookie: string) => connected(liveClient(url, { conferenceId: conference.id }, { cookie }));
    const province = (provinces: ProvinceHalls[], code: string) => provinces.find((p) => p.code === code)!;

    beforeAll(async () => {
      t = await openTestApp(dbCase, {}, { liveSocket: { wallWindowMs: 200 } });
      url = await t.app.listen({ host: '127.0.0.1', port: 0 });
      conference = await createConference(t.app, 'Hội nghị toàn quốc');
      await call(
        t.app,
        {
          method: 'POST',
          url: `${API}/conferences/${conference.id}/bridge-points/from-unit-tree`,
          payload: { unitListId: 'vn-2025', expandCodes: EXPANDED },
        },
        201,
      );
      // The write answers only the points it made; the whole plan from the service.
      conference = await t.services.conferences.get(conference.id);
      const list = JSON.parse(readFileSync(join(process.cwd(), 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;
      const units = new Set(list.units.filter((u) => u.parentCode === '08').map((u) => u.code));
      communes = conference.bridgePoints.filter((p) => p.unitCode !== null && units.has(p.unitCode));
      operator = await linkSession(t, conference.id, 'operator', { bridgePointId: communes[0]!.id });
    }, 120_000);
    afterEach(() => closeClients());
    afterAll(async () => {
      await t?.close();
    });

    it('sends a chair the provinces, not the halls; an operator still gets their hall', async () => {
      const chair = await open(t.admin.credentials.cookie);
      await chair.until((r) => ofKind(r, 'wall:snapshot').length === 1);
      const { provinces } = ofKind(chair.received, 'wall:snapshot')[0]!;
      expect(provinces.filter((p) => p.code !== null)).toHaveLength(34);
      expect(provinces.reduce((sum, p) => sum + p.points, 0)).toBe(conference.bridgePoints.length);
      expect(province(provinces, '08')).toMatchObject({ name: 'Tỉnh Quảng Ninh', points: communes.length + 1, ready: 0 });
      expect(ofKind(chair.received, 'hall:snapshot')).toHaveLength(0);

      const op = await open(operator.credentials.cookie);
      await op.until((r) => ofKind(r, 'hall:snapshot').length === 1);
      expect(ofKind(op.received, 'hall:snapshot')[0]!.halls.map((h) => h.bridgePointId)).toEqual([communes[0]!.id]);
      expect(ofKind(op.received, 'wall:snapshot')).toHaveLength(0);
    });

    it("shows a commune's report as its province's counts, and as its row once the province is open", async () => {
      const chair = await open(t.admin.credentials.cookie);
      await chair.until((r) => ofKind(r, 'wall:snapshot').length === 1);
      expect(await chair.socket.emitWithAck('wall:open', '08')).toBe(true);
      const commune = communes[1]!;
      await call(as(t, t.admin.credentials), { method: 'PUT', url: `${base()}/halls/${commune.id}`, payload: report }, 200);
      await chair.until((r) => ofKind(r, 'wall:points').length > 0);
      const points = ofKind(chair.received, 'wall:points')[0]!;
      expect(points.province).toBe('08');
      expect(points.halls).toEqual([expect.objectContaining({ bridgePointId: commune.id, ready: true, headcount: 12 })]);
      const delta = ofKind(chair.received, 'wall:delta')[0]!;
      expect(delta.provinces).toEqual([expect.objectContaining({ code: '08', ready: 1, people: 12 })]);
      expect(ofKind(chair.received, 'hall:change')).toHaveLength(0);

      // A report of another province: its counts, no row (its province is not open).
      const other = conference.bridgePoints.find((p) => p.unitCode === '12')!;
      const before = chair.received.length;
      await call(as(t, t.admin.credentials), { method: 'PUT', url: `${base()}/halls/${other.id}`, payload: report }, 200);
      await waitFor(() => ofKind(chair.received.slice(before), 'wall:delta').length > 0, 'the counts of Lai Châu');
      expect(ofKind(chair.received.slice(before), 'wall:delta')[0]!.provinces.map((p) => p.code)).toEqual(['12']);
      expect(ofKind(chair.received.slice(before), 'wall:points')).toHaveLength(0);
    });

    it('batches a burst of 300 reports into a few updates with the final counts', async () => {
      const chair = await open(t.admin.credentials.cookie);
      await chair.until((r) => ofKind(r, 'wall:snapshot').length === 1);
      const started = Date.now();
      const reports = conference.bridgePoints
        .slice(0, 300)
        .map((p) =>
          call(as(t, t.admin.credentials), { method: 'PUT', url: `${base()}/halls/${p.id}`, payload: { ...report, headcount: null } }, 200),
        );
      await Promise.all(reports);
      const wall = await call<{ provinces: ProvinceHalls[] }>(as(t, t.admin.credentials), { method: 'GET', url: `${base()}/wall` }, 200);
      const ready = (provinces: readonly ProvinceHalls[]) => provinces.reduce((sum, p) => sum + p.ready, 0);
      // Shown on the wall: the snapshot with every delta applied.
      const shown = () => {
        const counts = new Map(ofKind(chair.received, 'wall:snapshot')[0]!.provinces.map((p) => [p.code, p]));
        for (const delta of ofKind(chair.received, 'wall:delta')) for (const p of delta.provinces) counts.set(p.code, p);
        return ready([...counts.values()]);
      };
      await waitFor(() => shown() === ready(wall.provinces), 'the wall to show every report', 10_000, shown);
      const seconds = (Date.now() - started) / 1000;
      const deltas = ofKind(chair.received, 'wall:delta').length;
      expect(deltas).toBeGreaterThan(0);
      expect(deltas).toBeLessThanOrEqual(Math.ceil(seconds / 0.2) + 1);
      expect(deltas).toBeLessThan(30);
    });

    it('gives the staff the counts and a province by pages over HTTP, and refuses an operator', async () => {
      const staff = as(t, t.admin.credentials);
      const wall = await call<{ provinces: ProvinceHalls[]; seq: number }>(staff, { method: 'GET', url: `${base()}/wall` }, 200);
      expect(wall.provinces.filter((p) => p.code !== null)).toHaveLength(34);
      const seen: HallStatus[] = [];
      let after: string | null = null;
      do {
        const query: string = `province=08&limit=50${after ? `&after=${encodeURIComponent(after)}` : ''}`;
        const page: { halls: HallStatus[]; next: string | null } = await call(
          staff,
          { method: 'GET', url: `${base()}/wall/points?${query}` },
          200,
        );
        seen.push(...page.halls);
        after = page.next;
      } while (after);
      expect(seen).toHaveLength(communes.length + 1);
      expect(seen.find((h) => h.bridgePointId === communes[1]!.id)).toMatchObject({ ready: true });
      const bad = await staff({ method: 'GET', url: `${base()}/wall/points?province=08&after=nonsense` });
      expect(bad.statusCode).toBe(422);
      expect(bad.json()).toMatchObject({ error: { code: 'live.invalid_cursor' } });
      const refused = await as(t, operator.credentials)({ method: 'GET', url: `${base()}/wall` });
      expect(refused.statusCode).toBe(403);
    });

    it('counts the attendance per province for the staff (expected, present), and refuses an operator', async () => {
      const staff = as(t, t.admin.credentials);
      await call(
        staff,
        {
          method: 'POST',
          url: `${API}/conferences/${conference.id}/delegates`,
          payload: { bridgePointId: communes[2]!.id, fullName: 'Nguyễn Văn An' },
        },
        201,
      );
      const url = `${API}/conferences/${conference.id}/attendance/provinces`;
      const { provinces } = await call<{
        provinces: { code: string | null; name: string; points: number; expected: number; present: number }[];
      }>(staff, { method: 'GET', url }, 200);
      expect(provinces.filter((p) => p.code !== null)).toHaveLength(34);
      expect(provinces.find((p) => p.code === '08')).toMatchObject({
        name: 'Tỉnh Quảng Ninh',
        points: communes.length + 1,
        expected: 1,
        present: 0,
      });
      expect(provinces.reduce((sum, p) => sum + p.points, 0)).toBe(conference.bridgePoints.length);
      expect((await as(t, operator.credentials)({ method: 'GET', url })).statusCode).toBe(403);
    });
  },
  apiDatabases(),
);

describe('the national roll-call wall across two processes (Redis)', { tags: ['redis'] }, () => {
  const two = useTwoProcessesOnRedis();

  it("shows on a wall connected to B a commune's report made through A, batched, with its row", { timeout: 60_000 }, async () => {
    const { id } = await api<{ id: string }>(two.a.baseUrl, two.admin, 'POST', '/conferences', { title: 'Hội nghị toàn quốc' }, 201);
    const made = await api<{ points: Conference['bridgePoints'] }>(
      two.a.baseUrl,
      two.admin,
      'POST',
      `/conferences/${id}/bridge-points/from-unit-tree`,
      { unitListId: 'vn-2025', expandCodes: ['08'] },
      201,
    );
    const commune = made.points.find((p) => p.kind === 'commune' && p.unitCode !== null)!;
    const onB = await connected(liveClient(two.b.baseUrl, { conferenceId: id }, { cookie: two.admin.cookie }));
    await onB.until((r) => ofKind(r, 'wall:snapshot').length === 1);
    expect(await onB.socket.emitWithAck('wall:open', '08')).toBe(true);
    await api(two.a.baseUrl, two.admin, 'PUT', `/conferences/${id}/live/halls/${commune.id}`, report);
    await onB.until((r) => ofKind(r, 'wall:points').length > 0);
    expect(ofKind(onB.received, 'wall:points')[0]!.halls[0]).toMatchObject({ bridgePointId: commune.id, ready: true });
    expect(ofKind(onB.received, 'wall:delta')[0]!.provinces).toEqual([expect.objectContaining({ code: '08', ready: 1 })]);
    expect(ofKind(onB.received, 'hall:change')).toHaveLength(0);
  });
});
