/**
 * Every screen of the app on the demo conference as first start creates it (the seed plan
 * of Đồng Tháp, 07/7/2021, plus its 12 district points): the list and
 * its diacritics-insensitive search, each editor section, the board, budget formatting,
 * the signature preview, the unclassified lines, the phone width. With
 * UPDATE_SCREENSHOTS=1 it also writes the README screenshots to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { ROOT, startHarness, type Harness } from './harness.js';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;
let h: Harness;
let seed: Conference;

const shoot = async (name: string) => {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await h.page.evaluate(() => document.fonts.ready);
  await h.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
};
const open = async (section: string) => {
  await h.page.goto(`${h.baseUrl}/conferences/${seed.id}/${section}`);
  await h.page.locator('#section-title').waitFor();
};
const noHorizontalScroll = () => h.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

beforeAll(async () => {
  h = await startHarness();
  seed = await h.createDemo();
  // A second conference that the search must not find.
  await h.api('POST', '/conferences', { title: 'Hội nghị giao ban kinh tế - xã hội tỉnh Long An', startsAt: '2021-08-02T14:00' });
});
afterAll(async () => {
  await h?.stop();
});

describe('the seed conference in Chromium', () => {
  it('lists conferences and finds Đồng Tháp when searching "dong thap"', async () => {
    const { page } = h;
    await page.goto(h.baseUrl);
    await page.getByRole('link', { name: /Long An/ }).waitFor();
    await page.getByLabel('Tìm kiếm').fill('dong thap');
    await page.getByRole('link', { name: /Long An/ }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /tỉnh Đồng Tháp/ }).waitFor();
    expect(page.url()).toContain('q=dong+thap');
    expect(await page.locator('.conference-row').count()).toBe(1);
    await page.getByText('08:00, ngày 07 tháng 7 năm 2021 (thứ Tư)').waitFor();
    await page.locator('.conference-row', { hasText: 'Đồng Tháp' }).getByText('13 điểm cầu').waitFor();
    await page.getByLabel('Tìm kiếm').fill('');
    await page.getByRole('link', { name: /Long An/ }).waitFor();
    // The file picker reads in Vietnamese, whatever the browser's own language.
    await page.locator('label.file-button', { hasText: 'Chọn tệp…' }).waitFor();
    await page.getByText('Chưa chọn tệp nào').waitFor();
    // Date inputs take the page's language (dd/mm/yyyy where the browser lets the page decide).
    expect(await page.getByLabel('Thời gian bắt đầu').getAttribute('lang')).toBe('vi');
    await shoot('list');
    await page.getByLabel('Tệp kế hoạch').setInputFiles({ name: 'ke-hoach.txt', mimeType: 'text/plain', buffer: Buffer.from('KẾ HOẠCH') });
    await page.locator('.file-name', { hasText: 'ke-hoach.txt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nhập kế hoạch' }).isEnabled()).toBe(true);
  });

  it('filters by status and shows archived conferences apart', async () => {
    const { page } = h;
    await page.getByLabel('Trạng thái').selectOption('issued');
    await page.getByText('Không có hội nghị nào').waitFor();
    await page.getByLabel('Trạng thái').selectOption('');
    const row = page.locator('.conference-row', { hasText: 'Long An' });
    await row.getByRole('button', { name: 'Lưu trữ' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('group', { name: 'Hiển thị' }).getByRole('button', { name: 'Đã lưu trữ' }).click();
    await page.getByRole('button', { name: 'Đã lưu trữ', pressed: true }).waitFor();
    await page.locator('.conference-row', { hasText: 'Long An' }).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Không có hội nghị nào').waitFor();
  });

  it('duplicates a conference into next year', async () => {
    const { page } = h;
    await page.goto(h.baseUrl);
    const row = page.locator('.conference-row', { hasText: 'Đồng Tháp' });
    await row.getByRole('button', { name: 'Nhân bản' }).click();
    await row.getByLabel('Dời ngày').selectOption('1');
    await row.getByRole('button', { name: 'Tạo bản sao' }).click();
    await page.waitForURL(/\/general$/);
    await page.getByText('ngày 07 tháng 7 năm 2022 (thứ Năm)').first().waitFor();
  });

  it('shows the general information with its status transitions', async () => {
    await open('general');
    const { page } = h;
    expect(await page.getByLabel('Trích yếu (tên hội nghị)').inputValue()).toContain('Chỉ số PAR');
    await page.getByText('08:00, ngày 07 tháng 7 năm 2021 (thứ Tư)').first().waitFor();
    await page.getByRole('button', { name: 'Ban hành' }).waitFor();
    expect(await page.getByLabel('Kế hoạch này thay thư mời').isChecked()).toBe(true);
    await shoot('general');
  });

  it('shows the host and the 12 district points, and creates points from administrative units', async () => {
    await open('bridge-points');
    const { page } = h;
    const rows = page.locator('.edit-table tbody tr');
    expect(await rows.count()).toBe(13);
    expect(await page.getByLabel('Tên điểm cầu 1', { exact: true }).inputValue()).toBe('Điểm cầu Tỉnh');
    expect(await page.getByLabel('Tên điểm cầu 13').inputValue()).toMatch(/^UBND (huyện|thành phố) /);
    await shoot('bridge-points');

    // Every unit already has its point: nothing to create.
    await page.getByText('Tạo điểm cầu từ danh mục đơn vị hành chính').click();
    const create = page.getByRole('button', { name: 'Tạo các điểm cầu đã chọn' });
    await create.waitFor();
    expect(await page.locator('.unit-choices input:disabled').count()).toBe(12);
    expect(await create.isDisabled()).toBe(true);

    // Remove a district point, save, and create it again from the unit list.
    const removed = await page.getByLabel('Tên điểm cầu 13').inputValue();
    await page.getByRole('button', { name: `Xóa: ${removed}` }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await expect.poll(() => rows.count()).toBe(12);
    await expect.poll(() => page.locator('.unit-choices input:disabled').count()).toBe(11);
    await create.click();
    await expect.poll(() => rows.count()).toBe(13);
    expect(await page.getByLabel('Tên điểm cầu 13').inputValue()).toBe(removed);
  });

  it('shows the participant groups per bridge point, one card per printed line', async () => {
    await open('participants');
    const { page } = h;
    await page.getByRole('heading', { name: 'Các điểm cầu còn lại' }).waitFor();
    await page
      .getByText(/Phạm Thiện Nghĩa/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: '1.2. Cơ quan đảng, chính quyền, đoàn thể' }).waitFor();
    const LINE =
      'Đại diện lãnh đạo: Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh; Ban Dân vận Tỉnh ủy; Ban Tuyên giáo Tỉnh ủy; Văn phòng Tỉnh ủy; Hội Cựu Chiến binh tỉnh Đồng Tháp.';
    const texts = await page
      .locator('.card.participant textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(
      texts.filter((text) => text === LINE),
      'the shared line shows once',
    ).toHaveLength(1);
    expect(new Set(texts).size, 'no printed line repeats').toBe(texts.length);
    const card = page.locator('.card.line-card', { has: page.locator('textarea') }).filter({ hasText: 'Hội Cựu Chiến binh' });
    const chips = card.locator('.member-chip');
    expect(await chips.allTextContents()).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh',
      'Ban Dân vận Tỉnh ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Hội Cựu Chiến binh tỉnh Đồng Tháp',
    ]);
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await shoot('participants');
  });

  it('moves a task between statuses on the assignments board', async () => {
    await open('assignments');
    const { page } = h;
    const done = page.locator('.board-column.status-done .task-card');
    expect(await done.count()).toBe(0);
    const first = page.locator('.board-column.status-todo .task-card').first();
    await first.getByRole('combobox').selectOption('done');
    await expect.poll(() => done.count()).toBe(1);
    await page.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Nội vụ' });
    await page.getByRole('button', { name: 'Sửa phân công' }).waitFor();
    await page.getByLabel('Cơ quan chủ trì').selectOption({ index: 0 });
    await open('assignments'); // without the transient "saved" banner
    await page.locator('.board-column.status-done .task-card').first().waitFor();
    await shoot('assignments');
  });

  it('shows the agenda with exact and "no earlier than" planned times', async () => {
    await open('agenda');
    const { page } = h;
    const times = await page.locator('.agenda-table .time-cell').allTextContents();
    expect(times.slice(0, 4)).toEqual(['08:00 – 08:05', '08:05 – 08:20', '08:20 – 08:40', '08:40 – chưa rõ']);
    // Item 5 starts after item 4 (no duration): a lower bound, with its known 56 minutes.
    expect(times[4]).toBe('không sớm hơn 08:40 – 09:36 (56 phút)');
    expect(times[5]).toBe('không sớm hơn 08:40 – 08:47 (7 phút)');
    // Items without duration after an unknown one say so.
    expect(times.filter((time) => time.endsWith('– chưa rõ')).length).toBeGreaterThanOrEqual(3);
    // The screenshot shows where the lower bounds begin: item 4 has no duration.
    await page
      .locator('.agenda-table tbody tr')
      .nth(2)
      .evaluate((row) => {
        const head = document.querySelector('.section-head')!.getBoundingClientRect().height;
        window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - head - 4);
      });
    await shoot('agenda');
  });

  it('formats cost lines in VND', async () => {
    await open('budget');
    const { page } = h;
    expect(await page.getByLabel('Nguồn kinh phí').inputValue()).toContain('kinh phí cải cách hành chính');
    await page.getByRole('button', { name: '+ Thêm dòng chi phí' }).click();
    await page.getByLabel('Nội dung chi dòng 1').fill('Nước uống, trái cây');
    await page.getByLabel('Số tiền dòng 1').fill('1500000');
    await page.locator('.money.total', { hasText: '1.500.000 ₫' }).waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
  });

  it('edits the distribution list', async () => {
    await open('distribution');
    const { page } = h;
    await page.locator('.recipient', { hasText: 'Lưu: VT' }).waitFor();
    expect(await page.locator('.line-list li').count()).toBeGreaterThanOrEqual(5);
  });

  it('previews the signature block as the signer is typed', async () => {
    await open('signer');
    const { page } = h;
    const preview = page.getByTestId('signature-preview');
    await preview.getByText('TM. ỦY BAN NHÂN DÂN').waitFor();
    await page.getByLabel('Thẩm quyền ký').selectOption('KT.');
    await page.getByLabel('Cơ quan / chức danh được ký thay').fill('Chủ tịch');
    await page.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
    await preview.getByText('KT. CHỦ TỊCH').waitFor();
    await preview.getByText('PHÓ CHỦ TỊCH').waitFor();
    await page.getByRole('button', { name: 'Hủy thay đổi' }).click();
  });

  it('lists the unclassified import lines and dismisses one', async () => {
    await open('unclassified');
    const { page } = h;
    const cards = page.locator('.unclassified-list > li');
    const count = await cards.count();
    if (count === 0) {
      await page.getByText('Không còn dòng nào chưa phân loại.').waitFor();
      return;
    }
    await cards.first().getByRole('button', { name: 'Đã xử lý' }).click();
    await expect.poll(() => cards.count()).toBe(count - 1);
  });

  it("shows the PDF or the server's reason when it cannot be made", async () => {
    await open('general');
    const { page } = h;
    const outcome = await Promise.race([
      page.waitForEvent('download', { timeout: 60_000 }).then((d) => `download:${d.suggestedFilename()}`),
      page
        .locator('.editor-header .banner-error')
        .waitFor({ timeout: 60_000 })
        .then(() => 'message'),
      page
        .getByRole('button', { name: 'Tải Kế hoạch (.pdf)' })
        .click()
        .then(() => new Promise<string>(() => undefined)),
    ]);
    expect(outcome).toMatch(/^(download:.*\.pdf|message)$/);
  });

  it('fits a phone screen in one column', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(h.baseUrl);
      await page.locator('.conference-row').first().waitFor();
      expect(await noHorizontalScroll()).toBe(true);
      for (const section of ['general', 'bridge-points', 'agenda', 'assignments']) {
        await open(section);
        expect(await noHorizontalScroll()).toBe(true);
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  // Last, as it changes the participants the screenshots show.
  it('edits a shared participant line for all its organisations, and removes the card with them', async () => {
    await open('participants');
    const { page } = h;
    const LINE =
      'Đại diện lãnh đạo: Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh; Ban Dân vận Tỉnh ủy; Ban Tuyên giáo Tỉnh ủy; Văn phòng Tỉnh ủy; Hội Cựu Chiến binh tỉnh Đồng Tháp.';
    const card = page.locator('.card.line-card').filter({ hasText: 'Hội Cựu Chiến binh' });
    const chips = card.locator('.member-chip');
    // Each organisation keeps its own details.
    await chips.nth(1).click();
    const details = card.getByRole('group', { name: 'Chi tiết: Ban Dân vận Tỉnh ủy' });
    expect(await details.getByLabel('Cơ quan, đơn vị').inputValue()).toBe('Ban Dân vận Tỉnh ủy');
    await details.getByLabel('Số người').fill('2');
    // Editing the shared line edits it for all five.
    const edited = LINE.replace('; Hội Cựu Chiến binh tỉnh Đồng Tháp.', '.');
    await card.locator('textarea').fill(edited);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    let saved = (await h.api<Conference>('GET', `/conferences/${seed.id}`)).body.participantGroups;
    expect(saved.filter((group) => group.text === edited).map((group) => group.organisation)).toHaveLength(5);
    expect(saved.find((group) => group.organisation === 'Ban Dân vận Tỉnh ủy')?.count).toBe(2);
    expect(saved.find((group) => group.organisation === 'Văn phòng Tỉnh ủy')?.count).toBeNull();

    // Removing the card removes every organisation on the line.
    const before = saved.length;
    await page.getByRole('button', { name: `Xóa: ${edited.slice(0, 50)}` }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const groups = async () => (await h.api<Conference>('GET', `/conferences/${seed.id}`)).body.participantGroups;
    await expect.poll(async () => (await groups()).length).toBe(before - 5);
    saved = await groups();
    expect(saved.some((group) => group.text === edited)).toBe(false);
  });
});
