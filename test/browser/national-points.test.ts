/**
 * A national conference down to the commune level (issue 14) in Chromium against the real
 * server: a conference created without a start, then, from the 2025 list, one point per
 * province, one province's communes as named points and every other province's communes as
 * one group; the list's date, source and caveat are shown before anything is created. The
 * counts are checked on the page and through the API against the reference file; a group is
 * then expanded into named points. With UPDATE_SCREENSHOTS=1 it writes
 * docs/screenshots/national-points.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgePointNameForUnit, groupNameForUnits, type UnitList } from '../../src/domain/administrative-units.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { saveScreenshot } from './live-helpers.js';

const LIST = JSON.parse(readFileSync(join(ROOT, 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;
const PROVINCES = LIST.units.filter((unit) => unit.parentCode === null);
const communesOf = (code: string) => LIST.units.filter((unit) => unit.parentCode === code);
/** The two smallest provinces: the first expanded at creation, the second through its group's button. */
const [EXPANDED, LATER] = [...PROVINCES].sort((a, b) => communesOf(a.code).length - communesOf(b.code).length) as [
  (typeof PROVINCES)[number],
  (typeof PROVINCES)[number],
];
const ALL_COMMUNES = LIST.units.length - PROVINCES.length;
const vi = (n: number) => n.toLocaleString('vi-VN');

let h: Harness;
let conferenceId = '';
const fetchConference = async () => (await h.api<Conference>('GET', `/conferences/${conferenceId}`)).body;
const rows = () => h.page.locator('.edit-table tbody tr');
/** The names in the table (each row's first field is its name). */
const pointNames = () =>
  h.page
    .locator('.edit-table tbody td.point-cell > .field:first-child input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const groupCounts = () =>
  h.page.locator('.edit-table tbody tr.group-row').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-group-count'))));

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('a national conference down to the commune level in Chromium', () => {
  it('reads the reference list: 34 provinces and 3,320 commune-level units', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(ALL_COMMUNES).toBe(3320);
  });

  it('creates a conference whose start is not fixed: the header says so', async () => {
    const { page } = h;
    await page.goto(h.baseUrl);
    await page.getByLabel('Trích yếu (tên hội nghị)').fill('Hội nghị trực tuyến toàn quốc triển khai chính quyền địa phương hai cấp');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await page.waitForURL(/\/conferences\/[^/]+\/general$/);
    conferenceId = /conferences\/([^/]+)\//.exec(page.url())![1]!;
    expect(await page.getByTestId('conference-time').textContent()).toBe('Thời gian: chưa xác định');
    expect((await fetchConference()).startsAt).toBeNull();
  });

  it('shows the list with its date, source and caveat, and previews what it will create', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Điểm cầu/ }).click();
    await page.getByText('Điểm cầu toàn quốc đến cấp xã').click();
    const facts = page.getByTestId('unit-list-facts');
    await facts.waitFor();
    expect(await facts.textContent()).toContain('ngày 01 tháng 7 năm 2025');
    expect(await facts.textContent()).toContain(LIST.source);
    expect(await facts.textContent()).toContain(LIST.note);
    expect(await page.locator('.province-choices li').count()).toBe(34);

    await page.getByLabel('Lọc tỉnh, thành phố').fill(EXPANDED.name.replace(/^(Tỉnh|Thành phố) /, '').toLowerCase());
    await page.locator('.province-choices li').first().waitFor();
    expect(await page.locator('.province-choices li').count()).toBe(1);
    await page.getByRole('checkbox', { name: new RegExp(EXPANDED.name) }).check();
    await page.getByLabel('Đại biểu cấp xã do … mời').fill('Chủ tịch UBND cấp tỉnh');
    const named = communesOf(EXPANDED.code).length;
    expect(await page.getByTestId('national-preview').textContent()).toBe(
      `Sẽ tạo 34 điểm cầu cấp tỉnh, ${named} điểm cầu cấp xã có tên và 33 nhóm gồm ${vi(ALL_COMMUNES - named)} điểm cầu cấp xã: tổng ${vi(34 + ALL_COMMUNES)} điểm cầu.`,
    );
  });

  it('creates every province, the chosen province communes by name, and 33 groups, in one step', async () => {
    const { page } = h;
    const named = communesOf(EXPANDED.code).length;
    await page.getByRole('button', { name: 'Tạo điểm cầu toàn quốc' }).click();
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(34 + named + 33);

    // On the page: 33 group rows whose counts add up to the other provinces' communes.
    const counts = await groupCounts();
    expect(counts).toHaveLength(33);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(ALL_COMMUNES - named);
    const total = page.getByTestId('points-total');
    expect(await total.getAttribute('data-total')).toBe(String(34 + ALL_COMMUNES));
    expect(await total.textContent()).toContain(`Tổng cộng ${vi(34 + ALL_COMMUNES)} điểm cầu`);
    expect(await total.locator('.total-detail').textContent()).toBe(
      `${34 + named} điểm cầu có tên và 33 nhóm (${vi(ALL_COMMUNES - named)} điểm cầu)`,
    );
    const expand = page.getByRole('button', { name: `Mở rộng thành từng điểm: ${groupNameForUnits(LATER)}` });
    const laterGroup = page.locator('tr.group-row', { has: expand });
    expect(await laterGroup.getByTestId('group-badge').textContent()).toBe(`Nhóm ${communesOf(LATER.code).length} điểm cầu`);
    expect(await laterGroup.locator('.point-note').allTextContents()).toEqual([
      'Phòng họp trực tuyến của UBND cấp xã',
      'do Chủ tịch UBND cấp tỉnh mời',
    ]);
    const names = await pointNames();
    for (const unit of [...PROVINCES, ...communesOf(EXPANDED.code)]) expect(names).toContain(bridgePointNameForUnit(unit));
    await page.getByText('Điểm cầu toàn quốc đến cấp xã').click(); // fold the panel for the screenshot
    await saveScreenshot(page, 'national-points.png');

    // Through the API: the same points, each group with its province's count.
    const points = (await fetchConference()).bridgePoints;
    const provinceCodes = new Set(PROVINCES.map((unit) => unit.code));
    expect(points.filter((p) => p.groupCount === null && p.unitCode !== null && provinceCodes.has(p.unitCode))).toHaveLength(34);
    const expandedCodes = new Set(communesOf(EXPANDED.code).map((unit) => unit.code));
    const namedCommunes = points.filter((p) => p.groupCount === null && p.unitCode !== null && expandedCodes.has(p.unitCode));
    expect(namedCommunes).toHaveLength(named);
    expect(namedCommunes.every((p) => p.kind === 'commune')).toBe(true);
    const groups = points.filter((p) => p.groupCount !== null);
    expect(groups).toHaveLength(33);
    for (const group of groups) {
      expect(group.parentUnitCode).not.toBe(EXPANDED.code);
      expect(group.groupCount).toBe(communesOf(group.parentUnitCode!).length);
      expect(group).toMatchObject({ unitListId: 'vn-2025', venuePattern: 'Phòng họp trực tuyến của UBND cấp xã' });
    }
    expect(groups.reduce((sum, g) => sum + g.groupCount!, 0)).toBe(ALL_COMMUNES - named);
    expect(points).toHaveLength(34 + named + 33);
  });

  it('expands one group into its named points', async () => {
    const { page } = h;
    const before = await rows().count();
    const later = communesOf(LATER.code).length;
    await page.getByRole('button', { name: `Mở rộng thành từng điểm: ${groupNameForUnits(LATER)}` }).click();
    await expect.poll(() => rows().count()).toBe(before - 1 + later);
    expect(await groupCounts()).toHaveLength(32);
    expect(await page.getByTestId('points-total').getAttribute('data-total')).toBe(String(34 + ALL_COMMUNES));
    const points = (await fetchConference()).bridgePoints;
    const laterCodes = new Set(communesOf(LATER.code).map((unit) => unit.code));
    const expanded = points.filter((p) => p.unitCode !== null && laterCodes.has(p.unitCode));
    expect(expanded).toHaveLength(later);
    // Each named point keeps what the group said: where it sits and who invites there.
    expect(expanded.every((p) => p.invitedBy === 'Chủ tịch UBND cấp tỉnh' && p.address === 'Phòng họp trực tuyến của UBND cấp xã')).toBe(
      true,
    );
    expect(points.some((p) => p.groupCount !== null && p.parentUnitCode === LATER.code)).toBe(false);
    const names = await pointNames();
    for (const unit of communesOf(LATER.code)) expect(names).toContain(bridgePointNameForUnit(unit));
  });
});
