/**
 * The acceptance in headless Chromium against the real server: create a
 * conference, add a bridge point and two agenda items, reorder by drag and by keyboard
 * while the planned times follow, save, download the .docx; validation beside the field;
 * unsaved work guarded on navigation and restored after a reload; version conflicts.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { downloadedBytes } from './chromium.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let conferenceId = '';

const plannedStarts = () =>
  h.page
    .locator('.agenda-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('.time-cell')?.textContent?.trim() ?? ''));
const contents = () =>
  h.page.locator('.agenda-table tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('textarea')?.value ?? ''));
/** Drags the handle of one agenda row onto another with the mouse, in small steps as a hand would. */
const dragRow = async (fromIndex: number, toIndex: number) => {
  const handles = h.page.locator('.drag-handle');
  const from = (await handles.nth(fromIndex).boundingBox())!;
  const to = (await handles.nth(toIndex).boundingBox())!;
  const x = from.x + from.width / 2;
  await h.page.mouse.move(x, from.y + from.height / 2);
  await h.page.mouse.down();
  await h.page.mouse.move(x, from.y + (toIndex < fromIndex ? -10 : from.height + 10), { steps: 5 });
  await h.page.mouse.move(x, to.y + (toIndex < fromIndex ? 2 : to.height - 2), { steps: 10 });
  await h.page.mouse.up();
};
const fetchConference = async () => (await h.api<Conference>('GET', `/conferences/${conferenceId}`)).body;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('conference editor in Chromium', () => {
  it('creates a conference from the list and shows the computed weekday', async () => {
    const { page } = h;
    await page.goto(h.baseUrl);
    await page.getByLabel('Trích yếu (tên hội nghị)').fill('Hội nghị trực tuyến sơ kết công tác cải cách hành chính');
    await page.getByLabel('Thời gian bắt đầu').fill('2021-07-07T08:00');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await page.waitForURL(/\/conferences\/[^/]+\/general$/);
    conferenceId = /conferences\/([^/]+)\//.exec(page.url())![1]!;
    await page.getByText('08:00, ngày 07 tháng 7 năm 2021 (thứ Tư)').first().waitFor();
  });

  it('shows a validation error from the server beside the field, in the language on screen', async () => {
    const { page } = h;
    const title = page.getByLabel('Trích yếu (tên hội nghị)');
    await title.fill('   ');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const field = page.locator('.field', { has: title });
    await field.locator('.field-error').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const message = await field.locator('.field-error').textContent();
    expect(message?.trim().length).toBeGreaterThan(0);
    expect(message).toMatch(/[à-ỹ]/i); // Vietnamese, with diacritics
    await page.getByRole('button', { name: 'Hủy thay đổi' }).click();
    expect(await title.inputValue()).toBe('Hội nghị trực tuyến sơ kết công tác cải cách hành chính');
  });

  it('adds a bridge point', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Điểm cầu/ }).click();
    await page.getByRole('button', { name: '+ Thêm điểm cầu' }).click();
    await page.getByLabel('Tên điểm cầu 1').fill('Hội trường UBND Tỉnh');
    await page.getByLabel('Số đại biểu tại Hội trường UBND Tỉnh').fill('40');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const saved = await fetchConference();
    expect(saved.bridgePoints).toMatchObject([{ name: 'Hội trường UBND Tỉnh', quota: 40, isHost: true }]);
  });

  it('adds agenda items, recomputes times as you type, reorders by drag and by keyboard, and saves the order', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Chương trình/ }).click();
    await page.getByRole('button', { name: '+ Thêm nội dung' }).click();
    await page.getByLabel('Nội dung dòng 1').fill('Tuyên bố lý do, giới thiệu đại biểu');
    await page.getByLabel('Thời lượng của Tuyên bố lý do, giới thiệu đại biểu (phút)').fill('10');
    await page.getByRole('button', { name: '+ Thêm nội dung' }).click();
    await page.getByLabel('Nội dung dòng 2').fill('Báo cáo kết quả cải cách hành chính');
    await page.getByLabel('Thời lượng của Báo cáo kết quả cải cách hành chính (phút)').fill('20');
    expect(await plannedStarts()).toEqual(['08:00 – 08:10', '08:10 – 08:30']);

    // Typing a duration moves the next start before anything is saved.
    await page.getByLabel('Thời lượng của Tuyên bố lý do, giới thiệu đại biểu (phút)').fill('15');
    expect(await plannedStarts()).toEqual(['08:00 – 08:15', '08:15 – 08:35']);
    // An item without duration makes every later start a lower bound.
    await page.getByLabel('Thời lượng của Tuyên bố lý do, giới thiệu đại biểu (phút)').fill('');
    expect(await plannedStarts()).toEqual(['08:00 – chưa rõ', 'không sớm hơn 08:00 – 08:20 (20 phút)']);
    await page.getByLabel('Thời lượng của Tuyên bố lý do, giới thiệu đại biểu (phút)').fill('10');

    // Drag the second row above the first with the mouse.
    await dragRow(1, 0);
    await expect.poll(contents).toEqual(['Báo cáo kết quả cải cách hành chính', 'Tuyên bố lý do, giới thiệu đại biểu']);
    expect(await plannedStarts()).toEqual(['08:00 – 08:20', '08:20 – 08:30']);

    // And back with the keyboard: Space, arrow down, Space.
    await page.locator('.drag-handle').nth(0).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await expect.poll(contents).toEqual(['Tuyên bố lý do, giới thiệu đại biểu', 'Báo cáo kết quả cải cách hành chính']);
    expect(await plannedStarts()).toEqual(['08:00 – 08:10', '08:10 – 08:30']);

    // Drag once more, then save: the server keeps the order shown.
    await dragRow(1, 0);
    await expect.poll(contents).toEqual(['Báo cáo kết quả cải cách hành chính', 'Tuyên bố lý do, giới thiệu đại biểu']);
    await page.getByText('Kết thúc dự kiến').waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const saved = await fetchConference();
    const ordered = [...saved.agendaItems].sort((a, b) => a.position - b.position);
    expect(ordered.map((item) => [item.content, item.durationMinutes])).toEqual([
      ['Báo cáo kết quả cải cách hành chính', 20],
      ['Tuyên bố lý do, giới thiệu đại biểu', 10],
    ]);
    const schedule = (await h.api<{ items: { start: string }[] }>('GET', `/conferences/${conferenceId}/schedule`)).body;
    expect(schedule.items.map((item) => item.start.slice(11))).toEqual(['08:00', '08:20']);
  });

  it('downloads the plan as a .docx', async () => {
    const { page } = h;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Kế hoạch (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await downloadedBytes(download);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.includes('Báo cáo kết quả cải cách hành chính'), 'the agenda is in the document').toBe(true);
  });

  it('asks before leaving a dirty section, and a reload restores the draft', async () => {
    const { page } = h;
    await page.getByRole('link', { name: /^Thông tin chung/ }).click();
    const venue = page.getByLabel('Địa điểm', { exact: true });
    await venue.fill('Hội trường UBND Tỉnh và trực tuyến tại các điểm cầu');
    await page.getByRole('link', { name: /^Kinh phí/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Rời mục này?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toMatch(/\/general$/);
    expect(await venue.inputValue()).toBe('Hội trường UBND Tỉnh và trực tuyến tại các điểm cầu');

    page.once('dialog', (beforeUnload) => void beforeUnload.accept());
    await page.reload();
    await page.getByText('Đã khôi phục các thay đổi chưa lưu').waitFor();
    expect(await page.getByLabel('Địa điểm', { exact: true }).inputValue()).toBe('Hội trường UBND Tỉnh và trực tuyến tại các điểm cầu');

    await page.getByRole('link', { name: /^Kinh phí/ }).click();
    await page.getByRole('dialog', { name: 'Rời mục này?' }).getByRole('button', { name: 'Bỏ thay đổi và rời đi' }).click();
    await page.waitForURL(/\/budget$/);
    await page.getByRole('link', { name: /^Thông tin chung/ }).click();
    expect(await page.getByLabel('Địa điểm', { exact: true }).inputValue()).toBe('');
  });

  it('tells the user when someone else changed the plan, and reloads it', async () => {
    const { page } = h;
    const before = await fetchConference();
    const other = await h.api('PATCH', `/conferences/${conferenceId}`, { venue: 'Phòng họp số 2' }, { 'If-Match': `"${before.version}"` });
    expect(other.status).toBe(200);
    await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường A');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect.poll(() => page.getByLabel('Địa điểm', { exact: true }).inputValue()).toBe('Phòng họp số 2');
  });

  it('switches the screen to English and back', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'General information' }).waitFor();
    await page.getByRole('button', { name: 'Download plan (.docx)' }).waitFor();
    await page.getByText('08:00, Wednesday, 7 July 2021').first().waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'General information' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Thông tin chung' }).waitFor();
  });
});
