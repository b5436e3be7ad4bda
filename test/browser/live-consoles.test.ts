/**
 * The consoles fit the day (issue 17), in Chromium at 1366×768 on the seed conference: in each
 * state of the meeting (before the opening, between items, an item running, someone speaking,
 * paused, ended) the chair's state and primary actions lie inside the first screen (their
 * bounding boxes within the viewport); the primary button follows the state; the item's and
 * the speaker's time buttons have names of their own; row buttons name their row; focus stays
 * on the primary action after "Khai mạc", "start next" and "Mời phát biểu"; the running item
 * can be skipped; the video folds and the choice survives a reload; the focus ring contrasts
 * 3:1 on white. Then each link opens its own screen: an operator's the hall's console, a
 * display link the big screen, a delegate's the live view, and the confirmation page on the
 * day leads to it. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/live-chair*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nextItem } from '../../src/domain/live/live-view.js';
import { askToSpeak, confirmOpening, linkUrlOf, liveStateOf, newSizedPage, saveScreenshot, useSeedHarness } from './live-helpers.js';

const VIEW = { width: 1366, height: 768 };
const held = useSeedHarness();
const liveState = () => liveStateOf(held.h, held.seed.id);

/** The element lies wholly inside the first screen (the page scrolled to its top). */
const inFirstScreen = async (page: Page, locator: Locator, what: string): Promise<void> => {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  // For review: the screen as it stood when an element fell outside it.
  const outside = !box || box.y < 0 || box.x < 0 || box.y + box.height > VIEW.height || box.x + box.width > VIEW.width;
  if (outside && process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/outside.png`, fullPage: true });
  expect(box, `${what} is shown`).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom within ${VIEW.height}`).toBeLessThanOrEqual(VIEW.height);
  expect(box!.x + box!.width, `${what} right within ${VIEW.width}`).toBeLessThanOrEqual(VIEW.width);
};

const primary = (page: Page) => page.locator('.chair-console [data-primary]');
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active && active !== document.body ? (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() : null;
  });

/** WCAG contrast of two "rgb(r, g, b)" colours. */
const contrast = (a: string, b: string): number => {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('each link opens its own screen', () => {
  const link = (body: Record<string, unknown>) => linkUrlOf(held.h, held.seed.id, body);

  it("an operator's link the hall's console, a display link the big screen, a delegate's link the live view", async () => {
    const { h, seed } = held;
    const point = seed.bridgePoints.find((p) => !p.isHost) ?? seed.bridgePoints[0]!;
    const operator = await newSizedPage(h, VIEW);
    await operator.goto(await link({ purpose: 'operator', bridgePointId: point.id, label: `Kỹ thuật ${point.name}` }));
    await operator.waitForURL(`**/hoi-nghi/${seed.id}/diem-cau/${point.id}`);
    await expect.poll(() => operator.getByTestId('hall-name').textContent()).toBe(point.name);
    await operator.getByRole('link', { name: 'Đón tiếp tại điểm cầu' }).waitFor();

    const screen = await newSizedPage(h, { width: 1920, height: 1080 });
    await screen.goto(await link({ purpose: 'display', bridgePointId: point.id, label: 'Máy chiếu' }));
    await screen.waitForURL(`**/hoi-nghi/${seed.id}/man-hinh/${point.id}`);
    await screen.getByTestId('screen-item').waitFor();

    const delegate = await h.api<{ id: string }>('POST', `/conferences/${seed.id}/delegates`, {
      bridgePointId: point.id,
      fullName: 'Lê Thị Liên Kết',
    });
    expect(delegate.status).toBe(201);
    const phone = await newSizedPage(h, { width: 390, height: 844 });
    await phone.goto(await link({ purpose: 'delegate', delegateId: delegate.body.id, label: 'Giấy mời' }));
    await phone.waitForURL(`**/hoi-nghi/${seed.id}/dai-bieu`);
    await phone.getByTestId('current-item').waitFor();
    await Promise.all([operator, screen, phone].map((p) => p.context().close()));
  });

  it('the confirmation page leads, on the day, to the live view with "ask to speak"', async () => {
    const { h, seed } = held;
    const point = seed.bridgePoints.find((p) => !p.isHost) ?? seed.bridgePoints[0]!;
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await h.api('PATCH', `/conferences/${seed.id}`, { startsAt: `${today}T23:30` })).status).toBe(200);
    const delegate = await h.api<{ id: string }>('POST', `/conferences/${seed.id}/delegates`, {
      bridgePointId: point.id,
      fullName: 'Phạm Văn Hôm Nay',
    });
    expect(delegate.status).toBe(201);
    const url = await link({ purpose: 'delegate', delegateId: delegate.body.id, label: 'Giấy mời' });
    const phone = await newSizedPage(h, { width: 390, height: 844 });
    await phone.goto(url.replace('/l/', '/xac-nhan/'));
    await phone.getByRole('link', { name: 'Theo dõi trực tiếp và đăng ký phát biểu' }).click();
    await phone.waitForURL(`**/hoi-nghi/${seed.id}/dai-bieu`);
    await phone.getByRole('button', { name: 'Đăng ký phát biểu' }).waitFor();
    await phone.context().close();
  });
});

describe("the chair's console at 1366×768", () => {
  it('keeps the state and the primary actions in the first screen in every state of the meeting', async () => {
    const { h, seed } = held;
    const page = h.page;
    await page.setViewportSize(VIEW);
    const host = seed.bridgePoints.find((p) => p.isHost)!;
    await page.goto(`${h.baseUrl}/hoi-nghi/${seed.id}/dieu-hanh`);
    await page.locator('[data-status="live"]').waitFor();
    const queueTitle = page.locator('#queue-title');

    // Before the opening: "Khai mạc", what runs (nothing yet) and the queue.
    const open = page.getByRole('button', { name: 'Khai mạc' });
    await inFirstScreen(page, open, 'Khai mạc');
    await inFirstScreen(page, page.getByTestId('current-item'), 'the state');
    await inFirstScreen(page, queueTitle, 'the queue');
    await saveScreenshot(page, 'live-chair-before.png');

    // Opened from the keyboard: focus lands on the next primary action, not the page's body.
    await open.focus();
    await page.keyboard.press('Enter');
    await confirmOpening(page);
    await page.locator('.chair-console[data-phase="running"]').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Bắt đầu nội dung tiếp theo');
    const first = nextItem(await liveState())!;
    await inFirstScreen(page, primary(page), 'start the next item');
    expect(await page.getByTestId('next-hint').textContent()).toContain(first.content);

    // Between items → an item runs: Enter on the primary starts it, focus stays there.
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="current-item"][data-item-id="${first.id}"]`).waitFor();
    // The new state may arrive on the socket before the command's answer gives focus back (focus-after.ts).
    await expect.poll(() => focusedName(page)).toBe('Bắt đầu nội dung tiếp theo');
    const itemControls = page.getByTestId('item-controls');
    await inFirstScreen(page, itemControls, "the item's controls");
    await inFirstScreen(page, page.getByRole('button', { name: 'Thêm 3 phút cho nội dung đang diễn ra', exact: true }), '+3 min (item)');
    await inFirstScreen(page, page.getByRole('button', { name: 'Bế mạc hội nghị' }), 'close the meeting');

    // Two requests: the rows' buttons say whose row they are.
    // One 'speak' request waits per requester: the second (the same administrator) is a point of order.
    const ask = (clientKey: string, speakerName: string, kind: 'speak' | 'point_of_order') =>
      askToSpeak(h.api, seed.id, { clientKey, kind, bridgePointId: host.id, speakerName });
    const firstAsk = await ask('ban-dieu-hanh-1', 'Nguyễn Văn Một', 'speak');
    await ask('ban-dieu-hanh-2', 'Trần Thị Hai', 'point_of_order');
    await expect.poll(() => page.locator('[data-testid="speaker-queue"] [data-request-id]').count()).toBe(2);
    const giveFirst = page.getByRole('button', { name: `Mời phát biểu: Nguyễn Văn Một (${host.name})`, exact: true });
    const giveSecond = page.getByRole('button', { name: `Mời phát biểu: Trần Thị Hai (${host.name})`, exact: true });
    await inFirstScreen(page, giveFirst, 'give the floor (a row)');
    await inFirstScreen(page, giveSecond, 'give the floor (another row)');
    expect(await page.getByRole('button', { name: `Xoá đăng ký: Trần Thị Hai (${host.name})`, exact: true }).count()).toBe(1);

    // Someone speaks: the primary action is to end the speech, and focus goes to it.
    await giveFirst.focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="current-speaker"][data-request-id="${firstAsk}"]`).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Kết thúc phát biểu');
    expect(await primary(page).textContent()).toBe('Kết thúc phát biểu');
    await inFirstScreen(page, primary(page), 'end the speech');
    await inFirstScreen(page, page.getByTestId('current-speaker'), 'the speaker and their countdown');
    await inFirstScreen(page, page.getByTestId('floor-controls'), "the speaker's controls");
    const floorPlus = page.getByRole('button', { name: 'Thêm 1 phút cho người đang phát biểu', exact: true });
    await inFirstScreen(page, floorPlus, '+1 min (speaker)');
    await inFirstScreen(page, giveSecond, 'give the floor (next in the queue)');
    // The two rows of +1/+3/+5 are in two labelled groups.
    expect(
      await page
        .getByRole('region', { name: /^Nội dung đang diễn ra: / })
        .getByText('+1 phút')
        .count(),
    ).toBe(1);
    expect(
      await page
        .getByRole('region', { name: /^Người đang phát biểu: Nguyễn Văn Một/ })
        .getByText('+1 phút')
        .count(),
    ).toBe(1);
    await saveScreenshot(page, 'live-chair.png');

    // Paused: the primary action is to resume.
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await expect.poll(() => primary(page).textContent()).toBe('Tiếp tục');
    await inFirstScreen(page, primary(page), 'resume');
    await saveScreenshot(page, 'live-chair-paused.png');
    await primary(page).click();
    await expect.poll(() => primary(page).textContent()).toBe('Kết thúc phát biểu');

    // The speech ends; the running item is skipped from its own group; between items again.
    await primary(page).click();
    await page.getByTestId('current-speaker').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Bỏ qua nội dung này' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="current-item"][data-item-id=""]').waitFor();
    expect((await liveState()).items.find((item) => item.id === first.id)!.state).toBe('skipped');
    await expect.poll(() => focusedName(page)).toBe('Bắt đầu nội dung tiếp theo');
    await inFirstScreen(page, primary(page), 'start the next item (between items)');
    await inFirstScreen(page, page.getByTestId('current-item'), 'the state (between items)');
    await saveScreenshot(page, 'live-chair-between.png');

    // The focus ring contrasts at least 3:1 on white.
    const ring = await primary(page).evaluate((element) => getComputedStyle(element).outlineColor);
    expect(contrast(ring, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);

    // The video folds, and stays folded after a reload.
    await page.getByRole('button', { name: 'Ẩn hình ảnh' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Hiện hình ảnh' }).waitFor();
    expect(await page.getByTestId('media-panel').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Hiện hình ảnh' }).click();
    await page.getByTestId('media-panel').waitFor();

    // Ended: the state says so at the top.
    await page.getByRole('button', { name: 'Bế mạc hội nghị' }).click();
    await page.getByRole('button', { name: 'Bấm lần nữa để bế mạc' }).click();
    await page.locator('.chair-console[data-phase="ended"]').waitFor();
    await inFirstScreen(page, page.getByRole('heading', { name: 'Hội nghị đã kết thúc' }), 'the state (ended)');
    expect(await primary(page).count()).toBe(0);
  });
});
