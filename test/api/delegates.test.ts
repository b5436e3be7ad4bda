/**
 * Delegates through HTTP on both databases: add, read, change, remove; validation with
 * field errors and nothing written; paging and search ignoring diacritics; an operator sees
 * and changes only their point; the chair reads without contacts; lost updates refused.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { ErrorBody } from '../../src/domain/errors.js';
import { as, createUser, grant } from './actors.js';
import { API, call, expectErrorBody, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';

interface DelegateBody {
  id: string;
  bridgePointId: string;
  fullName: string;
  phone: string;
  email: string;
  version: number;
  allowedActions: string[];
}
interface Page {
  items: DelegateBody[];
  total: number;
}

describeDatabases(
  'delegates through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    const on = (path = '') => `${API}/conferences/${c.id}/delegates${path}`;
    const add = (payload: Record<string, unknown>) => call<DelegateBody>(t.app, { method: 'POST', url: on(), payload }, 201);

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
    });
    afterAll(() => t?.close());

    it('adds a delegate in storage form and reads it back', async () => {
      const point = c.bridgePoints[0]!;
      const created = await add({
        bridgePointId: point.id,
        fullName: '  Nguyễn   Văn An ',
        title: 'Chủ tịch',
        phone: '+84 912 345 678',
        email: 'An@DongThap.gov.vn',
      });
      expect(created).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0912345678', email: 'an@dongthap.gov.vn', version: 1 });
      expect(created.allowedActions).toContain('delegate.update');
      expect(await call(t.app, { url: on(`/${created.id}`) }, 200)).toEqual(created);
    });

    it('refuses a bad phone, a missing name and a point of another conference with field errors, writing nothing', async () => {
      const other = await seedConference(t.app, 'Hội nghị khác');
      const before = (await call<Page>(t.app, { url: on() }, 200)).total;
      const badPhone = await t.app.inject({
        method: 'POST',
        url: on(),
        payload: { bridgePointId: c.bridgePoints[0]!.id, fullName: 'Lê B', phone: '12345' },
      });
      expectErrorBody(badPhone, 422, 'delegate.phone_invalid');
      expect((JSON.parse(badPhone.body) as ErrorBody).error.fields?.[0]?.path).toBe('/phone');
      expectErrorBody(
        await t.app.inject({ method: 'POST', url: on(), payload: { bridgePointId: c.bridgePoints[0]!.id, fullName: '   ' } }),
        400,
      );
      expectErrorBody(
        await t.app.inject({ method: 'POST', url: on(), payload: { bridgePointId: other.bridgePoints[0]!.id, fullName: 'Lê C' } }),
        422,
        'delegate.unknown_bridge_point',
      );
      expect((await call<Page>(t.app, { url: on() }, 200)).total).toBe(before);
    });

    it('pages in protocol order and finds a name typed without diacritics', async () => {
      const point = c.bridgePoints[1]!;
      for (let i = 0; i < 7; i++) await add({ bridgePointId: point.id, fullName: `Đặng Thị Hồng ${i}`, protocolRank: 100 - i });
      const first = await call<Page>(t.app, { url: on(`?bridgePointId=${point.id}&limit=3`) }, 200);
      expect(first.total).toBe(7);
      expect(first.items.map((d) => d.fullName)).toEqual(['Đặng Thị Hồng 6', 'Đặng Thị Hồng 5', 'Đặng Thị Hồng 4']);
      const found = await call<Page>(t.app, { url: on(`?q=${encodeURIComponent('dang thi hong 3')}`) }, 200);
      expect(found.items.map((d) => d.fullName)).toEqual(['Đặng Thị Hồng 3']);
    });

    it('refuses a lost update with 409 and keeps the newer change', async () => {
      const created = await add({ bridgePointId: c.bridgePoints[0]!.id, fullName: 'Phạm Văn Dũng' });
      await call(t.app, { method: 'PATCH', url: on(`/${created.id}`), payload: { title: 'Giám đốc', expectedVersion: 1 } }, 200);
      expectErrorBody(
        await t.app.inject({ method: 'PATCH', url: on(`/${created.id}`), payload: { title: 'Phó Giám đốc', expectedVersion: 1 } }),
        409,
        'delegate.version_conflict',
      );
      expect((await call<DelegateBody & { title: string }>(t.app, { url: on(`/${created.id}`) }, 200)).title).toBe('Giám đốc');
    });

    it('lets an operator see and change only their own point, and the chair read without contacts', async () => {
      const [own, other] = c.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
      const mine = await add({ bridgePointId: own.id, fullName: 'Võ Văn Em', phone: '0987654321' });
      const theirs = await add({ bridgePointId: other.id, fullName: 'Huỳnh Thị Phương', phone: '0977654321' });
      const operator = await createUser(t, 'ky-thuat');
      await grant(t, c.id, operator, 'operator', [own.id]);
      const asOperator = as(t, operator.credentials);
      const listed = await call<Page>(asOperator, { url: on('?limit=1000') }, 200);
      expect(listed.items.every((d) => d.bridgePointId === own.id)).toBe(true);
      expect(listed.items.find((d) => d.id === mine.id)?.phone).toBe('0987654321');
      expectErrorBody(await asOperator({ url: on(`?bridgePointId=${other.id}`) }), 403, 'access.denied');
      expectErrorBody(await asOperator({ method: 'PATCH', url: on(`/${theirs.id}`), payload: { notes: 'x' } }), 403, 'access.denied');
      expectErrorBody(
        await asOperator({ method: 'PATCH', url: on(`/${mine.id}`), payload: { bridgePointId: other.id } }),
        403,
        'access.denied',
      );
      expectErrorBody(await asOperator({ method: 'DELETE', url: on(`/${theirs.id}`) }), 403, 'access.denied');
      await call(asOperator, { method: 'PATCH', url: on(`/${mine.id}`), payload: { seat: 'B03' } }, 200);

      const chair = await createUser(t, 'chu-tri');
      await grant(t, c.id, chair, 'chair');
      const seen = await call<DelegateBody>(as(t, chair.credentials), { url: on(`/${theirs.id}`) }, 200);
      expect([seen.fullName, seen.phone, seen.allowedActions]).toEqual(['Huỳnh Thị Phương', '', []]);
      expectErrorBody(
        await as(t, chair.credentials)({ method: 'POST', url: on(), payload: { bridgePointId: own.id, fullName: 'X' } }),
        403,
        'access.denied',
      );
    });

    it('removes a delegate, and removing a bridge point removes its delegates', async () => {
      const created = await add({ bridgePointId: c.bridgePoints[1]!.id, fullName: 'Tô Văn Giang' });
      expect((await t.app.inject({ method: 'DELETE', url: on(`/${created.id}`) })).statusCode).toBe(204);
      expectErrorBody(await t.app.inject({ url: on(`/${created.id}`) }), 404, 'delegate.not_found');
      const again = await add({ bridgePointId: c.bridgePoints[1]!.id, fullName: 'Tô Văn Giang' });
      await call(t.app, { method: 'DELETE', url: `${API}/conferences/${c.id}/bridge-points/${c.bridgePoints[1]!.id}` }, 200);
      expectErrorBody(await t.app.inject({ url: on(`/${again.id}`) }), 404, 'delegate.not_found');
    });
  },
  apiDatabases(),
);
