/**
 * Renders the sample Biên bản and Thông báo kết luận (src/documents/fixtures/record-documents.ts)
 * to OUTDIR as .docx, .pdf and a PNG of each first page (pdftoppm -r 70), for docs/documents.
 * Run: npx tsx src/documents/render-record-samples.ts OUTDIR
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { renderNoticeDocx } from './conclusions/notice-docx.js';
import { minutesSample, noticeSample } from './fixtures/record-documents.js';
import { renderMinutesDocx } from './minutes/minutes-docx.js';
import { convertDocxToPdf, isPdfAvailable } from './pdf.js';

const run = promisify(execFile);

const main = async () => {
  const outDir = resolve(process.argv[2] ?? 'out');
  await mkdir(outDir, { recursive: true });
  const samples: [string, Buffer][] = [
    ['bien-ban', await renderMinutesDocx(minutesSample())],
    ['thong-bao-ket-luan', await renderNoticeDocx(noticeSample())],
  ];
  const pdfs = await isPdfAvailable();
  for (const [name, docx] of samples) {
    await writeFile(join(outDir, `${name}.docx`), docx);
    if (!pdfs) continue;
    const pdf = await convertDocxToPdf(docx);
    await writeFile(join(outDir, `${name}.pdf`), pdf);
    await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(outDir, `${name}.pdf`), join(outDir, name)]);
    console.log(`${name}: docx, pdf, ${name}.png`);
  }
  if (!pdfs) console.log('LibreOffice not found: .docx only.');
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
