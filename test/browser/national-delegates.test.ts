/**
 * The delegate screens of a national conference (issue 18) in Chromium against the real
 * server: a 600-point conference, whose plan read carries no points, at 1366×768 as the
 * organizer. A delegate is added at a commune found by typing its name without diacritics,
 * is listed with the commune's name, the list is filtered by that point (the quota table
 * shows it), the seating screen seats at it and the invitations screen picks its delegates
 * (its answer counts list only the points with delegates) and makes a nominator link for it.
 * Screenshots: national-delegates-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { startHarness, type Harness } from './harness.js';
import { shoot } from './live-helpers.js';
import { createNationalConference, type NationalConference } from './national-conference.js';

let h: Harness;
let national: NationalConference;
let communeId = '';
const PERSON = 'Nguyễn Thị Xã Một';

/** What a user types on a keyboard without Vietnamese input: no diacritics, đ as d, lower case. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** Types the commune's name without diacritics into the combobox `box` and picks it. */
const pickCommune = async (box: ReturnType<Harness['page']['getByRole']>) => {
  await box.click();
  await box.fill(plain(national.names.commune));
  await h.page.getByRole('option', { name: national.names.commune, exact: true }).click();
  expect(await box.inputValue()).toBe(national.names.commune);
};

beforeAll(async () => {
  h = await startHarness();
  national = await createNationalConference(h);
  const found = await h.api<{ items: { id: string; name: string }[] }>(
    'GET',
    `/conferences/${national.id}/bridge-points?q=${encodeURIComponent(plain(national.names.commune))}&limit=20`,
  );
  communeId = found.body.items.find((point) => point.name === national.names.commune)!.id;
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

describe('delegate screens of a national conference in Chromium', () => {
  it('reads a plan that carries no points', async () => {
    const plan = (await h.api<Conference>('GET', `/conferences/${national.id}`)).body;
    expect(plan.bridgePoints).toEqual([]);
    expect(communeId).not.toBe('');
  });

  it('adds a delegate at a commune typed without diacritics and lists them with its name', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${h.baseUrl}/conferences/${national.id}/delegates`);
    await page.getByRole('heading', { name: 'Đại biểu', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Thêm đại biểu' }).click();
    const form = page.getByRole('form', { name: 'Thêm đại biểu' });
    await form.getByLabel('Họ và tên').fill(PERSON);
    await form.getByLabel('Chức vụ').fill('Chủ tịch UBND xã');
    await pickCommune(form.getByRole('combobox', { name: 'Điểm cầu' }));
    await shoot(page, 'national-delegates-form');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu đại biểu ${PERSON}.`).waitFor();
    const row = page.locator('.delegate-table tbody tr', { hasText: PERSON });
    await row.getByText(national.names.commune, { exact: true }).waitFor();
    const listed = await h.api<{ items: { fullName: string; bridgePointId: string }[] }>(
      'GET',
      `/conferences/${national.id}/delegates?limit=10`,
    );
    expect(listed.body.items.find((d) => d.fullName === PERSON)?.bridgePointId).toBe(communeId);
  });

  it('filters the list by that point; the quota table shows it', async () => {
    const { page } = h;
    // A second delegate at another point, so that the filter has something to leave out.
    const other = await h.api<{ items: { id: string; name: string }[] }>(
      'GET',
      `/conferences/${national.id}/bridge-points?q=${encodeURIComponent(plain(national.names.otherCommune))}&limit=20`,
    );
    const otherId = other.body.items.find((point) => point.name === national.names.otherCommune)!.id;
    const made = await h.api('POST', `/conferences/${national.id}/delegates`, { bridgePointId: otherId, fullName: 'Trần Văn Xã Hai' });
    expect(made.status).toBe(201);
    await page.reload();
    await page.getByText('Hiển thị 2 / 2 đại biểu').waitFor();
    await page.locator('.delegate-table tbody tr', { hasText: 'Trần Văn Xã Hai' }).getByText(national.names.otherCommune).waitFor();
    await pickCommune(page.getByRole('search').getByRole('combobox', { name: 'Điểm cầu' }));
    await page.getByText('Hiển thị 1 / 2 đại biểu').waitFor();
    await page.locator('.delegate-table').getByText(PERSON).waitFor();
    await page.locator('.quota-panel summary').click();
    await page.locator('.quota-table tbody th', { hasText: national.names.commune }).waitFor();
    expect(await page.locator('.quota-table tbody tr').count()).toBe(1);
    await shoot(page, 'national-delegates-filtered');
  });

  it('seats at the commune chosen by search', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Chỗ ngồi', exact: true }).click();
    await page.getByText('Chọn điểm cầu (gõ tên xã, phường, tỉnh) để xem và bố trí chỗ ngồi.').waitFor();
    await pickCommune(page.getByRole('combobox', { name: 'Điểm cầu' }));
    await page.getByText('Chưa có chỗ ngồi (1)').waitFor();
    await page.locator('.seating-unseated').getByText(PERSON).waitFor();
    await page.getByRole('button', { name: 'Xếp chỗ cho người chưa có chỗ' }).click();
    await page.getByText(/Đã xếp chỗ: 1\/1 đại biểu/).waitFor();
    await shoot(page, 'national-delegates-seating');
  });

  it('picks the delegates of the point for invitations and makes a nominator link for it', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Giấy mời', exact: true }).click();
    // The answers per point: the two points with delegates, not a row for each of the 600.
    const counts = page.getByRole('table', { name: 'Xác nhận theo điểm cầu' });
    await counts.getByText(national.names.commune, { exact: true }).waitFor();
    expect(await counts.locator('tbody tr').count()).toBe(3);
    await page.getByText(/^\d+ điểm cầu chưa có đại biểu nào: không liệt kê\.$/).waitFor();
    await page.getByText('Chọn đại biểu', { exact: true }).click();
    const picker = page.locator('.delegate-picker');
    await picker.getByText('Hiển thị 2 / 2 đại biểu').waitFor();
    await pickCommune(picker.getByRole('combobox', { name: 'Điểm cầu' }));
    await picker.getByText('Hiển thị 1 / 1 đại biểu').waitFor();
    await picker.getByText(PERSON).waitFor();

    await page.getByText('Ủy quyền mời (cử người dự)').click();
    const panel = page.locator('.nominator-panel');
    await pickCommune(panel.getByRole('combobox', { name: 'Điểm cầu' }));
    await panel.getByLabel('Người nhận đường dẫn').fill('Chủ tịch UBND xã');
    const sent = page.waitForRequest((request) => request.url().endsWith('/nominator-links') && request.method() === 'POST');
    await panel.getByRole('button', { name: 'Tạo đường dẫn' }).click();
    expect(((await sent).postDataJSON() as { bridgePointId: string }).bridgePointId).toBe(communeId);
    await panel.getByText('Đường dẫn (chỉ hiển thị một lần', { exact: false }).waitFor();
    await shoot(page, 'national-delegates-invitations');
  });
});
