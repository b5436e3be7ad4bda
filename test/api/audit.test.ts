/**
 * The audit log through HTTP: every write endpoint of the route catalogue leaves its audit
 * rows (one per write; the three that create a conference add the creator's organizer
 * membership, set-up also signs the administrator in) with the actor and the change; the
 * organizer reads and filters their conference's log, the administrator reads all, a
 * delegate cannot.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { listWriteRoutes } from '../../src/server/route-catalog.js';
import type { AuditEntry } from '../../src/services/accounts/audit-context.js';
import { as, createUser, grant, linkSession, uniqueEmail, USER_PASSWORD } from './actors.js';
import {
  API,
  agendaItemInput,
  assignmentInput,
  bridgePointInput,
  call,
  expectErrorBody,
  openTestApp,
  participantGroupInput,
  seedConference,
  taskInput,
  testDatabases,
  type TestApp,
} from './helpers.js';
import { multipartBody } from './multipart.js';
import { readFileSync } from 'node:fs';

const SEED_PLAN = readFileSync(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));
const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();

interface Case {
  /** The request, prepared on a fresh seeded conference (and anything else it needs). */
  prepare(t: TestApp, c: Conference): Promise<InjectOptions>;
  /** The audit actions the request leaves, in order. */
  actions: string[];
}

/** The seed plan with one line the importer cannot place. */
const imported = async (t: TestApp) => {
  const data = `${SEED_PLAN.toString('utf8')}\n\nMột dòng lạ không thuộc mục nào.\n`;
  const form = multipartBody([{ name: 'file', fileName: 'kh.md', data }]);
  return (await call<{ conference: Conference }>(t.app, { method: 'POST', url: `${API}/imports`, ...form }, 201)).conference;
};

const on = (c: Conference, path = '') => `${API}/conferences/${c.id}${path}`;

/** One valid request per write endpoint. */
const CASES: Record<string, Case> = {
  'POST /api/v1/conferences': { actions: ['conference.create'], prepare: async () => ({ method: 'POST', url: `${API}/conferences`, payload: { title: 'Hội nghị mới', startsAt: '2021-07-07T08:00' } }) },
  'PATCH /api/v1/conferences/:conferenceId': { actions: ['conference.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c), payload: { purpose: 'Mục đích mới' } }) },
  'POST /api/v1/conferences/:conferenceId/duplicate': { actions: ['conference.duplicate'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/duplicate'), payload: { shiftYears: 1 } }) },
  'POST /api/v1/conferences/:conferenceId/archive': { actions: ['conference.archive'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/archive') }) },
  'POST /api/v1/conferences/:conferenceId/unarchive': {
    actions: ['conference.unarchive'],
    prepare: async (t, c) => {
      await call(t.app, { method: 'POST', url: on(c, '/archive') }, 200);
      return { method: 'POST', url: on(c, '/unarchive') };
    },
  },
  'POST /api/v1/conferences/:conferenceId/status': {
    actions: ['conference.change_status'],
    prepare: async (t, c) => {
      await call(t.app, { method: 'PATCH', url: on(c), payload: { documentNumber: '123', issueDate: '2021-06-30' } }, 200);
      return { method: 'POST', url: on(c, '/status'), payload: { status: 'issued' } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points': { actions: ['bridge_point.create'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/bridge-points'), payload: bridgePointInput({ name: 'Điểm cầu mới' }) }) },
  'PUT /api/v1/conferences/:conferenceId/bridge-points/order': { actions: ['bridge_point.reorder'], prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/bridge-points/order'), payload: { ids: c.bridgePoints.map((p) => p.id).reverse() } }) },
  'POST /api/v1/conferences/:conferenceId/bridge-points/from-units': {
    actions: ['bridge_point.create_from_units'],
    prepare: async (t, c) => {
      const lists = await call<{ items: { id: string; units: { code: string }[] }[] }>(t.app, { url: `${API}/administrative-unit-lists` }, 200);
      return { method: 'POST', url: on(c, '/bridge-points/from-units'), payload: { unitListId: lists.items[0]!.id, unitCodes: [lists.items[0]!.units[0]!.code] } };
    },
  },
  'PATCH /api/v1/conferences/:conferenceId/bridge-points/:pointId': { actions: ['bridge_point.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/bridge-points/${c.bridgePoints[1]!.id}`), payload: { quota: 7 } }) },
  'DELETE /api/v1/conferences/:conferenceId/bridge-points/:pointId': { actions: ['bridge_point.delete'], prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/bridge-points/${c.bridgePoints[1]!.id}`) }) },
  'POST /api/v1/conferences/:conferenceId/participant-groups': { actions: ['participant_group.create'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/participant-groups'), payload: participantGroupInput(c.bridgePoints[0]!.id) }) },
  'PUT /api/v1/conferences/:conferenceId/participant-groups/order': { actions: ['participant_group.reorder'], prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/participant-groups/order'), payload: { ids: c.participantGroups.map((g) => g.id).reverse() } }) },
  'PATCH /api/v1/conferences/:conferenceId/participant-groups/:groupId': { actions: ['participant_group.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/participant-groups/${c.participantGroups[0]!.id}`), payload: { count: 3 } }) },
  'DELETE /api/v1/conferences/:conferenceId/participant-groups/:groupId': { actions: ['participant_group.delete'], prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/participant-groups/${c.participantGroups[0]!.id}`) }) },
  'POST /api/v1/conferences/:conferenceId/assignments': { actions: ['assignment.create'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/assignments'), payload: assignmentInput({ heading: '3. Sở Tài chính' }) }) },
  'PUT /api/v1/conferences/:conferenceId/assignments/order': { actions: ['assignment.reorder'], prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/assignments/order'), payload: { ids: c.assignments.map((a) => a.id).reverse() } }) },
  'PATCH /api/v1/conferences/:conferenceId/assignments/:assignmentId': { actions: ['assignment.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/assignments/${c.assignments[0]!.id}`), payload: { leadAgency: 'Sở Tài chính' } }) },
  'DELETE /api/v1/conferences/:conferenceId/assignments/:assignmentId': { actions: ['assignment.delete'], prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/assignments/${c.assignments[1]!.id}`) }) },
  'PUT /api/v1/conferences/:conferenceId/assignments/:assignmentId/tasks/order': {
    actions: ['task.reorder'],
    prepare: async (_t, c) => {
      const assignment = c.assignments[0]!;
      const ids = c.tasks.filter((task) => task.assignmentId === assignment.id).map((task) => task.id).reverse();
      return { method: 'PUT', url: on(c, `/assignments/${assignment.id}/tasks/order`), payload: { ids } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/tasks': { actions: ['task.create'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/tasks'), payload: taskInput(c.assignments[0]!.id) }) },
  'PATCH /api/v1/conferences/:conferenceId/tasks/:taskId': { actions: ['task.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/tasks/${c.tasks[0]!.id}`), payload: { status: 'done' } }) },
  'DELETE /api/v1/conferences/:conferenceId/tasks/:taskId': { actions: ['task.delete'], prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/tasks/${c.tasks[0]!.id}`) }) },
  'POST /api/v1/conferences/:conferenceId/agenda-items': { actions: ['agenda_item.create'], prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/agenda-items'), payload: agendaItemInput({ content: 'Bế mạc' }) }) },
  'PUT /api/v1/conferences/:conferenceId/agenda-items/order': {
    actions: ['agenda_item.reorder'],
    prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/agenda-items/order'), payload: { items: c.agendaItems.map((i) => ({ id: i.id, parentId: i.parentId })) } }),
  },
  'PATCH /api/v1/conferences/:conferenceId/agenda-items/:itemId': { actions: ['agenda_item.update'], prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/agenda-items/${c.agendaItems[0]!.id}`), payload: { durationMinutes: 9 } }) },
  'DELETE /api/v1/conferences/:conferenceId/agenda-items/:itemId': { actions: ['agenda_item.delete'], prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/agenda-items/${c.agendaItems[1]!.id}`) }) },
  'PUT /api/v1/conferences/:conferenceId/cost-lines': { actions: ['budget.replace'], prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/cost-lines'), payload: { lines: [{ description: 'Hoa', amountVnd: 500_000 }] } }) },
  'PUT /api/v1/conferences/:conferenceId/distribution': { actions: ['distribution.replace'], prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/distribution'), payload: { lines: [{ text: 'Lưu: VT.' }] } }) },
  'POST /api/v1/imports': { actions: ['conference.import'], prepare: async () => ({ method: 'POST', url: `${API}/imports`, ...multipartBody([{ name: 'file', fileName: 'kh.txt', data: SEED_PLAN }]) }) },
  'DELETE /api/v1/conferences/:conferenceId/unclassified/:itemId': {
    actions: ['unclassified.delete'],
    prepare: async (t) => {
      const plan = await imported(t);
      return { method: 'DELETE', url: on(plan, `/unclassified/${plan.unclassified[0]!.id}`) };
    },
  },
  'POST /api/v1/auth/login': { actions: ['session.login'], prepare: async (t) => ({ method: 'POST', url: `${API}/auth/login`, headers: { cookie: '' }, payload: { email: t.admin.email, password: t.admin.password } }) },
  'POST /api/v1/auth/logout': {
    actions: ['session.logout'],
    prepare: async (t) => {
      const user = await createUser(t, 'dang-xuat');
      return { method: 'POST', url: `${API}/auth/logout`, headers: { cookie: user.credentials.cookie, 'x-csrf-token': user.credentials.csrfToken } };
    },
  },
  'POST /api/v1/auth/password': {
    actions: ['user.set_password'],
    prepare: async (t) => {
      const created = await call<{ link: string }>(t.app, { method: 'POST', url: `${API}/users`, payload: { email: uniqueEmail('mat-khau'), displayName: 'Mật khẩu' } }, 201);
      return { method: 'POST', url: `${API}/auth/password`, headers: { cookie: '' }, payload: { token: created.link.slice('/mat-khau/'.length), password: USER_PASSWORD } };
    },
  },
  // A link exchange is recorded on the link itself (last use, use count), not as an audit row.
  'POST /api/v1/auth/link': {
    actions: [],
    prepare: async (t, c) => {
      const link = await linkSession(t, c.id, 'guest');
      return { method: 'POST', url: `${API}/auth/link`, headers: { cookie: '' }, payload: { token: link.token } };
    },
  },
  'POST /api/v1/users': { actions: ['user.create'], prepare: async () => ({ method: 'POST', url: `${API}/users`, payload: { email: uniqueEmail('moi'), displayName: 'Người mới' } }) },
  'PATCH /api/v1/users/:userId': {
    actions: ['user.disable'],
    prepare: async (t) => ({ method: 'PATCH', url: `${API}/users/${(await createUser(t, 'khoa')).id}`, payload: { disabled: true } }),
  },
  'POST /api/v1/users/:userId/password-reset': {
    actions: ['user.reset_password'],
    prepare: async (t) => ({ method: 'POST', url: `${API}/users/${(await createUser(t, 'dat-lai')).id}/password-reset` }),
  },
  'POST /api/v1/conferences/:conferenceId/memberships': {
    actions: ['membership.grant'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, '/memberships'), payload: { email: (await createUser(t, 'thanh-vien')).email, role: 'chair', bridgePointIds: [] } }),
  },
  'DELETE /api/v1/conferences/:conferenceId/memberships/:membershipId': {
    actions: ['membership.revoke'],
    prepare: async (t, c) => ({ method: 'DELETE', url: on(c, `/memberships/${await grant(t, c.id, await createUser(t, 'thu-hoi'), 'observer')}`) }),
  },
  'POST /api/v1/conferences/:conferenceId/access-links': {
    actions: ['access_link.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/access-links'), payload: { purpose: 'operator', bridgePointId: c.bridgePoints[0]!.id, label: 'Kỹ thuật', expiresAt: inAWeek() } }),
  },
  'POST /api/v1/conferences/:conferenceId/access-links/:linkId/revoke': {
    actions: ['access_link.revoke'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/access-links/${(await linkSession(t, c.id, 'guest')).id}/revoke`) }),
  },
};

const newest = async (t: TestApp) => (await t.services.audit.list({ limit: 1 }))[0]?.seq ?? 0;

describe.each(testDatabases())('the audit log through HTTP on $dialect', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dbCase);
  });
  afterAll(() => t?.close());

  it('has a case for every write endpoint, and each leaves exactly its audit rows with actor and change', async () => {
    const routes = listWriteRoutes(t.app).map((route) => `${route.method} ${route.url}`);
    const withoutSetup = routes.filter((route) => route !== 'POST /api/v1/setup');
    expect(withoutSetup.filter((route) => !CASES[route]), 'write endpoints without an audit case').toEqual([]);
    for (const route of withoutSetup) {
      const conference = await seedConference(t.app);
      const request = await CASES[route]!.prepare(t, conference);
      const since = await newest(t);
      const response = await t.app.inject(request);
      expect(response.statusCode, `${route}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
      const rows = (await t.services.audit.list({ limit: 20 })).filter((row) => row.seq > since).reverse();
      expect(rows.map((row) => row.action), route).toEqual(CASES[route]!.actions);
      for (const row of rows) {
        expect(row.actor.kind, route).toBe('user');
        expect(row.actor.userId, route).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.ip, route).toBe('127.0.0.1');
        expect(row.before !== null || row.after !== null, `${route}: ${row.action} records the change`).toBe(true);
      }
      // A refused write (no CSRF token) leaves no row.
      if (request.headers?.cookie === undefined) {
        const before = await newest(t);
        await t.rawInject({ ...request, headers: { ...(request.headers as object), cookie: t.admin.credentials.cookie } });
        expect(await newest(t), `${route}: a refused write left an audit row`).toBe(before);
      }
    }
  }, 120_000);

  it('records who changed what: the plan write keeps only the changed field, before and after', async () => {
    const conference = await seedConference(t.app);
    const since = await newest(t);
    await call(t.app, { method: 'PATCH', url: on(conference, `/bridge-points/${conference.bridgePoints[0]!.id}`), payload: { quota: 99 } }, 200);
    const [row] = (await t.services.audit.list({ limit: 5 })).filter((entry) => entry.seq > since);
    expect(row).toMatchObject({ action: 'bridge_point.update', conferenceId: conference.id, actor: { userId: t.admin.id, label: t.admin.email } });
    expect(JSON.stringify(row!.before)).toContain('40');
    expect(JSON.stringify(row!.after)).toContain('99');
    expect(JSON.stringify(row!.after)).not.toContain('Sở Nội vụ');
  });

  it('lets the organizer read and filter their conference log; the administrator reads all; a delegate cannot', async () => {
    const conference = await seedConference(t.app);
    const other = await seedConference(t.app, 'Hội nghị khác');
    const organizer = await createUser(t, 'to-chuc');
    const delegate = await createUser(t, 'dai-bieu');
    await grant(t, conference.id, organizer, 'organizer');
    await grant(t, conference.id, delegate, 'delegate');
    const asOrganizer = as(t, organizer.credentials);
    await asOrganizer({ method: 'PATCH', url: on(conference), payload: { purpose: 'Do ban tổ chức sửa' } });

    type Page = { items: AuditEntry[]; nextBeforeSeq: number | null };
    const page = await call<Page>(asOrganizer, { url: on(conference, '/audit') }, 200);
    expect(page.items.length).toBeGreaterThan(5);
    expect(page.items.every((entry) => entry.conferenceId === conference.id)).toBe(true);
    expect(page.items[0]).toMatchObject({ action: 'conference.update', actor: { userId: organizer.id } });
    const filtered = await call<Page>(asOrganizer, { url: `${API}/audit?conferenceId=${conference.id}&action=bridge_point.create&limit=1` }, 200);
    expect(filtered.items.map((entry) => entry.action)).toEqual(['bridge_point.create']);
    expect(filtered.nextBeforeSeq).toBe(filtered.items[0]!.seq);
    const next = await call<Page>(asOrganizer, { url: `${API}/audit?conferenceId=${conference.id}&action=bridge_point.create&limit=1&beforeSeq=${filtered.nextBeforeSeq}` }, 200);
    expect(next.items[0]!.seq).toBeLessThan(filtered.items[0]!.seq);
    const byActor = await call<Page>(asOrganizer, { url: `${API}/audit?conferenceId=${conference.id}&actorUserId=${organizer.id}` }, 200);
    expect(byActor.items.map((entry) => entry.action)).toEqual(['conference.update']);

    expectErrorBody(await asOrganizer({ url: `${API}/audit` }), 403, 'access.denied');
    expectErrorBody(await asOrganizer({ url: on(other, '/audit') }), 404, 'conference.not_found');
    const asDelegate = as(t, delegate.credentials);
    expectErrorBody(await asDelegate({ url: on(conference, '/audit') }), 403, 'access.denied');
    expectErrorBody(await asDelegate({ url: `${API}/audit?conferenceId=${conference.id}` }), 403, 'access.denied');
    expectErrorBody(await t.rawInject({ url: `${API}/audit` }), 401, 'auth.required');

    const all = await call<Page>(t.app, { url: `${API}/audit?limit=500` }, 200);
    const conferences = new Set(all.items.map((entry) => entry.conferenceId));
    expect(conferences.has(conference.id) && conferences.has(other.id) && conferences.has(null)).toBe(true);
  });
});

describe('the first set-up through HTTP', () => {
  it('creates the administrator, signs them in, and leaves the set-up and sign-in rows', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const { createServices, loadReferenceUnitLists } = await import('../../src/services/index.js');
    const database = await testDatabases()[0]!.open();
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const app = await buildApp({ services, database: { dialect: database.dialect }, webRoot: null });
    try {
      expect(await call(app, { url: `${API}/setup/status` }, 200)).toEqual({ needsSetup: true });
      const { token } = await services.accounts.createFirstAdminSetupLink();
      const since = await services.audit.list({ limit: 1 }).then((rows) => rows[0]?.seq ?? 0);
      const payload = { token, email: 'admin@dongthap.gov.vn', displayName: 'Quản trị', password: 'mật-khẩu-đủ-dài' };
      const signedIn = await app.inject({ method: 'POST', url: `${API}/setup`, payload });
      expect(signedIn.statusCode, signedIn.body).toBe(200);
      expect(signedIn.headers['set-cookie']).toMatch(/^diemcau_session=[A-Za-z0-9_-]{43};/);
      const rows = (await services.audit.list({ limit: 10 })).filter((row) => row.seq > since);
      expect(rows.map((row) => row.action).reverse()).toEqual(['user.setup_admin', 'session.login']);
      expect(await call(app, { url: `${API}/setup/status` }, 200)).toEqual({ needsSetup: false });
      const again = await app.inject({ method: 'POST', url: `${API}/setup`, payload });
      expect(again.statusCode).toBeGreaterThanOrEqual(400);
      expect(again.statusCode).toBeLessThan(500);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
