/**
 * Renders the seed plan to OUTDIR: ke-hoach.docx, ke-hoach.pdf and one PNG per page
 * (pdftoppm -r 70). Run: npx tsx src/documents/render-sample.ts OUTDIR
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { seedConference } from './fixtures/seed-conference.js';
import { convertDocxToPdf, isPdfAvailable } from './pdf.js';
import { renderPlanDocx } from './plan-docx.js';

const run = promisify(execFile);

const main = async () => {
  const outDir = resolve(process.argv[2] ?? 'out');
  await mkdir(outDir, { recursive: true });
  const docx = await renderPlanDocx(seedConference());
  await writeFile(join(outDir, 'ke-hoach.docx'), docx);
  console.log(`docx: ${join(outDir, 'ke-hoach.docx')} (${docx.length} bytes)`);
  if (!(await isPdfAvailable())) {
    console.log('LibreOffice not found: no PDF or PNG (install libreoffice-writer-nogui and fonts-liberation2).');
    return;
  }
  const pdf = await convertDocxToPdf(docx);
  await writeFile(join(outDir, 'ke-hoach.pdf'), pdf);
  console.log(`pdf: ${join(outDir, 'ke-hoach.pdf')} (${pdf.length} bytes)`);
  try {
    await run('pdftoppm', ['-png', '-r', '70', join(outDir, 'ke-hoach.pdf'), join(outDir, 'ke-hoach-trang')]);
    console.log(`png: ${join(outDir, 'ke-hoach-trang-*.png')}`);
  } catch {
    console.log('pdftoppm not found (poppler-utils): no PNG.');
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
