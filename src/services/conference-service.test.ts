import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DomainError } from '../domain/errors.js';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { createConferenceService } from './conference-service.js';
import type { ConferenceService } from './conference-service.types.js';
import { sampleDraft } from './plan-draft.fixture.js';
import { pointInput as point, rejection, steppingClock as clock } from './testing.js';

describeDatabases('conference service on $dialect', ({ open }) => {
  let database: TestDatabase;
  let service: ConferenceService;
  beforeEach(async () => {
    database = await open();
    service = createConferenceService(database, { now: clock() });
  });
  afterEach(() => database.close());

  it('creates a plan with the blank defaults, NFC and trimmed', async () => {
    const decomposed = '  Hội nghị trực tuyến  '.normalize('NFD');
    const created = await service.create({ title: decomposed, startsAt: '2021-07-07T08:00' });
    expect(created).toMatchObject({
      title: 'Hội nghị trực tuyến',
      version: 1,
      status: 'draft',
      archived: false,
      documentType: 'KH',
      signerAuthority: 'TM.',
      timeZone: 'Asia/Ho_Chi_Minh',
      createdAt: '2021-06-01T01:00:01.000Z',
      bridgePoints: [],
    });
    expect(created.title).toBe(created.title.normalize('NFC'));
    expect(await service.readPlan(created.id)).toEqual(created);
  });

  it('rejects bad input with a DomainError, never a crash', async () => {
    const error = await rejection(service.create({ title: '   ', startsAt: '2021-13-07T08:00' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation.failed');
    expect(error.fields.map((f) => f.path).sort()).toEqual(['/startsAt', '/title']);
    expect(error.fields.find((f) => f.path === '/title')?.message.vi).toBe('Không được để trống.');
    expect((await rejection(service.get('no-such-id'))).code).toBe('conference.not_found');
    expect((await rejection(service.createFromDraft({} as never))).status).toBe(400);
  });

  it('round-trips a whole imported plan', async () => {
    const draft = sampleDraft();
    const c = await service.createFromDraft(draft);
    expect(c.version).toBe(1);
    expect(c.title).toBe(draft.title);
    expect(c.bridgePoints.map((p) => [p.name, p.isHost, p.position])).toEqual([
      ['Điểm cầu Tỉnh', true, 0],
      ['UBND huyện Châu Thành', false, 1],
    ]);
    const host = c.bridgePoints[0]!;
    expect(c.participantGroups.map((g) => g.bridgePointId)).toEqual([host.id, host.id, null]);
    expect(c.agendaItems.map((i) => i.number)).toEqual(['1', '2', '5', '-', '-', '6', '10']);
    const five = c.agendaItems.find((i) => i.number === '5')!;
    expect(c.agendaItems.filter((i) => i.parentId === five.id).map((i) => i.position)).toEqual([0, 1]);
    expect(c.assignments.map((a) => a.cooperatingAgencies)).toEqual([[], ['Sở Nội vụ']]);
    expect(c.tasks.map((t) => t.assignmentId)).toEqual([c.assignments[0]!.id, c.assignments[1]!.id, c.assignments[1]!.id]);
    expect(c.tasks[0]).toMatchObject({
      agendaItemId: c.agendaItems[1]!.id,
      cooperatingAgencies: ['Văn phòng UBND Tỉnh'],
      deadline: '2021-07-01',
    });
    expect(c.costLines).toEqual([expect.objectContaining({ description: 'Nước uống, trái cây', amountVnd: 2_500_000 })]);
    expect(c.distribution.map((d) => d.text)).toEqual(['TT/TU, TT/HĐND Tỉnh;', 'Lưu: VT, T (KSTTHC).']);
    expect(c.unclassified).toHaveLength(1);
    expect(c.replacesInvitation).toBe(true);
    expect(c.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP');
    expect(await service.readPlan(c.id)).toEqual(c);
  });

  it('rejects a draft whose references dangle, storing nothing', async () => {
    const draft = sampleDraft();
    draft.participantGroups[0]!.bridgePointKey = 'nowhere';
    draft.agendaItems[4]!.parentKey = 'i5a';
    const error = await rejection(service.createFromDraft(draft));
    expect(error.status).toBe(422);
    expect(error.fields.map((f) => f.path)).toEqual(['/participantGroups/0/bridgePointKey', '/agendaItems/4/parentKey']);
    expect((await service.list({})).total).toBe(0);
  });

  it('bumps the version once per write and honours expectedVersion', async () => {
    const c = await service.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' });
    const v2 = await service.updateInfo(c.id, { venue: 'Hội trường' }, { expectedVersion: 1 });
    expect(v2.version).toBe(2);
    expect(v2.updatedAt > c.updatedAt).toBe(true);
    const v3 = await service.addBridgePoint(c.id, point('Điểm cầu Tỉnh'));
    expect(v3.version).toBe(3);
    const conflict = await rejection(service.updateInfo(c.id, { venue: 'Khác' }, { expectedVersion: 2 }));
    expect(conflict.status).toBe(409);
    expect(conflict.code).toBe('conference.version_conflict');
    const after = await service.get(c.id);
    expect(after.version).toBe(3);
    expect(after.venue).toBe('Hội trường');
    expect(await service.setArchived(c.id, true, { expectedVersion: '3' as unknown as number }).catch((e: DomainError) => e.code)).toBe(
      'validation.failed',
    );
  });

  it('a failing write leaves nothing behind, not even the version bump', async () => {
    const c = await service.createFromDraft(sampleDraft());
    const order = c.agendaItems.map((i) => ({ id: i.id, parentId: i.parentId }));
    order.push({ id: 'unknown-id', parentId: null });
    const error = await rejection(service.reorderAgenda(c.id, order, { expectedVersion: 1 }));
    expect(error.code).toBe('agenda_item.order_invalid');
    expect(error.status).toBe(422);
    expect(await service.readPlan(c.id)).toEqual(c);
  });

  it('finds plans ignoring diacritics and case, filters and pages', async () => {
    const a = await service.createFromDraft(sampleDraft());
    const b = await service.create({
      title: 'Hội nghị giao ban quý III',
      startsAt: '2021-09-01T14:00',
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG',
    });
    const c = await service.create({ title: '50% đạt chuẩn_mới', startsAt: '2020-01-01T08:00' });
    expect((await service.list({ q: 'dong thap' })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await service.list({ q: 'HOI NGHI' })).items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect((await service.list({ q: 'Đồng   THÁP hội' })).total).toBe(1);
    expect((await service.list({ q: '%' })).items.map((i) => i.id)).toEqual([c.id]);
    expect((await service.list({ q: 'ch_an' })).total).toBe(0);
    const page = await service.list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ id: a.id, bridgePointCount: 2, version: 1, archived: false }] });
    await service.setArchived(b.id, true);
    expect((await service.list({})).items.map((i) => i.id)).toEqual([a.id, c.id]);
    expect((await service.list({ archived: true })).items.map((i) => [i.id, i.archived])).toEqual([[b.id, true]]);
    await service.setArchived(b.id, false);
    expect((await service.list({ status: 'issued' })).total).toBe(0);
  });

  it('moves through the status life cycle only when issuable', async () => {
    const c = await service.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00', issueDate: '2021-06' });
    const notReady = await rejection(service.changeStatus(c.id, 'issued'));
    expect(notReady.code).toBe('conference.not_issuable');
    expect(notReady.fields.map((f) => f.path)).toEqual(['/documentNumber', '/issueDate']);
    expect((await rejection(service.changeStatus(c.id, 'live'))).code).toBe('conference.status_transition');
    await service.updateInfo(c.id, { documentNumber: '05', issueDate: '2021-06-15' });
    expect((await service.changeStatus(c.id, 'issued')).status).toBe('issued');
    expect((await rejection(service.updateInfo(c.id, { documentNumber: '' }))).code).toBe('conference.not_issuable');
    expect((await service.changeStatus(c.id, 'live')).status).toBe('live');
    const closed = await service.changeStatus(c.id, 'closed');
    expect(closed).toMatchObject({ status: 'closed', version: 5 });
  });

  it('duplicates with new ids, blank number and dates shifted by whole years', async () => {
    const source = await service.createFromDraft(sampleDraft());
    await service.updateInfo(source.id, { documentNumber: '05', issueDate: '2021-06-15' });
    const copy = await service.duplicate(source.id, { shiftYears: 3 });
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ status: 'draft', version: 1, documentNumber: '', issueDate: null, startsAt: '2024-07-07T08:00' });
    const sourceIds = new Set(collectIds(await service.get(source.id)));
    for (const id of collectIds(copy)) expect(sourceIds.has(id)).toBe(false);
    expect(copy.tasks.map((t) => t.deadline)).toEqual(['2024-07-01', null, '2027-02-28']);
    expect(copy.agendaItems.map((i) => i.content)).toEqual(source.agendaItems.map((i) => i.content));
    const five = copy.agendaItems.find((i) => i.number === '5')!;
    expect(copy.agendaItems.filter((i) => i.parentId === five.id)).toHaveLength(2);
    expect(copy.participantGroups[0]!.bridgePointId).toBe(copy.bridgePoints[0]!.id);
    expect(copy.tasks[0]!.agendaItemId).toBe(copy.agendaItems[1]!.id);
    expect(copy.costLines[0]!.amountVnd).toBe(2_500_000);
    expect((await service.get(source.id)).version).toBe(2);
    expect((await rejection(service.duplicate(source.id, { shiftYears: 11 }))).status).toBe(400);
  });
});

const collectIds = (c: Awaited<ReturnType<ConferenceService['get']>>) => [
  c.id,
  ...[c.bridgePoints, c.participantGroups, c.assignments, c.tasks, c.agendaItems, c.costLines, c.distribution, c.unclassified].flatMap(
    (list) => list.map((x) => x.id),
  ),
];
