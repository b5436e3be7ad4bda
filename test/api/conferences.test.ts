import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access/actor.js';
import { presentConference, presentSummaries } from '../../src/domain/access/present-conference.js';
import type { Conference, ConferenceSummary } from '../../src/domain/conference.schema.js';
import { as, createUser, grant, linkSession } from './actors.js';
import {
  API,
  call,
  conferenceInput,
  createConference,
  expectErrorBody,
  openTestApp,
  seedConference,
  apiDatabases,
  describeDatabases,
  type TestApp,
} from './helpers.js';

describeDatabases(
  'conference endpoints on $dialect',
  (dbCase) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
    });
    afterAll(() => t?.close());

    it('GET /health names the database and whether PDF is available', async () => {
      const health = await call<{ status: string; database: string; pdf: boolean }>(t.app, { url: `${API}/health` }, 200);
      expect(health).toEqual({ status: 'ok', database: dbCase.dialect, pdf: expect.any(Boolean) });
    });

    it('POST /conferences creates a draft with the defaults of a blank plan', async () => {
      const conference = await createConference(t.app, 'Hội nghị sơ kết Đồng Tháp');
      expect(conference).toMatchObject({
        title: 'Hội nghị sơ kết Đồng Tháp',
        startsAt: '2021-07-07T08:00',
        status: 'draft',
        archived: false,
        timeZone: 'Asia/Ho_Chi_Minh',
        documentType: 'KH',
        bridgePoints: [],
        agendaItems: [],
      });
      expect(conference.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof conference.version).toBe('number');
      const read = await call<Conference>(t.app, { url: `${API}/conferences/${conference.id}` }, 200);
      expect(read).toEqual(conference);
    });

    it('responses keep every field the presenter gives the caller (the response schemas strip nothing)', async () => {
      const seeded = await seedConference(t.app);
      const admin: Actor = { kind: 'user', userId: t.admin.id, isAdmin: true, memberships: [] };
      const fromService = presentConference(admin, await t.services.conferences.readPlan(seeded.id));
      const read = await call<Conference>(t.app, { url: `${API}/conferences/${seeded.id}` }, 200);
      expect(read).toEqual(JSON.parse(JSON.stringify(fromService)));
      // The administrator sees the whole plan, contacts included.
      expect(read.bridgePoints[0]!.operatorPhone).not.toBe('');
      expect(read.costLines.length).toBeGreaterThan(0);
      const list = await t.services.conferences.list({ q: seeded.title });
      const listed = await call<{ items: ConferenceSummary[]; total: number }>(
        t.app,
        { url: `${API}/conferences?q=${encodeURIComponent(seeded.title)}` },
        200,
      );
      expect(listed).toEqual(JSON.parse(JSON.stringify({ items: presentSummaries(admin, list.items), total: list.total })));
    });

    it('GET /conferences finds by words without diacritics, filters and pages', async () => {
      const dongThap = await createConference(t.app, 'Hội nghị trực tuyến tỉnh Đồng Tháp năm 2021');
      await createConference(t.app, 'Hội nghị khác ở Cần Thơ');
      const found = await call<{ items: ConferenceSummary[]; total: number }>(
        t.app,
        { url: `${API}/conferences?q=dong%20thap%202021` },
        200,
      );
      expect(found.items.map((c) => c.id)).toContain(dongThap.id);
      expect(found.items.every((c) => c.title.includes('Đồng Tháp'))).toBe(true);
      expect(found.items[0]).toEqual({
        id: expect.any(String),
        version: expect.any(Number),
        status: 'draft',
        archived: false,
        title: expect.any(String),
        documentType: 'KH',
        startsAt: '2021-07-07T08:00',
        firstDate: '2021-07-07',
        issuingBody: expect.any(String),
        bridgePointCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        allowedActions: { conference: expect.arrayContaining(['conference.read', 'conference.update']) },
      });
      const page = await call<{ items: ConferenceSummary[]; total: number }>(t.app, { url: `${API}/conferences?limit=1&offset=0` }, 200);
      expect(page.items).toHaveLength(1);
      expect(page.total).toBeGreaterThanOrEqual(2);
      const issued = await call<{ total: number }>(t.app, { url: `${API}/conferences?status=live` }, 200);
      expect(issued.total).toBe(0);
    });

    it('GET /conferences pages only what the caller may read: roles in 3 of 10 conferences, 2 per page', async () => {
      type Page = { items: (ConferenceSummary & { allowedActions: { conference: string[] } })[]; total: number };
      const ten: Conference[] = [];
      for (let i = 0; i < 10; i++) {
        const day = String(20 - i).padStart(2, '0');
        ten.push(
          await call<Conference>(
            t.app,
            { method: 'POST', url: `${API}/conferences`, payload: { title: `Phân trang quyền ${i}`, startsAt: `2030-05-${day}T08:00` } },
            201,
          ),
        );
      }
      const reader = await createUser(t, 'ba-hoi-nghi');
      const mine = [ten[2]!, ten[5]!, ten[9]!];
      await grant(t, mine[0]!.id, reader, 'organizer');
      await grant(t, mine[0]!.id, reader, 'chair');
      await grant(t, mine[1]!.id, reader, 'delegate');
      await grant(t, mine[2]!.id, reader, 'observer');
      const asReader = as(t, reader.credentials);
      const pages: Page[] = [];
      for (const offset of [0, 2, 4]) pages.push(await call<Page>(asReader, { url: `${API}/conferences?limit=2&offset=${offset}` }, 200));
      expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([[mine[0]!.id, mine[1]!.id], [mine[2]!.id], []]);
      expect(pages.map((page) => page.total)).toEqual([3, 3, 3]);
      expect(pages[0]!.items[0]!.allowedActions.conference).toContain('conference.manage_access');
      expect(pages[0]!.items[1]!.allowedActions.conference).not.toContain('conference.update');

      const link = await linkSession(t, ten[7]!.id, 'guest');
      expect(await call<Page>(as(t, link.credentials), { url: `${API}/conferences?limit=2` }, 200)).toMatchObject({
        total: 1,
        items: [{ id: ten[7]!.id }],
      });

      const adminPages: Page[] = [];
      for (const offset of [0, 8])
        adminPages.push(await call<Page>(t.app, { url: `${API}/conferences?q=phan%20trang%20quyen&limit=2&offset=${offset}` }, 200));
      expect(adminPages.map((page) => [page.total, page.items.map((item) => item.id)])).toEqual([
        [10, [ten[0]!.id, ten[1]!.id]],
        [10, [ten[8]!.id, ten[9]!.id]],
      ]);
    });

    it('PATCH /conferences/:id changes the general information and bumps the version', async () => {
      const conference = await createConference(t.app);
      const updated = await call<Conference>(
        t.app,
        {
          method: 'PATCH',
          url: `${API}/conferences/${conference.id}`,
          headers: { 'if-match': `"${conference.version}"` },
          payload: { purpose: 'Đánh giá kết quả', signerName: 'Phạm Thiện Nghĩa', issueDate: '2021-06' },
        },
        200,
      );
      expect(updated).toMatchObject({ purpose: 'Đánh giá kết quả', signerName: 'Phạm Thiện Nghĩa', issueDate: '2021-06' });
      expect(updated.version).toBe(conference.version + 1);
      expect(updated.title).toBe(conference.title);
    });

    it('PATCH with a stale If-Match is a 409 and changes nothing', async () => {
      const conference = await createConference(t.app);
      const response = await t.app.inject({
        method: 'PATCH',
        url: `${API}/conferences/${conference.id}`,
        headers: { 'if-match': String(conference.version + 5) },
        payload: { purpose: 'Không được ghi' },
      });
      expectErrorBody(response, 409, 'conference.version_conflict');
      expect(await call<Conference>(t.app, { url: `${API}/conferences/${conference.id}` }, 200)).toEqual(conference);
    });

    it('POST /duplicate copies the whole plan as a new draft, shifted by years', async () => {
      const source = await seedConference(t.app);
      const copy = await call<Conference>(
        t.app,
        {
          method: 'POST',
          url: `${API}/conferences/${source.id}/duplicate`,
          payload: { shiftYears: 1 },
        },
        201,
      );
      expect(copy.id).not.toBe(source.id);
      expect(copy.startsAt).toBe('2022-07-07T08:00');
      expect(copy.status).toBe('draft');
      expect(copy.bridgePoints.map((p) => p.name)).toEqual(source.bridgePoints.map((p) => p.name));
      expect(copy.agendaItems).toHaveLength(source.agendaItems.length);
      expect(copy.tasks[0]?.deadline).toBe('2022-07-01');
    });

    it('POST /archive and /unarchive move the conference between the lists', async () => {
      const conference = await createConference(t.app, 'Hội nghị lưu trữ thử');
      const archived = await call<Conference>(t.app, { method: 'POST', url: `${API}/conferences/${conference.id}/archive` }, 200);
      expect(archived.archived).toBe(true);
      const active = await call<{ items: ConferenceSummary[] }>(t.app, { url: `${API}/conferences?q=luu%20tru%20thu` }, 200);
      expect(active.items).toEqual([]);
      const inArchive = await call<{ items: ConferenceSummary[] }>(
        t.app,
        { url: `${API}/conferences?q=luu%20tru%20thu&archived=true` },
        200,
      );
      expect(inArchive.items.map((c) => c.id)).toEqual([conference.id]);
      // A JSON content type with an empty body is accepted for bodiless actions.
      const restored = await call<Conference>(
        t.app,
        {
          method: 'POST',
          url: `${API}/conferences/${conference.id}/unarchive`,
          headers: { 'content-type': 'application/json', 'if-match': String(archived.version) },
        },
        200,
      );
      expect(restored.archived).toBe(false);
    });

    it('POST /status follows the allowed transitions and refuses the others with 422', async () => {
      const conference = await createConference(t.app);
      const base = `${API}/conferences/${conference.id}`;
      const skip = await t.app.inject({ method: 'POST', url: `${base}/status`, payload: { status: 'closed' } });
      expectErrorBody(skip, 422);
      const notIssuable = await t.app.inject({ method: 'POST', url: `${base}/status`, payload: { status: 'issued' } });
      expectErrorBody(notIssuable, 422);
      await call(t.app, { method: 'PATCH', url: base, payload: { documentNumber: '05', issueDate: '2021-06-30' } }, 200);
      const issued = await call<Conference>(t.app, { method: 'POST', url: `${base}/status`, payload: { status: 'issued' } }, 200);
      expect(issued.status).toBe('issued');
    });

    it('answers 404 for an unknown conference on reads and writes', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expectErrorBody(await t.app.inject({ url: `${API}/conferences/${unknown}` }), 404, 'conference.not_found');
      expectErrorBody(
        await t.app.inject({ method: 'PATCH', url: `${API}/conferences/${unknown}`, payload: { title: 'x' } }),
        404,
        'conference.not_found',
      );
      expectErrorBody(await t.app.inject({ method: 'POST', url: `${API}/conferences/${unknown}/archive` }), 404);
    });

    it('refuses an invalid create with one field problem per field, in both languages', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: `${API}/conferences`,
        payload: { ...conferenceInput(), title: '   ', startsAt: '07/7/2021', replacesInvitation: 'yes' },
      });
      const error = expectErrorBody(response, 400, 'validation.failed');
      expect(error.fields).toEqual([
        { path: '/title', code: 'pattern', message: { vi: 'Không được để trống', en: 'Must not be empty' } },
        {
          path: '/startsAt',
          code: 'pattern',
          message: {
            vi: 'Ngày giờ phải có dạng NNNN-TT-NNTgg:pp, ví dụ 2021-07-07T08:00',
            en: 'Must be a date and time like 2021-07-07T08:00',
          },
        },
        {
          path: '/replacesInvitation',
          code: 'type',
          message: { vi: 'Phải là giá trị đúng/sai (true/false)', en: 'Must be true or false' },
        },
      ]);
    });
  },
  apiDatabases(),
);
