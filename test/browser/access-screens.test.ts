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
  if (process.env.SHOTS_DIR) await page.screenshot({ path: join(process.env.SHOTS_DIR, `${name}.png`) });
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

  it('shows the audit log of the conference as sentences, names resolved, the details folded, filtered by action', async () => {
    const { page } = h;
    const point = demo.bridgePoints.find((p) => !p.isHost)!;
    expect((await h.api('PATCH', `/conferences/${demo.id}/bridge-points/${point.id}`, { quota: 17 })).status).toBe(200);
    await page.getByRole('link', { name: /^Nhật ký/ }).click();
    const rows = page.locator('.audit-table tbody tr');
    const actions = async () => await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action') ?? ''));
    await expect.poll(async () => new Set(await actions()).size).toBeGreaterThan(1);
    // Sentences: the actor, what was done and to what, by name (the update stored only the point's id and quota).
    const sentences = page.locator('.audit-sentence');
    await page.getByText(`quantri@dongthap.gov.vn sửa điểm cầu ${point.name}.`).waitFor();
    await page.getByText('quantri@dongthap.gov.vn thu hồi đường dẫn truy cập «Phóng viên Báo Đồng Tháp».').waitFor();
    const texts = await sentences.allTextContents();
    for (const text of texts) {
      // No action code, placeholder or identifier (the e-mail addresses of the actors aside).
      expect(text.replace(/\S+@\S+/g, '')).not.toMatch(/[a-z_]+\.[a-z_]+|[{}[\]]|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    // The raw entry is folded: the code and the JSON show only when opened.
    const updated = page.locator('tr[data-action="bridge_point.update"]').first();
    await expect.poll(() => updated.locator('code').first().isVisible()).toBe(false);
    await shoot(page, 'audit');
    await updated.getByText('Chi tiết').click();
    await updated.locator('code', { hasText: 'bridge_point.update' }).waitFor();
    await updated.locator('pre', { hasText: '"quota": 17' }).waitFor();

    const all = await actions();
    const chosen = all.at(-1)!;
    await page.getByLabel('Thao tác').fill(chosen);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(async () => [...new Set(await actions())]).toEqual([chosen]);
    expect((await actions()).length).toBeLessThan(all.length);
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
