/**
 * Protocol order in the delegate list, in Chromium at 1366×768: the rank column (given, from
 * the title, unranked), a move up by its button (keyboard reachable) and a move by drag and
 * drop, each written through the API and read back in the new order; then a participant group's
 * rank set in the participants section ranks its delegate who has none of their own.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { groupInput, pointInput } from '../../src/services/testing.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let conferenceId = '';
let pointId = '';
const PEOPLE = [
  { fullName: 'Lê Văn Thành', title: 'Giám đốc Sở Nội vụ' },
  { fullName: 'Phạm Thiện Nghĩa', title: 'Chủ tịch UBND Tỉnh' },
  { fullName: 'Võ Thị Hà', title: 'Chuyên viên' },
];
const names = async () =>
  (await h.api<{ items: { fullName: string }[] }>('GET', `/conferences/${conferenceId}/delegates?limit=50`)).body.items.map(
    (d) => d.fullName,
  );

beforeAll(async () => {
  h = await startHarness();
  await h.page.setViewportSize({ width: 1366, height: 768 });
  conferenceId = (await h.api<Conference>('POST', '/conferences', { title: 'Hội nghị thứ tự nghi thức', startsAt: '2021-07-07T08:00' }))
    .body.id;
  const point = await h.api<{ id: string }>(
    'POST',
    `/conferences/${conferenceId}/bridge-points`,
    pointInput('Hội trường UBND Tỉnh', { quota: 5, isHost: true }),
  );
  pointId = point.body.id;
  for (const person of PEOPLE) await h.api('POST', `/conferences/${conferenceId}/delegates`, { bridgePointId: pointId, ...person });
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

it('shows the ranks, moves a delegate up by button and down by drag', async () => {
  const { page } = h;
  await page.goto(`${h.baseUrl}/conferences/${conferenceId}/delegates`);
  await page.getByRole('button', { name: 'Đưa Lê Văn Thành lên trước' }).waitFor();
  expect(await names()).toEqual(['Phạm Thiện Nghĩa', 'Lê Văn Thành', 'Võ Thị Hà']);
  await page.getByText('4 (theo chức vụ)').waitFor();
  await page.getByText('Chưa xếp', { exact: true }).waitFor();
  expect(await page.getByRole('button', { name: 'Đưa Phạm Thiện Nghĩa lên trước' }).isDisabled()).toBe(true);

  const up = page.getByRole('button', { name: 'Đưa Võ Thị Hà lên trước' });
  await up.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Đã đổi thứ tự nghi thức của Võ Thị Hà.').waitFor();
  expect(await names()).toEqual(['Phạm Thiện Nghĩa', 'Võ Thị Hà', 'Lê Văn Thành']);

  await page.locator('tr', { hasText: 'Phạm Thiện Nghĩa' }).dragTo(page.locator('tr', { hasText: 'Lê Văn Thành' }));
  await expect.poll(names).toEqual(['Võ Thị Hà', 'Lê Văn Thành', 'Phạm Thiện Nghĩa']);
  await page.locator('tr', { hasText: 'Phạm Thiện Nghĩa' }).locator('td.protocol-rank').getByText('3', { exact: true }).waitFor();

  await page.getByLabel('Sắp xếp').selectOption('name');
  const rows = await page.locator('.delegate-table tbody tr td:nth-child(3) strong').allTextContents();
  expect(rows).toEqual(['Lê Văn Thành', 'Phạm Thiện Nghĩa', 'Võ Thị Hà']);
  expect(await page.getByRole('button', { name: 'Đưa Võ Thị Hà lên trước' }).count()).toBe(0);
});

it("ranks a group's delegate by the rank set for the group on screen", async () => {
  const { page } = h;
  const group = await h.api<{ id: string }>(
    'POST',
    `/conferences/${conferenceId}/participant-groups`,
    groupInput('Chuyên viên Văn phòng UBND Tỉnh', { scope: 'point', bridgePointId: pointId }),
  );
  const lan = { bridgePointId: pointId, participantGroupId: group.body.id, fullName: 'Trần Thị Lan', title: 'Chuyên viên' };
  await h.api('POST', `/conferences/${conferenceId}/delegates`, lan);
  expect(await names()).toEqual(['Võ Thị Hà', 'Lê Văn Thành', 'Phạm Thiện Nghĩa', 'Trần Thị Lan']);

  await page.goto(`${h.baseUrl}/conferences/${conferenceId}/participants`);
  await page.getByText('Chi tiết').click();
  const rank = page.getByLabel('Thứ tự nghi thức');
  await rank.fill('0');
  await page.getByText('Thứ tự là số nguyên từ 1 đến 9999, hoặc để trống.').waitFor();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/group-rank-error.png` });
  // An invalid rank is never shown as the group's rank beside its line.
  expect(await page.getByText('thứ tự 0', { exact: true }).count()).toBe(0);
  await rank.fill('2');
  expect(await page.getByText('Thứ tự là số nguyên từ 1 đến 9999, hoặc để trống.').count()).toBe(0);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã lưu thay đổi.').waitFor();
  await page.getByText('thứ tự 2', { exact: true }).waitFor();

  // Ranked 2 by her group: after Lê Văn Thành (2, given; the name breaks the tie), before Phạm Thiện Nghĩa (3).
  expect(await names()).toEqual(['Võ Thị Hà', 'Lê Văn Thành', 'Trần Thị Lan', 'Phạm Thiện Nghĩa']);
  await page.goto(`${h.baseUrl}/conferences/${conferenceId}/delegates`);
  const row = page.locator('tr', { hasText: 'Trần Thị Lan' });
  await row.locator('td.protocol-rank').getByText('2 (theo thành phần)').waitFor();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/group-rank-delegates.png` });
  const listed = await page.locator('.delegate-table tbody tr td:nth-child(3) strong').allTextContents();
  expect(listed).toEqual(['Võ Thị Hà', 'Lê Văn Thành', 'Trần Thị Lan', 'Phạm Thiện Nghĩa']);
});
