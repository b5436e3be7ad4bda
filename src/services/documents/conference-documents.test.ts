import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createConferenceService } from '../conference-service.js';
import { createDelegateService } from '../participants/delegate-service.js';
import { agendaInput, pointInput, taskInput } from '../testing.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createLocalFileStore } from '../../storage/files/local-file-store.js';
import { contentHash } from '../../storage/files/file-store.js';
import { docxWithParagraphs, xlsxWithRows } from '../../workers/fixtures/hostile-files.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import { createConferenceDocumentService, type ConferenceDocumentService } from './index.js';
import { testPipeline, tinyPdf } from './documents.fixture.js';

const ORGANIZER: AuditOrigin = {
  actor: { kind: 'user', userId: 'u-org', linkId: null, label: 'Văn phòng UBND tỉnh' },
  ip: null,
  userAgent: null,
};
const metadata = (over: Record<string, unknown> = {}) => ({
  title: 'Báo cáo của Sở Nội vụ',
  kind: 'report' as const,
  audience: 'invited' as const,
  audiencePointIds: [],
  agendaItemId: null,
  taskId: null,
  ...over,
});

describeDatabases('conference documents on $dialect', ({ open }) => {
  let database: TestDatabase;
  let root: string;
  let service: ConferenceDocumentService;
  let pipeline: ReturnType<typeof testPipeline>;
  let clock = new Date('2021-07-01T01:00:00.000Z');

  beforeEach(async () => {
    database = await open();
    root = mkdtempSync(join(tmpdir(), 'diemcau-documents-test-'));
    pipeline = testPipeline();
    clock = new Date('2021-07-01T01:00:00.000Z');
    service = createConferenceDocumentService(database, { files: createLocalFileStore(root), pipeline, now: () => clock });
  });
  afterEach(async () => {
    await database.close();
    rmSync(root, { recursive: true, force: true });
  });

  const seed = async () => {
    const conferences = createConferenceService(database);
    const c = await conferences.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' });
    const { id: itemId } = await conferences.addAgendaItem(c.id, agendaInput('Báo cáo kết quả'));
    const { id: pointId } = await conferences.addBridgePoint(c.id, pointInput('UBND huyện Cao Lãnh'));
    const { id: assignmentId } = await conferences.addAssignment(c.id, {
      leadAgency: 'Sở Nội vụ',
      cooperatingAgencies: [],
      heading: '1. Sở Nội vụ',
    });
    const { id: taskId } = await conferences.addTask(c.id, taskInput(assignmentId, 'Chuẩn bị báo cáo', { producesDocument: 'Báo cáo' }));
    return { conferences, c, itemId, pointId, taskId };
  };

  it('keeps every version of a replaced report, the newest current, with the type told from the content', async () => {
    const { c, itemId } = await seed();
    const first = await service.upload(
      c.id,
      metadata({ agendaItemId: itemId }),
      { fileName: 'Báo cáo.pdf', data: tinyPdf('v1') },
      ORGANIZER,
    );
    expect(first).toMatchObject({
      currentVersion: 1,
      revision: 1,
      agendaItemId: itemId,
      versions: [{ number: 1, mediaType: 'application/pdf', uploadedBy: 'Văn phòng UBND tỉnh' }],
    });
    clock = new Date('2021-07-02T01:00:00.000Z');
    const docx = await docxWithParagraphs(3, 'Báo cáo');
    // Named .pdf, but Word inside: stored as Word, and named so.
    const second = await service.addVersion(c.id, first.id, { fileName: 'Báo cáo.pdf', data: docx }, ORGANIZER);
    expect(second.currentVersion).toBe(2);
    expect(second.versions.map((v) => [v.number, v.fileName, v.mediaType])).toEqual([
      [1, 'Báo cáo.pdf', 'application/pdf'],
      [2, 'Báo cáo.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    expect((await service.open(c.id, first.id, 1, null)).data.equals(tinyPdf('v1'))).toBe(true);
    expect((await service.open(c.id, first.id, 'current', null)).data.equals(docx)).toBe(true);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity_type', '=', 'document')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'document.upload', entity_id: first.id },
      { action: 'document.add_version', entity_id: first.id },
    ]);
  });

  it('refuses what is not a PDF, Word, Excel or picture, and writes nothing', async () => {
    const { c } = await seed();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]);
    await expect(service.upload(c.id, metadata(), { fileName: 'bao-cao.pdf', data: exe }, ORGANIZER)).rejects.toMatchObject({
      status: 415,
      code: 'document.unsupported_type',
    });
    expect(await database.db.selectFrom('conference_documents').select('id').execute()).toEqual([]);
    expect(await service.files.has(contentHash(exe))).toBe(false);
  });

  it('closes the task that produces the document, once, in the same write', async () => {
    const { conferences, c, taskId } = await seed();
    const before = await conferences.get(c.id);
    await service.upload(c.id, metadata({ taskId }), { fileName: 'bc.pdf', data: tinyPdf() }, ORGANIZER);
    const after = await conferences.get(c.id);
    expect(after.tasks.find((t) => t.id === taskId)?.status).toBe('done');
    expect(after.version).toBe(before.version + 1);
    const row = await database.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', 'document.upload')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.after_json!)).toMatchObject({ closedTask: { id: taskId, statusBefore: 'todo', statusAfter: 'done' } });
  });

  it('checks that the agenda item, the task and the points belong to the conference', async () => {
    const { c, pointId } = await seed();
    const other = await createConferenceService(database).create({ title: 'Khác', startsAt: '2021-07-08T08:00' });
    const { id: foreignItem } = await createConferenceService(database).addAgendaItem(other.id, agendaInput('Khác'));
    await expect(
      service.upload(c.id, metadata({ agendaItemId: foreignItem }), { fileName: 'a.pdf', data: tinyPdf() }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'document.invalid_reference',
    });
    await expect(
      service.upload(c.id, metadata({ audience: 'points', audiencePointIds: [] }), { fileName: 'a.pdf', data: tinyPdf() }),
    ).rejects.toMatchObject({
      code: 'document.points_required',
    });
    const forPoint = await service.upload(c.id, metadata({ audience: 'points', audiencePointIds: [pointId] }), {
      fileName: 'a.pdf',
      data: tinyPdf(),
    });
    expect(forPoint.audiencePointIds).toEqual([pointId]);
    const widened = await service.update(c.id, forPoint.id, { audience: 'public' }, 1, ORGANIZER);
    expect(widened).toMatchObject({ audience: 'public', audiencePointIds: [], revision: 2 });
    await expect(service.update(c.id, forPoint.id, { title: 'Cũ' }, 1, ORGANIZER)).rejects.toMatchObject({
      status: 409,
      code: 'document.revision_conflict',
    });
  });

  it('records who opened which version, first and last, counted per delegate and per point', async () => {
    const { c, pointId } = await seed();
    const document = await service.upload(c.id, metadata(), { fileName: 'bc.pdf', data: tinyPdf() }, ORGANIZER);
    const delegate = await createDelegateService(database).create(c.id, { bridgePointId: pointId, fullName: 'Nguyễn Văn An' });
    const byLink = { kind: 'link' as const, id: 'link-1', label: 'Nguyễn Văn An', delegateId: delegate.id, bridgePointId: null };
    const byChair = { kind: 'user' as const, id: 'u-chair', label: 'Chủ tịch', delegateId: null, bridgePointId: null };
    await service.open(c.id, document.id, 'current', byLink);
    clock = new Date('2021-07-03T01:00:00.000Z');
    await service.open(c.id, document.id, 1, byLink);
    await service.open(c.id, document.id, 1, byChair);
    await service.addVersion(c.id, document.id, { fileName: 'bc2.pdf', data: tinyPdf('v2') }, ORGANIZER);
    clock = new Date('2021-07-04T01:00:00.000Z');
    await service.open(c.id, document.id, 'current', byLink);
    const report = await service.readReport(c.id);
    const reader = report.readers.find((r) => r.delegateId === delegate.id)!;
    expect(reader).toMatchObject({
      readerLabel: 'Nguyễn Văn An',
      bridgePointId: pointId,
      versionsOpened: [1, 2],
      firstOpenedAt: '2021-07-01T01:00:00.000Z',
      lastOpenedAt: '2021-07-04T01:00:00.000Z',
      openCount: 3,
    });
    expect(report.documents).toEqual([
      {
        documentId: document.id,
        title: 'Báo cáo của Sở Nội vụ',
        readers: 2,
        delegates: 1,
        points: [{ bridgePointId: pointId, readers: 1 }],
      },
    ]);
  });

  it('converts a Word or Excel file to PDF once and keeps it beside the original', async () => {
    const { c } = await seed();
    const word = await service.upload(c.id, metadata(), { fileName: 'du-thao.docx', data: await docxWithParagraphs(2) });
    const sheet = await service.upload(c.id, metadata(), { fileName: 'so-lieu.xlsx', data: await xlsxWithRows(2) });
    for (let i = 0; i < 2; i += 1) {
      expect((await service.openPdf(c.id, word.id, 'current', null)).data.subarray(0, 5).toString()).toBe('%PDF-');
      await service.openPdf(c.id, sheet.id, 'current', null);
    }
    expect(pipeline.conversions).toBe(2);
    // A second process (a fresh service over the same store) finds the PDF too.
    const again = createConferenceDocumentService(database, { files: createLocalFileStore(root), pipeline });
    await again.openPdf(c.id, word.id, 'current', null);
    expect(pipeline.conversions).toBe(2);
  });

  it('keeps a deleted document for the record but lists and opens it no more', async () => {
    const { c } = await seed();
    const kept = await service.upload(c.id, metadata({ title: 'Giữ' }), { fileName: 'a.pdf', data: tinyPdf('a') });
    const gone = await service.upload(c.id, metadata({ title: 'Xoá' }), { fileName: 'b.pdf', data: tinyPdf('b') });
    await service.remove(c.id, gone.id, ORGANIZER);
    expect((await service.list(c.id, {}, () => true)).items.map((d) => d.title)).toEqual(['Giữ']);
    await expect(service.open(c.id, gone.id, 1, null)).rejects.toMatchObject({ status: 404, code: 'document.not_found' });
    const row = await database.db
      .selectFrom('conference_documents')
      .select('deleted_at')
      .where('id', '=', gone.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(kept.id).not.toBe(gone.id);
  });

  it('pages the list and keeps only what the caller may read', async () => {
    const { c } = await seed();
    for (const [i, audience] of (['invited', 'presidium', 'public'] as const).entries()) {
      clock = new Date(Date.UTC(2021, 6, 1, i));
      await service.upload(c.id, metadata({ title: `Tài liệu ${i + 1}`, audience }), { fileName: 'a.pdf', data: tinyPdf(`${i}`) });
    }
    const first = await service.list(c.id, { limit: 2 }, (d) => d.audience !== 'presidium');
    expect(first.items.map((d) => d.title)).toEqual(['Tài liệu 1']);
    const second = await service.list(c.id, { limit: 2, cursor: first.nextCursor! }, (d) => d.audience !== 'presidium');
    expect(second).toMatchObject({ items: [{ title: 'Tài liệu 3' }], nextCursor: null });
  });
});
