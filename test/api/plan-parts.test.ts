import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { BridgePointChanges } from '../../src/services/conference-service.types.js';
import {
  API,
  agendaItemInput,
  assignmentInput,
  bridgePointInput,
  call,
  createConference,
  expectErrorBody,
  openTestApp,
  participantGroupInput,
  seedConference,
  taskInput,
  apiDatabases,
  describeDatabases,
  type Created,
  type TestApp,
} from './helpers.js';

type Changes = Omit<BridgePointChanges, 'points'> & { points: (BridgePointChanges['points'][number] & { allowedActions: string[] })[] };

describeDatabases(
  'plan parts on $dialect',
  (dbCase) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
    });
    afterAll(() => t?.close());

    const url = (conference: Conference, path: string) => `${API}/conferences/${conference.id}${path}`;

    it('bridge points: add, change, reorder, remove; each write answers what changed, not the plan', async () => {
      const conference = await createConference(t.app);
      const first = await call<Changes & { id: string }>(
        t.app,
        { method: 'POST', url: url(conference, '/bridge-points'), payload: bridgePointInput({ isHost: true }) },
        201,
      );
      expect(first.points).toEqual([expect.objectContaining({ id: first.id, name: 'Điểm cầu Tỉnh', isHost: true, quota: 40 })]);
      expect(first.points[0]!.allowedActions).toContain('bridge_point.update');
      expect(first).toMatchObject({ version: conference.version + 1, removedIds: [], reordered: false });
      expect(first.bridgePointSummary).toMatchObject({ rows: 1, points: 1, hosts: 1, inline: true });
      expect(first).not.toHaveProperty('conference');
      const second = await call<Changes & { id: string }>(
        t.app,
        {
          method: 'POST',
          url: url(conference, '/bridge-points'),
          headers: { 'if-match': String(first.version) },
          payload: bridgePointInput({ name: 'UBND thành phố Sa Đéc', quota: 25 }),
        },
        201,
      );
      const changed = await call<Changes>(
        t.app,
        {
          method: 'PATCH',
          url: url(conference, `/bridge-points/${second.id}`),
          payload: { quota: 30, operatorName: 'Trần Thị B' },
        },
        200,
      );
      expect(changed.points).toEqual([
        expect.objectContaining({ id: second.id, quota: 30, operatorName: 'Trần Thị B', name: 'UBND thành phố Sa Đéc', position: 1 }),
      ]);
      const reordered = await call<Changes>(
        t.app,
        {
          method: 'PUT',
          url: url(conference, '/bridge-points/order'),
          payload: { ids: [second.id, first.id] },
        },
        200,
      );
      expect(reordered).toMatchObject({ reordered: true, points: [], version: changed.version + 1 });
      const plan = await call<Conference>(t.app, { url: url(conference, '') }, 200);
      expect(plan.bridgePoints.map((p) => p.id)).toEqual([second.id, first.id]);
      const removed = await call<Changes>(t.app, { method: 'DELETE', url: url(conference, `/bridge-points/${second.id}`) }, 200);
      expect(removed).toMatchObject({ removedIds: [second.id], points: [] });
      expect(removed.bridgePointSummary.rows).toBe(1);
      expectErrorBody(await t.app.inject({ method: 'DELETE', url: url(conference, `/bridge-points/${second.id}`) }), 404);
    });

    it('bridge points from administrative units, listed by GET /administrative-unit-lists', async () => {
      const lists = await call<{
        items: { id: string; name: string; validOn: string; units: { code: string; name: string; kind: string }[] }[];
      }>(t.app, { url: `${API}/administrative-unit-lists` }, 200);
      const dongThap = lists.items.find((list) => list.units.length === 12);
      expect(dongThap, JSON.stringify(lists.items.map((l) => l.id))).toBeDefined();
      expect(dongThap!.validOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const conference = await createConference(t.app);
      const codes = dongThap!.units.slice(0, 3).map((unit) => unit.code);
      const withPoints = await call<Changes>(
        t.app,
        {
          method: 'POST',
          url: url(conference, '/bridge-points/from-units'),
          payload: { unitListId: dongThap!.id, unitCodes: codes, quota: 15 },
        },
        201,
      );
      expect(withPoints.points.map((p) => p.unitCode)).toEqual(codes);
      expect(withPoints.points.every((p) => p.name.startsWith('UBND ') && p.quota === 15 && p.kind === 'hall')).toBe(true);
      expect(withPoints.bridgePointSummary.rows).toBe(3);
      const unknownUnit = await t.app.inject({
        method: 'POST',
        url: url(conference, '/bridge-points/from-units'),
        payload: { unitListId: dongThap!.id, unitCodes: ['no-such-unit'] },
      });
      expectErrorBody(unknownUnit, 422);
    });

    it('participant groups: add per point and for every other point, change, reorder, remove', async () => {
      const conference = await createConference(t.app);
      const point = await call<Created>(
        t.app,
        { method: 'POST', url: url(conference, '/bridge-points'), payload: bridgePointInput() },
        201,
      );
      const a = await call<Created>(
        t.app,
        { method: 'POST', url: url(conference, '/participant-groups'), payload: participantGroupInput(point.id) },
        201,
      );
      const b = await call<Created>(
        t.app,
        {
          method: 'POST',
          url: url(conference, '/participant-groups'),
          payload: participantGroupInput(null, { text: 'Chủ tịch UBND các xã, phường, thị trấn', invitedBy: 'Chủ tịch UBND cấp huyện' }),
        },
        201,
      );
      expect(b.conference.participantGroups).toHaveLength(2);
      const changed = await call<Conference>(
        t.app,
        { method: 'PATCH', url: url(conference, `/participant-groups/${a.id}`), payload: { isPresiding: true } },
        200,
      );
      expect(changed.participantGroups.find((g) => g.id === a.id)?.isPresiding).toBe(true);
      const reordered = await call<Conference>(
        t.app,
        { method: 'PUT', url: url(conference, '/participant-groups/order'), payload: { ids: [b.id, a.id] } },
        200,
      );
      expect(reordered.participantGroups.map((g) => g.id)).toEqual([b.id, a.id]);
      const removed = await call<Conference>(t.app, { method: 'DELETE', url: url(conference, `/participant-groups/${a.id}`) }, 200);
      expect(removed.participantGroups.map((g) => g.id)).toEqual([b.id]);
      const badScope = await t.app.inject({
        method: 'POST',
        url: url(conference, '/participant-groups'),
        payload: participantGroupInput(null, { scope: 'point' }),
      });
      expectErrorBody(badScope, 422);
    });

    it('assignments and tasks: add, change, move, reorder, remove', async () => {
      const conference = await createConference(t.app);
      const first = await call<Created>(t.app, { method: 'POST', url: url(conference, '/assignments'), payload: assignmentInput() }, 201);
      const second = await call<Created>(
        t.app,
        {
          method: 'POST',
          url: url(conference, '/assignments'),
          payload: assignmentInput({ leadAgency: 'Sở Tài chính', heading: '2. Sở Tài chính' }),
        },
        201,
      );
      const renamed = await call<Conference>(
        t.app,
        { method: 'PATCH', url: url(conference, `/assignments/${second.id}`), payload: { cooperatingAgencies: ['Kho bạc Nhà nước'] } },
        200,
      );
      expect(renamed.assignments[1]?.cooperatingAgencies).toEqual(['Kho bạc Nhà nước']);
      const order = await call<Conference>(
        t.app,
        { method: 'PUT', url: url(conference, '/assignments/order'), payload: { ids: [second.id, first.id] } },
        200,
      );
      expect(order.assignments.map((a) => a.id)).toEqual([second.id, first.id]);

      const task1 = await call<Created>(t.app, { method: 'POST', url: url(conference, '/tasks'), payload: taskInput(first.id) }, 201);
      const task2 = await call<Created>(
        t.app,
        { method: 'POST', url: url(conference, '/tasks'), payload: taskInput(first.id, { text: 'Dự thảo bài phát biểu' }) },
        201,
      );
      const done = await call<Conference>(
        t.app,
        { method: 'PATCH', url: url(conference, `/tasks/${task1.id}`), payload: { status: 'done' } },
        200,
      );
      expect(done.tasks.find((task) => task.id === task1.id)?.status).toBe('done');
      const tasksOrdered = await call<Conference>(
        t.app,
        {
          method: 'PUT',
          url: url(conference, `/assignments/${first.id}/tasks/order`),
          payload: { ids: [task2.id, task1.id] },
        },
        200,
      );
      expect(tasksOrdered.tasks.filter((task) => task.assignmentId === first.id).map((task) => task.id)).toEqual([task2.id, task1.id]);
      const moved = await call<Conference>(
        t.app,
        { method: 'PATCH', url: url(conference, `/tasks/${task2.id}`), payload: { assignmentId: second.id } },
        200,
      );
      expect(moved.tasks.find((task) => task.id === task2.id)?.assignmentId).toBe(second.id);
      const withoutTask = await call<Conference>(t.app, { method: 'DELETE', url: url(conference, `/tasks/${task2.id}`) }, 200);
      expect(withoutTask.tasks.map((task) => task.id)).toEqual([task1.id]);
      const withoutAssignment = await call<Conference>(t.app, { method: 'DELETE', url: url(conference, `/assignments/${first.id}`) }, 200);
      expect(withoutAssignment.assignments.map((a) => a.id)).toEqual([second.id]);
      expect(withoutAssignment.tasks).toEqual([]);
    });

    it('a task naming an assignment of another conference is refused and nothing is written', async () => {
      const other = await seedConference(t.app);
      const conference = await createConference(t.app);
      const response = await t.app.inject({ method: 'POST', url: url(conference, '/tasks'), payload: taskInput(other.assignments[0]!.id) });
      expect([404, 422]).toContain(response.statusCode);
      expectErrorBody(response, response.statusCode);
      expect(await call<Conference>(t.app, { url: url(conference, '') }, 200)).toEqual(conference);
    });

    it('agenda: add items and sub-items, change, reorder the tree, remove, and the computed schedule', async () => {
      const conference = await createConference(t.app);
      const post = (payload: object) => call<Created>(t.app, { method: 'POST', url: url(conference, '/agenda-items'), payload }, 201);
      const opening = await post(agendaItemInput({ durationMinutes: 5 }));
      const report = await post(agendaItemInput({ content: 'Báo cáo kết quả', durationMinutes: 15 }));
      const group = await post(agendaItemInput({ content: 'Tham luận', durationMinutes: null, perSpeakerMinutes: 7 }));
      await post(agendaItemInput({ parentId: group.id, number: '-', content: 'Huyện Châu Thành', durationMinutes: null }));
      const speaker = await post(agendaItemInput({ parentId: group.id, number: '-', content: 'Thành phố Sa Đéc', durationMinutes: null }));
      const unknown = await post(agendaItemInput({ content: 'Phát biểu của chuyên gia', durationMinutes: null }));

      const schedule = await call<{
        items: { id: string; start: string; end: string | null; durationMinutes: number | null; startIsExact: boolean }[];
        byId: Record<string, { start: string }>;
        totals: { knownMinutes: number; unknownCount: number; end: string | null; itemsWithoutDuration: string[] };
      }>(t.app, { url: url(conference, '/schedule') }, 200);
      expect(schedule.byId[report.id]?.start).toBe('2021-07-07T08:05');
      expect(schedule.byId[group.id]).toMatchObject({ start: '2021-07-07T08:20', durationMinutes: 14, end: '2021-07-07T08:34' });
      expect(schedule.byId[unknown.id]).toMatchObject({ start: '2021-07-07T08:34', end: null, durationMinutes: null });
      expect(schedule.totals).toMatchObject({ knownMinutes: 34, unknownCount: 1, end: null, itemsWithoutDuration: [unknown.id] });

      const changed = await call<Conference>(
        t.app,
        { method: 'PATCH', url: url(conference, `/agenda-items/${opening.id}`), payload: { durationMinutes: 10 } },
        200,
      );
      expect(changed.agendaItems.find((item) => item.id === opening.id)?.durationMinutes).toBe(10);

      const children = changed.agendaItems.filter((i) => i.parentId === group.id).sort((a, b) => a.position - b.position);
      const order = [
        { id: report.id, parentId: null },
        { id: opening.id, parentId: null },
        { id: group.id, parentId: null },
        ...children.map((child) => ({ id: child.id, parentId: group.id })),
        { id: unknown.id, parentId: null },
      ];
      const reordered = await call<Conference>(
        t.app,
        { method: 'PUT', url: url(conference, '/agenda-items/order'), payload: { items: order } },
        200,
      );
      const after = await call<{ byId: Record<string, { start: string }> }>(t.app, { url: url(conference, '/schedule') }, 200);
      expect(after.byId[report.id]?.start).toBe('2021-07-07T08:00');
      expect(after.byId[opening.id]?.start).toBe('2021-07-07T08:15');
      expect(reordered.version).toBe(changed.version + 1);

      const incomplete = await t.app.inject({
        method: 'PUT',
        url: url(conference, '/agenda-items/order'),
        payload: { items: order.slice(1) },
      });
      expectErrorBody(incomplete, 422);

      const removed = await call<Conference>(t.app, { method: 'DELETE', url: url(conference, `/agenda-items/${group.id}`) }, 200);
      expect(removed.agendaItems.map((i) => i.id)).not.toContain(speaker.id);
      expect(removed.agendaItems).toHaveLength(3);
    });

    it('cost lines and distribution list are replaced as whole lists', async () => {
      const conference = await createConference(t.app);
      const costs = await call<Conference>(
        t.app,
        {
          method: 'PUT',
          url: url(conference, '/cost-lines'),
          payload: {
            lines: [
              { description: 'Thuê đường truyền', amountVnd: 3_000_000 },
              { description: 'Nước uống', amountVnd: 500_000 },
            ],
          },
        },
        200,
      );
      expect(costs.costLines.map((line) => [line.description, line.amountVnd])).toEqual([
        ['Thuê đường truyền', 3_000_000],
        ['Nước uống', 500_000],
      ]);
      const emptied = await call<Conference>(t.app, { method: 'PUT', url: url(conference, '/cost-lines'), payload: { lines: [] } }, 200);
      expect(emptied.costLines).toEqual([]);
      const distribution = await call<Conference>(
        t.app,
        {
          method: 'PUT',
          url: url(conference, '/distribution'),
          payload: { lines: [{ text: 'TT/TU, TT/HĐND Tỉnh;' }, { text: 'Lưu: VT, NC.' }] },
        },
        200,
      );
      expect(distribution.distribution.map((line) => line.text)).toEqual(['TT/TU, TT/HĐND Tỉnh;', 'Lưu: VT, NC.']);
      const negative = await t.app.inject({
        method: 'PUT',
        url: url(conference, '/cost-lines'),
        payload: { lines: [{ description: 'x', amountVnd: -1 }] },
      });
      expect(expectErrorBody(negative, 400, 'validation.failed').fields).toEqual([
        { path: '/lines/0/amountVnd', code: 'minimum', message: { vi: 'Phải lớn hơn hoặc bằng 0', en: 'Must be at least 0' } },
      ]);
    });
  },
  apiDatabases(),
);
