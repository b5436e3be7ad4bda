/**
 * Issue 4's acceptance, end to end in Chromium against the real server, a real SMTP server
 * and a fake camera: the organizer imports 500 delegates from an .xlsx made here and sends
 * the invitations, which all arrive with their attachments; one delegate confirms through
 * the link of their message, another names a substitute; the operator of a district point
 * checks one in by the QR code of the invitation (shown to the camera) and one by a name
 * typed without diacritics; the organizer's attendance wall follows without reloading.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { type ReceivedMail, type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { showQrCode } from './fake-camera.js';
import { workerCamera } from './chromium.js';
import { ROOT, startHarness, type Harness } from './harness.js';

/** `UPDATE_SCREENSHOTS=1` writes the README's screenshots of these screens (nothing is compared). */
const shoot = async (page: Page, name: string) => {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(ROOT, 'docs/screenshots', `${name}.png`) });
};

const ENV = { DIEMCAU_MAIL_FROM: 'Văn phòng UBND tỉnh <vpubnd@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
const COUNT = 500;
let mail: MailEnv | undefined;
let h: Harness;
let smtp: TestSmtpServer;
let cameraFile = '';
let demo: Conference;

const emailOf = (i: number) => `dai.bieu.${i}@dongthap.example.vn`;
const nameOf = (i: number) => `Nguyễn Văn Thứ ${i}`;
/** Delegate i attends at point i mod n: the host and the twelve districts share the 500. */
const pointOf = (i: number) => demo.bridgePoints[i % demo.bridgePoints.length]!;

const delegatesXlsx = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email', 'Điểm cầu']);
  for (let i = 1; i <= COUNT; i++) {
    sheet.addRow([i, nameOf(i), 'Chuyên viên', `Phòng ${i}`, `09${String(12_000_000 + i).padStart(8, '0')}`, emailOf(i), pointOf(i).name]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const mailTo = (address: string): ReceivedMail => {
  const found = smtp.received.find((mail) => mail.envelopeTo.includes(address));
  if (!found) throw new Error(`no message to ${address}`);
  return found;
};
const personalLinkIn = (mail: ReceivedMail): string => /(http:\/\/\S+\/xac-nhan\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')![1]!;

const count = (page: Page, pointId: string, name: string) =>
  page.locator(`[data-point-id="${pointId}"] [data-count="${name}"]`).textContent();

beforeAll(async () => {
  mail = await startMailEnv(ENV);
  smtp = mail.smtp;
  cameraFile = workerCamera();
  showQrCode(cameraFile, null);
  h = await startHarness();
  // The demo plan, moved to a year still ahead so that answers are open (they close when it starts).
  const seed = await h.createDemo();
  const ahead = await h.api<Conference>('PATCH', `/conferences/${seed.id}`, { startsAt: '2099-07-07T08:00' });
  if (ahead.status !== 200) throw new Error(JSON.stringify(ahead.body));
  demo = ahead.body;
}, 180_000);
afterAll(async () => {
  await h?.stop();
  await mail?.close();
});

describe('participants from the list to the hall (issue 4 acceptance)', () => {
  it('imports 500, invites them by mail, takes answers, checks in by QR and by name, and the wall follows live', async () => {
    const { page } = h;
    page.setDefaultTimeout(30_000);
    const c = `/conferences/${demo.id}`;

    // 1. The organizer imports 500 delegates from an .xlsx.
    await page.goto(`${h.baseUrl}${c}/general`);
    await page.getByRole('link', { name: 'Đại biểu', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV' }).click();
    await page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles({
      name: 'danh-sach-dai-bieu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await delegatesXlsx(),
    });
    await page.getByText(`Tệp có ${COUNT} dòng đại biểu: ${COUNT} dòng hợp lệ, 0 dòng có lỗi.`).waitFor();
    await page.getByRole('button', { name: `Nhập ${COUNT} đại biểu` }).click();
    await page.getByText(`Đã nhập ${COUNT} đại biểu.`).waitFor();
    expect((await h.api<{ total: number }>('GET', `${c}/delegates?limit=1`)).body.total).toBe(COUNT);
    await page
      .getByText(`Hiển thị ${Math.min(COUNT, 100)} / ${COUNT} đại biểu`, { exact: false })
      .waitFor()
      .catch(() => undefined);
    await shoot(page, 'delegates');

    // 2. It sends the invitations; a real SMTP server receives every message with its attachments.
    await page.getByRole('link', { name: 'Giấy mời', exact: true }).click();
    await page.getByRole('button', { name: /Gửi cho tất cả đại biểu chưa được mời/ }).click();
    // Issue 17: the count is confirmed, and the demo's warnings (a draft plan, a past date) acknowledged.
    const sendDialog = page.getByTestId('send-confirm');
    await sendDialog.getByLabel('Tôi đã đọc các cảnh báo trên và vẫn muốn tiếp tục').check();
    await sendDialog.getByRole('button', { name: `Gửi đến ${COUNT} đại biểu` }).click();
    await page.getByText(`Đã xếp ${COUNT} thư vào hàng gửi.`).waitFor();
    await h.services.invitations.idle();
    const mails = await smtp.waitFor(COUNT, 240_000);
    await page.reload();
    await page.getByRole('button', { name: /Gửi cho tất cả đại biểu chưa được mời/ }).waitFor();
    await shoot(page, 'invitations');
    expect(mails).toHaveLength(COUNT);
    expect(new Set(mails.flatMap((mail) => mail.envelopeTo)).size).toBe(COUNT);
    for (const mail of mails) {
      const names = mail.parsed.attachments.map((a) => a.filename ?? '');
      expect(
        names.some((n) => n.endsWith('.docx')),
        names.join(),
      ).toBe(true);
      expect(
        names.some((n) => n.endsWith('.ics')),
        names.join(),
      ).toBe(true);
      expect(mail.parsed.attachments.every((a) => a.size > 0)).toBe(true);
    }

    // The organizer's attendance wall, open from here on and never reloaded.
    const wall = page;
    await wall.getByRole('link', { name: 'Điểm danh trực tiếp' }).click();
    await wall.waitForURL(`${h.baseUrl}/hoi-nghi/${demo.id}/diem-danh`);
    await wall.locator('[data-stream="live"]').waitFor();
    await wall.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const district = pointOf(2); // delegates 2, 15, 28, … attend there
    const atDistrict = (k: number) => 2 + k * demo.bridgePoints.length;
    await expect.poll(() => count(wall, district.id, 'present')).toBe('0');
    const confirmedBefore = Number(await count(wall, district.id, 'confirmed'));

    // 3. One delegate confirms through the link of their message; another names a substitute.
    const phone = await (await h.newContext()).newPage();
    phone.setDefaultTimeout(30_000);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(personalLinkIn(mailTo(emailOf(atDistrict(0)))));
    await phone.getByRole('heading', { name: 'Xác nhận tham dự' }).waitFor();
    await phone.getByRole('button', { name: 'Tham dự', exact: true }).click();
    await phone.getByText('Ông (Bà) đã xác nhận tham dự.').waitFor();
    await shoot(phone, 'confirmation');

    const other = await (await h.newContext()).newPage();
    other.setDefaultTimeout(30_000);
    await other.goto(personalLinkIn(mailTo(emailOf(atDistrict(1)))));
    await other.getByRole('button', { name: 'Cử người dự thay' }).click();
    await other.getByLabel('Họ và tên').fill('Trần Thị Dự Thay');
    await other.getByLabel('Chức vụ').fill('Phó Chủ tịch UBND xã');
    await other.getByLabel('Điện thoại').fill('0987 654 321');
    await other.getByRole('button', { name: 'Gửi xác nhận' }).click();
    await other.getByText('Ông (Bà) đã cử người dự thay: Trần Thị Dự Thay.').waitFor();
    await expect.poll(() => count(wall, district.id, 'confirmed')).toBe(String(confirmedBefore + 2));

    // 4. The operator of the district point: one by the QR code of the invitation, one by name.
    const operator = await h.api<{ url: string }>('POST', `${c}/access-links`, {
      purpose: 'operator',
      bridgePointId: district.id,
      label: `Đón tiếp ${district.name}`,
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString(),
    });
    expect(operator.status).toBe(201);
    showQrCode(cameraFile, personalLinkIn(mailTo(emailOf(atDistrict(0)))));
    const hall = await (await h.newContext()).newPage();
    hall.setDefaultTimeout(30_000);
    await hall.goto(`${h.baseUrl}${operator.body.url}`);
    await hall.waitForURL(`${h.baseUrl}/hoi-nghi/${demo.id}/diem-cau/${district.id}`);
    // The operator finds the check-in screen from the hall's console they land on.
    await hall.getByRole('link', { name: 'Đón tiếp tại điểm cầu' }).click();
    await hall.getByRole('heading', { level: 1, name: 'Đón tiếp đại biểu' }).waitFor();
    await hall.getByRole('button', { name: 'Quét mã QR' }).click();
    await hall.getByText(`Đã điểm danh: ${nameOf(atDistrict(0))}.`).waitFor();
    await hall.getByRole('button', { name: 'Dừng quét' }).click();
    await expect.poll(() => count(wall, district.id, 'present')).toBe('1');

    const byName = nameOf(atDistrict(3));
    await hall.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill(`nguyen van thu ${atDistrict(3)}`);
    await hall.getByRole('button', { name: `Điểm danh: ${byName}`, exact: true }).click();
    await hall.getByText(`Đã điểm danh: ${byName}.`).waitFor();
    await expect.poll(() => count(wall, district.id, 'present')).toBe('2');
    await shoot(hall, 'check-in');
    await shoot(wall, 'attendance');

    // The wall changed without a reload.
    expect(await wall.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await Promise.all([phone, other, hall].map((p) => p.context().close()));
  }, 600_000);
});
