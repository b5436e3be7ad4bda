import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Conference } from '../domain/conference.schema.js';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { loadReferenceUnitLists } from './administrative-unit-service.js';
import { createServices, type Services } from './index.js';
import { sampleDraft } from './plan-draft.fixture.js';
import { agendaInput, groupInput, pointInput, rejection, steppingClock, taskInput } from './testing.js';

describeDatabases('plan writes on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let plan: Conference;
  let other: Conference;
  beforeEach(async () => {
    database = await open();
    services = createServices(database, { now: steppingClock() });
    plan = await services.conferences.createFromDraft(sampleDraft());
    other = await services.conferences.createFromDraft(sampleDraft());
  });
  afterEach(() => database.close());
  const s = () => services.conferences;

  it('keeps one host point: a new host demotes the previous one; a write answers what changed', async () => {
    const oldHost = plan.bridgePoints[0]!.id;
    const added = await s().addBridgePoint(plan.id, pointInput('  Hội trường mới ', { isHost: true }));
    // The new point and the demoted host, nothing else.
    expect(added.points.map((p) => [p.id, p.isHost])).toEqual([
      [oldHost, false],
      [added.id, true],
    ]);
    expect(added.points.at(-1)).toMatchObject({ id: added.id, name: 'Hội trường mới', position: 2 });
    expect(added).toMatchObject({ version: 2, removedIds: [], reordered: false });
    expect(added.bridgePointSummary).toMatchObject({ rows: 3, hosts: 1, inline: true });
    const back = await s().updateBridgePoint(plan.id, oldHost, { isHost: true });
    expect(back.points.filter((p) => p.isHost).map((p) => p.id)).toEqual([oldHost]);
    expect(back.version).toBe(3);
    expect((await s().get(plan.id)).bridgePoints.filter((p) => p.isHost).map((p) => p.id)).toEqual([oldHost]);
    // The other conference's host is untouched.
    expect((await s().get(other.id)).bridgePoints[0]!.isHost).toBe(true);
  });

  it('updates, reorders and removes bridge points; groups at a removed point go with it', async () => {
    const [host, district] = plan.bridgePoints;
    const updated = await s().updateBridgePoint(plan.id, district!.id, { quota: 25, operatorPhone: ' 0277 ' });
    expect(updated.points).toHaveLength(1);
    expect(updated.points[0]).toMatchObject({ quota: 25, operatorPhone: '0277', name: district!.name });
    const reordered = await s().reorderBridgePoints(plan.id, [district!.id, host!.id]);
    expect(reordered).toMatchObject({ points: [], removedIds: [], reordered: true });
    expect((await s().get(plan.id)).bridgePoints.map((p) => [p.id, p.position])).toEqual([
      [district!.id, 0],
      [host!.id, 1],
    ]);
    expect((await rejection(s().reorderBridgePoints(plan.id, [district!.id]))).code).toBe('bridge_point.order_invalid');
    expect((await rejection(s().updateBridgePoint(plan.id, other.bridgePoints[0]!.id, { quota: 1 }))).code).toBe('bridge_point.not_found');
    const removed = await s().removeBridgePoint(plan.id, host!.id);
    expect(removed).toMatchObject({ points: [], removedIds: [host!.id] });
    expect(removed.bridgePointSummary).toMatchObject({ rows: 1, hosts: 0 });
    const after = await s().get(plan.id);
    expect(after.bridgePoints.map((p) => p.id)).toEqual([district!.id]);
    expect(after.participantGroups.map((g) => g.scope)).toEqual(['every_other_point']);
    expect((await rejection(s().removeBridgePoint(plan.id, host!.id))).status).toBe(404);
  });

  it('rejects ids of another conference with 422 and changes nothing', async () => {
    const foreignPoint = other.bridgePoints[0]!.id;
    const foreignItem = other.agendaItems[0]!.id;
    const foreignAssignment = other.assignments[0]!.id;
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => s().addParticipantGroup(plan.id, groupInput('X', { scope: 'point', bridgePointId: foreignPoint })),
        'participant_group.unknown_bridge_point',
      ],
      [
        () => s().updateParticipantGroup(plan.id, plan.participantGroups[0]!.id, { bridgePointId: foreignPoint }),
        'participant_group.unknown_bridge_point',
      ],
      [() => s().addAgendaItem(plan.id, agendaInput('X', { parentId: foreignItem })), 'agenda_item.unknown_parent'],
      [() => s().updateAgendaItem(plan.id, plan.agendaItems[0]!.id, { parentId: foreignItem }), 'agenda_item.unknown_parent'],
      [() => s().addTask(plan.id, taskInput(foreignAssignment, 'X')), 'task.unknown_assignment'],
      [() => s().addTask(plan.id, taskInput(plan.assignments[0]!.id, 'X', { agendaItemId: foreignItem })), 'task.unknown_agenda_item'],
      [() => s().updateTask(plan.id, plan.tasks[0]!.id, { assignmentId: foreignAssignment }), 'task.unknown_assignment'],
      [() => s().reorderTasks(plan.id, plan.assignments[0]!.id, [other.tasks[0]!.id]), 'task.order_invalid'],
      [
        () =>
          s().reorderAssignments(
            plan.id,
            other.assignments.map((a) => a.id),
          ),
        'assignment.order_invalid',
      ],
    ];
    for (const [write, code] of cases) {
      const error = await rejection(write());
      expect([error.status, error.code]).toEqual([422, code]);
      expect(error.localized.vi.length).toBeGreaterThan(0);
    }
    expect((await rejection(s().reorderTasks(plan.id, foreignAssignment, []))).code).toBe('assignment.not_found');
    expect((await rejection(s().removeTask(plan.id, other.tasks[0]!.id))).code).toBe('task.not_found');
    expect((await rejection(s().removeUnclassified(plan.id, other.unclassified[0]!.id))).code).toBe('unclassified.not_found');
    expect(await s().readPlan(plan.id)).toEqual(plan);
    expect(await s().readPlan(other.id)).toEqual(other);
  });

  it('checks the scope of participant groups', async () => {
    const host = plan.bridgePoints[0]!.id;
    const { id, conference } = await s().addParticipantGroup(
      plan.id,
      groupInput('Thường trực Tỉnh ủy.', { scope: 'point', bridgePointId: host }),
    );
    expect(conference.participantGroups.at(-1)).toMatchObject({ id, bridgePointId: host, position: 3 });
    expect((await rejection(s().addParticipantGroup(plan.id, groupInput('X', { scope: 'point' })))).code).toBe(
      'participant_group.bridge_point_required',
    );
    expect((await rejection(s().updateParticipantGroup(plan.id, id, { scope: 'every_other_point' }))).code).toBe(
      'participant_group.bridge_point_not_allowed',
    );
    const ids = conference.participantGroups.map((g) => g.id).reverse();
    expect((await s().reorderParticipantGroups(plan.id, ids)).participantGroups.map((g) => g.id)).toEqual(ids);
    expect((await s().removeParticipantGroup(plan.id, id)).participantGroups).toHaveLength(3);
  });

  it('edits the agenda tree: add under a parent, move, reorder, remove with sub-items', async () => {
    const five = plan.agendaItems.find((i) => i.number === '5')!;
    const { id: sub, conference: c1 } = await s().addAgendaItem(
      plan.id,
      agendaInput('Sở Thông tin và Truyền thông', { number: '-', parentId: five.id }),
    );
    expect(c1.agendaItems.filter((i) => i.parentId === five.id).map((i) => [i.id === sub, i.position])).toEqual([
      [false, 0],
      [false, 1],
      [true, 2],
    ]);
    expect((await rejection(s().addAgendaItem(plan.id, agendaInput('X', { parentId: sub })))).code).toBe('agenda_item.too_deep');
    expect((await rejection(s().updateAgendaItem(plan.id, five.id, { parentId: plan.agendaItems[0]!.id }))).code).toBe(
      'agenda_item.too_deep',
    );
    const moved = await s().updateAgendaItem(plan.id, sub, { parentId: null, durationMinutes: 7 });
    expect(moved.agendaItems.at(-1)).toMatchObject({ id: sub, parentId: null, durationMinutes: 7 });

    // The whole agenda reversed at the top level, sub-items of 5 kept under it in reverse.
    const top = moved.agendaItems.filter((i) => i.parentId === null).reverse();
    const order = top.flatMap((t) => [
      { id: t.id, parentId: null },
      ...moved.agendaItems
        .filter((i) => i.parentId === t.id)
        .reverse()
        .map((i) => ({ id: i.id, parentId: t.id })),
    ]);
    const reordered = await s().reorderAgenda(plan.id, order);
    expect(reordered.agendaItems.map((i) => ({ id: i.id, parentId: i.parentId }))).toEqual(order);
    expect((await rejection(s().reorderAgenda(plan.id, order.slice(1)))).code).toBe('agenda_item.order_invalid');

    const removed = await s().removeAgendaItem(plan.id, five.id);
    expect(removed.agendaItems.some((i) => i.parentId === five.id || i.id === five.id)).toBe(false);
    expect(removed.agendaItems).toHaveLength(plan.agendaItems.length + 1 - 3);
  });

  it('keeps a task when the agenda item it prepares is removed', async () => {
    const task = plan.tasks[0]!;
    const after = await s().removeAgendaItem(plan.id, task.agendaItemId!);
    expect(after.tasks.find((t) => t.id === task.id)?.agendaItemId).toBeNull();
  });

  it('edits assignments and tasks', async () => {
    const [first, second] = plan.assignments;
    const { id: a3, conference: c1 } = await s().addAssignment(plan.id, {
      leadAgency: ' Sở Thông tin và Truyền thông ',
      cooperatingAgencies: ['Báo Đồng Tháp', ' Đài PTTH Đồng Tháp'],
      heading: '4. Các cơ quan báo, đài',
    });
    expect(c1.assignments.at(-1)).toMatchObject({
      id: a3,
      leadAgency: 'Sở Thông tin và Truyền thông',
      cooperatingAgencies: ['Báo Đồng Tháp', 'Đài PTTH Đồng Tháp'],
    });
    const { id: t1, conference: c2 } = await s().addTask(plan.id, taskInput(a3, 'Tham dự, đưa tin.', { deadline: '2021-07-07' }));
    expect(c2.tasks.at(-1)).toMatchObject({ id: t1, assignmentId: a3, position: 0 });
    // Moving a task to another assignment puts it last there.
    const c3 = await s().updateTask(plan.id, plan.tasks[0]!.id, { assignmentId: second!.id, status: 'done' });
    expect(
      c3.tasks
        .filter((t) => t.assignmentId === second!.id)
        .map((t) => t.id)
        .at(-1),
    ).toBe(plan.tasks[0]!.id);
    const secondTasks = c3.tasks
      .filter((t) => t.assignmentId === second!.id)
      .map((t) => t.id)
      .reverse();
    const c4 = await s().reorderTasks(plan.id, second!.id, secondTasks);
    expect(c4.tasks.filter((t) => t.assignmentId === second!.id).map((t) => t.id)).toEqual(secondTasks);
    const c5 = await s().reorderAssignments(plan.id, [a3, second!.id, first!.id]);
    expect(c5.assignments.map((a) => a.id)).toEqual([a3, second!.id, first!.id]);
    expect(c5.tasks.map((t) => t.assignmentId)).toEqual([a3, ...secondTasks.map(() => second!.id)]);
    const c6 = await s().updateAssignment(plan.id, a3, { cooperatingAgencies: [] });
    expect(c6.assignments[0]!.cooperatingAgencies).toEqual([]);
    const c7 = await s().removeAssignment(plan.id, second!.id);
    expect(c7.tasks.map((t) => t.id)).toEqual([t1]);
    expect(c7.version).toBe(plan.version + 7);
  });

  it('replaces cost lines and the distribution list; dismisses unclassified lines', async () => {
    const c1 = await s().replaceCostLines(plan.id, [
      { description: 'Hội trường', amountVnd: 1_000_000_000_000 },
      { description: 'Nước uống', amountVnd: 0 },
    ]);
    expect(c1.costLines.map((l) => [l.description, l.amountVnd, l.position])).toEqual([
      ['Hội trường', 1_000_000_000_000, 0],
      ['Nước uống', 0, 1],
    ]);
    const c2 = await s().replaceDistribution(plan.id, [{ text: 'Lưu: VT.' }]);
    expect(c2.distribution.map((l) => l.text)).toEqual(['Lưu: VT.']);
    const bad = await rejection(s().replaceDistribution(plan.id, [{ text: '' }]));
    expect([bad.status, bad.fields[0]?.path]).toEqual([400, '/lines/0/text']);
    const c3 = await s().removeUnclassified(plan.id, plan.unclassified[0]!.id);
    expect(c3.unclassified).toEqual([]);
    expect(c3.version).toBe(plan.version + 3);
  });

  it('creates one hall per administrative unit, skipping units that have one', async () => {
    expect(await loadReferenceUnitLists(database)).toEqual(['dong-thap-2021', 'vn-2025']);
    expect(await loadReferenceUnitLists(database)).toEqual(['dong-thap-2021', 'vn-2025']);
    const lists = await services.administrativeUnits.list();
    expect(lists.map((list) => [list.id, list.validOn, list.units.length])).toEqual([
      ['vn-2025', '2025-07-01', 34 + 3320],
      ['dong-thap-2021', '2021-07-01', 12],
    ]);
    expect(lists[0]!.source).toContain('khanhk8a/vn-geo');
    const c = await s().addBridgePointsFromUnits(plan.id, { unitListId: 'dong-thap-2021', quota: 20 });
    // The sample plan already has Châu Thành (877): the answer holds the 11 new points only.
    expect(c.points).toHaveLength(11);
    expect(c.points.filter((p) => p.unitCode === '877')).toHaveLength(0);
    expect(c.points[0]).toMatchObject({ name: 'UBND thành phố Cao Lãnh', kind: 'hall', quota: 20, unitCode: '866', position: 2 });
    expect(c.points.map((p) => p.name)).toContain('UBND huyện Cao Lãnh');
    expect(c.bridgePointSummary.rows).toBe(13);
    const again = await s().addBridgePointsFromUnits(plan.id, { unitListId: 'dong-thap-2021' });
    expect(again.points).toHaveLength(0);
    expect(again.bridgePointSummary.rows).toBe(13);
    expect((await rejection(s().addBridgePointsFromUnits(plan.id, { unitListId: 'nope' }))).code).toBe(
      'administrative_unit_list.not_found',
    );
    const unknown = await rejection(s().addBridgePointsFromUnits(other.id, { unitListId: 'dong-thap-2021', unitCodes: ['866', '1'] }));
    expect(unknown.code).toBe('administrative_unit.unknown');
    expect((await s().get(other.id)).bridgePoints).toHaveLength(2);
  });

  it('deleting a conference cascades to every part of it and leaves the others', async () => {
    const { deleteConference } = await import('../storage/repositories/conference-repository.js');
    expect(await deleteConference(database.db, plan.id)).toBe(true);
    for (const table of [
      'bridge_points',
      'participant_groups',
      'assignments',
      'tasks',
      'agenda_items',
      'cost_lines',
      'distribution_lines',
      'unclassified_lines',
    ] as const) {
      const rows = await database.db.selectFrom(table).select('conference_id').execute();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.conference_id === other.id),
        table,
      ).toBe(true);
    }
    expect((await rejection(s().get(plan.id))).status).toBe(404);
    expect(await s().readPlan(other.id)).toEqual(other);
  });
});
