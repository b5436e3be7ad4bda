/** `diemcau import FILE`: exit codes and the Vietnamese report, with a fake createFromDraft. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../domain/conference.schema.js';
import { DomainError } from '../domain/errors.js';
import { SEED_PATH, seedText } from './fixtures/seed-docx.js';
import { runImportCommand } from './import-command.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'diemcau-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = async (
  path: string,
  createFromDraft = async (draft: PlanDraft) => ({
    id: 'c0ffee00-0000-4000-8000-000000000001',
    title: draft.title,
    unclassified: draft.unclassified,
  }),
) => {
  const lines: string[] = [];
  const drafts: PlanDraft[] = [];
  const code = await runImportCommand(path, { createFromDraft: async (d) => (drafts.push(d), createFromDraft(d)) }, (line) =>
    lines.push(line),
  );
  return { code, lines, drafts };
};

describe('runImportCommand', () => {
  it('imports the seed, prints the id and what was placed', async () => {
    const { code, lines, drafts } = await run(SEED_PATH);
    expect(code).toBe(0);
    expect(drafts).toHaveLength(1);
    expect(lines[0]).toBe('Đã nhập hội nghị c0ffee00-0000-4000-8000-000000000001');
    expect(lines).toContain('  Điểm cầu: 1');
    expect(lines).toContain('  Thành phần tham dự: 20');
    expect(lines).toContain('  Phân công: 4 đơn vị, 11 nhiệm vụ');
    expect(lines).toContain('  Chương trình: 10 nội dung, 8 nội dung con');
    expect(lines).toContain('  Nơi nhận: 7 dòng');
    expect(lines).toContain('  Chưa phân loại: 0 dòng');
  });

  it('lists the unclassified lines with their section', async () => {
    const path = join(dir, 'ke-hoach.md');
    await writeFile(path, seedText().replace('## **IV. KINH PHÍ', '## **V. KHÁC**\n\nDòng lạ.\n\n## **VI. KINH PHÍ'));
    const { code, lines } = await run(path);
    expect(code).toBe(0);
    // A section the model has no place for is kept as the document's own text, and listed.
    expect(lines).toContain('  Giữ nguyên văn trong mục riêng: 2 dòng');
    expect(lines).toContain('  [2. Chương trình hội nghị] (Chương trình chi tiết kèm theo)');
    expect(lines).toContain('  [V. KHÁC] Dòng lạ.');
    expect(lines).toContain('  Chưa phân loại: 0 dòng');
  });

  it('returns 2 when the file cannot be read', async () => {
    const { code, lines, drafts } = await run(join(dir, 'missing.txt'));
    expect(code).toBe(2);
    expect(lines[0]).toContain('tệp không tồn tại');
    expect(drafts).toEqual([]);
  });

  it('returns 1 with the Vietnamese message for a file that is not a plan', async () => {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, '%PDF-1.4');
    const { code, lines } = await run(path);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^Không nhập được kế hoạch: .*import\.unsupported_format/);
  });

  it('returns 1 and prints the fields when storing is refused', async () => {
    const refuse = async (): Promise<never> => {
      throw new DomainError(400, 'validation.failed', { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid.' }, [
        { path: '/title', code: 'too_long', message: { vi: 'Quá dài', en: 'Too long' } },
      ]);
    };
    const { code, lines } = await run(SEED_PATH, refuse);
    expect(code).toBe(1);
    expect(lines).toEqual(['Không lưu được kế hoạch: Dữ liệu không hợp lệ. (validation.failed)', '  /title: Quá dài']);
  });
});
