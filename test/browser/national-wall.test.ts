/**
 * The roll-call wall of a national conference in Chromium (issue 18): the Government's hall and
 * every province of the 2025 list with all its communes (3,354 points, made through the API in
 * one call). The chair's console at 1366×768 shows 34 provinces (and the Government's hall as
 * the points without a province), not 3,355 tiles; one province opens into its communes; a
 * commune's operator, through their link on the hall's console, reports ready; the chair's wall
 * shows it without a reload, in the commune's row and in the province's counts. With
 * UPDATE_SCREENSHOTS=1 it writes docs/screenshots/national-wall*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitList } from '../../src/domain/administrative-units.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { ProvinceHalls } from '../../src/domain/live/hall-wall.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { linkUrlOf, newSizedPage, saveScreenshot } from './live-helpers.js';

const LIST = JSON.parse(readFileSync(join(ROOT, 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;
const PROVINCES = LIST.units.filter((unit) => unit.parentCode === null);
/** The province opened on the wall: Quảng Ninh (08). */
const OPENED = PROVINCES.find((unit) => unit.code === '08')!;
const communesOf = (code: string) => LIST.units.filter((unit) => unit.parentCode === code);

let h: Harness;
let conference: Conference;
let commune: Conference['bridgePoints'][number];

beforeAll(async () => {
  h = await startHarness();
  const created = await h.api<Conference>('POST', '/conferences', {
    title: 'Hội nghị trực tuyến toàn quốc triển khai chính quyền địa phương hai cấp',
  });
  expect(created.status).toBe(201);
  const id = created.body.id;
  const host = await h.api('POST', `/conferences/${id}/bridge-points`, {
    name: 'Trụ sở Chính phủ',
    address: 'Số 1 Hoàng Hoa Thám, Hà Nội',
    quota: null,
    kind: 'hall',
    isHost: true,
    operatorName: '',
    operatorPhone: '',
    operatorEmail: '',
    unitCode: null,
  });
  expect(host.status).toBe(201);
  const tree = await h.api<{ points: Conference['bridgePoints'] }>('POST', `/conferences/${id}/bridge-points/from-unit-tree`, {
    unitListId: LIST.id,
    expandCodes: PROVINCES.map((unit) => unit.code),
  });
  expect(tree.status, JSON.stringify(tree.body).slice(0, 300)).toBe(201);
  // The write answers only the points it made; the whole plan (host and all) from the service.
  conference = await h.services.conferences.get(id);
  const first = communesOf(OPENED.code)[0]!;
  commune = conference.bridgePoints.find((point) => point.unitCode === first.code)!;
}, 240_000);
afterAll(async () => {
  await h?.stop();
});

describe('the roll-call wall of a national conference', () => {
  it('has every province and its communes as points', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(conference.bridgePoints).toHaveLength(1 + LIST.units.length);
  });

  it("shows 34 provinces on the chair's console, opens one into its communes, and shows a commune's report without a reload", async () => {
    const page = h.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${h.baseUrl}/hoi-nghi/${conference.id}/dieu-hanh`);
    await page.locator('[data-status="live"]').waitFor();
    const tiles = page.locator('.province-tile');
    await expect.poll(() => tiles.count()).toBe(35);
    const codes = await tiles.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-code')));
    expect(codes.filter((code) => code !== '').sort()).toEqual(PROVINCES.map((unit) => unit.code).sort());
    expect(await page.getByTestId('wall-totals').getAttribute('data-total')).toBe(String(conference.bridgePoints.length));
    expect(await page.getByTestId('wall-totals').textContent()).toContain('0/3.355 điểm cầu sẵn sàng');
    // Not one tile per point.
    expect(await page.locator('.hall-tile').count()).toBe(0);
    const opened = page.locator(`.province-tile[data-code="${OPENED.code}"]`);
    expect(await opened.textContent()).toContain(OPENED.name);
    expect(await opened.getAttribute('data-total')).toBe(String(communesOf(OPENED.code).length + 1));
    await page.locator('#wall-title').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'national-wall.png', '#wall-title');

    await opened.click();
    await page.getByTestId('province-open').waitFor();
    await expect.poll(() => page.locator('.hall-tile').count()).toBe(communesOf(OPENED.code).length + 1);
    const row = page.locator(`.hall-tile[data-point-id="${commune.id}"]`);
    expect(await row.textContent()).toContain(commune.name);
    expect(await row.getAttribute('data-ready')).toBe('false');

    // The commune's operator, through their link, on the hall's console.
    const operator = await newSizedPage(h, { width: 1366, height: 768 });
    await operator.goto(
      await linkUrlOf(h, conference.id, { purpose: 'operator', bridgePointId: commune.id, label: `Kỹ thuật ${commune.name}` }),
    );
    await operator.waitForURL(`**/hoi-nghi/${conference.id}/diem-cau/${commune.id}`);
    await operator.locator('[data-status="live"]').waitFor();
    await operator.getByLabel('Sẵn sàng').check();
    await operator.getByLabel('Số người dự tại điểm cầu').fill('17');
    await operator.getByLabel('Tốt').check();
    await operator.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await operator.getByText(/^Đã báo cáo lúc/).waitFor();

    // The chair's wall, not reloaded: the commune's row and the province's counts.
    await expect.poll(() => row.getAttribute('data-ready')).toBe('true');
    expect(await row.textContent()).toContain('17 người');
    await expect.poll(() => page.getByTestId('province-open-counts').getAttribute('data-ready')).toBe('1');
    await expect.poll(() => page.getByTestId('wall-totals').getAttribute('data-ready')).toBe('1');
    await saveScreenshot(page, 'national-wall-province.png', '#wall-title');

    await page.getByRole('button', { name: '← Tất cả tỉnh, thành phố' }).click();
    await expect.poll(() => opened.getAttribute('data-ready')).toBe('1');
    expect(await opened.textContent()).toContain('17 người');

    // The wall said what the server counts.
    const wall = await h.api<{ provinces: ProvinceHalls[] }>('GET', `/conferences/${conference.id}/live/wall`);
    expect(wall.body.provinces.find((p) => p.code === OPENED.code)).toMatchObject({ ready: 1, people: 17 });
  });
});
