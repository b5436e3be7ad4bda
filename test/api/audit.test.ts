/**
 * The audit log through HTTP: every write endpoint of the route catalogue, the first set-up
 * included, leaves exactly one audit row with the actor and the change (the set-up row names
 * the session it opened; signing in with a link is a row in the link's name, which also names
 * the user session it ended); the organizer reads and filters their conference's log, the
 * administrator reads all, a delegate cannot.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { listWriteRoutes } from '../../src/server/route-catalog.js';
import type { AuditEntry } from '../../src/services/accounts/audit-context.js';
import type { TestDatabaseCase } from '../../src/storage/test-databases.js';
import { as, createUser, grant, linkSession, uniqueEmail, USER_PASSWORD } from './actors.js';
import {
  API,
  agendaItemInput,
  assignmentInput,
  bridgePointInput,
  call,
  expectErrorBody,
  json,
  openTestApp,
  participantGroupInput,
  seedConference,
  sessionCookieOf,
  signIn,
  taskInput,
  apiDatabases,
  describeDatabases,
  type TestApp,
} from './helpers.js';
import { multipartBody } from './multipart.js';
import { on, type Cases } from './audit-cases/case.js';
import { documentCases } from './audit-cases/documents.js';
import { consultationCases } from './audit-cases/consultations.js';
import { voteCases } from './audit-cases/votes.js';
import { recordCases } from './audit-cases/record.js';
import { writtenOpinionCases } from './audit-cases/written-opinions.js';
import { readFileSync } from 'node:fs';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { confirmedSend } from './confirmed-send.js';

const SEED_PLAN = readFileSync(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));
const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();

/** A delegate added through the service (no audit row through HTTP before the case's own). */
const addDelegate = async (t: TestApp, c: Conference, fullName = 'Trần Thị Ghi'): Promise<string> =>
  (await t.services.delegates.create(c.id, { bridgePointId: c.bridgePoints[0]!.id, fullName })).id;

/** The seed plan with one line the importer cannot place. */
const imported = async (t: TestApp) => {
  const data = `${SEED_PLAN.toString('utf8')}\n\nMột dòng lạ không thuộc mục nào.\n`;
  const form = multipartBody([{ name: 'file', fileName: 'kh.md', data }]);
  return (await call<{ conference: Conference }>(t.app, { method: 'POST', url: `${API}/imports`, ...form }, 201)).conference;
};

/** One valid request per write endpoint. */
const PLAN_CASES: Cases = {
  'POST /api/v1/conferences': {
    actions: ['conference.create'],
    prepare: async () => ({ method: 'POST', url: `${API}/conferences`, payload: { title: 'Hội nghị mới', startsAt: '2021-07-07T08:00' } }),
  },
  'PATCH /api/v1/conferences/:conferenceId': {
    actions: ['conference.update'],
    prepare: async (_t, c) => ({ method: 'PATCH', url: on(c), payload: { purpose: 'Mục đích mới' } }),
  },
  'POST /api/v1/conferences/:conferenceId/duplicate': {
    actions: ['conference.duplicate'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/duplicate'), payload: { shiftYears: 1 } }),
  },
  'POST /api/v1/conferences/:conferenceId/archive': {
    actions: ['conference.archive'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/archive') }),
  },
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
  'POST /api/v1/conferences/:conferenceId/bridge-points': {
    actions: ['bridge_point.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/bridge-points'), payload: bridgePointInput({ name: 'Điểm cầu mới' }) }),
  },
  'PUT /api/v1/conferences/:conferenceId/bridge-points/order': {
    actions: ['bridge_point.reorder'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/bridge-points/order'),
      payload: { ids: c.bridgePoints.map((p) => p.id).reverse() },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points/from-units': {
    actions: ['bridge_point.create_from_units'],
    prepare: async (t, c) => {
      const lists = await call<{ items: { id: string; units: { code: string }[] }[] }>(
        t.app,
        { url: `${API}/administrative-unit-lists` },
        200,
      );
      return {
        method: 'POST',
        url: on(c, '/bridge-points/from-units'),
        payload: { unitListId: lists.items[0]!.id, unitCodes: [lists.items[0]!.units[0]!.code] },
      };
    },
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points/from-unit-tree': {
    actions: ['bridge_point.create_from_unit_tree'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/bridge-points/from-unit-tree'), payload: { unitListId: 'vn-2025' } }),
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points/:pointId/expand': {
    actions: ['bridge_point.expand_group'],
    prepare: async (t, c) => {
      // A group of one province's communes to expand: made without an audit row of this action.
      const tree = await t.services.conferences.addBridgePointsFromUnitTree(c.id, { unitListId: 'vn-2025' });
      const group = tree.points.find((point) => point.groupCount !== null)!;
      return { method: 'POST', url: on(c, `/bridge-points/${group.id}/expand`), headers: { 'if-match': String(tree.version) } };
    },
  },
  'PUT /api/v1/conferences/:conferenceId/sessions': {
    actions: ['sessions.replace'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/sessions'),
      payload: {
        sessions: [
          { label: '', date: '2021-07-08', dateIsApproximate: false, startTime: '08:00', endTime: null, partOfDay: null, timeText: '' },
        ],
      },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/chairs': {
    actions: ['chairs.replace'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/chairs'),
      payload: {
        chairs: [{ role: 'chair', personName: 'Phạm Thiện Nghĩa', title: 'Chủ tịch UBND Tỉnh', text: 'Chủ trì: Chủ tịch UBND Tỉnh' }],
      },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/outline': {
    actions: ['outline.replace'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/outline'),
      payload: { sections: [{ key: 'i', parentKey: null, numbering: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose', paragraphs: [] }] },
    }),
  },
  'PATCH /api/v1/conferences/:conferenceId/bridge-points/:pointId': {
    actions: ['bridge_point.update'],
    prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/bridge-points/${c.bridgePoints[1]!.id}`), payload: { quota: 7 } }),
  },
  'DELETE /api/v1/conferences/:conferenceId/bridge-points/:pointId': {
    actions: ['bridge_point.delete'],
    prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/bridge-points/${c.bridgePoints[1]!.id}`) }),
  },
  'POST /api/v1/conferences/:conferenceId/participant-groups': {
    actions: ['participant_group.create'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/participant-groups'),
      payload: participantGroupInput(c.bridgePoints[0]!.id),
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/participant-groups/order': {
    actions: ['participant_group.reorder'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/participant-groups/order'),
      payload: { ids: c.participantGroups.map((g) => g.id).reverse() },
    }),
  },
  'PATCH /api/v1/conferences/:conferenceId/participant-groups/:groupId': {
    actions: ['participant_group.update'],
    prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/participant-groups/${c.participantGroups[0]!.id}`), payload: { count: 3 } }),
  },
  'DELETE /api/v1/conferences/:conferenceId/participant-groups/:groupId': {
    actions: ['participant_group.delete'],
    prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/participant-groups/${c.participantGroups[0]!.id}`) }),
  },
  'POST /api/v1/conferences/:conferenceId/assignments': {
    actions: ['assignment.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/assignments'), payload: assignmentInput({ heading: '3. Sở Tài chính' }) }),
  },
  'PUT /api/v1/conferences/:conferenceId/assignments/order': {
    actions: ['assignment.reorder'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/assignments/order'),
      payload: { ids: c.assignments.map((a) => a.id).reverse() },
    }),
  },
  'PATCH /api/v1/conferences/:conferenceId/assignments/:assignmentId': {
    actions: ['assignment.update'],
    prepare: async (_t, c) => ({
      method: 'PATCH',
      url: on(c, `/assignments/${c.assignments[0]!.id}`),
      payload: { leadAgency: 'Sở Tài chính' },
    }),
  },
  'DELETE /api/v1/conferences/:conferenceId/assignments/:assignmentId': {
    actions: ['assignment.delete'],
    prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/assignments/${c.assignments[1]!.id}`) }),
  },
  'PUT /api/v1/conferences/:conferenceId/assignments/:assignmentId/tasks/order': {
    actions: ['task.reorder'],
    prepare: async (_t, c) => {
      const assignment = c.assignments[0]!;
      const ids = c.tasks
        .filter((task) => task.assignmentId === assignment.id)
        .map((task) => task.id)
        .reverse();
      return { method: 'PUT', url: on(c, `/assignments/${assignment.id}/tasks/order`), payload: { ids } };
    },
  },
  'POST /api/v1/conferences/:conferenceId/tasks': {
    actions: ['task.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/tasks'), payload: taskInput(c.assignments[0]!.id) }),
  },
  'PATCH /api/v1/conferences/:conferenceId/tasks/:taskId': {
    actions: ['task.update'],
    prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/tasks/${c.tasks[0]!.id}`), payload: { status: 'done' } }),
  },
  'DELETE /api/v1/conferences/:conferenceId/tasks/:taskId': {
    actions: ['task.delete'],
    prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/tasks/${c.tasks[0]!.id}`) }),
  },
  'POST /api/v1/conferences/:conferenceId/agenda-items': {
    actions: ['agenda_item.create'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/agenda-items'), payload: agendaItemInput({ content: 'Bế mạc' }) }),
  },
  'PUT /api/v1/conferences/:conferenceId/agenda-items/order': {
    actions: ['agenda_item.reorder'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/agenda-items/order'),
      payload: { items: c.agendaItems.map((i) => ({ id: i.id, parentId: i.parentId })) },
    }),
  },
  'PATCH /api/v1/conferences/:conferenceId/agenda-items/:itemId': {
    actions: ['agenda_item.update'],
    prepare: async (_t, c) => ({ method: 'PATCH', url: on(c, `/agenda-items/${c.agendaItems[0]!.id}`), payload: { durationMinutes: 9 } }),
  },
  'DELETE /api/v1/conferences/:conferenceId/agenda-items/:itemId': {
    actions: ['agenda_item.delete'],
    prepare: async (_t, c) => ({ method: 'DELETE', url: on(c, `/agenda-items/${c.agendaItems[1]!.id}`) }),
  },
  'PUT /api/v1/conferences/:conferenceId/cost-lines': {
    actions: ['budget.replace'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, '/cost-lines'),
      payload: { lines: [{ description: 'Hoa', amountVnd: 500_000 }] },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/distribution': {
    actions: ['distribution.replace'],
    prepare: async (_t, c) => ({ method: 'PUT', url: on(c, '/distribution'), payload: { lines: [{ text: 'Lưu: VT.' }] } }),
  },
  'POST /api/v1/imports': {
    actions: ['conference.import'],
    prepare: async () => ({
      method: 'POST',
      url: `${API}/imports`,
      ...multipartBody([{ name: 'file', fileName: 'kh.txt', data: SEED_PLAN }]),
    }),
  },
  'DELETE /api/v1/conferences/:conferenceId/unclassified/:itemId': {
    actions: ['unclassified.delete'],
    prepare: async (t) => {
      const plan = await imported(t);
      return { method: 'DELETE', url: on(plan, `/unclassified/${plan.unclassified[0]!.id}`) };
    },
  },
  'POST /api/v1/auth/login': {
    actions: ['session.login'],
    prepare: async (t) => ({
      method: 'POST',
      url: `${API}/auth/login`,
      headers: { cookie: '' },
      payload: { email: t.admin.email, password: t.admin.password },
    }),
  },
  'POST /api/v1/auth/logout': {
    actions: ['session.logout'],
    prepare: async (t) => {
      const user = await createUser(t, 'dang-xuat');
      return {
        method: 'POST',
        url: `${API}/auth/logout`,
        headers: { cookie: user.credentials.cookie, 'x-csrf-token': user.credentials.csrfToken },
      };
    },
  },
  'POST /api/v1/auth/password': {
    actions: ['user.set_password'],
    prepare: async (t) => {
      const created = await call<{ link: string }>(
        t.app,
        { method: 'POST', url: `${API}/users`, payload: { email: uniqueEmail('mat-khau'), displayName: 'Mật khẩu' } },
        201,
      );
      return {
        method: 'POST',
        url: `${API}/auth/password`,
        headers: { cookie: '' },
        payload: { token: created.link.slice('/mat-khau/'.length), password: USER_PASSWORD },
      };
    },
  },
  'POST /api/v1/setup': {
    actions: ['user.setup_admin'],
    fresh: true,
    prepare: async (t) => {
      const { token } = await t.services.accounts.createFirstAdminSetupLink();
      return {
        method: 'POST',
        url: `${API}/setup`,
        headers: { cookie: '' },
        payload: { token, email: uniqueEmail('quan-tri'), displayName: 'Quản trị', password: USER_PASSWORD },
      };
    },
  },
  // Signing in with a link: one row in the link's name (the use is also counted on the link).
  'POST /api/v1/auth/link': {
    actions: ['session.link_login'],
    actor: 'link',
    prepare: async (t, c) => {
      const link = await linkSession(t, c.id, 'guest');
      return { method: 'POST', url: `${API}/auth/link`, headers: { cookie: '' }, payload: { token: link.token } };
    },
  },
  'POST /api/v1/users': {
    actions: ['user.create'],
    prepare: async () => ({ method: 'POST', url: `${API}/users`, payload: { email: uniqueEmail('moi'), displayName: 'Người mới' } }),
  },
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
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, '/memberships'),
      payload: { email: (await createUser(t, 'thanh-vien')).email, role: 'chair', bridgePointIds: [] },
    }),
  },
  'DELETE /api/v1/conferences/:conferenceId/memberships/:membershipId': {
    actions: ['membership.revoke'],
    prepare: async (t, c) => ({
      method: 'DELETE',
      url: on(c, `/memberships/${await grant(t, c.id, await createUser(t, 'thu-hoi'), 'observer')}`),
    }),
  },
  'POST /api/v1/conferences/:conferenceId/access-links': {
    actions: ['access_link.create'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/access-links'),
      payload: { purpose: 'operator', bridgePointId: c.bridgePoints[0]!.id, label: 'Kỹ thuật', expiresAt: inAWeek() },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/access-links/:linkId/revoke': {
    actions: ['access_link.revoke'],
    prepare: async (t, c) => ({ method: 'POST', url: on(c, `/access-links/${(await linkSession(t, c.id, 'guest')).id}/revoke`) }),
  },
  'POST /api/v1/conferences/:conferenceId/delegates': {
    actions: ['delegate.create'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/delegates'),
      payload: { bridgePointId: c.bridgePoints[0]!.id, fullName: 'Nguyễn Văn Nhật Ký' },
    }),
  },
  'PATCH /api/v1/conferences/:conferenceId/delegates/:delegateId': {
    actions: ['delegate.update'],
    prepare: async (t, c) => ({ method: 'PATCH', url: on(c, `/delegates/${await addDelegate(t, c)}`), payload: { title: 'Phó Chủ tịch' } }),
  },
  'POST /api/v1/conferences/:conferenceId/check-ins': {
    actions: ['delegate.check_in'],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, '/check-ins'),
      payload: { key: `kiem-tra-${Date.now()}`, delegateId: await addDelegate(t, c), method: 'search' },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/walk-ins': {
    actions: ['delegate.walk_in'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/walk-ins'),
      payload: { key: `vang-lai-${Date.now()}`, bridgePointId: c.bridgePoints[0]!.id, fullName: 'Đỗ Văn Vãng Lai' },
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/headcounts/:pointId': {
    actions: ['headcount.report'],
    prepare: async (_t, c) => ({ method: 'PUT', url: on(c, `/headcounts/${c.bridgePoints[0]!.id}`), payload: { count: 37 } }),
  },
  'POST /api/v1/conferences/:conferenceId/delegates/:delegateId/protocol-position': {
    actions: ['delegate.reorder'],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, `/delegates/${await addDelegate(t, c)}/protocol-position`),
      payload: { targetId: await addDelegate(t, c), place: 'before' },
    }),
  },
  'DELETE /api/v1/conferences/:conferenceId/delegates/:delegateId': {
    actions: ['delegate.delete'],
    prepare: async (t, c) => ({ method: 'DELETE', url: on(c, `/delegates/${await addDelegate(t, c)}`) }),
  },
  // The preview of an import writes nothing; the import itself leaves one row for all its delegates.
  'POST /api/v1/conferences/:conferenceId/delegates/import/preview': {
    actions: [],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/delegates/import/preview'),
      ...multipartBody([{ name: 'file', fileName: 'ds.csv', data: 'Họ và tên;Điểm cầu\nLê Văn Xem;' + c.bridgePoints[0]!.name + '\n' }]),
    }),
  },
  'POST /api/v1/conferences/:conferenceId/delegates/import': {
    actions: ['delegate.import'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/delegates/import'),
      ...multipartBody([
        {
          name: 'file',
          fileName: 'ds.csv',
          data: `Họ và tên;Điểm cầu\nLê Văn Nhập;${c.bridgePoints[0]!.name}\nPhan Thị Nhập;${c.bridgePoints[1]!.name}\n`,
        },
      ]),
    }),
  },
  'PUT /api/v1/conferences/:conferenceId/bridge-points/:pointId/seating/layout': {
    actions: ['seating.save_layout'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, `/bridge-points/${c.bridgePoints[0]!.id}/seating/layout`),
      payload: { rows: 2, seatsPerRow: 5, spacing: 'every_other' },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points/:pointId/seating/auto-assign': {
    actions: ['seating.auto_assign'],
    prepare: async (t, c) => {
      await addDelegate(t, c);
      return { method: 'POST', url: on(c, `/bridge-points/${c.bridgePoints[0]!.id}/seating/auto-assign`), payload: {} };
    },
  },
  'POST /api/v1/conferences/:conferenceId/bridge-points/:pointId/seating/move': {
    actions: ['seating.move'],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, `/bridge-points/${c.bridgePoints[0]!.id}/seating/move`),
      payload: { delegateId: await addDelegate(t, c), seat: 'A01' },
    }),
  },
  // Invitations (a delegate without e-mail: nothing to send, so no mail server is needed for the row).
  'POST /api/v1/conferences/:conferenceId/invitations/send': {
    actions: ['delegate.invite'],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, '/invitations/send'),
      payload: await confirmedSend(t.app, on(c, '/invitations'), { kind: 'invitation', delegateIds: [await addDelegate(t, c)] }),
    }),
  },
  // The preview of a send writes nothing.
  'POST /api/v1/conferences/:conferenceId/invitations/preview': {
    actions: [],
    prepare: async (t, c) => ({
      method: 'POST',
      url: on(c, '/invitations/preview'),
      payload: { kind: 'invitation', delegateIds: [await addDelegate(t, c)] },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/invitations/nominator-links': {
    actions: ['access_link.create'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/invitations/nominator-links'),
      payload: { bridgePointId: c.bridgePoints[0]!.id, label: 'Chủ tịch UBND huyện', expiresAt: inAWeek() },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/invitation/answer': {
    actions: ['delegate.answer'],
    actor: 'link',
    prepare: async (t, c) => {
      await call(t.app, { method: 'PATCH', url: on(c), payload: { startsAt: '2099-07-07T08:00' } }, 200);
      const delegateId = await addDelegate(t, c);
      await t.services.delegates.update(c.id, delegateId, { invitation: 'invited' });
      const link = await linkSession(t, c.id, 'delegate', { delegateId });
      return {
        method: 'POST',
        url: on(c, '/invitation/answer'),
        headers: { cookie: link.credentials.cookie, 'x-csrf-token': link.credentials.csrfToken },
        payload: { action: 'attend' },
      };
    },
  },
  // The live conference: one row per command, request, withdrawal, report and message.
  'POST /api/v1/conferences/:conferenceId/live/commands': {
    actions: ['live.start_meeting'],
    prepare: async (_t, c) => ({ method: 'POST', url: on(c, '/live/commands'), payload: START_CONFIRMED }),
  },
  // A first request to speak; the same clientKey sent again writes nothing (test/api/live-routes.test.ts).
  'POST /api/v1/conferences/:conferenceId/live/requests': {
    actions: ['live.request_floor'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/live/requests'),
      payload: { clientKey: `nhat-ky-${Date.now()}`, kind: 'speak', bridgePointId: c.bridgePoints[1]!.id },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/live/requests/:requestId/withdraw': {
    actions: ['live.withdraw'],
    prepare: async (t, c) => {
      const asked = await call<{ id: string }>(
        t.app,
        {
          method: 'POST',
          url: on(c, '/live/requests'),
          payload: { clientKey: `rut-${Date.now()}`, kind: 'speak', bridgePointId: c.bridgePoints[1]!.id },
        },
        200,
      );
      return { method: 'POST', url: on(c, `/live/requests/${asked.id}/withdraw`) };
    },
  },
  'PUT /api/v1/conferences/:conferenceId/live/halls/:pointId': {
    actions: ['live.report_hall'],
    prepare: async (_t, c) => ({
      method: 'PUT',
      url: on(c, `/live/halls/${c.bridgePoints[1]!.id}`),
      payload: { ready: true, headcount: 25, link: 'good', note: 'Sẵn sàng' },
    }),
  },
  // A watching hall's playback report is a measurement, like a measured link: no audit row (issue 19).
  'POST /api/v1/conferences/:conferenceId/live/playback': {
    actions: [],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/live/playback'),
      payload: { bridgePointId: c.bridgePoints[1]!.id, state: 'playing', latencyMs: 3200, rendition: '720p', stalls: 0 },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/live/messages': {
    actions: ['live.message'],
    prepare: async (_t, c) => ({
      method: 'POST',
      url: on(c, '/live/messages'),
      payload: { toBridgePointId: null, text: 'Các điểm cầu kiểm tra âm thanh.' },
    }),
  },
  'POST /api/v1/conferences/:conferenceId/nomination/delegates': {
    actions: ['delegate.nominate'],
    actor: 'link',
    prepare: async (t, c) => {
      const link = await linkSession(t, c.id, 'nominator', { bridgePointId: c.bridgePoints[0]!.id });
      return {
        method: 'POST',
        url: on(c, '/nomination/delegates'),
        headers: { cookie: link.credentials.cookie, 'x-csrf-token': link.credentials.csrfToken },
        payload: { fullName: 'Võ Văn Được Cử' },
      };
    },
  },
};

/** Every write endpoint's case: the plan, accounts, participants and the live meeting above; issue 16's parts in audit-cases/. */
const CASES: Cases = { ...PLAN_CASES, ...documentCases, ...consultationCases, ...voteCases, ...writtenOpinionCases, ...recordCases };

const newest = async (t: Pick<TestApp, 'services'>) => (await t.services.audit.list({ limit: 1 }))[0]?.seq ?? 0;
const rowsSince = async (t: Pick<TestApp, 'services'>, since: number) =>
  (await t.services.audit.list({ limit: 20 })).filter((row) => row.seq > since).reverse();

/** The app over a new database where nobody has gone through the set-up yet. */
async function openUnsetApp(dbCase: TestDatabaseCase) {
  const { buildApp } = await import('../../src/server/app.js');
  const { createServices, loadReferenceUnitLists } = await import('../../src/services/index.js');
  const database = await dbCase.open();
  await loadReferenceUnitLists(database);
  const services = createServices(database);
  const app = await buildApp({ services, database: { dialect: database.dialect }, webRoot: null });
  return { app, services, database, close: async () => (await app.close(), await database.close()) };
}

describeDatabases(
  'the audit log through HTTP on $dialect',
  (dbCase) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
    });
    afterAll(() => t?.close());

    it('has a case for every write endpoint, and each leaves exactly its audit rows with actor and change', async () => {
      // AUDIT_ONLY=<part of a path> checks only those routes (while writing their cases).
      const only = process.env.AUDIT_ONLY;
      const routes = listWriteRoutes(t.app)
        .map((route) => `${route.method} ${route.url}`)
        .filter((route) => !only || route.includes(only));
      if (!only) expect(routes).toContain('POST /api/v1/setup');
      expect(
        routes.filter((route) => !CASES[route]),
        'write endpoints without an audit case',
      ).toEqual([]);
      for (const route of routes) {
        const { fresh, actor = 'user', actions } = CASES[route]!;
        const unset = fresh ? await openUnsetApp(dbCase) : null;
        const target: TestApp = unset ? { ...t, app: unset.app, services: unset.services, database: unset.database } : t;
        try {
          const conference = await seedConference(t.app);
          const request = await CASES[route]!.prepare(target, conference);
          const since = await newest(target);
          const response = await target.app.inject(request);
          expect(response.statusCode, `${route}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
          const rows = await rowsSince(target, since);
          expect(
            rows.map((row) => row.action),
            route,
          ).toEqual(actions);
          for (const row of rows) {
            expect(row.actor.kind, route).toBe(actor);
            expect(actor === 'user' ? row.actor.userId : row.actor.linkId, route).toMatch(/^[0-9a-f-]{36}$/);
            expect(row.ip, route).toBe('127.0.0.1');
            expect(row.before !== null || row.after !== null, `${route}: ${row.action} records the change`).toBe(true);
          }
          // A refused write (no CSRF token) leaves no row.
          if (request.headers?.cookie === undefined) {
            const before = await newest(t);
            await t.rawInject({ ...request, headers: { ...(request.headers as object), cookie: t.admin.credentials.cookie } });
            expect(await newest(t), `${route}: a refused write left an audit row`).toBe(before);
          }
        } finally {
          await unset?.close();
        }
      }
    }, 300_000);

    it('leaves one row when a sign-in ends or replaces a session, and when a link session signs out', async () => {
      const conference = await seedConference(t.app);
      const user = await createUser(t, 'mot-dong');
      const link = await linkSession(t, conference.id, 'guest');

      // Signing in with a link in a browser that holds a user session: one row, which names the ended session.
      let since = await newest(t);
      const exchanged = await t.rawInject({
        method: 'POST',
        url: `${API}/auth/link`,
        headers: { cookie: user.credentials.cookie },
        payload: { token: link.token },
      });
      expect(exchanged.statusCode, exchanged.body).toBe(200);
      let rows = await rowsSince(t, since);
      expect(rows.map((row) => row.action)).toEqual(['session.link_login']);
      expect(rows[0]).toMatchObject({
        conferenceId: conference.id,
        entityId: link.id,
        actor: { kind: 'link', linkId: link.id, userId: null },
      });
      expect(rows[0]!.after).toMatchObject({ purpose: 'guest', endedSession: { userId: user.id } });
      expectErrorBody(await as(t, user.credentials)({ url: `${API}/conferences` }), 401, 'auth.session_expired');

      // Signing in again over a live session: one row, which names the session replaced.
      const first = await signIn(t.rawInject, user.email, USER_PASSWORD);
      since = await newest(t);
      const again = await t.rawInject({
        method: 'POST',
        url: `${API}/auth/login`,
        headers: { cookie: first.cookie },
        payload: { email: user.email, password: USER_PASSWORD },
      });
      expect(again.statusCode, again.body).toBe(200);
      rows = await rowsSince(t, since);
      expect(rows.map((row) => row.action)).toEqual(['session.login']);
      expect(rows[0]!.after).toMatchObject({ userId: user.id, replacedSessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

      // A wrong password writes no audit row (the failure is counted for the rate limit).
      since = await newest(t);
      const wrong = await t.rawInject({
        method: 'POST',
        url: `${API}/auth/login`,
        payload: { email: user.email, password: 'không-đúng-mật-khẩu' },
      });
      expectErrorBody(wrong, 401, 'auth.invalid_credentials');
      expect(await newest(t)).toBe(since);

      // Signing out of a link session: one row in the link's name; the link itself still works.
      since = await newest(t);
      const out = await as(t, link.credentials)({ method: 'POST', url: `${API}/auth/logout` });
      expect(out.statusCode, out.body).toBe(204);
      rows = await rowsSince(t, since);
      expect(rows.map((row) => [row.action, row.actor.kind, row.actor.linkId])).toEqual([['session.link_logout', 'link', link.id]]);
      expect((await as(t, link.credentials)({ url: `${API}/conferences/${conference.id}` })).statusCode).toBe(200);

      // Signing out without any session writes nothing.
      since = await newest(t);
      expect((await t.rawInject({ method: 'POST', url: `${API}/auth/logout`, headers: { cookie: '' } })).statusCode).toBe(204);
      expect(await newest(t)).toBe(since);
    });

    it('records who changed what: the plan write keeps only the changed field, before and after', async () => {
      const conference = await seedConference(t.app);
      const since = await newest(t);
      await call(
        t.app,
        { method: 'PATCH', url: on(conference, `/bridge-points/${conference.bridgePoints[0]!.id}`), payload: { quota: 99 } },
        200,
      );
      const [row] = (await t.services.audit.list({ limit: 5 })).filter((entry) => entry.seq > since);
      expect(row).toMatchObject({
        action: 'bridge_point.update',
        conferenceId: conference.id,
        actor: { userId: t.admin.id, label: t.admin.email },
      });
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
      const filtered = await call<Page>(
        asOrganizer,
        { url: `${API}/audit?conferenceId=${conference.id}&action=bridge_point.create&limit=1` },
        200,
      );
      expect(filtered.items.map((entry) => entry.action)).toEqual(['bridge_point.create']);
      expect(filtered.nextBeforeSeq).toBe(filtered.items[0]!.seq);
      const next = await call<Page>(
        asOrganizer,
        { url: `${API}/audit?conferenceId=${conference.id}&action=bridge_point.create&limit=1&beforeSeq=${filtered.nextBeforeSeq}` },
        200,
      );
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
  },
  apiDatabases(),
);

describeDatabases(
  'the first set-up through HTTP on $dialect',
  (dbCase) => {
    it('creates the administrator and signs them in, leaving one row that names the session', async () => {
      const { app, services, close } = await openUnsetApp(dbCase);
      try {
        expect(await call(app, { url: `${API}/setup/status` }, 200)).toEqual({ needsSetup: true });
        const { token } = await services.accounts.createFirstAdminSetupLink();
        const since = await newest({ services });
        const payload = { token, email: 'admin@dongthap.gov.vn', displayName: 'Quản trị', password: 'mật-khẩu-đủ-dài' };
        const signedIn = await app.inject({ method: 'POST', url: `${API}/setup`, payload });
        expect(signedIn.statusCode, signedIn.body).toBe(200);
        expect(signedIn.headers['set-cookie']).toMatch(/^diemcau_session=[A-Za-z0-9_-]{43};/);
        const admin = json<{ user: { id: string }; expiresAt: string }>(signedIn);
        const rows = await rowsSince({ services }, since);
        expect(rows.map((row) => row.action)).toEqual(['user.setup_admin']);
        expect(rows[0]).toMatchObject({ actor: { kind: 'user', userId: admin.user.id }, entityId: admin.user.id });
        expect(rows[0]!.after).toEqual({
          email: 'admin@dongthap.gov.vn',
          displayName: 'Quản trị',
          isAdmin: true,
          disabled: false,
          session: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), expiresAt: admin.expiresAt },
        });
        const me = await app.inject({ url: `${API}/auth/me`, headers: { cookie: sessionCookieOf(signedIn) } });
        expect(json<{ actor: { kind: string } }>(me).actor.kind).toBe('user');
        expect(await call(app, { url: `${API}/setup/status` }, 200)).toEqual({ needsSetup: false });
        const again = await app.inject({ method: 'POST', url: `${API}/setup`, payload });
        expect(again.statusCode).toBeGreaterThanOrEqual(400);
        expect(again.statusCode).toBeLessThan(500);
        // A refused set-up (the link already used) leaves no row and no administrator.
        expect(await newest({ services })).toBe(rows[0]!.seq);
      } finally {
        await close();
      }
    });
  },
  apiDatabases(),
);
