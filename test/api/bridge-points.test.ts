/**
 * Bridge points as their own paged resource (issue 18): filters, search without diacritics,
 * cursor paging, one point, errors as machine code + vi + en, and who sees which points; the
 * plan read's counts instead of the points past 500.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BridgePointSummary, Conference, ListedBridgePoint } from '../../src/domain/conference.schema.js';
import { as, linkSession, memberOf } from './actors.js';
import {
  API,
  bridgePointInput,
  call,
  createConference,
  expectErrorBody,
  openTestApp,
  describeDatabases,
  apiDatabases,
  type TestApp,
} from './helpers.js';

type Point = ListedBridgePoint & { allowedActions: string[] };
interface Page {
  items: Point[];
  nextCursor: string | null;
}
type Plan = Conference & {
  bridgePointSummary: BridgePointSummary;
  allowedActions: { bridgePoints: Record<string, string[]>; everyPoint: string[] };
};

describeDatabases(
  'bridge points resource on $dialect',
  (dbCase) => {
    let t: TestApp;
    let conference: Conference;
    let hostId: string;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
      conference = await createConference(t.app, 'Hội nghị trực tuyến toàn quốc');
      hostId = (
        await call<{ id: string }>(
          t.app,
          {
            method: 'POST',
            url: `${API}/conferences/${conference.id}/bridge-points`,
            payload: bridgePointInput({ name: 'Điểm cầu Trụ sở Chính phủ', isHost: true, operatorPhone: '024 0800 0001' }),
          },
          201,
        )
      ).id;
      // Every commune-level unit of the 2025 list (3,320) and the 34 provinces: past the plan's inline limit.
      await call(
        t.app,
        { method: 'POST', url: `${API}/conferences/${conference.id}/bridge-points/from-units`, payload: { unitListId: 'vn-2025' } },
        201,
      );
    }, 120_000);
    afterAll(() => t?.close());

    const points = (query = '') => `${API}/conferences/${conference.id}/bridge-points${query}`;

    it('the plan read of a national conference carries counts, not 3,355 points', async () => {
      const plan = await call<Plan>(t.app, { url: `${API}/conferences/${conference.id}` }, 200);
      expect(plan.bridgePoints).toEqual([]);
      expect(plan.allowedActions.bridgePoints).toEqual({});
      // What the organizer may do holds at every point: the screens decide by it for points they page.
      expect(plan.allowedActions.everyPoint).toEqual(expect.arrayContaining(['bridge_point.update', 'delegate.create']));
      expect(plan.bridgePointSummary).toMatchObject({
        rows: 1 + 34 + 3320,
        points: 1 + 34 + 3320,
        hosts: 1,
        groups: 0,
        inline: false,
        inlineLimit: 500,
      });
      const hanoi = plan.bridgePointSummary.byProvince.find((row) => row.code === '01')!;
      expect(hanoi.name).toBe('Thành phố Hà Nội');
      expect(hanoi.rows).toBeGreaterThan(100);
      expect(plan.bridgePointSummary.byProvince).toHaveLength(35);
    });

    it('pages by cursor in plan order, each point with what the caller may do there', async () => {
      const first = await call<Page>(t.app, { url: points('?limit=100') }, 200);
      expect(first.items).toHaveLength(100);
      expect(first.items[0]).toMatchObject({ id: hostId, position: 0, operatorPhone: '024 0800 0001', provinceCode: null });
      expect(first.items[0]!.allowedActions).toEqual(expect.arrayContaining(['bridge_point.update', 'bridge_point.delete']));
      const second = await call<Page>(t.app, { url: points(`?limit=100&cursor=${first.nextCursor}`) }, 200);
      expect(second.items[0]!.position).toBe(100);
      expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(200);
      // The default page is 100; the largest 500; more is refused, not clamped.
      expect((await call<Page>(t.app, { url: points() }, 200)).items).toHaveLength(100);
      expectErrorBody(await t.app.inject({ url: points('?limit=501') }), 400, 'validation.failed');
    });

    it('filters by province and kind and searches without diacritics', async () => {
      const dongThap = await call<Page>(t.app, { url: points('?province=16&limit=500') }, 200);
      expect(dongThap.items[0]).toMatchObject({ name: 'UBND tỉnh Đồng Tháp', provinceCode: '16', unitCode: '16' });
      expect(dongThap.items.length).toBeGreaterThan(50);
      expect(dongThap.items.every((p) => p.provinceCode === '16')).toBe(true);
      const found = await call<Page>(t.app, { url: points(`?q=${encodeURIComponent('phuong ha dong')}`) }, 200);
      // Every word somewhere in the name or address, accents or not: Phường Hà Đông, and e.g. Phường Đông Hà.
      expect(found.items.map((p) => p.name)).toContain('UBND phường Hà Đông');
      expect(found.items.map((p) => p.name)).not.toContain('UBND xã Hà Đông');
      const same = await call<Page>(t.app, { url: points(`?q=${encodeURIComponent('Phường Hà Đông')}`) }, 200);
      expect(same.items).toEqual(found.items);
      const halls = await call<Page>(t.app, { url: points('?kind=hall&host=true') }, 200);
      expect(halls.items.map((p) => p.id)).toEqual([hostId]);
      expect((await call<Page>(t.app, { url: points('?group=true') }, 200)).items).toEqual([]);
      expect((await call<Page>(t.app, { url: points('?province=no-such') }, 200)).items).toEqual([]);
    });

    it('names the points a screen asks for by id (up to 100), in plan order', async () => {
      const some = (await call<Page>(t.app, { url: points('?limit=500') }, 200)).items;
      const asked = [some[420]!.id, some[3]!.id, '00000000-0000-4000-8000-000000000009'];
      const named = await call<Page>(t.app, { url: points(`?ids=${asked.join(',')}`) }, 200);
      expect(named.items.map((p) => [p.id, p.name])).toEqual([
        [some[3]!.id, some[3]!.name],
        [some[420]!.id, some[420]!.name],
      ]);
      const tooMany = Array.from({ length: 101 }, () => some[0]!.id).join(',');
      expectErrorBody(await t.app.inject({ url: points(`?ids=${tooMany}`) }), 400, 'validation.failed');
      expectErrorBody(await t.app.inject({ url: points('?ids=not-an-id') }), 400, 'validation.failed');
    });

    it('answers bad input and unknown points with a machine code and both languages', async () => {
      expectErrorBody(await t.app.inject({ url: points('?kind=castle') }), 400, 'validation.failed');
      expectErrorBody(await t.app.inject({ url: points('?cursor=bm90LW91cnM') }), 400, 'page.invalid_cursor');
      expectErrorBody(await t.app.inject({ url: points('/00000000-0000-4000-8000-000000000009') }), 404, 'bridge_point.not_found');
      const other = await createConference(t.app, 'Hội nghị khác');
      expectErrorBody(await t.app.inject({ url: `${API}/conferences/${other.id}/bridge-points/${hostId}` }), 404, 'bridge_point.not_found');
      expectErrorBody(
        await t.app.inject({ url: `${API}/conferences/00000000-0000-4000-8000-000000000001/bridge-points` }),
        404,
        'conference.not_found',
      );
    });

    it('an operator link sees only its own point; a chair reads every point without contacts', async () => {
      const page = await call<Page>(t.app, { url: points(`?q=${encodeURIComponent('phường hà đông')}`) }, 200);
      const hadong = page.items.find((p) => p.name === 'UBND phường Hà Đông')!;
      await call(t.app, { method: 'PATCH', url: points(`/${hadong.id}`), payload: { operatorPhone: '0243 382 4567' } }, 200);
      const link = await linkSession(t, conference.id, 'operator', { bridgePointId: hadong.id });
      const asLink = as(t, link.credentials);
      const own = await call<Page>(asLink, { url: points() }, 200);
      expect(own.items.map((p) => p.id)).toEqual([hadong.id]);
      expect(own.items[0]!.operatorPhone).toBe('0243 382 4567');
      expect(own.items[0]!.allowedActions).toContain('bridge_point.update_own');
      expect(own.items[0]!.allowedActions).not.toContain('bridge_point.update');
      expect((await call<Page>(asLink, { url: points('?province=01&limit=500') }, 200)).items.map((p) => p.id)).toEqual([hadong.id]);
      // Asking for other points by id does not widen the scope.
      expect((await call<Page>(asLink, { url: points(`?ids=${hostId},${hadong.id}`) }, 200)).items.map((p) => p.id)).toEqual([hadong.id]);
      expect((await call<Page>(asLink, { url: points(`?ids=${hostId}`) }, 200)).items).toEqual([]);
      // Its plan read names its own point's actions though the plan carries no points.
      const linkPlan = await call<Plan>(asLink, { url: `${API}/conferences/${conference.id}` }, 200);
      expect(linkPlan.allowedActions.bridgePoints[hadong.id]).toContain('bridge_point.update_own');
      expect(linkPlan.allowedActions.everyPoint).toEqual([]);
      expect((await call<Point>(asLink, { url: points(`/${hadong.id}`) }, 200)).id).toBe(hadong.id);
      expectErrorBody(await asLink({ url: points(`/${hostId}`) }), 404, 'bridge_point.not_found');
      // Its own fields only, and the answer is the point, not the plan.
      const changed = await call<{ points: Point[] }>(
        asLink,
        { method: 'PATCH', url: points(`/${hadong.id}`), payload: { address: 'Hội trường UBND phường' } },
        200,
      );
      expect(changed.points.map((p) => [p.id, p.address])).toEqual([[hadong.id, 'Hội trường UBND phường']]);
      expectErrorBody(await asLink({ method: 'PATCH', url: points(`/${hadong.id}`), payload: { quota: 1 } }), 403, 'access.denied');

      const chair = await memberOf(t, conference.id, 'chu-tri', 'chair');
      const seen = await call<Page>(chair, { url: points('?limit=3') }, 200);
      expect(seen.items).toHaveLength(3);
      expect(seen.items[0]!.operatorPhone).toBe('024 0800 0001');
      expect(seen.items[0]!.allowedActions).not.toContain('bridge_point.update');
      // Someone with no role in the conference learns nothing, not even that it exists.
      const stranger = await memberOf(t, (await createConference(t.app, 'Hội nghị của người khác')).id, 'nguoi-la', 'chair');
      expectErrorBody(await stranger({ url: points() }), 404, 'conference.not_found');
    });
  },
  apiDatabases(),
);
