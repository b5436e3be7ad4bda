/**
 * The seat plan screen in Chromium against the real server: shape a 5K hall, seat everyone
 * in protocol order (the one who does not fit is listed), move, unseat and swap by clicking,
 * see a refusal from the server in Vietnamese, and download the printable plan.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointInput } from '../../src/services/testing.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { SeatingPlan } from '../../src/domain/participants/seating-plan.js';
import { downloadedBytes } from './chromium.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let conferenceId = '';
let hostId = '';
const ids: Record<string, string> = {};
const PEOPLE = [
  { fullName: 'Lê Văn Thành', title: 'Giám đốc Sở Nội vụ', protocolRank: 30 },
  { fullName: 'Phạm Thiện Nghĩa', title: 'Chủ tịch UBND Tỉnh', protocolRank: 1 },
  { fullName: 'Đỗ Thanh Huyền', title: 'Chuyên gia UNDP', protocolRank: 10 },
  { fullName: 'Huỳnh Minh Tuấn', title: 'Phó Chủ tịch UBND Tỉnh', protocolRank: 20 },
  { fullName: 'Trần Thị Lan', title: 'Chánh Văn phòng', protocolRank: 31 },
];

const seat = (name: string) => h.page.getByRole('button', { name, exact: true });
const plan = async () => (await h.api<SeatingPlan>('GET', `/conferences/${conferenceId}/bridge-points/${hostId}/seating`)).body;
const placed = async () => Object.fromEntries((await plan()).delegates.map((d) => [d.fullName, d.placedSeat]));

beforeAll(async () => {
  h = await startHarness();
  const created = await h.api<Conference>('POST', '/conferences', {
    title: 'Hội nghị trực tuyến đánh giá các mô hình CCHC',
    startsAt: '2021-07-07T08:00',
  });
  conferenceId = created.body.id;
  const point = await h.api<{ id: string }>(
    'POST',
    `/conferences/${conferenceId}/bridge-points`,
    pointInput('Hội trường UBND Tỉnh', { quota: 5, isHost: true }),
  );
  hostId = point.body.id;
  for (const person of PEOPLE) {
    const delegate = await h.api<{ id: string }>('POST', `/conferences/${conferenceId}/delegates`, { bridgePointId: hostId, ...person });
    if (delegate.status !== 201) throw new Error(JSON.stringify(delegate.body));
    ids[person.fullName] = delegate.body.id;
  }
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

describe('seat plan of a hall in Chromium', () => {
  it('opens from the side navigation with the default layout', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/conferences/${conferenceId}/general`);
    await page.getByRole('link', { name: 'Chỗ ngồi' }).click();
    await page.getByRole('heading', { name: 'Chỗ ngồi', exact: true }).waitFor();
    await page.getByText('Chưa lưu sơ đồ cho hội trường này').waitFor();
    await page.getByText('Sức chứa: 10 chỗ · Đã xếp chỗ: 0/5 đại biểu').waitFor();
    expect(await page.getByText('Chưa có chỗ ngồi (5)').isVisible()).toBe(true);
  });

  it('saves a 5K layout: every other seat, one blocked; the capacity follows on screen', async () => {
    const { page } = h;
    await page.getByLabel('Số hàng ghế').fill('2');
    await page.getByLabel('Số ghế mỗi hàng').fill('5');
    await page.getByLabel('Giãn cách').selectOption({ label: 'Ngồi cách một ghế (5K)' });
    await page.getByLabel('Ghế khóa').fill('b4');
    await page.getByText('Sức chứa theo sơ đồ này: 4 chỗ').waitFor();
    await page.getByRole('button', { name: 'Lưu sơ đồ' }).click();
    await page.getByText('Sức chứa: 4 chỗ · Đã xếp chỗ: 0/5 đại biểu').waitFor();
    expect(await seat('Ghế B04: khóa').isDisabled()).toBe(true);
    expect(await seat('Ghế A02: để trống theo giãn cách').isDisabled()).toBe(true);
    expect((await plan()).layout).toMatchObject({ rows: 2, seatsPerRow: 5, spacing: 'every_other', blockedSeats: ['B04'] });
  });

  it('seats everyone in protocol order after a confirmation, and lists who does not fit', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Xếp chỗ tự động' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xếp lại' }).click();
    await seat('Ghế A03: Phạm Thiện Nghĩa').waitFor();
    // The second in rank on the chair's right (the higher number), the third on the left.
    await seat('Ghế A05: Đỗ Thanh Huyền').waitFor();
    await seat('Ghế A01: Huỳnh Minh Tuấn').waitFor();
    await seat('Ghế B02: Lê Văn Thành').waitFor();
    await page.getByText('Hội trường thiếu 1 chỗ').waitFor();
    await page.getByRole('heading', { name: 'Chưa có chỗ ngồi (1)' }).waitFor();
    expect(await placed()).toMatchObject({ 'Phạm Thiện Nghĩa': 'A03', 'Trần Thị Lan': null });
  });

  it('unseats one, seats another in the freed seat, and swaps two by clicking', async () => {
    const { page } = h;
    await seat('Ghế B02: Lê Văn Thành').click();
    await page.getByText('Đang chọn: Lê Văn Thành').waitFor();
    await page.getByRole('button', { name: 'Bỏ chỗ ngồi' }).click();
    await seat('Ghế B02: trống').waitFor();
    await page.getByRole('button', { name: 'Trần Thị Lan', exact: true }).click();
    await seat('Ghế B02: trống').click();
    await seat('Ghế B02: Trần Thị Lan').waitFor();
    await seat('Ghế B02: Trần Thị Lan').click();
    await seat('Ghế A03: Phạm Thiện Nghĩa').click();
    await seat('Ghế A03: Trần Thị Lan').waitFor();
    await seat('Ghế B02: Phạm Thiện Nghĩa').waitFor();
    expect(await placed()).toMatchObject({ 'Trần Thị Lan': 'A03', 'Phạm Thiện Nghĩa': 'B02', 'Lê Văn Thành': null });
  });

  it('shows the server refusal in Vietnamese when someone else took the seat meanwhile', async () => {
    const { page } = h;
    await seat('Ghế A03: Trần Thị Lan').click();
    await page.getByRole('button', { name: 'Bỏ chỗ ngồi' }).click();
    await seat('Ghế A03: trống').waitFor();
    // Another operator seats Lê Văn Thành in A03 while this screen still shows it free.
    const other = await h.api('POST', `/conferences/${conferenceId}/bridge-points/${hostId}/seating/move`, {
      delegateId: ids['Lê Văn Thành'],
      seat: 'A03',
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Trần Thị Lan', exact: true }).click();
    await seat('Ghế A03: trống').click();
    await page.getByRole('alert').getByText('Ghế A03 đã có người ngồi (Lê Văn Thành)').waitFor();
    // The screen then shows the seats as the server holds them.
    await seat('Ghế A03: Lê Văn Thành').waitFor();
  });

  it('downloads the printable plan with the stage and the names', async () => {
    const { page } = h;
    await page.reload();
    await seat('Ghế A03: Lê Văn Thành').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải sơ đồ in (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sơ đồ chỗ ngồi - Hội trường UBND Tỉnh.docx');
    const zip = await JSZip.loadAsync(await downloadedBytes(download));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'SƠ ĐỒ CHỖ NGỒI',
      'SÂN KHẤU / BỤC CHỦ TỌA',
      'Hội trường: Hội trường UBND Tỉnh',
      'Lê Văn Thành',
      'ĐẠI BIỂU CHƯA CÓ CHỖ NGỒI (1)',
      'Trần Thị Lan',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('w:orient="landscape"');
  });
});
