/**
 * The access screens on the demo conference: the organizer's "Truy cập" section with a
 * member and links (one used, one revoked), and the login page. With UPDATE_SCREENSHOTS=1
 * it writes docs/screenshots/access.png and login.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { createUser } from './accounts.js';
import { ROOT, startHarness, type Harness } from './harness.js';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;
let h: Harness;
let demo: Conference;

const shoot = async (page: Page, name: string) => {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  h = await startHarness();
  demo = await h.createDemo();
});
afterAll(async () => {
  await h?.stop();
});

describe('access screens in Chromium', () => {
  it('shows members with their roles and links with their last use', async () => {
    const c = `/conferences/${demo.id}`;
    await createUser(h, 'kythuat.chauthanh@dongthap.gov.vn', 'Phạm Minh Kỹ Thuật');
    const district = demo.bridgePoints.find((point) => !point.isHost)!;
    expect(
      (
        await h.api('POST', `${c}/memberships`, {
          email: 'kythuat.chauthanh@dongthap.gov.vn',
          role: 'operator',
          bridgePointIds: [district.id],
        })
      ).status,
    ).toBe(201);
    const used = await h.api<{ url: string }>('POST', `${c}/access-links`, {
      purpose: 'operator',
      bridgePointId: demo.bridgePoints[2]!.id,
      label: `Kỹ thuật ${demo.bridgePoints[2]!.name}`,
      expiresAt: inDays(30),
    });
    expect(used.status).toBe(201);
    expect((await h.apiAs(null)('POST', '/auth/link', { token: used.body.url.replace('/l/', '') })).status).toBe(200);
    const revoked = await h.api<{ link: { id: string } }>('POST', `${c}/access-links`, {
      purpose: 'guest',
      label: 'Phóng viên Báo Đồng Tháp',
      expiresAt: inDays(7),
    });
    expect((await h.api('POST', `${c}/access-links/${revoked.body.link.id}/revoke`)).status).toBe(200);

    const { page } = h;
    await page.goto(`${h.baseUrl}${c}/access`);
    await page
      .getByRole('row', { name: /Phạm Minh Kỹ Thuật.*Kỹ thuật điểm cầu/ })
      .getByText(district.name)
      .waitFor();
    await page
      .getByRole('row', { name: /Phóng viên Báo Đồng Tháp/ })
      .getByText('Đã thu hồi')
      .waitFor();
    await page
      .getByRole('row', { name: new RegExp(`Kỹ thuật ${demo.bridgePoints[2]!.name}`) })
      .getByText('(1 lần)')
      .waitFor();
    // A new link: its address is shown once, with a copy button.
    await page.getByLabel('Mục đích').selectOption('delegate');
    await page.getByLabel('Dành cho').fill('Đại biểu Sở Nội vụ');
    await page.getByRole('button', { name: 'Tạo liên kết' }).click();
    await page.locator('#new-link-url').waitFor();
    await shoot(page, 'access');
  });

  it('shows the audit log of the conference, filtered by action', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Nhật ký/ }).click();
    const actions = () => page.locator('.audit-table tbody tr code').allTextContents();
    await expect.poll(async () => new Set(await actions()).size).toBeGreaterThan(1);
    const all = await actions();
    const chosen = all.at(-1)!;
    await page.getByLabel('Thao tác').fill(chosen);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(async () => [...new Set(await actions())]).toEqual([chosen]);
    expect((await actions()).length).toBeLessThan(all.length);
    // Who did it: the administrator's e-mail is in the actor column.
    await page.getByRole('cell', { name: 'quantri@dongthap.gov.vn' }).first().waitFor();
  });

  it('shows the login page', async () => {
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${h.baseUrl}/`);
    await page.waitForURL(/\/dang-nhap/);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await shoot(page, 'login');
  });
});
