/**
 * The record after the meeting in Chromium at 1366×768, on the demo conference (the seed plan
 * and its 12 district points), under a test clock (the server runs in this process: only Date
 * is faked, and it keeps running): the meeting is held on 07/7/2021 from 15:00; the secretary
 * builds the minutes from the record, edits them and downloads the Biên bản (.docx, read back);
 * the conclusion notice gets two conclusions, each making a task with a deadline, and is
 * issued; the Department of Home Affairs' person marks its task done with a file (a PDF) on the
 * follow-up board;
 * after midnight the other task, due on 07/7, is overdue and flagged. Screenshots with
 * SHOTS_DIR (for review) or UPDATE_SCREENSHOTS=1 (docs/screenshots).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import { paragraphsOf, readDocxParts } from '../../src/documents/fixtures/docx-parts.js';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';
import { createUser, USER_PASSWORD } from './accounts.js';
import { startHarness, type Harness } from './harness.js';
import { saveScreenshot } from './live-helpers.js';

const shoot = async (page: Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
  await saveScreenshot(page, `${name}.png`);
};

let h: Harness;
let demo: Conference;

beforeAll(async () => {
  // 15:00 in Viet Nam on the day of the demo conference; the clock keeps running from there.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date('2021-07-07T08:00:00.000Z'));
  h = await startHarness();
  demo = await h.createDemo();
  const run = async (command: object) => {
    const answer = await h.api<{ state: LiveState }>('POST', `/conferences/${demo.id}/live/commands`, command);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.state;
  };
  await run({ type: 'start_meeting' });
  await run({ type: 'start_item' });
  await run({ type: 'end_item' });
  await run({ type: 'start_item' });
  await run({ type: 'end_meeting' });
}, 240_000);
afterAll(async () => {
  await h?.stop();
  vi.useRealTimers();
});

describe('minutes, conclusion notice and follow-up in Chromium', () => {
  it('the secretary edits and downloads the minutes built from the record', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/minutes`);
    await page.getByRole('heading', { name: 'Biên bản', exact: true }).waitFor();
    await page.getByLabel('Thư ký (người ghi biên bản)').fill('Trần Thị Thư');
    await page.getByRole('button', { name: 'Dựng dự thảo từ diễn biến hội nghị' }).click();
    await page.locator('.record-status[data-status="draft"]').waitFor();
    const opening = page.getByLabel('Phần mở đầu (mỗi dòng một đoạn)');
    expect(await opening.inputValue()).toContain('Thời gian bắt đầu: 15 giờ 00 phút, ngày 07 tháng 7 năm 2021 (thứ Tư).');
    await page.getByLabel('Chủ tọa', { exact: true }).fill('Phạm Thiện Nghĩa');
    const closing = page.getByLabel('Phần kết thúc (mỗi dòng một đoạn)');
    await closing.fill(`Hội nghị thống nhất thông qua biên bản.\n${await closing.inputValue()}`);
    await page.getByRole('button', { name: 'Lưu biên bản' }).click();
    await page.getByText('Đã lưu biên bản.').waitFor();
    await shoot(page, 'minutes-editor');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải biên bản (.docx)' }).click(),
    ]);
    const saved = join(tmpdir(), `bien-ban-${process.pid}.docx`);
    await download.saveAs(saved);
    const texts = paragraphsOf((await readDocxParts(await readFile(saved))).document).map((p) => p.text);
    expect(texts).toContain('BIÊN BẢN');
    expect(texts).toContain('Hội nghị thống nhất thông qua biên bản.');
    expect(texts).toContain('THƯ KÝ');
    expect(texts).toContain('Trần Thị Thư');
    expect(texts).toContain('CHỦ TỌA');
    expect(texts).toContain('Phạm Thiện Nghĩa');
    expect(texts.find((t) => t.startsWith('Hội nghị kết thúc vào lúc'))).toMatch(
      /^Hội nghị kết thúc vào lúc 15 giờ 0\d phút cùng ngày\.\/\.$/,
    );
  });

  it('issues the notice with two conclusions, each a task with a deadline; one agency marks it done, the other becomes overdue', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/conclusions`);
    await page.getByRole('button', { name: 'Dự thảo thông báo từ diễn biến hội nghị' }).click();
    await page.getByLabel('Phần mở đầu').waitFor();
    const add = async (text: string, lead: string, task: string, deadline: string) => {
      await page.getByLabel('Nội dung kết luận').fill(text);
      await page.getByLabel('Cơ quan chủ trì').fill(lead);
      await page.getByLabel('Nhiệm vụ').fill(task);
      await page.getByLabel('Thời hạn').fill(deadline);
      await page.getByRole('button', { name: 'Thêm kết luận' }).click();
      await page.getByRole('listitem', { name: text }).waitFor();
    };
    await add('Xây dựng kế hoạch khắc phục các chỉ số giảm điểm.', 'Sở Nội vụ', 'Xây dựng kế hoạch khắc phục', '2021-07-30');
    await add('Rà soát thủ tục hành chính còn vướng mắc.', 'Sở Tư pháp', 'Rà soát thủ tục hành chính', '2021-07-07');
    await shoot(page, 'conclusion-notice');
    await page.getByRole('button', { name: 'Ban hành và gửi thông báo' }).click();
    await page.locator('.record-status[data-status="issued"]').waitFor();

    const plan = await h.api<Conference>('GET', `/conferences/${demo.id}`);
    const tasks = plan.body.tasks.filter((task) => ['Xây dựng kế hoạch khắc phục', 'Rà soát thủ tục hành chính'].includes(task.text));
    expect(tasks.map((task) => task.deadline).sort()).toEqual(['2021-07-07', '2021-07-30']);

    // The Department of Home Affairs' person, with an account that is a delegate of the conference.
    await createUser(h, 'snv.theodoi@dongthap.gov.vn', 'Sở Nội vụ - Theo dõi');
    expect(
      (
        await h.api('POST', `/conferences/${demo.id}/memberships`, {
          email: 'snv.theodoi@dongthap.gov.vn',
          role: 'delegate',
          bridgePointIds: [],
        })
      ).status,
    ).toBe(201);
    const session = await h.signIn('snv.theodoi@dongthap.gov.vn', USER_PASSWORD);
    const context = await h.newContext();
    const [name, value] = session.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: h.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    const agency = await context.newPage();
    await agency.goto(`${h.baseUrl}/conferences/${demo.id}/follow-up`);
    const own = agency.getByRole('row', { name: '1. Sở Nội vụ' });
    await own.getByLabel('Nội dung báo cáo: Sở Nội vụ').fill('Đã ban hành Kế hoạch số 120/KH-UBND');
    await own.getByLabel('Tệp kèm theo: Sở Nội vụ').setInputFiles({
      name: 'ke-hoach-khac-phuc.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('Ke hoach khac phuc'),
    });
    await own.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    await agency.locator('tr[data-state="done"]').waitFor();
    expect(await own.textContent()).toContain('Đã hoàn thành');
    expect(await own.textContent()).toContain('Đã ban hành Kế hoạch số 120/KH-UBND (Tệp kèm theo)');

    // After midnight: the task due on 07/7 is late by one working day (08/7/2021 was a Thursday).
    vi.setSystemTime(new Date('2021-07-07T17:30:00.000Z'));
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/follow-up`);
    const late = page.getByRole('row', { name: '2. Sở Tư pháp' });
    await late.waitFor();
    expect(await late.getAttribute('data-state')).toBe('overdue');
    expect(await late.textContent()).toContain('Quá hạn 1 ngày làm việc');
    expect(await page.getByRole('row', { name: '1. Sở Nội vụ' }).getAttribute('data-state')).toBe('done');
    await shoot(page, 'follow-up-board');
  });
});
