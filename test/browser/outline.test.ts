/**
 * A convening document the product has never seen, imported through the list page: its own
 * outline (I MỤC ĐÍCH, YÊU CẦU …) is shown in "Bố cục văn bản"; a section's text is edited and
 * a section of its own is added; the printed Kế hoạch carries both in their place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { saveScreenshot } from './live-helpers.js';

const PLAN = readFileSync(join(ROOT, 'test/fixtures/plans/01-ubnd-tinh-ke-hoach-chuyen-doi-so.docx'));

let h: Harness;
let conference: Conference;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe("a document's own outline in Chromium", () => {
  it('imports a Word plan with real numbering from the list page and lands on it', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/`);
    await page.getByLabel('Tệp kế hoạch').setInputFiles({
      name: 'ke-hoach-chuyen-doi-so.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: PLAN,
    });
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}/);
    const id = /\/conferences\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    conference = (await h.api<Conference>('GET', `/conferences/${id}`)).body;
    expect(conference.outline.map((section) => `${section.numbering} ${section.heading}`)).toEqual(
      expect.arrayContaining(['I MỤC ĐÍCH, YÊU CẦU', 'II THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC', 'V TỔ CHỨC THỰC HIỆN']),
    );
    expect(conference.startsAt).toBe('2026-03-24T13:30');
  });

  it('shows the sections as the document numbered them, edits a text and adds a section, and saves', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${conference.id}/outline`);
    await page.getByRole('heading', { name: 'Bố cục văn bản' }).waitFor();
    await expect.poll(() => page.getByLabel(/^Tiêu đề mục \d+$/).count()).toBe(conference.outline.length);
    expect(await page.getByLabel('Tiêu đề mục 1', { exact: true }).inputValue()).toBe('MỤC ĐÍCH, YÊU CẦU');
    // "1. Mục đích" (the second section) keeps its two list items as text.
    const purpose = page.getByLabel('Nội dung mục 1 Mục đích', { exact: true });
    await page.locator('.outline-row').nth(1).locator('summary').click();
    expect(await purpose.inputValue()).toMatch(/^- Đánh giá đúng thực chất.*\n- Quán triệt/su);
    await purpose.fill(`${await purpose.inputValue()}\n- Ghi nhận sáng kiến của cơ sở.`);
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    const last = conference.outline.length + 1;
    await page.getByLabel(`Tiêu đề mục ${last}`, { exact: true }).fill('KHEN THƯỞNG');
    await page
      .locator('.outline-row')
      .last()
      .getByLabel(/^Số thứ tự của mục/)
      .fill('VI');
    await page
      .locator('.outline-row')
      .last()
      .getByLabel(/^Nội dung mục/)
      .fill('Biểu dương các xã có cách làm hay tại Hội nghị.');
    await saveScreenshot(page, 'outline.png');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const saved = (await h.api<Conference>('GET', `/conferences/${conference.id}`)).body;
    expect(saved.outline.find((section) => section.heading === 'Mục đích')!.paragraphs.at(-1)).toEqual({
      level: 1,
      text: 'Ghi nhận sáng kiến của cơ sở.',
    });
    expect(saved.outline.at(-1)).toMatchObject({ numbering: 'VI', heading: 'KHEN THƯỞNG', kind: 'other', parentId: null });
    conference = saved;
  });

  it('prints both in the Kế hoạch, in their place', async () => {
    const response = await fetch(`${h.baseUrl}/api/v1/conferences/${conference.id}/documents/plan.docx`, {
      headers: { cookie: h.admin!.cookie },
    });
    expect(response.status).toBe(200);
    const xml = await (await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Ghi nhận sáng kiến của cơ sở.');
    expect(text.indexOf('VI. KHEN THƯỞNG')).toBeGreaterThan(text.indexOf('TỔ CHỨC THỰC HIỆN'));
    expect(text.indexOf('Biểu dương các xã')).toBeLessThan(text.indexOf('./.'));
  });
});
