/**
 * Comments on a draft and written contributions in Chromium, on the demo conference (the seed
 * plan and its 12 district points), with a real SMTP server: the secretariat opens the draft
 * Decision for comments from three districts with a deadline; Châu Thành agrees from its link
 * on a phone, Hồng Ngự comments on a clause, Sa Đéc is reminded; the drafting agency answers the
 * comment and downloads the synthesis table (.docx, read back). Châu Thành and Hồng Ngự submit
 * their contributions to their slots under item 5, and the chair sees them on the console during
 * the meeting. Screenshots with SHOTS_DIR (for review) or UPDATE_SCREENSHOTS=1 (docs/screenshots).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { readDocxParts, tablesOf } from '../../src/documents/fixtures/docx-parts.js';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { tinyPdf } from '../../src/services/documents/documents.fixture.js';
import { createUser, loginThroughUi, USER_PASSWORD } from './accounts.js';
import { startHarness, type Harness } from './harness.js';
import { saveScreenshot } from './live-helpers.js';

const ENV = { DIEMCAU_MAIL_FROM: 'Sở Nội vụ <snv@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
const DISTRICTS = ['UBND huyện Châu Thành', 'UBND huyện Hồng Ngự', 'UBND thành phố Sa Đéc'];
const EMAILS = ['chauthanh@dongthap.example.vn', 'hongngu@dongthap.example.vn', 'sadec@dongthap.example.vn'];
const DRAFT_TITLE = 'dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC giai đoạn 2021 - 2026';

const shoot = async (page: Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
  await saveScreenshot(page, `${name}.png`);
};
const linkOf = (mail: ReceivedMail): string => /(http:\/\/[^\s]+\/y-kien\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;

let h: Harness;
let smtp: TestSmtpServer;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  for (const [key, value] of Object.entries({ ...ENV, DIEMCAU_SMTP_URL: smtp.url })) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  h = await startHarness();
}, 240_000);
afterAll(async () => {
  await h?.stop();
  await smtp?.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** The draft Decision uploaded to item 2 as the Department of Home Affairs would (the documents' own API). */
const uploadDraft = async (demo: Conference): Promise<string> => {
  const form = new FormData();
  const item2 = demo.agendaItems.find((item) => item.parentId === null && item.number === '2')!;
  form.append(
    'metadata',
    JSON.stringify({ title: 'Dự thảo Quyết định ban hành Kế hoạch', kind: 'draft', audience: 'invited', agendaItemId: item2.id }),
  );
  form.append('file', new Blob([new Uint8Array(tinyPdf('Du thao Quyet dinh'))]), 'du-thao-quyet-dinh.pdf');
  const response = await fetch(`${h.baseUrl}/api/v1/conferences/${demo.id}/documents`, {
    method: 'POST',
    headers: { cookie: h.admin!.cookie, 'x-csrf-token': h.admin!.csrfToken },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
};

/** A district's own browser, opened on the link of its mail. */
const openAsDistrict = async (url: string, phone = false): Promise<Page> => {
  const context = await h.newContext();
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  if (phone) await page.setViewportSize({ width: 390, height: 844 });
  else await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  return page;
};

describe('comments on a draft and written contributions, in Chromium', () => {
  it('asks three districts, collects two answers and a reminder, answers the comment, downloads the table; the chair reads the contributions', async () => {
    const demo = await h.createDemo();
    await uploadDraft(demo);
    const page = h.page;
    page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 1366, height: 768 });

    // The secretariat opens the draft for comments from three districts.
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/general`);
    await page.getByRole('link', { name: 'Lấy ý kiến dự thảo' }).click();
    await page.getByRole('heading', { name: 'Lấy ý kiến dự thảo' }).waitFor();
    const form = page.getByRole('form', { name: 'Lấy ý kiến một dự thảo' });
    await form.getByLabel('Tên dự thảo').fill(DRAFT_TITLE);
    await form.getByLabel('Cơ quan chủ trì soạn thảo').fill('Sở Nội vụ');
    await form.getByLabel('Hạn gửi ý kiến').fill('2099-06-30');
    for (const [i, name] of DISTRICTS.entries()) {
      await form.getByLabel(name, { exact: true }).check();
      await form.getByLabel(`Email nhận văn bản: ${name}`).fill(EMAILS[i]!);
    }
    await form.getByRole('button', { name: 'Gửi lấy ý kiến' }).click();
    await page.getByText('Đã gửi lấy ý kiến; 3 thư đang được gửi.').waitFor();
    const card = page.getByRole('article', { name: DRAFT_TITLE });
    await card.getByText('Đã hỏi 3 · Thống nhất 0 · Có ý kiến 0 · Chưa trả lời 3').waitFor();
    const mails = await smtp.waitFor(3);
    const mailTo = (address: string) => mails.find((mail) => mail.envelopeTo.includes(address))!;

    // Châu Thành agrees, on a phone.
    const chauThanh = await openAsDistrict(linkOf(mailTo(EMAILS[0]!)), true);
    await chauThanh.getByRole('heading', { name: 'UBND huyện Châu Thành' }).waitFor();
    const chauThanhAnswer = chauThanh.getByRole('form', { name: DRAFT_TITLE });
    await chauThanhAnswer.getByLabel('Thống nhất với dự thảo, không có ý kiến khác').check();
    await chauThanhAnswer.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await chauThanh.getByText(/^Đã gửi ý kiến của đơn vị/).waitFor();
    await shoot(chauThanh, 'draft-comments-phone');

    // Hồng Ngự comments on a clause.
    const hongNgu = await openAsDistrict(linkOf(mailTo(EMAILS[1]!)));
    const hongNguAnswer = hongNgu.getByRole('form', { name: DRAFT_TITLE });
    await hongNguAnswer.getByLabel('Có ý kiến góp ý').check();
    await hongNguAnswer.getByLabel('Điều, khoản').fill('khoản 2 Điều 5');
    await hongNguAnswer.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung thời hạn báo cáo định kỳ hằng quý.');
    await hongNguAnswer.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await hongNgu.getByText(/^Đã gửi ý kiến của đơn vị/).waitFor();

    // The secretariat's screen follows by itself; Sa Đéc is reminded.
    await card.getByText('Đã hỏi 3 · Thống nhất 1 · Có ý kiến 1 · Chưa trả lời 1').waitFor();
    await card
      .getByRole('row', { name: /UBND thành phố Sa Đéc/ })
      .getByRole('button', { name: 'Nhắc' })
      .click();
    await card.getByText('Đã xếp 1 thư nhắc.').waitFor();
    const reminder = (await smtp.waitFor(4))[3]!;
    expect(reminder.envelopeTo).toEqual([EMAILS[2]]);
    expect(reminder.parsed.subject).toBe(`Nhắc: Lấy ý kiến góp ý ${DRAFT_TITLE}`);
    await card
      .getByRole('row', { name: /UBND thành phố Sa Đéc/ })
      .getByText('1×')
      .waitFor();

    // The drafting agency answers the comment and downloads the synthesis table.
    const comment = card.locator('.draft-comments li', { hasText: 'khoản 2 Điều 5' });
    await comment.getByLabel('Tiếp thu, giải trình', { exact: true }).selectOption('accepted');
    await comment.getByLabel('Nội dung tiếp thu, giải trình').fill('Đã bổ sung tại khoản 2 Điều 5 của dự thảo.');
    await comment.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(
        async () =>
          (await h.services.consultations.list(demo.id, { reads: true, manages: true, mayAnswer: () => false, allowedActions: [] }))[0]!
            .comments[0]!.response,
      )
      .toBe('accepted');
    await shoot(page, 'draft-comments');
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '.docx' }).click()]);
    const saved = join(tmpdir(), `bang-tong-hop-${Date.now()}.docx`);
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
        'UBND huyện Hồng Ngự',
        'khoản 2 Điều 5',
        'Đề nghị bổ sung thời hạn báo cáo định kỳ hằng quý.',
        'Tiếp thu: Đã bổ sung tại khoản 2 Điều 5 của dự thảo.',
      ],
    ]);

    // Two districts submit their contributions to their slots under item 5, from the same pages.
    for (const [district, text] of [
      [chauThanh, 'Huyện Châu Thành triển khai 05 mô hình mới về cải cách hành chính.'],
      [hongNgu, 'Kết quả hỗ trợ tiếp nhận và giải quyết thủ tục hành chính ngoài giờ.'],
    ] as const) {
      const contribution = district.locator('form.body-contribution');
      await contribution.getByLabel('Nội dung tham luận').fill(text);
      await contribution.getByRole('button', { name: 'Gửi tham luận' }).click();
      await district.getByText('Đã gửi tham luận.').waitFor();
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

    // The chair, during the meeting, sees them beside the programme.
    const chairUser = await createUser(h, 'chutich@dongthap.gov.vn', 'Phạm Thiện Nghĩa');
    expect(
      (await h.api('POST', `/conferences/${demo.id}/memberships`, { userId: chairUser.id, role: 'chair', bridgePointIds: [] })).status,
    ).toBe(201);
    expect((await h.api('POST', `/conferences/${demo.id}/live/commands`, { type: 'start_meeting' })).status).toBe(200);
    const chairContext = await h.newContext();
    const chair = chairContext.pages()[0] ?? (await chairContext.newPage());
    chair.setDefaultTimeout(15_000);
    await chair.setViewportSize({ width: 1366, height: 768 });
    await loginThroughUi(chair, h.baseUrl, 'chutich@dongthap.gov.vn', USER_PASSWORD);
    await chair.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
    const panel = chair.getByRole('region', { name: 'Tham luận' });
    await panel.getByRole('button', { name: /UBND huyện Châu Thành/ }).click();
    await panel.getByText('Huyện Châu Thành triển khai 05 mô hình mới về cải cách hành chính.').waitFor();
    await panel.getByRole('button', { name: /UBND huyện Hồng Ngự/ }).waitFor();
    await shoot(chair, 'contributions-chair');
  }, 240_000);
});
