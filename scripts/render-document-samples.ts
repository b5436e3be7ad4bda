/**
 * Renders the sample convening documents (src/documents/fixtures/convening) to .docx, converts
 * each to PDF with LibreOffice (src/documents/pdf.ts) and its first page to PNG with
 * `pdftoppm -png -r 60 -f 1 -l 1`, into docs/documents/<name>.png. The .docx and .pdf files
 * go to a temporary directory, or to the directory given: npx tsx scripts/render-document-samples.ts [KEEPDIR]
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CONVENING_SAMPLES, type ConveningSample } from '../src/documents/fixtures/convening/index.js';
import { renderGiayMoiDocx } from '../src/documents/invitation/giay-moi-docx.js';
import { convertDocxToPdf, isPdfAvailable } from '../src/documents/pdf.js';
import { renderPlanDocx } from '../src/documents/plan-docx.js';

const run = promisify(execFile);
const PNG_DIR = resolve('docs/documents');

const docxOf = (sample: ConveningSample): Promise<Buffer> =>
  sample.kind === 'plan' ? renderPlanDocx(sample.conference()) : renderGiayMoiDocx(sample.input());

const main = async () => {
  if (!(await isPdfAvailable())) throw new Error('LibreOffice not found: install libreoffice-writer-nogui and fonts-liberation2.');
  const keep = process.argv[2] ? resolve(process.argv[2]) : null;
  const work = keep ?? (await mkdtemp(join(tmpdir(), 'diemcau-samples-')));
  await mkdir(work, { recursive: true });
  await mkdir(PNG_DIR, { recursive: true });
  try {
    for (const sample of CONVENING_SAMPLES) {
      const docx = await docxOf(sample);
      const pdf = await convertDocxToPdf(docx);
      await writeFile(join(work, `${sample.name}.docx`), docx);
      await writeFile(join(work, `${sample.name}.pdf`), pdf);
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(work, `${sample.name}.pdf`),
        join(PNG_DIR, sample.name),
      ]);
      console.log(`${sample.name}: docs/documents/${sample.name}.png (${sample.describes})`);
    }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
