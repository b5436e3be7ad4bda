/**
 * The attendance wall in Chromium on the demo conference: the organizer's counts change
 * when a check-in, a walk-in and a headcount are made through the API by the test, without
 * reloading the page (the live event stream); an over-quota headcount shows its warning; the
 * list of a point downloads as .docx; an operator's wall shows their own point only. With
 * UPDATE_SCREENSHOTS=1 it writes docs/screenshots/attendance.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { createUser, loginThroughUi } from './accounts.js';
import { ROOT, startHarness, type Harness } from './harness.js';

let h: Harness;
let demo: Conference;
let keys = 0;
const key = () => `trinh-duyet-${++keys}-${Date.now().toString(36)}`;

beforeAll(async () => {
  h = await startHarness();
  demo = await h.createDemo();
});
afterAll(async () => {
  await h?.stop();
});

const card = (pointId: string) => h.page.locator(`[data-point-id="${pointId}"]`);
const count = (pointId: string, name: string) => card(pointId).locator(`[data-count="${name}"]`);
const total = (name: string) => h.page.locator(`[data-totals] [data-count="${name}"]`);

describe('the attendance wall in Chromium', () => {
  it('follows check-ins, walk-ins and headcounts made elsewhere, live, without reloading', async () => {
    const c = `/conferences/${demo.id}`;
    const host = demo.bridgePoints.find((p) => p.isHost)!;
    const district = demo.bridgePoints.find((p) => !p.isHost)!;
    expect((await h.api('PATCH', `${c}/bridge-points/${district.id}`, { quota: 5 })).status).toBe(200);
    const delegates: string[] = [];
    for (const fullName of ['Phạm Thiện Nghĩa', 'Nguyễn Văn Bình', 'Trần Thị Cúc']) {
      const created = await h.api<{ id: string }>('POST', `${c}/delegates`, { bridgePointId: host.id, fullName });
      expect(created.status).toBe(201);
      expect((await h.api('PATCH', `${c}/delegates/${created.body.id}`, { invitation: 'confirmed' })).status).toBe(200);
      delegates.push(created.body.id);
    }

    const { page } = h;
    await page.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/diem-danh`);
    await page.getByRole('heading', { name: 'Điểm danh trực tiếp' }).waitFor();
    await page.locator('[data-stream="live"]').waitFor();
    await expect.poll(() => count(host.id, 'confirmed').textContent()).toBe('3');
    expect(await count(host.id, 'present').textContent()).toBe('0');
    expect(await page.locator('[data-point-id]').count()).toBe(demo.bridgePoints.length);
    // A mark that a reload would wipe.
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    expect((await h.api('POST', `${c}/check-ins`, { key: key(), delegateId: delegates[0], method: 'search' })).status).toBe(200);
    await expect.poll(() => count(host.id, 'present').textContent()).toBe('1');
    await expect.poll(() => total('present').textContent()).toBe('1');

    expect(
      (
        await h.api('POST', `${c}/walk-ins`, {
          key: key(),
          bridgePointId: host.id,
          fullName: 'Huỳnh Văn Em',
          organisation: 'Báo Đồng Tháp',
        })
      ).status,
    ).toBe(201);
    await expect.poll(() => count(host.id, 'walkIns').textContent()).toBe('1');
    expect(await count(host.id, 'present').textContent()).toBe('2');

    expect(await card(district.id).locator('[data-warning]').count()).toBe(0);
    expect((await h.api('PUT', `${c}/headcounts/${district.id}`, { count: 7 })).status).toBe(200);
    await expect.poll(() => count(district.id, 'headcount').textContent()).toBe('7');
    await card(district.id).locator('[data-warning="quota.present_over"]').waitFor();
    expect(await card(district.id).getAttribute('class')).toContain('has-warning');
    expect(await card(district.id).locator('[data-warning]').textContent()).toBe('7 đại biểu có mặt, vượt số lượng 5.');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const dir = join(ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(dir, 'attendance.png'), fullPage: false });
    }
  });

  it('downloads the attendance list of a point as .docx', async () => {
    const host = demo.bridgePoints.find((p) => p.isHost)!;
    const { page } = h;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(host.id)
        .getByRole('button', { name: `Tải danh sách đại biểu (.docx) của ${host.name}` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Danh sách đại biểu - Điểm cầu .*\.docx$/);
  });

  it('shows an operator only their own point', async () => {
    const district = demo.bridgePoints.find((p) => !p.isHost)!;
    const email = 'kythuat.diemdanh@dongthap.gov.vn';
    await createUser(h, email, 'Lê Văn Kỹ Thuật');
    expect(
      (await h.api('POST', `/conferences/${demo.id}/memberships`, { email, role: 'operator', bridgePointIds: [district.id] })).status,
    ).toBe(201);
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await loginThroughUi(page, h.baseUrl, email, 'mật-khẩu-người-dùng-2021');
    await page.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/diem-danh`);
    await page.locator('[data-stream="live"]').waitFor();
    await page.locator(`[data-point-id="${district.id}"]`).waitFor();
    expect(await page.locator('[data-point-id]').count()).toBe(1);
  });
});
