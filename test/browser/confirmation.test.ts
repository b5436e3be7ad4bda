/**
 * The confirmation page in Chromium, at a phone's width: the organizer's invitation goes
 * through a real SMTP server started by the test, the delegate opens the personal link from
 * the message, attends, then changes their mind and names a substitute; the organizer's
 * records follow. A link that is not valid gets a clear page. The organizer's "Giấy mời"
 * screen shows the answer in its counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_POINT } from '../../src/domain/conference-rules.js';
import { type TestSmtpServer } from '../../src/mail/smtp-server.fixture.js';
import { startMailEnv, type MailEnv } from '../support/mail-env.js';
import { startHarness, type Harness } from './harness.js';

/** Set SHOTS_DIR to a folder to keep screenshots of the two screens (for review; nothing is compared). */
const shoot = async (page: import('playwright-core').Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
};
const ENV = { DIEMCAU_MAIL_FROM: 'Văn phòng UBND tỉnh <vpubnd@dongthap.example.vn>', DIEMCAU_SMTP_TLS: 'none', DIEMCAU_MAIL_PDF: 'never' };
let h: Harness;
let smtp: TestSmtpServer;
let mail: MailEnv | undefined;

beforeAll(async () => {
  mail = await startMailEnv(ENV);
  smtp = mail.smtp;
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.stop();
  await mail?.close();
});

describe('confirmation through the personal link, in Chromium', () => {
  it('attends, then changes to a substitute; the organizer sees it', async () => {
    const created = await h.api<{ id: string }>('POST', '/conferences', {
      title: 'Tổ chức Hội nghị trực tuyến sơ kết cải cách hành chính',
      startsAt: '2099-07-07T08:00',
    });
    expect(created.status).toBe(201);
    const c = `/conferences/${created.body.id}`;
    const point = await h.api<{ id: string }>('POST', `${c}/bridge-points`, {
      name: 'UBND huyện Châu Thành',
      address: 'Hội trường UBND huyện Châu Thành',
      quota: 20,
      kind: 'hall',
      isHost: false,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: null,
      ...ONE_POINT,
    });
    expect(point.status).toBe(201);
    const delegate = await h.api<{ id: string }>('POST', `${c}/delegates`, {
      bridgePointId: point.body.id,
      fullName: 'Nguyễn Văn An',
      title: 'Chủ tịch UBND xã An Hiệp',
      email: 'an@chauthanh.example.vn',
    });
    expect(delegate.status).toBe(201);
    const preview = await h.api<{ count: number; warnings: { code: string }[] }>('POST', `${c}/invitations/preview`, {
      kind: 'invitation',
    });
    const confirm = { count: preview.body.count, warnings: preview.body.warnings.map((warning) => warning.code) };
    expect((await h.api('POST', `${c}/invitations/send`, { kind: 'invitation', confirm })).status).toBe(202);
    await h.services.invitations.idle();
    const [mail] = await smtp.waitFor(1);
    const url = /(http:\/\/[^\s]+\/xac-nhan\/[A-Za-z0-9_-]{43})/.exec(mail!.parsed.text ?? '')![1]!;
    expect(url.startsWith(h.baseUrl)).toBe(true);

    // The delegate, on a phone, in a browser of their own.
    const phone = await h.newContext();
    const page = phone.pages()[0] ?? (await phone.newPage());
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.getByRole('heading', { name: 'Xác nhận tham dự' }).waitFor();
    await page.getByText('Hội nghị trực tuyến sơ kết cải cách hành chính').waitFor();
    await page.getByText('08 giờ 00 phút, ngày 07/7/2099 (thứ Ba)').waitFor();
    await page.getByText(/Địa điểm: Điểm cầu UBND huyện Châu Thành, Hội trường UBND huyện Châu Thành/).waitFor();
    await page.getByText('Ông (Bà) chưa xác nhận tham dự.').waitFor();
    await page.getByRole('img', { name: 'Mã QR đón tiếp' }).waitFor();
    // The header fits the phone: nothing wider than the screen, no button cut off, the menu on one line.
    const header = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const clipped = [...document.querySelectorAll('.app-header button, .app-header summary, .app-header .user-name')].filter(
        (element) => element.scrollWidth > element.clientWidth + 1 && !(element as HTMLElement).matches('.user-name'),
      );
      return {
        pageWidth: document.documentElement.scrollWidth,
        screenWidth: document.documentElement.clientWidth,
        headerHeight: box('.app-header').height,
        toolsRight: box('.header-tools').right,
        menuHeight: box('.user-menu summary').height,
        englishRight: box('.language-switch button[lang="en"]').right,
        clipped: clipped.length,
      };
    });
    expect(header.pageWidth).toBeLessThanOrEqual(header.screenWidth);
    expect(header.toolsRight).toBeLessThanOrEqual(header.screenWidth);
    expect(header.englishRight).toBeLessThanOrEqual(header.screenWidth);
    expect(header.clipped).toBe(0);
    expect(header.menuHeight).toBeLessThan(40);
    await page
      .getByRole('link', { name: /Điểm Cầu/ })
      .first()
      .waitFor();
    await shoot(page, 'confirmation-header');

    await page.getByRole('button', { name: 'Tham dự', exact: true }).click();
    await page.getByText('Ông (Bà) đã xác nhận tham dự.').waitFor();
    expect((await h.api<{ invitation: string }>('GET', `${c}/delegates/${delegate.body.id}`)).body.invitation).toBe('confirmed');

    // Change of mind: a substitute. The form checks the details first.
    await page.getByRole('button', { name: 'Cử người dự thay' }).click();
    await page.getByRole('button', { name: 'Gửi xác nhận' }).click();
    await page.getByText('Cần nhập họ và tên.').waitFor();
    await page.getByLabel('Họ và tên').fill('Trần Thị Thay');
    await page.getByLabel('Chức vụ').fill('Phó Chủ tịch UBND xã An Hiệp');
    await page.getByLabel('Điện thoại').fill('0912 345 678');
    await page.getByRole('button', { name: 'Gửi xác nhận' }).click();
    await page.getByText('Ông (Bà) đã cử người dự thay: Trần Thị Thay.').waitFor();
    await shoot(page, 'confirmation');
    const after = await h.api<{ invitation: string; substitute: { fullName: string; phone: string } }>(
      'GET',
      `${c}/delegates/${delegate.body.id}`,
    );
    expect(after.body.invitation).toBe('substituted');
    expect(after.body.substitute).toMatchObject({ fullName: 'Trần Thị Thay', phone: '0912345678' });

    // The organizer's screen counts the substitute.
    await h.page.goto(`${h.baseUrl}${c}/invitations`);
    const table = h.page.getByRole('table', { name: 'Xác nhận theo điểm cầu' });
    const row = table.getByRole('row', { name: /UBND huyện Châu Thành/ });
    await row.locator('td[data-column="substituted"]', { hasText: '1' }).waitFor();
    // Each figure sits under its heading: same column box, same alignment, the figure's right edge at the heading's.
    const columns = await table.evaluate((element) => {
      const edge = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return { right: range.getBoundingClientRect().right, align: getComputedStyle(cell).textAlign };
      };
      const heads = [...element.querySelectorAll('thead th')];
      const cells = [...element.querySelectorAll('tbody tr:first-child > *')];
      return heads.slice(1).map((head, index) => ({ head: edge(head), cell: edge(cells[index + 1]!) }));
    });
    expect(columns).toHaveLength(7);
    for (const { head, cell } of columns) {
      expect(cell.align).toBe(head.align);
      expect(Math.abs(cell.right - head.right)).toBeLessThan(2);
    }
    await h.page.getByText('Đã gửi: 1').waitFor();
    await shoot(h.page, 'invitations');
  }, 120_000);

  it('says clearly that a link is not valid', async () => {
    const phone = await h.newContext();
    const page = phone.pages()[0] ?? (await phone.newPage());
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/xac-nhan/${'x'.repeat(43)}`);
    await page.getByRole('heading', { name: 'Không mở được đường dẫn' }).waitFor();
    await page.getByText('Liên kết truy cập không hợp lệ.').waitFor();
  }, 60_000);
});
