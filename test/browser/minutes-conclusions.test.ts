/**
 * The record after the meeting in Chromium, on the demo conference under a test clock (only Date
 * is faked; it keeps running) with a real SMTP server: the meeting is held on 07/7/2021 from 15:00.
 * - The minutes: the secretary builds and edits them (names shown "to be filled" until given),
 *   sends them for review; the participant with an e-mail gets a mail with a link, reads the
 *   draft on a phone (390×844) and leaves a remark; the secretary sees it; once the window has
 *   closed the minutes are locked and the page takes nothing.
 * - The notice: the first draft invents no issuer or signer (flagged "to be filled"); the
 *   secretary fills them, binds the first conclusion's lead agency to a district's bridge
 *   point, issues it; the district reports its task done with a file from its contact link on a
 *   phone; the other task is overdue after midnight; the follow-up board fits 1366×768.
 * - English screens of the three sections, the side menu held at the top of a long page.
 * Screenshots with SHOTS_DIR (for review) or UPDATE_SCREENSHOTS=1 (docs/screenshots).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { paragraphsOf, readDocxParts } from '../../src/documents/fixtures/docx-parts.js';
import { type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { startHarness, type Harness } from './harness.js';
import { shoot } from './live-helpers.js';
import { addConclusion, fillNoticeIssuer, reportTaskDone } from './record-forms.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const ENV = { DIEMCAU_MAIL_FROM: 'Văn phòng UBND tỉnh <vpubnd@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };

let h: Harness;
let smtp: TestSmtpServer;
let demo: Conference;
let mail: MailEnv | undefined;

/** A new person's page (own cookies), at a laptop's or a phone's size, in Vietnamese or English. */
const personPage = async (size: 'laptop' | 'phone', language: 'vi' | 'en' = 'vi'): Promise<Page> => {
  const context = await h.newContext();
  await context.addInitScript((lng) => localStorage.setItem('diemcau.language', lng), language);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  await page.setViewportSize(size === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 768 });
  return page;
};

/**
 * Opens a personal or contact link's page. Only the server's Date is faked (2021), so the cookie
 * the link's exchange sets has expired by the browser's own clock: the link's cookie is given to
 * the browser as a session cookie instead, and the exchange's Set-Cookie is dropped.
 */
const openLink = async (page: Page, path: string, token: string) => {
  const give = () =>
    page.context().addCookies([{ name: 'diemcau_session', value: `l.${token}`, url: h.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await give();
  await page.route('**/api/v1/auth/link', async (route) => {
    const response = await route.fetch();
    // The fetch shares the context's cookies: its expired Set-Cookie removed the link's cookie, given again here.
    await give();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'set-cookie'));
    await route.fulfill({ response, headers });
  });
  await page.goto(`${h.baseUrl}${path}${token}`);
};

beforeAll(async () => {
  mail = await startMailEnv(ENV);
  smtp = mail.smtp;
  // 15:00 in Viet Nam on the day of the demo conference; the clock keeps running from there.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date('2021-07-07T08:00:00.000Z'));
  h = await startHarness();
  h.page.setDefaultTimeout(30_000);
  demo = await h.createDemo();
  const host = demo.bridgePoints.find((point) => point.isHost)!;
  const delegate = await h.api('POST', `/conferences/${demo.id}/delegates`, {
    bridgePointId: host.id,
    fullName: 'Lê Thị Mai',
    email: 'mai.lt@dongthap.example.vn',
  });
  expect(delegate.status).toBe(201);
  const run = async (command: object) => {
    const answer = await h.api<{ state: LiveState }>('POST', `/conferences/${demo.id}/live/commands`, command);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };
  await run(START_CONFIRMED);
  await run({ type: 'start_item' });
  await run({ type: 'end_item' });
  await run({ type: 'start_item' });
  await run({ type: 'end_meeting' });
}, 240_000);
afterAll(async () => {
  await h?.stop();
  await mail?.close();
  vi.useRealTimers();
});

describe('minutes, conclusion notice and follow-up in Chromium', () => {
  it('sends the minutes for review by mail; a participant reads and comments on a phone; they lock when the window closes', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/minutes`);
    await page.getByRole('heading', { name: 'Biên bản', exact: true }).waitFor();
    await page.getByLabel('Thư ký (người ghi biên bản)').fill('Trần Thị Thư');
    await page.getByRole('button', { name: 'Dựng dự thảo từ diễn biến hội nghị' }).click();
    await page.locator('.record-status[data-status="draft"]').waitFor();
    const opening = page.getByLabel('Phần mở đầu (mỗi dòng một đoạn)');
    expect(await opening.inputValue()).toContain('Thời gian bắt đầu: 15 giờ 00 phút, ngày 07 tháng 7 năm 2021 (thứ Tư).');
    // A name the plan does not give is empty and said to be filled, not guessed.
    const chair = page.locator('label', { hasText: /^Chủ tọa/ }).locator('input');
    expect(await page.locator('.to-fill').count()).toBe((await chair.inputValue()) ? 0 : 1);
    await chair.fill('');
    await page.locator('.to-fill').waitFor();
    await chair.fill('Phạm Thiện Nghĩa');
    expect(await page.locator('.to-fill').count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu biên bản' }).click();
    await page.getByText('Đã lưu biên bản.').waitFor();

    // The side menu stays at the top of the screen on this long page.
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.waitForFunction(() => window.scrollY > 500);
    const nav = await page.locator('nav.side-nav').boundingBox();
    expect(nav!.y).toBeGreaterThanOrEqual(0);
    expect(nav!.y).toBeLessThan(40);
    await page.evaluate(() => window.scrollTo(0, 0));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải biên bản (.docx)' }).click(),
    ]);
    const file = join(tmpdir(), `bien-ban-${process.pid}.docx`);
    await download.saveAs(file);
    const texts = paragraphsOf((await readDocxParts(await readFile(file))).document).map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['BIÊN BẢN', 'THƯ KÝ', 'Trần Thị Thư', 'CHỦ TỌA', 'Phạm Thiện Nghĩa']));

    const received = smtp.received.length;
    // A short window, so that the test's clock passes it without ending anyone's session.
    await page.getByLabel('Hạn góp ý').fill('2021-07-07T15:20');
    await page.getByRole('button', { name: 'Gửi đại biểu góp ý' }).click();
    await page.locator('.record-status[data-status="review"]').waitFor();
    const [mail] = (await smtp.waitFor(received + 1)).slice(received);
    expect(mail!.envelopeTo).toEqual(['mai.lt@dongthap.example.vn']);
    const token = /http:\/\/127\.0\.0\.1:\d+\/bien-ban\/(\S+)/.exec(mail!.parsed.text ?? '')![1]!;
    await page.reload();
    await page.locator('.mail-list li[data-status="sent"]').waitFor();
    await shoot(page, 'minutes-review-sent');

    const phone = await personPage('phone');
    await openLink(phone, '/bien-ban/', token);
    await phone.getByRole('heading', { name: 'Góp ý dự thảo biên bản' }).waitFor();
    await phone.getByText('Thời gian bắt đầu: 15 giờ 00 phút, ngày 07 tháng 7 năm 2021 (thứ Tư).').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.getByLabel('Góp ý', { exact: true }).fill('Đề nghị bổ sung ý kiến của huyện Tân Hồng.');
    await phone.getByRole('button', { name: 'Gửi góp ý' }).click();
    await phone.getByText('Đã gửi ý kiến.', { exact: false }).waitFor();
    await shoot(phone, 'minutes-review-phone');

    await page.reload();
    await page.locator('.record-reviews').getByText('Đề nghị bổ sung ý kiến của huyện Tân Hồng.').waitFor();

    // The window closes: the minutes lock by themselves, and the page takes no more remarks.
    vi.setSystemTime(new Date('2021-07-07T08:21:00.000Z'));
    const english = await personPage('phone', 'en');
    await openLink(english, '/bien-ban/', token);
    await english.getByRole('heading', { name: 'Review of the draft minutes' }).waitFor();
    await english.locator('.record-status[data-status="locked"]').waitFor();
    expect(await english.getByRole('button', { name: 'Send the comment' }).count()).toBe(0);
    await shoot(english, 'minutes-review-locked-phone-en');
    await page.reload();
    await page.locator('.record-status[data-status="locked"]').waitFor();
  }, 240_000);

  it('leaves the issuer and signer to fill, binds a task to a district that reports it done from its phone, and flags the other overdue', async () => {
    const { page } = h;
    const district = demo.bridgePoints.find((point) => !point.isHost)!;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/conclusions`);
    await page.getByRole('button', { name: 'Dự thảo thông báo từ diễn biến hội nghị' }).click();
    await page.getByLabel('Phần mở đầu').waitFor();
    // Nothing the plan does not say is pre-filled: who issues and signs the notice is to be filled.
    expect(await page.getByLabel('Cơ quan ban hành').inputValue()).toBe('');
    expect(await page.getByLabel('Ký hiệu').inputValue()).toBe('');
    expect(await page.getByLabel('Chức vụ người ký').inputValue()).toBe('');
    for (const field of ['issuingBody', 'documentSymbol', 'signerAuthority', 'signerTitle', 'signerName']) {
      await page.locator(`[data-to-fill="${field}"]`).waitFor();
    }
    await shoot(page, 'conclusion-notice-to-fill');

    await fillNoticeIssuer(page);
    await addConclusion(page, {
      text: 'Xây dựng kế hoạch khắc phục các chỉ số giảm điểm.',
      lead: { point: district.name },
      task: 'Xây dựng kế hoạch khắc phục',
      deadline: '2021-07-30',
    });
    await addConclusion(page, {
      text: 'Rà soát thủ tục hành chính còn vướng mắc.',
      lead: { agency: 'Sở Tư pháp' },
      task: 'Rà soát thủ tục hành chính',
      deadline: '2021-07-07',
    });
    const second = page.getByRole('listitem', { name: 'Rà soát thủ tục hành chính còn vướng mắc.' });
    // Dates in Vietnamese, not ISO.
    expect(await second.textContent()).toContain('ngày 07 tháng 7 năm 2021');
    expect(await page.locator('.conclusion-list').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await shoot(page, 'conclusion-notice');
    await page.getByRole('button', { name: 'Ban hành và gửi thông báo' }).click();
    await page.locator('.record-status[data-status="issued"]').waitFor();

    // The district's contact link (a nominator link of its point), opened on a phone: its task, reported done with a file.
    const link = await h.api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'nominator',
      label: `Cơ quan: ${district.name}`,
      bridgePointId: district.id,
      expiresAt: '2021-12-31T00:00:00.000Z',
    });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const phone = await personPage('phone');
    await openLink(phone, '/y-kien/', link.body.url.split('/').pop()!);
    await phone.getByRole('listitem', { name: 'Xây dựng kế hoạch khắc phục' }).waitFor();
    expect(await phone.getByRole('listitem', { name: 'Rà soát thủ tục hành chính' }).count()).toBe(0);
    await reportTaskDone(phone, 'Xây dựng kế hoạch khắc phục', district.name, 'Đã ban hành Kế hoạch số 120/KH-UBND');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone, 'follow-up-body-phone');

    // After midnight: the task due on 07/7 is late by one working day; the board fits the screen.
    vi.setSystemTime(new Date('2021-07-07T17:30:00.000Z'));
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/follow-up`);
    const late = page.getByRole('row', { name: '2. Sở Tư pháp' });
    await late.waitFor();
    expect(await late.getAttribute('data-state')).toBe('overdue');
    expect(await late.textContent()).toContain('Quá hạn 1 ngày làm việc');
    const done = page.getByRole('row', { name: `1. ${district.name}` });
    expect(await done.getAttribute('data-state')).toBe('done');
    expect(await done.textContent()).toContain('Đã ban hành Kế hoạch số 120/KH-UBND (Tệp kèm theo)');
    const overflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await shoot(page, 'follow-up-board');
  }, 240_000);

  it('shows the three sections in English, and the follow-up board on a phone', async () => {
    const english = await personPage('laptop', 'en');
    const session = await h.signIn('quantri@dongthap.gov.vn', 'mật-khẩu-quản-trị-2021');
    const [name, value] = session.cookie.split('=') as [string, string];
    await english.context().addCookies([{ name, value, url: h.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    await english.goto(`${h.baseUrl}/conferences/${demo.id}/minutes`);
    await english.getByRole('heading', { name: 'Minutes', exact: true }).waitFor();
    await english.locator('.record-status[data-status="locked"]').waitFor();
    await shoot(english, 'minutes-en');
    await english.goto(`${h.baseUrl}/conferences/${demo.id}/conclusions`);
    await english.getByRole('heading', { name: 'Conclusion notice', exact: true }).waitFor();
    expect(await english.locator('.conclusion-list').textContent()).toContain('30 July 2021');
    await shoot(english, 'conclusion-notice-en');
    await english.goto(`${h.baseUrl}/conferences/${demo.id}/follow-up`);
    await english.getByRole('row', { name: '2. Sở Tư pháp' }).waitFor();
    expect(await english.getByRole('row', { name: '2. Sở Tư pháp' }).textContent()).toContain('Overdue by 1 working days');
    await shoot(english, 'follow-up-board-en');

    await english.setViewportSize({ width: 390, height: 844 });
    await english.reload();
    await english.getByRole('row', { name: '2. Sở Tư pháp' }).waitFor();
    expect(await english.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(english, 'follow-up-board-phone-en');
  }, 240_000);
});
