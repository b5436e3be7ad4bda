/**
 * The delegates screen in Chromium against the real server: import 500 delegates from an
 * .xlsx made here (preview, confirm, 500 in the list, quota warnings), find one typed
 * without diacritics; a bad file shows its row errors and imports nothing; a file with
 * unknown headers is mapped by hand; add a delegate with a field error first; export.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_POINT } from '../../src/domain/conference-rules.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { readSheet } from '../../src/documents/spreadsheets/read-sheet.js';
import { downloadedBytes } from './chromium.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let conferenceId = '';
const POINTS = [
  { name: 'Điểm cầu Tỉnh', quota: 400 },
  { name: 'Điểm cầu huyện Cao Lãnh', quota: 80 },
];

const xlsx = async (rows: unknown[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email', 'Điểm cầu'];
/** 400 at the province (its quota), 100 at the district (20 over its quota of 80). */
const fiveHundred = () =>
  Array.from({ length: 500 }, (_, i) => [
    i + 1,
    `Nguyễn Văn Thứ ${i + 1}`,
    'Chuyên viên',
    `Phòng số ${i + 1}`,
    912_000_000 + i,
    `nguoi${i + 1}@dongthap.gov.vn`,
    i < 400 ? 'Tỉnh' : 'huyện Cao Lãnh',
  ]);
const total = async () => (await h.api<{ total: number }>('GET', `/conferences/${conferenceId}/delegates?limit=1`)).body.total;
const chooseFile = (data: Buffer, name = 'danh-sach.xlsx') =>
  h.page
    .getByLabel('Tệp danh sách (.xlsx, .csv)')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: data });

beforeAll(async () => {
  h = await startHarness();
  const created = await h.api<Conference>('POST', '/conferences', {
    title: 'Hội nghị trực tuyến đánh giá Chỉ số CCHC',
    startsAt: '2021-07-07T08:00',
  });
  conferenceId = created.body.id;
  for (const [i, point] of POINTS.entries()) {
    const made = await h.api('POST', `/conferences/${conferenceId}/bridge-points`, {
      ...point,
      address: '',
      kind: 'hall',
      isHost: i === 0,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: null,
      ...ONE_POINT,
    });
    if (made.status !== 201) throw new Error(JSON.stringify(made.body));
  }
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

describe('delegates screen in Chromium', () => {
  it('imports 500 delegates from an .xlsx: preview, confirm, 500 in the list, quota warnings', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${conferenceId}/general`);
    await page.getByRole('link', { name: 'Đại biểu', exact: true }).click();
    await page.getByRole('heading', { name: 'Đại biểu', exact: true }).waitFor();
    await page.getByText('Chưa có đại biểu nào').waitFor();
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV' }).click();
    await chooseFile(await xlsx([['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'], [], HEADER, ...fiveHundred()]));
    await page.getByText('Tệp có 500 dòng đại biểu: 500 dòng hợp lệ, 0 dòng có lỗi.').waitFor();
    expect(await page.getByLabel('Cột B (Họ và tên) là').inputValue()).toBe('fullName');
    expect(await page.getByLabel('Cột G (Điểm cầu) là').inputValue()).toBe('bridgePoint');
    expect(await page.getByLabel('Cột A (STT) là').inputValue()).toBe('');
    await page.getByText('Điểm cầu huyện Cao Lãnh: thêm 100 (đã có 0) — vượt chỉ tiêu 80').waitFor();
    expect(await page.locator('.import-preview tbody tr').first().locator('td').nth(4).textContent()).toBe('0912000000');
    expect(await total()).toBe(0);
    await page.getByRole('button', { name: 'Nhập 500 đại biểu' }).click();
    await page.getByText('Đã nhập 500 đại biểu.').waitFor();
    await page.getByText('Hiển thị 500 / 500 đại biểu').waitFor();
    expect(await total()).toBe(500);
    await page.getByText('1 điểm cầu vượt chỉ tiêu').waitFor();
    await page.getByText('Điểm cầu huyện Cao Lãnh: Danh sách có 100 đại biểu, vượt chỉ tiêu 80.').waitFor();
  });

  it('finds a delegate typed without diacritics and filters by bridge point', async () => {
    const { page } = h;
    await page.getByLabel('Tìm đại biểu').fill('nguyen van thu 500');
    await page.getByText('Hiển thị 1 / 500 đại biểu').waitFor();
    await page.locator('.delegate-table').getByText('Nguyễn Văn Thứ 500', { exact: true }).waitFor();
    await page.getByLabel('Tìm đại biểu').fill('');
    await page.getByLabel('Điểm cầu', { exact: true }).selectOption({ label: 'Điểm cầu huyện Cao Lãnh' });
    await page.getByText('Hiển thị 100 / 500 đại biểu').waitFor();
    await page.getByLabel('Điểm cầu', { exact: true }).selectOption({ label: 'Tất cả điểm cầu' });
  });

  it('shows the row errors of a bad file and imports nothing', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV' }).click();
    const bad = await xlsx([
      HEADER,
      [1, 'Lê Văn Mới', 'Chuyên viên', 'Sở Nội vụ', '0912345678', '', 'Tỉnh'],
      [2, '', 'Chuyên viên', 'Sở Nội vụ', '', '', 'Tỉnh'],
      [3, 'Trần Thị Số Sai', '', 'Sở Tư pháp', '12345', '', 'Tỉnh'],
      [4, 'LE VAN MOI', '', 'Sở Nội vụ', '0912 345 678', '', 'Tỉnh'],
      [5, 'Nguyễn Văn Thứ 7', 'Chuyên viên', 'Phòng số 7', 912_000_006, '', 'Tỉnh'],
      [6, 'Phạm Văn Lạc', '', '', '', '', 'Hà Nội'],
    ]);
    await chooseFile(bad);
    await page.getByText('Tệp có 6 dòng đại biểu: 1 dòng hợp lệ, 5 dòng có lỗi.').waitFor();
    expect(await page.locator('.import-preview tr.row-error').count()).toBe(5);
    await page.locator('.import-preview tr[data-row="4"]').getByText('Số điện thoại "12345" không hợp lệ', { exact: false }).waitFor();
    await page.locator('.import-preview tr[data-row="5"]').getByText('Trùng đại biểu ở dòng 2', { exact: false }).waitFor();
    await page.locator('.import-preview tr[data-row="6"]').getByText('Đã có đại biểu "Nguyễn Văn Thứ 7"', { exact: false }).waitFor();
    await page.locator('.import-preview tr[data-row="7"]').getByText('Không có điểm cầu "Hà Nội"', { exact: false }).waitFor();
    expect(await page.locator('.import-preview tr[data-row="4"] td.cell-error').textContent()).toBe('12345');
    expect(await page.getByRole('button', { name: 'Nhập 1 đại biểu' }).isDisabled()).toBe(true);
    // A damaged file says so and shows no table.
    await chooseFile(bad.subarray(0, 300));
    await page.getByText('Không đọc được tệp', { exact: false }).waitFor();
    expect(await page.locator('.import-preview').count()).toBe(0);
    expect(await total()).toBe(500);
    await page.locator('.import-panel').getByRole('button', { name: 'Đóng' }).first().click();
  });

  it('maps unknown headers by hand, sends the list to a chosen point, and imports it', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV' }).click();
    const csv = Buffer.from('\ufeffNgười dự;Nơi công tác\r\nHồ Văn Tay;Văn phòng UBND huyện\r\nLý Thị Chọn;Phòng Nội vụ huyện\r\n', 'utf8');
    await page.getByLabel('Điểm cầu của các đại biểu').selectOption({ label: 'Điểm cầu huyện Cao Lãnh' });
    await chooseFile(csv, 'ds.csv');
    await page.getByText('Chưa chọn cột "Họ và tên".').waitFor();
    await page.getByLabel('Cột A là').selectOption('fullName');
    await page.getByLabel('Cột B là').selectOption('organisation');
    // No header was recognised, so its line reads as a delegate until the header row is given.
    await page.getByText('Tệp có 3 dòng đại biểu: 3 dòng hợp lệ, 0 dòng có lỗi.').waitFor();
    await page.getByLabel('Dòng tiêu đề (0: không có)').fill('1');
    await page.getByText('Tệp có 2 dòng đại biểu: 2 dòng hợp lệ, 0 dòng có lỗi.').waitFor();
    expect(await page.getByLabel('Cột A (Người dự) là').inputValue()).toBe('fullName');
    await page.getByRole('button', { name: 'Nhập 2 đại biểu' }).click();
    await page.getByText('Đã nhập 2 đại biểu.').waitFor();
    const district = await h.api<{ items: { fullName: string; organisation: string }[] }>(
      'GET',
      `/conferences/${conferenceId}/delegates?q=${encodeURIComponent('ho van tay')}`,
    );
    expect(district.body.items.map((d) => [d.fullName, d.organisation])).toEqual([['Hồ Văn Tay', 'Văn phòng UBND huyện']]);
  });

  it('adds a delegate: a bad phone is shown beside the field, then saved', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Thêm đại biểu' }).click();
    const form = page.getByRole('form', { name: 'Thêm đại biểu' });
    await form.getByLabel('Họ và tên').fill('Phạm Thiện Nghĩa');
    await form.getByLabel('Chức vụ').fill('Chủ tịch UBND Tỉnh');
    await form.getByLabel('Điện thoại').fill('0123');
    // Left empty, the rank follows the title (Chủ tịch UBND tỉnh is 4th in the table); the secretariat puts him first.
    await form.getByText('Để trống: theo chức vụ (4).').waitFor();
    await form.getByLabel('Thứ tự nghi thức').fill('1');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form
      .locator('.field.has-error', { hasText: 'Điện thoại' })
      .getByText('Số điện thoại "0123" không hợp lệ', { exact: false })
      .waitFor();
    await form.getByLabel('Điện thoại').fill('0277 3851 234');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu đại biểu Phạm Thiện Nghĩa.').waitFor();
    await page.getByText('Hiển thị 503 / 503 đại biểu').waitFor();
  });

  it('records an answer by editing, and removes a delegate after confirming', async () => {
    const { page } = h;
    await page.getByLabel('Tìm đại biểu').fill('pham thien nghia');
    await page.getByRole('button', { name: 'Sửa đại biểu: Phạm Thiện Nghĩa' }).click();
    const form = page.getByRole('form', { name: 'Sửa đại biểu: Phạm Thiện Nghĩa' });
    await form.getByLabel('Xác nhận').selectOption({ label: 'Tham dự' });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu đại biểu Phạm Thiện Nghĩa.').waitFor();
    await page.locator('.delegate-table').getByText('Tham dự', { exact: true }).waitFor();
    await page
      .locator('.quota-table')
      .getByRole('row', { name: /Điểm cầu Tỉnh/ })
      .getByRole('cell')
      .nth(3)
      .getByText('1')
      .waitFor();
    await page.getByLabel('Tìm đại biểu').fill('ly thi chon');
    await page.getByRole('button', { name: 'Xóa: Lý Thị Chọn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã xóa đại biểu Lý Thị Chọn.').waitFor();
    await page.getByText('Hiển thị 0 / 502 đại biểu').waitFor();
    await page.getByLabel('Tìm đại biểu').fill('');
  });

  it('exports the list as .xlsx that reads back with every delegate', async () => {
    const { page } = h;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const rows = await readSheet(await downloadedBytes(download));
    const people = rows.filter((row) => /^\d+$/.test(row[0] ?? ''));
    expect(people.length).toBe(502);
    expect(people[0]![1]).toBe('Phạm Thiện Nghĩa');
    expect(people.find((row) => row[1] === 'Nguyễn Văn Thứ 1')?.[4]).toBe('0912000000');
  });
});
