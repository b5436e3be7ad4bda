/**
 * A vote in Chromium on the demo conference (issue 16): the chair opens a vote on the item
 * running; delegates at the host hall and at a district vote on phones (390×844), one of them
 * keeping a choice she has not sent while another's ballot arrives live; the operator of a third
 * hall enters its show-of-hands count; the chair sees the count arrive and closes the vote; the
 * host's big screen shows the result (counts, percentages, each hall, adopted or not, the rule),
 * in Vietnamese and in English. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/votes-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { Vote } from '../../src/domain/votes/vote.schema.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { linkUrlOf, newSizedPage, saveScreenshot } from './live-helpers.js';

let h: Harness;
let demo: Conference;
let host: Conference['bridgePoints'][0];
let district: Conference['bridgePoints'][0];
let third: Conference['bridgePoints'][0];
const people: Record<'host' | 'district' | 'third', string[]> = { host: [], district: [], third: [] };
const linkUrl = (body: Record<string, unknown>) => linkUrlOf(h, demo.id, body);
const newPage = (viewport: { width: number; height: number }): Promise<Page> => newSizedPage(h, viewport);
/** Writes docs/screenshots/<name> of one part of a page when UPDATE_SCREENSHOTS=1. */
const savePart = async (part: Locator, name: string) => {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
  await part.scrollIntoViewIfNeeded();
  await part.screenshot({ path: join(ROOT, 'docs/screenshots', name) });
};
const votes = async () => (await h.api<{ items: Vote[] }>('GET', `/conferences/${demo.id}/votes`)).body.items;
const phone = async (delegateId: string) => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(await linkUrl({ purpose: 'delegate', delegateId, label: 'Giấy mời' }));
  await page.getByRole('link', { name: 'Theo dõi hội nghị' }).click();
  await page.waitForURL(`**/hoi-nghi/${demo.id}/dai-bieu`);
  await page.locator('[data-status="live"]').waitFor();
  return page;
};

beforeAll(async () => {
  h = await startHarness();
  demo = await h.createDemo();
  host = demo.bridgePoints.find((point) => point.isHost)!;
  [district, third] = demo.bridgePoints.filter((point) => !point.isHost) as [typeof host, typeof host];
  const names = {
    host: ['Nguyễn Văn An', 'Trần Thị Bình'],
    district: ['Lê Thị Cúc', 'Phạm Văn Dũng'],
    third: ['Võ Văn Em', 'Đỗ Thị Gấm', 'Huỳnh Văn Hải'],
  };
  for (const [hall, point] of [
    ['host', host],
    ['district', district],
    ['third', third],
  ] as const) {
    for (const fullName of names[hall]) {
      const created = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, { bridgePointId: point.id, fullName });
      expect(created.status).toBe(201);
      const checked = await h.api('POST', `/conferences/${demo.id}/check-ins`, {
        key: `bq-${created.body.id}`,
        delegateId: created.body.id,
        method: 'search',
      });
      expect(checked.status, JSON.stringify(checked.body)).toBe(200);
      people[hall].push(created.body.id);
    }
  }
  for (const type of ['start_meeting', 'start_item'])
    expect((await h.api('POST', `/conferences/${demo.id}/live/commands`, { type })).status).toBe(200);
});
afterAll(async () => {
  await h?.stop();
});

describe('a vote in the live conference', () => {
  it(
    'the chair opens it, delegates vote on phones, an operator counts hands, the chair closes it, the big screen shows the result',
    { timeout: 180_000 },
    async () => {
      const chair = h.page;
      await chair.setViewportSize({ width: 1366, height: 768 });
      await chair.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
      await chair.locator('[data-status="live"]').waitFor();
      const panel = chair.getByTestId('chair-votes');
      await panel.getByLabel('Nội dung biểu quyết').fill('Thông qua dự thảo Quyết định ban hành Bộ chỉ số cải cách hành chính');
      await panel.getByRole('button', { name: 'Mở biểu quyết' }).click();
      await panel.getByTestId('vote-running').waitFor();
      const [vote] = await votes();
      expect(vote).toMatchObject({ state: 'open', openedWith: { present: 7, entitled: 7 }, itemLabel: expect.stringContaining('') });
      await savePart(panel, 'votes-chair-open.png');

      const screen = await newPage({ width: 1920, height: 1080 });
      await screen.goto(await linkUrl({ purpose: 'display', bridgePointId: host.id, label: 'Máy chiếu' }));
      await screen.waitForURL(`**/hoi-nghi/${demo.id}/man-hinh/${host.id}`);
      await expect.poll(() => screen.getByTestId('screen-vote-open').textContent()).toContain('Thông qua dự thảo Quyết định');

      // Two phones, at the host and at a district. Bình picks and waits; Cúc votes meanwhile.
      const binh = await phone(people.host[1]!);
      const cuc = await phone(people.district[0]!);
      const ballotOf = (page: Page) => page.getByTestId('ballot');
      await ballotOf(binh).getByRole('radio', { name: 'Tán thành', exact: true }).click();
      await ballotOf(cuc).getByRole('radio', { name: 'Không tán thành' }).click();
      await ballotOf(cuc).getByRole('button', { name: 'Gửi phiếu' }).click();
      await expect.poll(() => ballotOf(cuc).getByTestId('ballot-sent').textContent()).toBe('Đã ghi nhận phiếu của bạn: Không tán thành');
      // Cúc's ballot reaches Bình's phone live; Bình's unsent choice stays as it was.
      await expect.poll(() => ballotOf(binh).getByTestId('ballot-cast').textContent()).toBe('Đã biểu quyết: 1');
      expect(await ballotOf(binh).getByRole('radio', { name: 'Tán thành', exact: true }).getAttribute('aria-checked')).toBe('true');
      expect(await ballotOf(binh).getByTestId('ballot-sent').count()).toBe(0);
      expect(await binh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(binh, 'votes-phone.png');
      await ballotOf(binh).getByRole('button', { name: 'Gửi phiếu' }).click();
      await expect.poll(() => ballotOf(binh).getByTestId('ballot-sent').textContent()).toBe('Đã ghi nhận phiếu của bạn: Tán thành');

      // The third hall votes by a show of hands, entered by its operator.
      const operator = await newPage({ width: 1366, height: 768 });
      await operator.goto(await linkUrl({ purpose: 'operator', bridgePointId: third.id, label: `Kỹ thuật ${third.name}` }));
      await operator.getByRole('link', { name: 'Điều hành điểm cầu' }).click();
      await operator.waitForURL(`**/hoi-nghi/${demo.id}/diem-cau/${third.id}`);
      const hands = operator.getByTestId('hands-form');
      await hands.getByLabel('Tán thành', { exact: true }).fill('3');
      await hands.getByLabel('Không tán thành', { exact: true }).fill('0');
      await hands.getByRole('button', { name: 'Gửi kết quả giơ tay' }).click();
      await hands.getByText('Đã gửi kết quả giơ tay.').waitFor();
      await savePart(hands, 'votes-operator.png');

      await expect.poll(() => panel.getByTestId('vote-cast').textContent()).toBe('Đã biểu quyết: 5 / 7 có mặt (7 có quyền biểu quyết)');
      await panel.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
      await panel.getByTestId('vote-verdict').waitFor();
      const [closed] = await votes();
      expect(closed!.result).toMatchObject({ entitled: 7, present: 7, cast: 5, majority: { required: 4, inFavour: 4, passed: true } });
      expect(closed!.result!.halls.find((hall) => hall.bridgePointId === third.id)).toMatchObject({
        method: 'show_of_hands',
        counts: [3, 0, 0],
      });

      // The big screen shows the result with the rule, each hall, and no scrollbars.
      const result = screen.getByTestId('screen-vote');
      await expect.poll(() => result.getByTestId('vote-verdict').textContent()).toBe('ĐƯỢC THÔNG QUA');
      expect(await result.getByTestId('vote-rule').textContent()).toBe(
        'Điều kiện thông qua: Tán thành quá một nửa tổng số đại biểu có quyền biểu quyết (cần 4)',
      );
      const rows = await result.getByTestId('vote-options').locator('tbody tr').allTextContents();
      expect(rows).toEqual(['Tán thành457,14%', 'Không tán thành114,29%', 'Không biểu quyết00%']);
      const hallsShown = await result.getByTestId('vote-halls').locator('tbody tr').count();
      expect(hallsShown).toBe(3);
      expect(await result.getByTestId('vote-halls').textContent()).toContain(`${third.name} (Giơ tay)`);
      expect(
        await screen.evaluate(() => ({
          width: document.documentElement.scrollWidth - window.innerWidth,
          height: document.documentElement.scrollHeight - window.innerHeight,
        })),
      ).toEqual({ width: 0, height: 0 });
      await saveScreenshot(screen, 'votes-big-screen.png');
      await savePart(panel, 'votes-chair-closed.png');

      // The phones show the result too; the big screen in English.
      await expect.poll(() => cuc.getByTestId('vote-verdict').textContent()).toBe('ĐƯỢC THÔNG QUA');
      await screen.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/man-hinh/${host.id}?lang=en`);
      await expect.poll(() => screen.getByTestId('vote-verdict').textContent()).toBe('ADOPTED');
      expect(await screen.getByTestId('vote-rule').textContent()).toBe(
        'Passes with: "Tán thành" by more than half of the members entitled to vote (4 needed)',
      );
    },
  );
});
