/**
 * The editor's point list of a national conference (issue 18) in Chromium: a plan of 16,242
 * points (the 34 provinces and 3,320 communes of the 2025 list, the rest named points) is past
 * the 500 a plan inlines, so the section pages GET /bridge-points and draws only the rows in
 * view; it searches without diacritics, filters by province, loads further as it scrolls and
 * edits one row. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/national-point-list.png
 * (1366×768).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgePointNameForUnit, type UnitList } from '../../src/domain/administrative-units.js';
import type { BridgePointInput, ListedBridgePoint } from '../../src/domain/conference.schema.js';
import { pointInput } from '../../src/services/testing.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { saveScreenshot } from './live-helpers.js';

const LIST = JSON.parse(readFileSync(join(ROOT, 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;
const TOTAL = 16242;

const point = (name: string, i: number, over: Partial<BridgePointInput> = {}): BridgePointInput & { key: string } => ({
  key: `p${i}`,
  ...pointInput(name, { quota: 15, kind: 'commune', ...over }),
});

let h: Harness;
let conferenceId = '';
const scroller = () => h.page.getByTestId('paged-points-scroller');
const renderedRows = () => h.page.locator('.paged-point').count();
const loaded = async () => Number(await h.page.getByTestId('paged-points-count').getAttribute('data-loaded'));

beforeAll(async () => {
  h = await startHarness();
  const seed = await h.importSeed();
  const draft = { ...(await import('../../src/services/plan-draft.js')).conferenceToDraft(seed, 0) };
  const units = LIST.units.map((unit, i) =>
    point(bridgePointNameForUnit(unit), i, { unitCode: unit.code, kind: unit.parentCode === null ? 'hall' : 'commune' }),
  );
  const extra = Array.from({ length: TOTAL - draft.bridgePoints.length - units.length }, (_, i) =>
    point(`UBND xã số ${i + 1}`, units.length + i),
  );
  conferenceId = (await h.services.conferences.createFromDraft({ ...draft, bridgePoints: [...draft.bridgePoints, ...units, ...extra] })).id;
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe("a national conference's 16,242 points in the editor", () => {
  it('says how many points there are and draws only the rows in view', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1366, height: 768 });
    const started = Date.now();
    await page.goto(`${h.baseUrl}/conferences/${conferenceId}/bridge-points`);
    await page.locator('.paged-point').first().waitFor();
    const firstRender = Date.now() - started;
    expect(await page.getByTestId('paged-points-intro').textContent()).toContain('16.242 điểm cầu');
    expect(await loaded()).toBe(200);
    // Virtualized: a few dozen rows in the page, not 200 (nor 16,242).
    expect(await renderedRows()).toBeLessThan(60);
    expect(firstRender).toBeLessThan(10_000);
    await saveScreenshot(page, 'national-point-list.png');
  });

  it('loads further pages as the list scrolls, in plan order', async () => {
    const { page } = h;
    for (let i = 0; i < 3; i += 1) {
      const before = await loaded();
      await scroller().evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await expect.poll(loaded, { timeout: 10_000 }).toBeGreaterThan(before);
    }
    expect(await loaded()).toBeGreaterThanOrEqual(800);
    expect(await renderedRows()).toBeLessThan(60);
    const numbers = await page.locator('.paged-point > .num:first-child').allTextContents();
    const positions = numbers.map((text) => Number(text.replace(/\./g, '')));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('searches without diacritics and filters by province', async () => {
    const { page } = h;
    await page.getByLabel('Tìm điểm cầu').fill('phuong ha dong');
    await expect
      .poll(async () => page.locator('.paged-point strong').allTextContents(), { timeout: 10_000 })
      .toContain('UBND phường Hà Đông');
    expect(await loaded()).toBeLessThan(20);
    await page.getByLabel('Tìm điểm cầu').fill('');
    const hanoi = LIST.units.filter((unit) => unit.parentCode === '01').length + 1;
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: `Thành phố Hà Nội (${hanoi})` });
    await expect.poll(loaded, { timeout: 10_000 }).toBe(hanoi);
    expect(await page.locator('.paged-point strong').first().textContent()).toBe('UBND thành phố Hà Nội');
  });

  it('edits one row and saves it at once', async () => {
    const { page } = h;
    await page.getByLabel('Tỉnh, thành phố').selectOption({ index: 0 });
    await page.getByLabel('Tìm điểm cầu').fill('phường hà đông');
    await expect.poll(loaded, { timeout: 10_000 }).toBeLessThan(20);
    const row = page.locator('.paged-point', { hasText: 'UBND phường Hà Đông' });
    await row.waitFor();
    const pointId = (await row.getAttribute('data-point-id'))!;
    await row.getByRole('button', { name: 'Sửa điểm cầu UBND phường Hà Đông' }).click();
    const editor = page.getByTestId('point-editor');
    await editor.getByLabel('Số đại biểu').fill('33');
    await editor.getByLabel('Địa chỉ / phòng').fill('Hội trường UBND phường Hà Đông');
    await editor.getByRole('button', { name: 'Lưu điểm cầu' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.num').nth(1).textContent()).toBe('33');
    const saved = (await h.api<ListedBridgePoint>('GET', `/conferences/${conferenceId}/bridge-points/${pointId}`)).body;
    expect(saved).toMatchObject({ quota: 33, address: 'Hội trường UBND phường Hà Đông', provinceCode: '01' });
  });
});
