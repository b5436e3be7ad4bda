/**
 * LibreOffice's queue (issue 15, item 2): eight PDF requests at once started ten LibreOffice
 * processes. With a fake soffice (DIEMCAU_SOFFICE, which findSoffice honours) that records
 * how many copies of itself run when it starts, eight conversions at once never run more
 * than two; a queue that overflows refuses with 503 documents.pdf_queue_full; a conversion
 * past its time is killed.
 */
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfConverter, findSoffice } from '../../src/documents/pdf.js';

let dir: string;
let fake: string;

/** A soffice that notes the copies of itself running, takes `seconds`, and writes a PDF into --outdir. */
const fakeSoffice = (seconds: number) => `#!/bin/sh
touch "${dir}/running.$$"
ls "${dir}" | grep -c '^running\\.' >> "${dir}/counts"
sleep ${seconds}
while [ "$#" -gt 0 ]; do
  if [ "$1" = "--outdir" ]; then out="$2"; fi
  shift
done
printf '%%PDF-1.4 fake' > "$out/document.pdf"
rm -f "${dir}/running.$$"
`;

const install = async (seconds: number) => {
  await writeFile(fake, fakeSoffice(seconds));
  await chmod(fake, 0o755);
  await rm(join(dir, 'counts'), { force: true });
};
const counts = async () => (await readFile(join(dir, 'counts'), 'utf8')).trim().split('\n').map(Number);
/** LibreOffice as the server finds it: DIEMCAU_SOFFICE, set to the fake for these tests. */
const viaEnvironment = () => findSoffice();
const previous = process.env.DIEMCAU_SOFFICE;

describe('the PDF queue', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diemcau-fake-soffice-'));
    fake = join(dir, 'soffice');
    process.env.DIEMCAU_SOFFICE = fake;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.DIEMCAU_SOFFICE;
    else process.env.DIEMCAU_SOFFICE = previous;
    await rm(dir, { recursive: true, force: true });
  });

  it('runs eight conversions at once through at most two LibreOffice processes', async () => {
    await install(0.3);
    const converter = createPdfConverter({ concurrency: 2, maxQueue: 8, timeoutMs: 20_000 }, viaEnvironment);
    const pdfs = await Promise.all(Array.from({ length: 8 }, () => converter.convert(Buffer.from('docx'))));
    expect(pdfs.map((pdf) => pdf.toString())).toEqual(Array(8).fill('%PDF-1.4 fake'));
    const seen = await counts();
    expect(seen).toHaveLength(8);
    expect(Math.max(...seen)).toBe(2);
    expect(converter.queue).toMatchObject({ running: 0, waiting: 0 });
  });

  it('refuses what the queue cannot hold with 503 documents.pdf_queue_full', async () => {
    await install(0.3);
    const converter = createPdfConverter({ concurrency: 2, maxQueue: 1, timeoutMs: 20_000 }, viaEnvironment);
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => converter.convert(Buffer.from('docx'))));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => r.reason as unknown)).toEqual([expect.objectContaining({ status: 503, code: 'documents.pdf_queue_full' })]);
    expect(await counts()).toHaveLength(3);
  });

  it('kills a conversion that runs past its time and frees its slot', async () => {
    await install(30);
    const converter = createPdfConverter({ concurrency: 1, maxQueue: 1, timeoutMs: 300 }, viaEnvironment);
    await expect(converter.convert(Buffer.from('docx'))).rejects.toMatchObject({ status: 503, code: 'documents.pdf_failed' });
    expect(converter.queue).toMatchObject({ running: 0, waiting: 0 });
    // The killed process never reached its end, so its mark is left; its pid is gone.
    const marks = (await readdir(dir)).filter((name) => name.startsWith('running.'));
    expect(marks).toHaveLength(1);
    const pid = Number(marks[0]!.slice('running.'.length));
    await expect.poll(() => isAlive(pid)).toBe(false);
  });
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
