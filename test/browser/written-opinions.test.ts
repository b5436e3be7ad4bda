/**
 * Written opinion forms (phiếu lấy ý kiến, issue 16) in Chromium, on the demo conference, with a
 * real SMTP server: a vote is held and closed with three delegates present (arranged through the
 * API); the secretariat (1366×768) makes a form for the vote's question, chosen by default for the
 * members not present (one without e-mail is warned about and left out), and sends it; Lan answers
 * on her phone (390×844) from the link in her mail, after a confirmation; Minh opens his in
 * English and does not answer; the secretariat's reminder the same day mails nobody (the form
 * itself was that day's mail), the next morning's scheduled reminder mails Minh; the form is
 * closed and the chair merges it into the vote's result, after confirming, which then shows the
 * counts from the meeting and from the forms. SHOTS_DIR=<dir> writes screenshots for review.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { Vote } from '../../src/domain/votes/vote.schema.js';
import type { WrittenOpinionForm } from '../../src/domain/votes/written-opinion.schema.js';
import { type ReceivedMail, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { createServices } from '../../src/services/index.js';
import { createUser, loginThroughUi, USER_PASSWORD } from './accounts.js';
import { startHarness, type Harness } from './harness.js';
import { newSizedPage, shoot } from './live-helpers.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const ENV = { DIEMCAU_MAIL_FROM: 'Văn phòng UBND <vp@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
const QUESTION = 'Thông qua dự thảo Quyết định ban hành Kế hoạch thực hiện các mô hình CCHC';
const TITLE = 'Phiếu lấy ý kiến thành viên vắng mặt';
const DAY = 24 * 60 * 60_000;
let mail: MailEnv | undefined;
let h: Harness;
let smtp: TestSmtpServer;
let demo: Conference;

const linkOf = (mail: ReceivedMail): string => /(http:\/\/\S+\/phieu-y-kien\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;
const mailTo = (address: string) => smtp.received.filter((mail) => mail.envelopeTo.includes(address));
/** Local time in Viet Nam (UTC+7), YYYY-MM-DDTHH:mm, at this distance from now. */
const vietnamLocal = (fromNow: number) => new Date(Date.now() + 7 * 60 * 60_000 + fromNow).toISOString().slice(0, 16);

beforeAll(async () => {
  mail = await startMailEnv(ENV);
  smtp = mail.smtp;
  h = await startHarness();
  h.page.setDefaultTimeout(30_000);
  await h.page.setViewportSize({ width: 1366, height: 768 });
  demo = await h.createDemo();
}, 240_000);
afterAll(async () => {
  await h?.stop();
  await mail?.close();
});

/** Three delegates present vote (2 for, 1 against) and the vote closes; Lan and Minh (e-mails) and Nam (none) are absent. */
const holdVote = async () => {
  const host = demo.bridgePoints.find((point) => point.isHost)!;
  const add = async (fullName: string, email = '') => {
    const created = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, { bridgePointId: host.id, fullName, email });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  };
  const present = [await add('Nguyễn Văn An'), await add('Trần Thị Bình'), await add('Lê Thị Cúc')];
  await add('Phạm Thị Lan', 'lan@dongthap.gov.vn');
  await add('Võ Văn Minh', 'minh@dongthap.gov.vn');
  await add('Đỗ Văn Nam');
  for (const delegateId of present) {
    const checked = await h.api('POST', `/conferences/${demo.id}/check-ins`, { key: `pyk-${delegateId}`, delegateId, method: 'search' });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  }
  for (const command of [START_CONFIRMED, { type: 'start_item' }])
    expect((await h.api('POST', `/conferences/${demo.id}/live/commands`, command)).status).toBe(200);
  const vote = await h.api<Vote>('POST', `/conferences/${demo.id}/votes`, { question: QUESTION, quorum: null });
  expect(vote.status, JSON.stringify(vote.body)).toBe(201);
  expect((await h.api('POST', `/conferences/${demo.id}/votes/${vote.body.id}/open`)).status).toBe(200);
  for (const [index, delegateId] of present.entries())
    await h.services.votes.cast(demo.id, vote.body.id, { kind: 'delegate', delegateId }, { option: index === 2 ? 1 : 0 });
  const closed = await h.api<Vote>('POST', `/conferences/${demo.id}/votes/${vote.body.id}/close`);
  expect(closed.body.result!.options.map((o) => o.count)).toEqual([2, 1, 0]);
  return vote.body.id;
};

it(
  'a form for the absent members: made and sent from the editor, answered on a phone from the mail, reminded, closed and merged by the chair',
  { timeout: 300_000 },
  async () => {
    const voteId = await holdVote();
    const page = h.page;

    // The secretariat makes the form for the vote's question.
    await page.goto(`${h.baseUrl}/conferences/${demo.id}/written-opinions`);
    const section = page.getByRole('region', { name: 'Phiếu lấy ý kiến' });
    await section.getByText('Chưa có phiếu lấy ý kiến nào.').waitFor();
    const create = page.getByRole('form', { name: 'Tạo phiếu lấy ý kiến' });
    await create.getByLabel('Tên phiếu').fill(TITLE);
    await create.getByLabel('Nội dung hỏi').selectOption({ label: `Biểu quyết: ${QUESTION} (Đã kết thúc)` });
    const deadline = vietnamLocal(2 * DAY);
    await create.getByLabel('Thời hạn trả lời').fill(deadline);
    // By default the three not present; Nam has no e-mail: warned, and left out.
    const members = create.getByTestId('form-members');
    for (const name of ['Phạm Thị Lan', 'Võ Văn Minh', 'Đỗ Văn Nam'])
      expect(await members.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Thị Cúc'])
      expect(await members.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(false);
    await create.getByText('1 người được chọn chưa có email.').waitFor();
    expect(await members.getByText('lan@dongthap.gov.vn').count()).toBe(1);
    await shoot(page, 'written-opinions-create');
    await members.getByRole('checkbox', { name: /Đỗ Văn Nam/ }).uncheck();
    expect(await create.getByText('1 người được chọn chưa có email.').count()).toBe(0);
    await create.getByRole('button', { name: 'Tạo phiếu' }).click();

    const card = section.getByTestId('form-card');
    await card.getByRole('heading', { name: TITLE }).waitFor();
    await card.getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect.poll(() => card.getByTestId('form-notice').textContent()).toBe('Đã xếp 2 thư gửi phiếu.');
    await expect.poll(() => card.getAttribute('data-state')).toBe('sent');
    await smtp.waitFor(2);
    const [lanMail] = mailTo('lan@dongthap.gov.vn');
    expect(lanMail!.parsed.subject).toBe(`Phiếu lấy ý kiến: ${TITLE}`);
    expect(lanMail!.parsed.text).toContain(QUESTION);

    // Lan answers on her phone from the link in her mail.
    const phone = await newSizedPage(h, { width: 390, height: 844 });
    await phone.goto(linkOf(lanMail!));
    const form = phone.getByTestId('member-form');
    await form.getByRole('heading', { name: TITLE }).waitFor();
    expect(await form.getByTestId('form-deadline').textContent()).toMatch(
      /^Thời hạn gửi phiếu: trước \d\d:\d\d, ngày \d+ tháng \d+ năm \d{4} \(/,
    );
    await form.getByText(QUESTION).waitFor();
    const send = form.getByRole('button', { name: 'Gửi phiếu' });
    expect(await send.isDisabled()).toBe(true);
    await form.getByRole('radio', { name: 'Tán thành', exact: true }).click();
    expect(await form.getByRole('radio', { name: 'Tán thành', exact: true }).getAttribute('aria-checked')).toBe('true');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone, 'written-opinion-phone');
    await send.click();
    const dialog = phone.getByRole('dialog', { name: 'Gửi phiếu lấy ý kiến?' });
    await dialog.getByText('Mỗi thành viên chỉ gửi phiếu một lần; sau khi gửi không thể sửa lại.').waitFor();
    await shoot(phone, 'written-opinion-phone-confirm');
    await dialog.getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect.poll(() => form.getByTestId('form-done').textContent()).toBe('Đã ghi nhận phiếu của bạn.');
    expect(await form.getByTestId('form-choice').textContent()).toBe('Bạn đã chọn: Tán thành');
    expect(await form.getByRole('radio').count()).toBe(0);
    await shoot(phone, 'written-opinion-phone-done');
    // Opened again: read-only.
    await phone.reload();
    await form.getByTestId('form-done').waitFor();
    expect(await form.getByRole('button', { name: 'Gửi phiếu' }).count()).toBe(0);

    // Minh opens his in English, and does not answer.
    const [minhMail] = mailTo('minh@dongthap.gov.vn');
    const english = await newSizedPage(h, { width: 390, height: 844 });
    await english.goto(`${linkOf(minhMail!)}?lang=en`);
    const minhForm = english.getByTestId('member-form');
    await english.getByRole('heading', { name: 'Written opinion form' }).waitFor();
    expect(await minhForm.getByTestId('form-deadline').textContent()).toMatch(/^Answer before \d\d:\d\d, \w+day, \d+ \w+ \d{4}$/);
    await minhForm.getByRole('button', { name: 'Send my answer' }).waitFor();
    await shoot(english, 'written-opinion-phone-en');

    // The secretariat sees who answered; the reminder the same day mails nobody.
    await section.getByRole('button', { name: 'Làm mới' }).click();
    await expect.poll(() => card.getByTestId('form-answered').textContent()).toBe('Đã trả lời: 1/2');
    const rows = card.getByTestId('form-recipients');
    await rows.getByRole('row', { name: /Phạm Thị Lan.*Đã trả lời \(qua đường dẫn\)/ }).waitFor();
    await rows.getByRole('row', { name: /Võ Văn Minh.*Chưa trả lời/ }).waitFor();
    await card.getByRole('button', { name: 'Nhắc người chưa trả lời' }).click();
    await expect
      .poll(() => card.getByTestId('form-notice').textContent())
      .toBe('Đã nhắc 0 người; 1 người đã được nhắc hôm nay; 0 người chưa có email.');
    await shoot(page, 'written-opinions-sent');
    // The next morning the scheduled reminder (the server's runner, on tomorrow's clock) mails Minh once.
    const tomorrow = createServices(h.database, { now: () => new Date(Date.now() + DAY) });
    const runs = await tomorrow.reminders.runOnce();
    expect(runs.find((run) => run.kind === 'written_opinion.reminder')).toMatchObject({ reminders: 1, failed: 0 });
    await tomorrow.writtenOpinions.mail.idle();
    await expect.poll(() => mailTo('minh@dongthap.gov.vn').length, { timeout: 20_000 }).toBe(2);
    expect(mailTo('minh@dongthap.gov.vn')[1]!.parsed.subject).toBe(`Nhắc: Phiếu lấy ý kiến: ${TITLE}`);
    expect(mailTo('lan@dongthap.gov.vn')).toHaveLength(1);
    for (const queue of [tomorrow.writtenOpinions.mail, tomorrow.bodyMail, tomorrow.noticeMail, tomorrow.minutesReviewMail])
      await queue.close();

    // The secretariat closes the form (confirmed); its result is fixed.
    await section.getByRole('button', { name: 'Làm mới' }).click();
    const mailedOn = new Date(Date.now() + 7 * 60 * 60_000 + DAY);
    await rows
      .getByRole('row', { name: new RegExp(`Võ Văn Minh.*Thư gần nhất: ngày ${String(mailedOn.getUTCDate()).padStart(2, '0')} tháng`) })
      .waitFor();
    await card.getByRole('button', { name: 'Kết thúc phiếu' }).click();
    await page.getByRole('dialog', { name: 'Kết thúc phiếu lấy ý kiến?' }).getByRole('button', { name: 'Kết thúc phiếu' }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('closed');
    const result = card.getByTestId('form-result');
    await result.getByRole('row', { name: /^Tán thành 1/ }).waitFor();

    // The chair merges it into the vote's result.
    const chairUser = await createUser(h, 'chutich.pyk@dongthap.gov.vn', 'Phạm Thiện Nghĩa');
    const granted = await h.api('POST', `/conferences/${demo.id}/memberships`, { userId: chairUser.id, role: 'chair', bridgePointIds: [] });
    expect(granted.status).toBe(201);
    const chair = await newSizedPage(h, { width: 1366, height: 768 });
    chair.setDefaultTimeout(30_000);
    await loginThroughUi(chair, h.baseUrl, 'chutich.pyk@dongthap.gov.vn', USER_PASSWORD);
    await chair.goto(`${h.baseUrl}/conferences/${demo.id}/written-opinions`);
    const chairCard = chair.getByTestId('form-card');
    // The chair may not read the delegates' contacts: none is said to be missing an e-mail.
    await chair.getByTestId('form-members').getByText('email: bạn không được xem thông tin liên hệ').first().waitFor();
    expect(await chair.getByText(/người được chọn chưa có email/).count()).toBe(0);
    await chairCard.getByRole('button', { name: 'Tổng hợp vào kết quả biểu quyết' }).click();
    const confirm = chair.getByRole('dialog', { name: 'Tổng hợp kết quả phiếu vào biểu quyết tại hội nghị?' });
    await confirm.getByText(/không hoàn tác được/).waitFor();
    await shoot(chair, 'written-opinions-merge-confirm');
    await confirm.getByRole('button', { name: 'Tổng hợp vào kết quả biểu quyết' }).click();
    const merged = chairCard.getByTestId('form-merged');
    await merged.waitFor();
    // Each option: from the meeting, from the forms, the total.
    await merged.getByRole('row', { name: /^Tán thành 2 1 3/ }).waitFor();
    await merged.getByRole('row', { name: /^Không tán thành 1 0 1/ }).waitFor();
    expect(await merged.textContent()).toContain('Tại hội nghị: 3; bằng phiếu: 1');
    await merged.scrollIntoViewIfNeeded();
    await shoot(chair, 'written-opinions-merged');
    const stored = await h.api<{ items: WrittenOpinionForm[] }>('GET', `/conferences/${demo.id}/written-opinions`);
    expect(stored.body.items[0]!.merged).toMatchObject({ voteId, fromMeeting: 3, fromForms: 1 });
    expect(stored.body.items[0]!.merged!.options.map((o) => [o.meeting, o.forms, o.count])).toEqual([
      [2, 1, 3],
      [1, 0, 1],
      [0, 0, 0],
    ]);
  },
);
