/**
 * Steps 5 and 6 of the record chain, after the meeting of step 4: the secretary builds the
 * minutes from the record (the vote and its result among them), edits them and downloads the
 * Biên bản (.docx, read back); the conclusion notice gets two conclusions, each making a task
 * with a deadline (one Châu Thành's, bound to its bridge point), and is issued once the
 * secretariat has said who issues and signs it; Châu Thành marks its task done with a file from
 * the page its link opened in step 2; the next day the other task, due today, is overdue and
 * flagged (only Date is faked, from that moment, in this process where the server runs).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { longDateWithWeekdayVi, parseDate } from '../../../src/domain/vietnamese-dates.js';
import { paragraphsOf, readDocxParts } from '../../../src/documents/fixtures/docx-parts.js';
import { ADMIN } from '../harness.js';
import { addConclusion, fillNoticeIssuer, reportTaskDone } from '../record-forms.js';
import { CHAU_THANH, shoot, vietnamDate, type Chain } from './chain.js';
import { QUESTION } from './meeting-step.js';

export async function minutesStep(chain: Chain): Promise<void> {
  const { h, demo } = chain;
  const page = h.page;
  await page.goto(`${h.baseUrl}/conferences/${demo.id}/minutes`);
  await page.getByRole('heading', { name: 'Biên bản', exact: true }).waitFor();
  await page.getByLabel('Thư ký (người ghi biên bản)').fill('Trần Thị Thư');
  await page.getByRole('button', { name: 'Dựng dự thảo từ diễn biến hội nghị' }).click();
  await page.locator('.record-status[data-status="draft"]').waitFor();
  const opening = page.getByLabel('Phần mở đầu (mỗi dòng một đoạn)');
  // Held today (the meeting of step 4 ran on the real clock).
  expect(await opening.inputValue()).toContain(`${longDateWithWeekdayVi(parseDate(vietnamDate(new Date())))}.`);
  await page.getByLabel('Chủ tọa', { exact: true }).fill('Phạm Thiện Nghĩa');
  const closing = page.getByLabel('Phần kết thúc (mỗi dòng một đoạn)');
  await closing.fill(`Hội nghị thống nhất thông qua biên bản.\n${await closing.inputValue()}`);
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await page.getByText('Đã lưu biên bản.').waitFor();
  await shoot(page, 'minutes-editor');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải biên bản (.docx)' }).click()]);
  const saved = join(tmpdir(), `bien-ban-${process.pid}.docx`);
  await download.saveAs(saved);
  const texts = paragraphsOf((await readDocxParts(await readFile(saved))).document).map((p) => p.text);
  for (const line of ['BIÊN BẢN', 'Hội nghị thống nhất thông qua biên bản.', 'THƯ KÝ', 'Trần Thị Thư', 'CHỦ TỌA', 'Phạm Thiện Nghĩa'])
    expect(texts).toContain(line);
  // The vote of step 4 with its result, under the item it was held on.
  expect(texts.find((t) => t.startsWith(`Biểu quyết: ${QUESTION}. Kết quả: `))).toBeDefined();
  expect(texts.find((t) => t.startsWith('Hội nghị kết thúc vào lúc'))).toMatch(
    /^Hội nghị kết thúc vào lúc \d{2} giờ \d{2} phút cùng ngày\.\/\.$/,
  );
}

export async function conclusionsStep(chain: Chain): Promise<void> {
  const { h, demo } = chain;
  const page = h.page;
  const today = vietnamDate(new Date());
  const inAMonth = vietnamDate(new Date(Date.now() + 30 * 86_400_000));
  await page.goto(`${h.baseUrl}/conferences/${demo.id}/conclusions`);
  await page.getByRole('button', { name: 'Dự thảo thông báo từ diễn biến hội nghị' }).click();
  await page.getByLabel('Phần mở đầu').waitFor();
  await fillNoticeIssuer(page);
  // The first task is Châu Thành's (bound to its bridge point: its people report on it); the second, free text.
  await addConclusion(page, {
    text: 'Nhân rộng các mô hình cải cách hành chính hiệu quả.',
    lead: { point: CHAU_THANH },
    task: 'Xây dựng kế hoạch nhân rộng mô hình',
    deadline: inAMonth,
  });
  await addConclusion(page, {
    text: 'Rà soát thủ tục hành chính còn vướng mắc.',
    lead: { agency: 'Sở Tư pháp' },
    task: 'Rà soát thủ tục hành chính',
    deadline: today,
  });
  await shoot(page, 'conclusion-notice');
  await page.getByRole('button', { name: 'Ban hành và gửi thông báo' }).click();
  await page.locator('.record-status[data-status="issued"]').waitFor();
  const plan = await h.api<Conference>('GET', `/conferences/${demo.id}`);
  const tasks = plan.body.tasks.filter((task) => ['Xây dựng kế hoạch nhân rộng mô hình', 'Rà soát thủ tục hành chính'].includes(task.text));
  expect(tasks.map((task) => task.deadline).sort()).toEqual([today, inAMonth].sort());

  // Châu Thành reports its task done with a file, from the page its link opened in step 2.
  const chauThanh = chain.districts[CHAU_THANH]!;
  await chauThanh.reload();
  await reportTaskDone(chauThanh, 'Xây dựng kế hoạch nhân rộng mô hình', CHAU_THANH, 'Đã ban hành Kế hoạch số 120/KH-UBND');
  expect(await chauThanh.getByRole('listitem', { name: 'Rà soát thủ tục hành chính' }).count()).toBe(0);

  // Tomorrow: the task due today is late (only Date is faked, in this process where the server runs).
  // A day without activity ends the secretary's session: she signs in again.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(Date.now() + 86_400_000));
  try {
    const session = await h.signIn(ADMIN.email, ADMIN.password);
    const [name, value] = session.cookie.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: h.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/follow-up`);
    const late = page.getByRole('row', { name: '2. Sở Tư pháp' });
    await late.waitFor();
    expect(await late.getAttribute('data-state')).toBe('overdue');
    expect(await late.textContent()).toMatch(/Quá hạn \d+ ngày làm việc/);
    const done = page.getByRole('row', { name: `1. ${CHAU_THANH}` });
    expect(await done.getAttribute('data-state')).toBe('done');
    expect(await done.textContent()).toContain('Đã ban hành Kế hoạch số 120/KH-UBND (Tệp kèm theo)');
    await shoot(page, 'follow-up-board-chain');
  } finally {
    vi.useRealTimers();
  }
}
