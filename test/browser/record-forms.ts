/**
 * The conclusion notice's and the follow-up's forms as the secretariat and a body fill them in
 * Chromium, shared by the record tests (minutes-conclusions.test.ts, the record chain's step 6).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';

/** Who issues and signs the notice: nothing the plan does not say is pre-filled, so the secretariat gives it before issuing. */
export async function fillNoticeIssuer(page: Page): Promise<void> {
  await page.getByLabel('Cơ quan ban hành').fill('VĂN PHÒNG');
  await page.getByLabel('Ký hiệu').fill('VPUBND');
  await page.getByLabel('Thẩm quyền ký').selectOption('TL.');
  await page.getByLabel('Ký thay / thừa lệnh').fill('CHỦ TỊCH');
  await page.getByLabel('Chức vụ người ký').fill('CHÁNH VĂN PHÒNG');
  await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn A');
  await page.getByLabel('Câu kết').fill('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.');
  await page.getByRole('button', { name: 'Lưu thông báo' }).click();
  await page.getByText('Đã lưu thông báo.').waitFor();
}

/** A conclusion with its task and deadline; its lead agency a bridge point of the plan (bound: its people report) or free text. */
export async function addConclusion(
  page: Page,
  conclusion: { text: string; lead: { point: string } | { agency: string }; task: string; deadline: string },
): Promise<void> {
  if ('point' in conclusion.lead) {
    await page.getByLabel('Cơ quan chủ trì là đơn vị trong kế hoạch').selectOption({ label: `Điểm cầu: ${conclusion.lead.point}` });
    expect(await page.getByLabel('Cơ quan chủ trì', { exact: true }).inputValue()).toBe(conclusion.lead.point);
  } else {
    await page.getByLabel('Cơ quan chủ trì', { exact: true }).fill(conclusion.lead.agency);
  }
  await page.getByLabel('Nội dung kết luận').fill(conclusion.text);
  await page.getByLabel('Nhiệm vụ').fill(conclusion.task);
  await page.getByLabel('Thời hạn').fill(conclusion.deadline);
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  await page.getByRole('listitem', { name: conclusion.text }).waitFor();
}

/** On the body's own page (its contact link): its task reported done with a file. */
export async function reportTaskDone(page: Page, task: string, body: string, note: string): Promise<void> {
  const item = page.getByRole('listitem', { name: task });
  await item.waitFor();
  await item.getByLabel(`Nội dung báo cáo: ${body}`).fill(note);
  await item
    .getByLabel(`Tệp kèm theo: ${body}`)
    .setInputFiles({ name: 'ke-hoach-khac-phuc.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Ke hoach khac phuc') });
  await item.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
  await page.locator('li[data-state="done"]').waitFor();
}
