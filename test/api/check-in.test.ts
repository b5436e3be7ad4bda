/**
 * Check-in at a hall through HTTP on both databases: by name and by the QR code of the
 * personal link; the same key twice leaves one row and gives the same answer; a delegate
 * already present gets `already_present` and no row; codes of another conference or of
 * another point are refused clearly; walk-ins and headcounts; the search ignores
 * diacritics; concurrent duplicates leave one row; the bus hears each change once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { BackboneEvent, Delivery } from '../../src/realtime/event-bus.js';
import { as, createUser, grant } from './actors.js';
import { API, call, expectErrorBody, json, openTestApp, seedConference, describeDatabases, apiDatabases, type TestApp } from './helpers.js';

interface Result {
  outcome: 'checked_in' | 'already_present';
  replayed: boolean;
  delegate: { id: string; fullName: string; attendance: string; walkIn: boolean; checkedInAt: string | null; bridgePointId: string };
  checkIn: { key: string; at: string; method: string } | null;
}
interface Hall {
  counts: { delegates: number; present: number; walkIns: number };
  headcount: { count: number } | null;
}

let counter = 0;
const newKey = () => `khoa-${Date.now().toString(36)}-${++counter}`;
const inAMonth = () => new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();

describeDatabases(
  'check-in through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    let c: Conference;
    let host: string;
    let district: string;
    const on = (conference: Conference, path: string) => `${API}/conferences/${conference.id}${path}`;
    const addDelegate = async (pointId: string, fullName: string, conference = c) =>
      (await t.services.delegates.create(conference.id, { bridgePointId: pointId, fullName })).id;
    const checkIn = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: on(c, '/check-ins'), payload });
    const rowsOf = async (delegateId: string) =>
      t.database.db.selectFrom('check_ins').selectAll().where('delegate_id', '=', delegateId).execute();
    const auditCount = async (action: string, entityId: string) =>
      (await t.services.audit.list({ conferenceId: c.id, action, limit: 500 })).filter((row) => row.entityId === entityId).length;
    /** The personal link of a delegate, as the invitation prints it in its QR code. */
    const personalCode = async (conference: Conference, delegateId: string) => {
      const created = await call<{ url: string }>(
        t.app,
        {
          method: 'POST',
          url: on(conference, '/access-links'),
          payload: { purpose: 'delegate', delegateId, label: 'Giấy mời', expiresAt: inAMonth() },
        },
        201,
      );
      return `https://hoinghi.dongthap.gov.vn/xac-nhan/${created.url.replace('/l/', '')}`;
    };

    beforeAll(async () => {
      t = await openTestApp(dbCase);
      c = await seedConference(t.app);
      host = c.bridgePoints[0]!.id;
      district = c.bridgePoints[1]!.id;
    });
    afterAll(() => t?.close());

    it('checks a delegate in once however many times the same key is sent', async () => {
      const id = await addDelegate(host, 'Nguyễn Văn An');
      const events: Delivery<BackboneEvent>[] = [];
      const stop = t.services.events.subscribe(c.id, (delivery) => void events.push(delivery));
      const key = newKey();
      const first = await checkIn({ key, delegateId: id, method: 'search', bridgePointId: host });
      expect(first.statusCode, first.body).toBe(200);
      const answer = json<Result>(first);
      expect(answer).toMatchObject({
        outcome: 'checked_in',
        replayed: false,
        checkIn: { key, method: 'search' },
        delegate: { id, attendance: 'present' },
      });
      const again = await checkIn({ key, delegateId: id, method: 'search', bridgePointId: host });
      expect(again.statusCode).toBe(200);
      expect(json<Result>(again)).toMatchObject({
        outcome: 'checked_in',
        replayed: true,
        checkIn: answer.checkIn!,
        delegate: { id, attendance: 'present' },
      });
      stop();
      expect(await rowsOf(id)).toHaveLength(1);
      expect(await auditCount('delegate.check_in', id)).toBe(1);
      expect(events.map((delivery) => delivery.event)).toEqual([{ type: 'attendance.changed', conferenceId: c.id, bridgePointId: host }]);
    });

    it('answers already_present for a delegate who is present, without a row', async () => {
      const id = await addDelegate(host, 'Trần Thị Bình');
      await call(t.app, { method: 'POST', url: on(c, '/check-ins'), payload: { key: newKey(), delegateId: id, method: 'search' } }, 200);
      const second = await checkIn({ key: newKey(), delegateId: id, method: 'qr' });
      expect(second.statusCode).toBe(200);
      expect(json<Result>(second)).toMatchObject({ outcome: 'already_present', checkIn: null, delegate: { attendance: 'present' } });
      expect(await rowsOf(id)).toHaveLength(1);
      expect(await auditCount('delegate.check_in', id)).toBe(1);
      // The same key for another person is a client error, not a silent success.
      const other = await addDelegate(host, 'Lê Văn Cường');
      expectErrorBody(await checkIn({ key: (await rowsOf(id))[0]!.id, delegateId: other, method: 'search' }), 409, 'check_in.key_reused');
    });

    it('checks in by the QR code of the personal link, and refuses codes that are not one of this conference', async () => {
      const id = await addDelegate(host, 'Phạm Minh Quân');
      const code = await personalCode(c, id);
      const scanned = await checkIn({ key: newKey(), code, method: 'qr', bridgePointId: host });
      expect(scanned.statusCode, scanned.body).toBe(200);
      expect(json<Result>(scanned)).toMatchObject({
        outcome: 'checked_in',
        checkIn: { method: 'qr' },
        delegate: { id, fullName: 'Phạm Minh Quân' },
      });

      const elsewhere = await seedConference(t.app, 'Hội nghị sơ kết 6 tháng');
      const foreign = await personalCode(elsewhere, await addDelegate(elsewhere.bridgePoints[0]!.id, 'Võ Văn Khác', elsewhere));
      expectErrorBody(await checkIn({ key: newKey(), code: foreign, method: 'qr', bridgePointId: host }), 422, 'check_in.other_conference');
      expectErrorBody(await checkIn({ key: newKey(), code: 'https://example.com/menu', method: 'qr' }), 422, 'check_in.code_invalid');
      expectErrorBody(await checkIn({ key: newKey(), code: `/xac-nhan/${'A'.repeat(43)}`, method: 'qr' }), 404, 'check_in.code_unknown');
      const guest = await call<{ url: string }>(
        t.app,
        { method: 'POST', url: on(c, '/access-links'), payload: { purpose: 'guest', label: 'Khách', expiresAt: inAMonth() } },
        201,
      );
      expectErrorBody(await checkIn({ key: newKey(), code: guest.url, method: 'qr' }), 422, 'check_in.code_not_personal');
      expectErrorBody(await checkIn({ key: newKey(), method: 'qr' }), 422, 'check_in.target_required');
    });

    it("gives a hall's screen the title and only the caller's points, without the plan", async () => {
      type Halls = { conferenceTitle: string; points: { id: string; name: string; mayReportHeadcount: boolean }[] };
      const all = await t.app.inject({ url: on(c, '/check-ins/halls') });
      expect(all.statusCode, all.body).toBe(200);
      expect(json<Halls>(all)).toEqual({
        conferenceTitle: c.title,
        points: c.bridgePoints.map((point) => ({ id: point.id, name: point.name, mayReportHeadcount: true })),
      });
      const operator = await createUser(t, 'mot-diem-cau');
      await grant(t, c.id, operator, 'operator', [district]);
      const mine = await as(t, operator.credentials)({ url: on(c, '/check-ins/halls') });
      expect(mine.statusCode, mine.body).toBe(200);
      const districtPoint = c.bridgePoints.find((point) => point.id === district)!;
      expect(json<Halls>(mine).points).toEqual([{ id: district, name: districtPoint.name, mayReportHeadcount: true }]);
      // A few hundred bytes where the whole plan is several kilobytes.
      expect(mine.body.length).toBeLessThan((await t.app.inject({ url: on(c, '') })).body.length / 4);
      expectErrorBody(await as(t, null)({ url: on(c, '/check-ins/halls') }), 401, 'auth.required');
      expectErrorBody(await t.app.inject({ url: `${API}/conferences/${randomUUID()}/check-ins/halls` }), 404, 'conference.not_found');
    });

    it('refuses a delegate of another point to an operator of one point, naming the point', async () => {
      const operator = await createUser(t, 'don-tiep');
      await grant(t, c.id, operator, 'operator', [host]);
      const asOperator = as(t, operator.credentials);
      const theirs = await addDelegate(district, 'Huỳnh Văn Lạc');
      const code = await personalCode(c, theirs);
      const wrong = await asOperator({
        method: 'POST',
        url: on(c, '/check-ins'),
        payload: { key: newKey(), code, method: 'qr', bridgePointId: host },
      });
      expectErrorBody(wrong, 409, 'check_in.wrong_point');
      expect(json<{ error: { message: { vi: string } } }>(wrong).error.message.vi).toContain('UBND huyện Châu Thành');
      expectErrorBody(
        await asOperator({ method: 'POST', url: on(c, '/check-ins'), payload: { key: newKey(), delegateId: theirs, method: 'search' } }),
        403,
        'access.denied',
      );
      // By id (not a code shown at the door) they learn nothing about another point's delegate.
      expectErrorBody(
        await asOperator({
          method: 'POST',
          url: on(c, '/check-ins'),
          payload: { key: newKey(), delegateId: theirs, method: 'search', bridgePointId: host },
        }),
        403,
        'access.denied',
      );
      expectErrorBody(
        await asOperator({
          method: 'POST',
          url: on(c, '/check-ins'),
          payload: { key: newKey(), delegateId: theirs, method: 'search', bridgePointId: district },
        }),
        403,
        'access.denied',
      );
      expect(await rowsOf(theirs)).toHaveLength(0);
      // Their own point works.
      const mine = await addDelegate(host, 'Đinh Thị Mai');
      await call(
        asOperator,
        { method: 'POST', url: on(c, '/check-ins'), payload: { key: newKey(), delegateId: mine, method: 'search', bridgePointId: host } },
        200,
      );
    });

    it('adds a walk-in, present, once per key', async () => {
      const before = await call<Hall>(t.app, { url: on(c, `/check-ins/points/${district}`) }, 200);
      const key = newKey();
      const payload = { key, bridgePointId: district, fullName: 'Mai Văn Vãng', organisation: 'UBND xã Tân Phú' };
      const created = await call<Result>(t.app, { method: 'POST', url: on(c, '/walk-ins'), payload }, 201);
      expect(created).toMatchObject({
        outcome: 'checked_in',
        delegate: { fullName: 'Mai Văn Vãng', walkIn: true, attendance: 'present' },
        checkIn: { method: 'walk_in' },
      });
      const again = await call<Result>(t.app, { method: 'POST', url: on(c, '/walk-ins'), payload }, 201);
      expect(again).toMatchObject({ replayed: true, delegate: { id: created.delegate.id } });
      const after = await call<Hall>(t.app, { url: on(c, `/check-ins/points/${district}`) }, 200);
      expect(after.counts.delegates - before.counts.delegates).toBe(1);
      expect(after.counts.walkIns - before.counts.walkIns).toBe(1);
      expect(after.counts.present - before.counts.present).toBe(1);
      expect(await auditCount('delegate.walk_in', created.delegate.id)).toBe(1);
      expectErrorBody(
        await t.app.inject({
          method: 'POST',
          url: on(c, '/walk-ins'),
          payload: { key: newKey(), bridgePointId: district, fullName: 'Số Sai', phone: '12345' },
        }),
        422,
        'delegate.phone_invalid',
      );
    });

    it('records a headcount, writing nothing when the same number comes again', async () => {
      const url = on(c, `/headcounts/${district}`);
      expect(await call(t.app, { method: 'PUT', url, payload: { count: 37 } }, 200)).toMatchObject({ bridgePointId: district, count: 37 });
      await call(t.app, { method: 'PUT', url, payload: { count: 37 } }, 200);
      await call(t.app, { method: 'PUT', url, payload: { count: 41 } }, 200);
      const rows = (await t.services.audit.list({ conferenceId: c.id, action: 'headcount.report', limit: 10 })).filter(
        (row) => row.entityId === district,
      );
      expect(rows.map((row) => [row.before, row.after])).toEqual([
        [{ count: 37 }, { count: 41 }],
        [null, { count: 37 }],
      ]);
      expect((await call<Hall>(t.app, { url: on(c, `/check-ins/points/${district}`) }, 200)).headcount).toMatchObject({ count: 41 });
      expectErrorBody(await t.app.inject({ method: 'PUT', url, payload: { count: -1 } }), 400);
      const operator = await createUser(t, 'bao-so');
      await grant(t, c.id, operator, 'operator', [host]);
      expectErrorBody(await as(t, operator.credentials)({ method: 'PUT', url, payload: { count: 5 } }), 403, 'access.denied');
    });

    it('finds delegates of the hall by name typed without diacritics', async () => {
      await addDelegate(host, 'Nguyễn Thị Ánh Tuyết');
      await addDelegate(district, 'Nguyễn Thị Ánh Nguyệt');
      const found = await call<{ items: { fullName: string }[]; total: number }>(
        t.app,
        { url: on(c, `/check-ins/search?bridgePointId=${host}&q=${encodeURIComponent('nguyen thi anh')}`) },
        200,
      );
      expect(found.items.map((item) => item.fullName)).toEqual(['Nguyễn Thị Ánh Tuyết']);
      const upper = await call<{ total: number }>(
        t.app,
        { url: on(c, `/check-ins/search?bridgePointId=${host}&q=${encodeURIComponent('TUYET')}`) },
        200,
      );
      expect(upper.total).toBe(1);
    });

    it('keeps one row when duplicates arrive at the same time', async () => {
      const id = await addDelegate(host, 'Cao Văn Đồng Thời');
      const key = newKey();
      const same = await Promise.all(Array.from({ length: 6 }, () => checkIn({ key, delegateId: id, method: 'search' })));
      expect(same.map((response) => json<Result>(response).outcome)).toEqual(Array(6).fill('checked_in'));
      const other = await addDelegate(host, 'Cao Thị Song Song');
      const different = await Promise.all(Array.from({ length: 6 }, () => checkIn({ key: newKey(), delegateId: other, method: 'search' })));
      expect(different.map((response) => json<Result>(response).outcome).sort()).toEqual([
        'already_present',
        'already_present',
        'already_present',
        'already_present',
        'already_present',
        'checked_in',
      ]);
      expect(await rowsOf(id)).toHaveLength(1);
      expect(await rowsOf(other)).toHaveLength(1);
      expect(await auditCount('delegate.check_in', other)).toBe(1);
    });

    it('checks in again a delegate whose attendance the organizer set back, replacing the old row', async () => {
      const id = await addDelegate(host, 'Lý Văn Sửa');
      await call(t.app, { method: 'POST', url: on(c, '/check-ins'), payload: { key: newKey(), delegateId: id, method: 'search' } }, 200);
      await call(t.app, { method: 'PATCH', url: on(c, `/delegates/${id}`), payload: { attendance: 'absent' } }, 200);
      const key = newKey();
      expect(
        await call<Result>(t.app, { method: 'POST', url: on(c, '/check-ins'), payload: { key, delegateId: id, method: 'qr' } }, 200),
      ).toMatchObject({ outcome: 'checked_in' });
      expect((await rowsOf(id)).map((row) => row.id)).toEqual([key]);
    });

    it('dates a check-in made offline at the time the person arrived', async () => {
      const id = await addDelegate(host, 'Tô Văn Ngoại Tuyến');
      const arrived = new Date(Date.now() - 20 * 60_000).toISOString();
      const answer = await call<Result>(
        t.app,
        { method: 'POST', url: on(c, '/check-ins'), payload: { key: newKey(), delegateId: id, method: 'search', checkedInAt: arrived } },
        200,
      );
      expect(answer.checkIn?.at).toBe(arrived);
      expect(answer.delegate.checkedInAt).toBe(arrived);
    });
  },
  apiDatabases(),
);
