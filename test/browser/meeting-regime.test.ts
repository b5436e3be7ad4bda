/**
 * The meeting regime's warnings (Decision 45/2018/QĐ-TTg) in Chromium at 1366×768, on the demo
 * conference: a meeting two working days away whose report is uploaded now shows the Article 10
 * warning in the documents section; a meeting held by the plan eight working days ago without an
 * issued notice shows the overdue notice in the conclusion notice section, in Vietnamese and
 * (once) in English, the language the browser keeps. SHOTS_DIR keeps the screenshots for review (nothing is compared).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, vietnamCalendar } from '../../src/domain/calendar/working-days.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { localDateOf } from '../../src/services/conclusions/conclusion-rows.js';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';
import type { MeetingRegimeReport } from '../../src/services/meeting-regime/meeting-regime-service.js';
import { startHarness, type Harness } from './harness.js';

const REPORT = 'Báo cáo đánh giá kết quả triển khai các mô hình CCHC';
const today = () => localDateOf(new Date().toISOString());
const workingDaysFromToday = (n: number) => addWorkingDays(today(), n, vietnamCalendar());
const vnLong = (date: string) => `ngày ${date.slice(8, 10)} tháng ${Number(date.slice(5, 7))} năm ${date.slice(0, 4)}`;

const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: false });
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.page.setViewportSize({ width: 1366, height: 768 });
  h.page.setDefaultTimeout(30_000);
}, 240_000);
afterAll(async () => {
  await h?.stop();
});

/** The demo plan starting on `day` at 08:00, issued on 30/6/2021. */
const demoOn = async (day: string): Promise<Conference> => {
  const demo = await h.createDemo();
  const patch = await h.api('PATCH', `/conferences/${demo.id}`, {
    startsAt: `${day}T08:00`,
    documentNumber: '45',
    issueDate: '2021-06-30',
  });
  expect(patch.status).toBe(200);
  expect((await h.api('POST', `/conferences/${demo.id}/status`, { status: 'issued' })).status).toBe(200);
  return demo;
};

describe('the meeting regime warnings in Chromium', () => {
  it('warns in the documents section about a report sent two working days before the meeting, citing Article 10', async () => {
    const demo = await demoOn(workingDaysFromToday(2));
    const form = new FormData();
    form.append('metadata', JSON.stringify({ title: REPORT, kind: 'report', audience: 'invited' }));
    form.append('file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), 'bao-cao.pdf');
    const upload = await fetch(`${h.baseUrl}/api/v1/conferences/${demo.id}/documents`, {
      method: 'POST',
      headers: { cookie: h.admin!.cookie, 'X-CSRF-Token': h.admin!.csrfToken },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const report = (await h.api<MeetingRegimeReport>('GET', `/conferences/${demo.id}/meeting-regime`)).body;
    expect(report.warnings.map((w) => w.code)).toEqual(['documents.late']);

    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/documents`);
    await page.getByRole('heading', { name: 'Tài liệu hội nghị' }).waitFor();
    const banner = page.locator('[data-meeting-regime="documents"]');
    await banner.waitFor();
    const text = (await banner.textContent())!;
    expect(text).toContain('Tài liệu gửi chậm so với chế độ họp');
    expect(text).toContain(`"${REPORT}" gửi ${vnLong(today())}`);
    expect(text).toContain(`sau hạn gửi tài liệu ${vnLong(report.documentsDeadline!)}`);
    expect(text).toContain('Điều 10');
    expect(text).toContain('không ngăn thao tác nào');
    // A warning, not a refusal: the upload form is still there.
    await page.getByRole('form', { name: 'Tải lên tài liệu' }).waitFor();
    await shot(page, 'meeting-regime-documents');
  }, 180_000);

  it('shows the conclusion notice overdue for a meeting held eight working days ago, in Vietnamese and in English', async () => {
    const demo = await demoOn(workingDaysFromToday(-8));
    const report = (await h.api<MeetingRegimeReport>('GET', `/conferences/${demo.id}/meeting-regime`)).body;
    const overdue = report.warnings.find((w) => w.code === 'notice.overdue');
    expect(overdue, JSON.stringify(report)).toBeDefined();

    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/conclusions`);
    await page.getByRole('heading', { name: 'Thông báo kết luận' }).waitFor();
    const banner = page.locator('[data-meeting-regime="notice"]');
    await banner.waitFor();
    const text = (await banner.textContent())!;
    expect(text).toContain(`Thông báo kết luận chưa ban hành; hạn ban hành ${vnLong(overdue!.deadline)}`);
    expect(text).toContain(`đã qua ${overdue!.workingDaysLate} ngày làm việc`);
    expect(text).toContain('05 ngày làm việc sau ngày kết thúc họp');
    // The documents' warning stays in its own section.
    expect(await page.locator('[data-meeting-regime="documents"]').count()).toBe(0);
    await shot(page, 'meeting-regime-notice');

    // The editor keeps the language chosen in the browser (the switcher writes it there).
    await page.evaluate(() => localStorage.setItem('diemcau.language', 'en'));
    await page.reload();
    const english = page.locator('[data-meeting-regime="notice"]');
    await english.getByText('Deadline of the conclusion notice').waitFor();
    const en = (await english.textContent())!;
    expect(en).toContain('The conclusion notice has not been issued');
    expect(en).toContain('Decision 45/2018/QĐ-TTg');
    await shot(page, 'meeting-regime-notice-en');
    await page.evaluate(() => localStorage.setItem('diemcau.language', 'vi'));
  }, 180_000);
});
