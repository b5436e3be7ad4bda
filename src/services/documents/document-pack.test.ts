/**
 * The document pack with the real renderer: the cover and contents as .docx through LibreOffice,
 * the Word document converted, the pages counted and put together in the rendering pool.
 * Skipped without LibreOffice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPdfAvailable } from '../../documents/pdf.js';
import { openDatabase, type Database } from '../../storage/database.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { createLocalFileStore } from '../../storage/files/local-file-store.js';
import { docxWithParagraphs } from '../../workers/fixtures/hostile-files.js';
import { filePool } from '../../workers/file-pool.js';
import { createConferenceService } from '../conference-service.js';
import { agendaInput } from '../testing.js';
import { createConferenceDocumentService } from './index.js';
import { testPipeline, tinyPdf, tinyPng } from './documents.fixture.js';

const available = await isPdfAvailable();

describe.skipIf(!available)('the document pack, rendered', () => {
  let root: string;
  let database: Database;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'diemcau-pack-test-'));
    database = await openDatabase({ dataDir: root });
    await migrateToLatest(database);
  });
  afterAll(async () => {
    await database.close();
    await filePool().close();
    rmSync(root, { recursive: true, force: true });
  });

  it('puts a cover, the contents and every current document in agenda order into one PDF', async () => {
    const conferences = createConferenceService(database);
    const c = await conferences.create({ title: 'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính', startsAt: '2021-07-07T08:00' });
    const { id: item1 } = await conferences.addAgendaItem(c.id, agendaInput('Khai mạc'));
    const { id: item2 } = await conferences.addAgendaItem(c.id, agendaInput('Báo cáo kết quả'));
    const { convertToPdf: _fake, ...sniffOnly } = testPipeline();
    const service = createConferenceDocumentService(database, {
      files: createLocalFileStore(join(root, 'files')),
      pipeline: {
        ...sniffOnly,
        convertToPdf: async (data, kind) => (await import('../../documents/pdf.js')).convertDocxToPdf(data, { kind }),
      },
    });
    const meta = (title: string, agendaItemId: string | null) => ({
      title,
      kind: 'report' as const,
      audience: 'invited' as const,
      audiencePointIds: [],
      agendaItemId,
      taskId: null,
    });
    await service.upload(c.id, meta('Ảnh hội trường', null), { fileName: 'anh.png', data: tinyPng() });
    await service.upload(c.id, meta('Dự thảo Quyết định', item2), {
      fileName: 'du-thao.docx',
      data: await docxWithParagraphs(3, 'Điều 1.'),
    });
    await service.upload(c.id, meta('Diễn văn khai mạc', item1), { fileName: 'dien-van.pdf', data: tinyPdf('Khai mac') });
    // A contribution sent as text under item 2 (one sent as a file is in the pack as its document).
    const at = '2021-07-01T00:00:00.000Z';
    await database.db
      .insertInto('contributions')
      .values({
        id: '00000000-0000-4000-8000-00000000c001',
        conference_id: c.id,
        agenda_item_id: item2,
        body_name: 'UBND huyện Châu Thành',
        bridge_point_id: null,
        participant_group_id: null,
        email: '',
        deadline: null,
        status: 'submitted',
        title: 'Kinh nghiệm một cửa liên thông',
        text: 'Huyện đã triển khai mô hình một cửa liên thông hiện đại.\nKết quả: thời gian giải quyết hồ sơ giảm một nửa.',
        document_id: null,
        submitted_at: at,
        submitted_by: 'Châu Thành',
        decided_at: null,
        reminded_at: null,
        remind_count: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const withoutContributions = await PDFDocument.load(await service.pack(await conferences.get(c.id), () => true));
    // Cover and contents (2 pages), the speech (1), the draft (1), the picture (1).
    expect(withoutContributions.getPageCount()).toBe(5);
    const pack = await service.pack(await conferences.get(c.id), () => true, { withContributions: true });
    const pdf = await PDFDocument.load(pack);
    // The contribution's page after the draft of its item.
    expect(pdf.getPageCount()).toBe(6);
    expect(pdf.getTitle()).toBe('Tài liệu Hội nghị – Hội nghị trực tuyến đánh giá mô hình cải cách hành chính');
    // The picture stands on an A4 page of its own.
    expect(Math.round(pdf.getPage(5).getWidth())).toBe(595);
    // Asked again with nothing changed: the same pack, read back from the store.
    const again = await service.pack(await conferences.get(c.id), () => true, { withContributions: true });
    expect(again.equals(pack)).toBe(true);
  }, 120_000);
});
