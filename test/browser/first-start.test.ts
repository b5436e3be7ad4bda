/**
 * Issue 3's browser acceptance: first start → the one-time set-up link → the first
 * administrator → creates an organizer (one-time link → sets a password) → the organizer
 * signs in, creates a conference, adds two district points, hands an operator link for one
 * of them → that operator, in a fresh browser, opens the link and sees only their point:
 * the other point has no form and its operator contacts are not on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { loginThroughUi, USER_PASSWORD } from './accounts.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let organizerLink = '';
let operatorLink = '';
let conferenceId = '';
const ORGANIZER = { email: 'vanthu.ubnd@dongthap.gov.vn', name: 'Nguyễn Thị Văn Thư' };
const OTHER_PHONE = '0277 3851 999';

beforeAll(async () => {
  h = await startHarness({ firstStart: true });
});
afterAll(async () => {
  await h?.stop();
});

describe('first start in Chromium', () => {
  it('sends a visitor to the login page, which says that the set-up link is needed', async () => {
    const { page } = h;
    await page.goto(h.baseUrl);
    await page.waitForURL(/\/dang-nhap\?next=%2F$/);
    await page.getByText('Hệ thống chưa có quản trị viên').waitFor();
  });

  it('creates the first administrator through the set-up link, checking the password rules first', async () => {
    const { page } = h;
    // What the server prints at its first start (src/server: the account service's set-up link).
    const { token } = await h.services.accounts.createFirstAdminSetupLink();
    await page.goto(`${h.baseUrl}/cai-dat/${token}`);
    await page.getByRole('heading', { name: 'Cài đặt: tạo quản trị viên đầu tiên' }).waitFor();
    await page.getByText('ít nhất 10 ký tự;').waitFor();
    await page.getByLabel('Thư điện tử').fill('quantri@dongthap.gov.vn');
    await page.getByLabel('Họ và tên').fill('Trần Văn Quản Trị');
    await page.getByLabel('Mật khẩu mới').fill('ngắn');
    await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 10 ký tự.').waitFor();
    await page.getByLabel('Mật khẩu mới').fill('cầu truyền hình Đồng Tháp 2021');
    await page.getByLabel('Nhập lại mật khẩu').fill('cầu truyền hình Đồng Tháp 2021');
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await page.waitForURL(/\/quan-tri\/nguoi-dung$/);
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.getByRole('cell', { name: 'quantri@dongthap.gov.vn', exact: true }).waitFor();
    // The same link does not work twice.
    const again = await h.apiAs(null)('POST', '/setup', {
      token,
      email: 'khac@dongthap.gov.vn',
      displayName: 'Khác',
      password: 'mật khẩu khác 2021',
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
  });

  it('creates an organizer and shows the one-time password link to hand over', async () => {
    const { page } = h;
    await page.getByLabel('Thư điện tử').fill(ORGANIZER.email);
    await page.getByLabel('Họ và tên').fill(ORGANIZER.name);
    await page.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
    const url = page.locator('#new-link-url');
    await url.waitFor();
    organizerLink = await url.inputValue();
    expect(organizerLink).toMatch(new RegExp(`^${h.baseUrl}/mat-khau/[A-Za-z0-9_-]{40,}$`));
    await page
      .getByRole('row', { name: new RegExp(ORGANIZER.email) })
      .getByText('Chưa đặt mật khẩu')
      .waitFor();
  });

  it('signs the administrator out from the user menu', async () => {
    const { page } = h;
    await page.locator('.user-menu summary').click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    // The session is over on the server too, not only on the screen.
    const me = await page.evaluate(() => fetch('/api/v1/auth/me').then((response) => response.json() as Promise<{ actor: unknown }>));
    expect(me.actor).toEqual({ kind: 'anonymous' });
  });

  it('lets the organizer set a password through the link, then sign in', async () => {
    const { page } = h;
    await page.goto(organizerLink);
    await page.getByLabel('Mật khẩu mới').fill(USER_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(USER_PASSWORD);
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.getByText(`Đã đặt mật khẩu cho tài khoản ${ORGANIZER.email}`).waitFor();
    await loginThroughUi(page, h.baseUrl, ORGANIZER.email, USER_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hội nghị' }).waitFor();
    await page.locator('.user-menu summary', { hasText: ORGANIZER.name }).waitFor();
    // No administration for an organizer.
    await page.locator('.user-menu summary').click();
    expect(await page.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    await page.locator('.user-menu summary').click();
  });

  it('the organizer creates a conference with two district points', async () => {
    const { page } = h;
    await page.getByLabel('Trích yếu (tên hội nghị)').fill('Hội nghị trực tuyến sơ kết công tác cải cách hành chính');
    await page.getByLabel('Thời gian bắt đầu').fill('2021-07-07T08:00');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await page.waitForURL(/\/conferences\/[^/]+\/general$/);
    conferenceId = /conferences\/([^/]+)\//.exec(page.url())![1]!;
    await page.getByRole('link', { name: /^Điểm cầu/ }).click();
    for (const [n, name, phone] of [
      [1, 'UBND huyện Châu Thành', '0277 3841 111'],
      [2, 'UBND huyện Lai Vung', OTHER_PHONE],
    ] as const) {
      await page.getByRole('button', { name: '+ Thêm điểm cầu' }).click();
      await page.getByLabel(`Tên điểm cầu ${n}`).fill(name);
      await page.getByLabel(`Điện thoại cán bộ phụ trách ${name}`).fill(phone);
    }
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await page.getByRole('link', { name: /^Truy cập/ }).waitFor();
  });

  it('hands an operator link for Châu Thành, shown once with a copy button', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Truy cập/ }).click();
    await page
      .getByRole('row', { name: new RegExp(`${ORGANIZER.name}.*Ban tổ chức`) })
      .first()
      .waitFor(); // the creator is the organizer
    await page.getByLabel('Mục đích').selectOption('operator');
    await page.getByLabel('Điểm cầu', { exact: true }).selectOption({ label: 'UBND huyện Châu Thành' });
    await page.getByLabel('Dành cho').fill('Kỹ thuật UBND huyện Châu Thành');
    await page.getByRole('button', { name: 'Tạo liên kết' }).click();
    const url = page.locator('#new-link-url');
    await url.waitFor();
    operatorLink = await url.inputValue();
    expect(operatorLink).toMatch(new RegExp(`^${h.baseUrl}/l/[A-Za-z0-9_-]{40,}$`));
    await page.getByRole('button', { name: 'Sao chép' }).waitFor();
    await page
      .getByRole('row', { name: /Kỹ thuật UBND huyện Châu Thành/ })
      .getByText('Chưa dùng')
      .waitFor();
  });

  it('the operator opens the link in a fresh browser and sees only their point', async () => {
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await page.goto(operatorLink);
    // An operator link opens that hall's console (issue 17); the plan's points are one page away.
    await page.waitForURL(new RegExp(`/hoi-nghi/${conferenceId}/diem-cau/[^/]+$`));
    await page.goto(`${new URL(operatorLink).origin}/conferences/${conferenceId}/bridge-points`);
    await page.getByRole('heading', { name: 'Điểm cầu' }).waitFor();
    // Their own point: address and operator contact are editable, the name is not.
    await page.getByLabel('Địa chỉ của UBND huyện Châu Thành').waitFor();
    await page.getByLabel('Điện thoại cán bộ phụ trách UBND huyện Châu Thành').waitFor();
    expect(await page.getByLabel('Tên điểm cầu 1').count()).toBe(0);
    // The other point: no form at all, and its operator's contacts are not on the page.
    const other = page.getByRole('row', { name: /UBND huyện Lai Vung/ });
    await other.waitFor();
    expect(await other.locator('input, select, textarea, button').count()).toBe(0);
    expect(await page.getByLabel(/Lai Vung/).count()).toBe(0);
    expect(await page.content()).not.toContain(OTHER_PHONE);
    // Nothing to add, import or manage; no private sections.
    expect(await page.getByRole('button', { name: '+ Thêm điểm cầu' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Các mục của kế hoạch' });
    for (const hidden of ['Truy cập', 'Nhật ký', 'Kinh phí', 'Phân công', 'Nơi nhận']) {
      expect(await nav.getByRole('link', { name: new RegExp(`^${hidden}`) }).count(), hidden).toBe(0);
    }
    await page.locator('.user-menu summary', { hasText: 'Kỹ thuật UBND huyện Châu Thành' }).waitFor();

    // The operator saves the address of their point.
    await page.getByLabel('Địa chỉ của UBND huyện Châu Thành').fill('Hội trường UBND huyện, 01 Trần Hưng Đạo');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const saved = (await h.apiAs(await h.signIn(ORGANIZER.email, USER_PASSWORD))<Conference>('GET', `/conferences/${conferenceId}`)).body;
    expect(saved.bridgePoints.find((p) => p.name === 'UBND huyện Châu Thành')?.address).toBe('Hội trường UBND huyện, 01 Trần Hưng Đạo');

    // The general section is read only for them.
    await page.getByRole('link', { name: /^Thông tin chung/ }).click();
    await page.getByText('Chỉ xem').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Trích yếu (tên hội nghị)').isDisabled()).toBe(true);
  });

  it('the organizer sees the link used, revokes it, and the operator is refused at once', async () => {
    const { page } = h;
    await page.reload();
    const row = page.getByRole('row', { name: /Kỹ thuật UBND huyện Châu Thành/ });
    await row.getByText(/\(\d+ lần\)/).waitFor();
    await row.getByRole('button', { name: 'Thu hồi liên kết Kỹ thuật UBND huyện Châu Thành' }).click();
    await row.getByText('Đã thu hồi').waitFor();
    const context = await h.newContext();
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto(operatorLink);
    await again.getByRole('heading', { name: 'Không mở được liên kết' }).waitFor();
    await again.getByText('Liên kết truy cập đã bị thu hồi').waitFor();
  });
});
