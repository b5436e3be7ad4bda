import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './file-limits.js';
import { runFileTask, type TaskOutcome } from './file-tasks.js';
import { declareSize, docxWithParagraphs, xlsxWithRows, zipBombOf } from './fixtures/hostile-files.js';
import { readZipDirectory } from './zip-directory.js';
import { InflateBudget, inflateEntry, TagCounter } from './zip-inflate.js';

const limits = (patch: Partial<FileLimits> = {}): FileLimits => ({ ...DEFAULT_FILE_LIMITS, ...patch });
const refusalOf = (outcome: TaskOutcome) => (outcome.ok ? null : outcome.refusal.code);

describe('the zip directory, read before inflating', () => {
  it('lists the entries with their declared sizes', async () => {
    const entries = readZipDirectory(await docxWithParagraphs(3), limits());
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(entries.every((e) => e.method === 8 && e.size > 0)).toBe(true);
  });

  it('refuses more entries than the limit, and a declared size past the budget, without inflating', async () => {
    const docx = await docxWithParagraphs(3);
    expect(() => readZipDirectory(docx, limits({ maxEntries: 2 }))).toThrow(expect.objectContaining({ code: 'file.too_complex' }));
    const bomb = await zipBombOf('docx', 5_000_000);
    expect(bomb.length).toBeLessThan(50_000);
    expect(() => readZipDirectory(bomb, limits({ maxInflatedBytes: 4_000_000 }))).toThrow(
      expect.objectContaining({ code: 'file.zip_bomb' }),
    );
  });

  it('refuses a cut or non-zip file as unreadable', async () => {
    const docx = await docxWithParagraphs(3);
    expect(() => readZipDirectory(docx.subarray(0, docx.length - 30), limits())).toThrow(
      expect.objectContaining({ code: 'file.unreadable' }),
    );
  });
});

describe('inflating within the budget', () => {
  it('stops an entry that inflates past the size it declares (a lying bomb) at the first chunk past it', async () => {
    const lying = declareSize(await zipBombOf('docx', 5_000_000), 'word/media/padding.bin', 1_000);
    const entries = readZipDirectory(lying, limits());
    const padding = entries.find((e) => e.name === 'word/media/padding.bin')!;
    let seen = 0;
    await expect(inflateEntry(lying, padding, new InflateBudget(64_000_000), (chunk) => (seen += chunk.length))).rejects.toMatchObject({
      code: 'file.zip_bomb',
    });
    expect(seen).toBe(0); // the first chunk is already past 1,000 bytes: nothing was handed on
  });

  it('counts tags across chunk edges exactly once', () => {
    const counter = new TagCounter(/<w:p[\s>/]/g, 100, () => new Error('cap'));
    const text = '<w:p><w:r/></w:p><w:p ><w:pPr/></w:p><w:p/>';
    for (let cut = 1; cut < text.length; cut += 1) {
      const c = new TagCounter(/<w:p[\s>/]/g, 100, () => new Error('cap'));
      c.feed(Buffer.from(text.slice(0, cut)));
      c.feed(Buffer.from(text.slice(cut)));
      expect(c.count, `cut at ${cut}`).toBe(3);
    }
    counter.feed(Buffer.from(text));
    expect(counter.count).toBe(3);
  });
});

describe('the limits of each task (in-process)', () => {
  it('refuses a Word document past the paragraph cap while inflating it', async () => {
    const docx = await docxWithParagraphs(5_001);
    expect(refusalOf(await runFileTask({ task: 'plan', fileName: 'kh.docx', data: docx, limits: limits({ maxParagraphs: 5_000 }) }))).toBe(
      'file.too_complex',
    );
    // Within the cap the same document is read (and is no plan).
    expect(refusalOf(await runFileTask({ task: 'plan', fileName: 'kh.docx', data: docx, limits: limits({ maxParagraphs: 5_001 }) }))).toBe(
      'import.not_a_plan',
    );
  });

  it('refuses a Word document past the element cap', async () => {
    const docx = await docxWithParagraphs(100);
    const outcome = await runFileTask({ task: 'plan', fileName: 'kh.docx', data: docx, limits: limits({ maxElements: 300 }) });
    expect(outcome).toMatchObject({ ok: false, refusal: { status: 422, code: 'file.too_complex' } });
  });

  it('refuses a text plan past the line cap before parsing it', async () => {
    const text = Buffer.from('Dòng\n'.repeat(30));
    expect(refusalOf(await runFileTask({ task: 'plan', fileName: 'kh.txt', data: text, limits: limits({ maxParagraphs: 20 }) }))).toBe(
      'file.too_complex',
    );
  });

  it('refuses a workbook past the row cap while inflating it, and reads one within it', async () => {
    const xlsx = await xlsxWithRows(30);
    expect(refusalOf(await runFileTask({ task: 'sheet', data: xlsx, limits: limits({ maxRows: 30 }) }))).toBe('import.too_many_rows');
    const read = await runFileTask({ task: 'sheet', data: xlsx, limits: limits({ maxRows: 31 }) });
    expect(read).toMatchObject({ ok: true });
    expect((read as { value: string[][] }).value[1]).toEqual(['Đại biểu 2', 'Sở Nội vụ']);
  });

  it('refuses bombs of either kind by their declared size, and a lying one while inflating', async () => {
    const small = limits({ maxInflatedBytes: 4_000_000 });
    for (const kind of ['docx', 'xlsx'] as const) {
      const bomb = await zipBombOf(kind, 5_000_000);
      expect(refusalOf(await runFileTask({ task: 'inspect', data: bomb, limits: small }))).toBe('file.zip_bomb');
      const lying = declareSize(bomb, `${kind === 'docx' ? 'word' : 'xl'}/media/padding.bin`, 10);
      expect(refusalOf(await runFileTask({ task: 'inspect', data: lying, limits: small }))).toBe('file.zip_bomb');
    }
  });

  it('tells the kind of a file from its content', async () => {
    const kindOf = async (data: Uint8Array) =>
      ((await runFileTask({ task: 'inspect', data, limits: limits() })) as { value: { kind: string } }).value.kind;
    expect(await kindOf(await docxWithParagraphs(2))).toBe('docx');
    expect(await kindOf(await xlsxWithRows(2))).toBe('xlsx');
    expect(await kindOf(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(await kindOf(Buffer.from('Họ và tên;Đơn vị\n'))).toBe('text');
    expect(await kindOf(deflateRawSync(Buffer.from('x')))).toBe('text');
  });

  it('keeps DomainErrors as refusals and lets anything else surface', async () => {
    const outcome = await runFileTask({ task: 'plan', fileName: 'kh.txt', data: Buffer.alloc(0), limits: limits() });
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'import.empty', message: { vi: expect.any(String), en: expect.any(String) } },
    });
    await expect(runFileTask({ task: 'attendance-docx', list: null } as never)).rejects.toBeInstanceOf(TypeError);
  });
});
