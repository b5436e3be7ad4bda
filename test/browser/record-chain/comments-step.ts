/**
 * Steps 2 and 3 of the record chain, with the real SMTP server: the secretariat opens the draft
 * Decision of step 1 for comments from three districts with a deadline; Châu Thành agrees from
 * its link on a phone, Hồng Ngự comments on a clause, Sa Đéc is reminded; the drafting agency
 * answers the comment and downloads the synthesis table (.docx, read back). Then Châu Thành (a
 * text and a file) and Hồng Ngự (a text) submit their contributions to their slots under
 * item 5 from the same pages, and the secretariat's list shows who has and who has not.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readDocxParts, tablesOf } from '../../../src/documents/fixtures/docx-parts.js';
import type { ReceivedMail } from '../../../src/mail/smtp-server.fixture.js';
import { tinyPdf } from '../../../src/services/documents/documents.fixture.js';
import { CHAU_THANH, HONG_NGU, SA_DEC, personPage, shoot, vietnamDate, type Chain } from './chain.js';

const DISTRICTS = [CHAU_THANH, HONG_NGU, SA_DEC];
const EMAILS = ['chauthanh@dongthap.example.vn', 'hongngu@dongthap.example.vn', 'sadec@dongthap.example.vn'];
const DRAFT_TITLE = 'dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC giai đoạn 2021 - 2026';
const linkOf = (mail: ReceivedMail): string => /(http:\/\/[^\s]+\/y-kien\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;

export async function commentsStep(chain: Chain): Promise<void> {
  const { h, demo, smtp } = chain;
  const page = h.page;
  const deadline = vietnamDate(new Date(Date.now() + 3 * 86_400_000));

  await page.goto(`${h.baseUrl}/conferences/${demo.id}/general`);
  await page.getByRole('link', { name: 'Lấy ý kiến dự thảo' }).click();
  await page.getByRole('heading', { name: 'Lấy ý kiến dự thảo' }).waitFor();
  const form = page.getByRole('form', { name: 'Lấy ý kiến một dự thảo' });
  await form.getByLabel('Tên dự thảo').fill(DRAFT_TITLE);
  await form.getByLabel('Cơ quan chủ trì soạn thảo').fill('Sở Nội vụ');
  await form.getByLabel('Hạn gửi ý kiến').fill(deadline);
  for (const [i, name] of DISTRICTS.entries()) {
    await form.getByLabel(name, { exact: true }).check();
    await form.getByLabel(`Email nhận văn bản: ${name}`).fill(EMAILS[i]!);
  }
  await form.getByRole('button', { name: 'Gửi lấy ý kiến' }).click();
  await page.getByText('Đã gửi lấy ý kiến; 3 thư đang được gửi.').waitFor();
  const card = page.getByRole('article', { name: DRAFT_TITLE });
  await card.getByText('Đã hỏi 3 · Thống nhất 0 · Có ý kiến 0 · Chưa trả lời 3').waitFor();
  const consultations = () =>
    h.services.consultations.list(demo.id, { reads: true, manages: true, mayAnswer: () => false, allowedActions: [] });
  // The draft asked about is the .docx the Department uploaded in step 1.
  expect((await consultations())[0]).toMatchObject({ documentId: chain.draftId, deadline });
  const mails = await smtp.waitFor(3);
  const mailTo = (address: string) => mails.find((mail) => mail.envelopeTo.includes(address))!;

  // Châu Thành agrees, on a phone.
  const chauThanh = await personPage(h, true);
  await chauThanh.goto(linkOf(mailTo(EMAILS[0]!)));
  await chauThanh.getByRole('heading', { name: CHAU_THANH }).waitFor();
  const chauThanhAnswer = chauThanh.getByRole('form', { name: DRAFT_TITLE });
  await chauThanhAnswer.getByLabel('Thống nhất với dự thảo, không có ý kiến khác').check();
  await chauThanhAnswer.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await chauThanh.getByText(/^Đã gửi ý kiến của đơn vị/).waitFor();
  await shoot(chauThanh, 'draft-comments-phone');

  // Hồng Ngự comments on a clause.
  const hongNgu = await personPage(h);
  await hongNgu.goto(linkOf(mailTo(EMAILS[1]!)));
  const hongNguAnswer = hongNgu.getByRole('form', { name: DRAFT_TITLE });
  await hongNguAnswer.getByLabel('Có ý kiến góp ý').check();
  await hongNguAnswer.getByLabel('Điều, khoản').fill('khoản 2 Điều 5');
  await hongNguAnswer.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung thời hạn báo cáo định kỳ hằng quý.');
  await hongNguAnswer.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await hongNgu.getByText(/^Đã gửi ý kiến của đơn vị/).waitFor();
  chain.districts = { [CHAU_THANH]: chauThanh, [HONG_NGU]: hongNgu };

  // The secretariat's screen follows by itself; Sa Đéc is reminded.
  await card.getByText('Đã hỏi 3 · Thống nhất 1 · Có ý kiến 1 · Chưa trả lời 1').waitFor();
  const saDec = card.getByRole('row', { name: /UBND thành phố Sa Đéc/ });
  await saDec.getByRole('button', { name: 'Nhắc' }).click();
  await card.getByText('Đã xếp 1 thư nhắc.').waitFor();
  const reminder = (await smtp.waitFor(4))[3]!;
  expect(reminder.envelopeTo).toEqual([EMAILS[2]]);
  expect(reminder.parsed.subject).toBe(`Nhắc: Lấy ý kiến góp ý ${DRAFT_TITLE}`);
  await saDec.getByText('1×').waitFor();

  // The drafting agency answers the comment and downloads the synthesis table.
  const comment = card.locator('.draft-comments li', { hasText: 'khoản 2 Điều 5' });
  await comment.getByLabel('Tiếp thu, giải trình', { exact: true }).selectOption('accepted');
  await comment.getByLabel('Nội dung tiếp thu, giải trình').fill('Đã bổ sung tại khoản 2 Điều 5 của dự thảo.');
  await comment.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(async () => (await consultations())[0]!.comments[0]!.response).toBe('accepted');
  await shoot(page, 'draft-comments');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '.docx' }).click()]);
  const saved = join(tmpdir(), `bang-tong-hop-${process.pid}-${Date.now()}.docx`);
  await download.saveAs(saved);
  const table = tablesOf((await readDocxParts(await readFile(saved))).document)[1]!;
  expect(table.rows.map((row) => row.cells)).toEqual([
    [
      'STT',
      'Cơ quan, đơn vị góp ý',
      'Điều, khoản, mục của dự thảo',
      'Nội dung góp ý',
      'Ý kiến tiếp thu, giải trình của cơ quan chủ trì soạn thảo',
    ],
    [
      '1',
      HONG_NGU,
      'khoản 2 Điều 5',
      'Đề nghị bổ sung thời hạn báo cáo định kỳ hằng quý.',
      'Tiếp thu: Đã bổ sung tại khoản 2 Điều 5 của dự thảo.',
    ],
  ]);
}

export async function contributionsStep(chain: Chain): Promise<void> {
  const { h } = chain;
  const page = h.page;
  // Two districts submit their contributions to their slots under item 5, from the pages of their links.
  for (const [district, text, file] of [
    [CHAU_THANH, 'Huyện Châu Thành triển khai 05 mô hình mới về cải cách hành chính.', 'tham-luan-chau-thanh.pdf'],
    [HONG_NGU, 'Kết quả hỗ trợ tiếp nhận và giải quyết thủ tục hành chính ngoài giờ.', null],
  ] as const) {
    const districtPage = chain.districts[district]!;
    const contribution = districtPage.locator('form.body-contribution');
    await contribution.getByLabel('Nội dung tham luận').fill(text);
    if (file) {
      await contribution
        .getByLabel(/^Tệp tham luận/)
        .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: tinyPdf('Tham luan Chau Thanh') });
    }
    await contribution.getByRole('button', { name: 'Gửi tham luận' }).click();
    await districtPage.getByText('Đã gửi tham luận.').waitFor();
  }
  await page.getByRole('link', { name: 'Tham luận', exact: true }).click();
  await page
    .getByRole('row', { name: /UBND huyện Châu Thành/ })
    .getByText('Đã gửi')
    .waitFor();
  await page
    .getByRole('row', { name: /UBND huyện Hồng Ngự/ })
    .getByText('Đã gửi')
    .waitFor();
  await page
    .getByRole('row', { name: /UBND huyện Tam Nông/ })
    .getByText('Chưa gửi')
    .waitFor();
  await shoot(page, 'contributions');
}
