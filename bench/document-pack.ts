/**
 * The document pack ("Tài liệu Hội nghị") of the seed conference with 10 documents, on SQLite:
 * 6 PDFs of 4 pages, 3 Word files and 1 Excel file, attached to the seed's agenda items. The
 * first build converts the Word and Excel files through LibreOffice (then kept beside them);
 * each build makes the cover and contents (.docx → PDF through LibreOffice), counts the pages
 * and puts the PDF together in the rendering pool; the pack is then kept until a document or
 * the cover changes. Prints JSON lines: the first (cold) build; builds after the title changed
 * (a new cover, the conversions kept); and builds of an unchanged pack (read back).
 * Run: npx tsx bench/document-pack.ts [runs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { createConferenceService } from '../src/services/conference-service.js';
import { createConferenceDocumentService } from '../src/services/documents/index.js';
import { createLocalFileStore } from '../src/storage/files/local-file-store.js';
import { openTestSqlite } from '../src/storage/test-databases.js';
import { docxWithParagraphs, xlsxWithRows } from '../src/workers/fixtures/hostile-files.js';
import { filePool } from '../src/workers/file-pool.js';
import { report, time } from './stats.js';

const runs = Number(process.argv[2] ?? 5);

const pdfOfPages = async (pages: number, label: string): Promise<Buffer> => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let p = 1; p <= pages; p += 1) {
    const page = pdf.addPage([595.28, 841.89]);
    for (let line = 0; line < 40; line += 1)
      page.drawText(`${label}, page ${p}, line ${line + 1}`, { x: 72, y: 770 - line * 17, size: 12, font });
  }
  return Buffer.from(await pdf.save());
};

const database = await openTestSqlite();
const filesRoot = mkdtempSync(join(tmpdir(), 'diemcau-bench-files-'));
try {
  const services = {
    conferences: createConferenceService(database),
    conferenceDocuments: createConferenceDocumentService(database, { files: createLocalFileStore(filesRoot) }),
  };
  const draft = await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) });
  const conference = await services.conferences.createFromDraft(draft);
  const items = conference.agendaItems;
  const files: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < 6; i += 1) files.push({ name: `bao-cao-${i + 1}.pdf`, data: await pdfOfPages(4, `Bao cao ${i + 1}`) });
  for (let i = 0; i < 3; i += 1)
    files.push({ name: `du-thao-${i + 1}.docx`, data: await docxWithParagraphs(120, 'Điều khoản của dự thảo Quyết định') });
  files.push({ name: 'so-lieu.xlsx', data: await xlsxWithRows(200) });
  for (const [i, file] of files.entries()) {
    await services.conferenceDocuments.upload(
      conference.id,
      {
        title: `Tài liệu ${i + 1}`,
        kind: 'report',
        audience: 'invited',
        audiencePointIds: [],
        agendaItemId: items[i % items.length]!.id,
        taskId: null,
      },
      { fileName: file.name, data: file.data },
    );
  }
  const whole = await services.conferences.get(conference.id);
  const build = () => services.conferenceDocuments.pack(whole, () => true);
  const coldStart = performance.now();
  const first = await build();
  const coldMs = Math.round(performance.now() - coldStart);
  const pages = (await PDFDocument.load(first)).getPageCount();
  report('document-pack/cold (Word and Excel converted)', {
    dialect: 'sqlite',
    documents: files.length,
    pages,
    bytes: first.length,
    ms: coldMs,
  });
  // A new title: the cover and contents are made again, the converted documents are read from the store.
  let edition = 0;
  const rebuild = async () => {
    edition += 1;
    await services.conferences.updateInfo(conference.id, { title: `${draft.title} (${edition})` });
    return services.conferenceDocuments.pack(await services.conferences.get(conference.id), () => true);
  };
  report('document-pack/new cover (conversions kept)', {
    dialect: 'sqlite',
    documents: files.length,
    pages,
    ...(await time(rebuild, runs, 0)),
  });
  report('document-pack/unchanged (pack kept)', { dialect: 'sqlite', documents: files.length, pages, ...(await time(build, runs * 4, 1)) });
} finally {
  await filePool().close();
  await database.close();
  rmSync(filesRoot, { recursive: true, force: true });
}
