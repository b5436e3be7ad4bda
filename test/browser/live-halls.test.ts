/**
 * The hall side of the live conference in Chromium, on the demo conference: a district
 * operator arrives through their link, follows the link to the hall's console, asks to speak
 * for the hall (the request reaches the queue: checked through the API), answers the roll call
 * (ready, headcount) and sees a message from the host; a delegate's personal link on a phone
 * (390×844) asks to speak and withdraws; a display link opens the hall's big screen, which
 * shows the item and the speaker's countdown once the chair (through the API) starts the item
 * and gives the floor. With UPDATE_SCREENSHOTS=1 it writes docs/screenshots/live-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { FloorRequest, HallStatus, LiveState } from '../../src/domain/live/live-state.js';
import type { HallSnapshot } from '../../src/realtime/live-protocol.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { linkUrlOf, newSizedPage } from './live-helpers.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;

let h: Harness;
let demo: Conference;
let district: Conference['bridgePoints'][0];
const live = () => `/conferences/${demo.id}/live`;
const liveState = async () => (await h.api<{ state: LiveState }>('GET', live())).body.state;
const requestsOf = async (pointId: string) => (await liveState()).requests.filter((request) => request.bridgePointId === pointId);
const hallOf = async (pointId: string) =>
  (await h.api<HallSnapshot>('GET', `${live()}/halls`)).body.halls.find((hall) => hall.bridgePointId === pointId) as HallStatus;
const command = async (body: Record<string, unknown>) => {
  const answer = await h.api<unknown>('POST', `${live()}/commands`, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
};
/** A link's address made by the API, as the organizer would copy it. */
const linkUrl = (body: Record<string, unknown>) => linkUrlOf(h, demo.id, body);
const newPage = (viewport: { width: number; height: number }): Promise<Page> => newSizedPage(h, viewport);

beforeAll(async () => {
  h = await startHarness();
  demo = await h.createDemo();
  district = demo.bridgePoints.find((point) => !point.isHost)!;
});
afterAll(async () => {
  await h?.stop();
});

describe('the hall side of the live conference', () => {
  let operatorRequest: FloorRequest;

  it("an operator's link leads to the hall's console, which asks to speak, answers the roll call and shows the host's message", async () => {
    const page = await newPage({ width: 1366, height: 768 });
    // The link opens the hall's console itself (not the plan).
    await page.goto(await linkUrl({ purpose: 'operator', bridgePointId: district.id, label: `Kỹ thuật ${district.name}` }));
    await page.waitForURL(`**/hoi-nghi/${demo.id}/diem-cau/${district.id}`);
    await page.locator('[data-status="live"]').waitFor();
    await expect.poll(() => page.getByTestId('hall-name').textContent()).toBe(district.name);

    await page.getByLabel('Người phát biểu (không bắt buộc)').fill('Ông Lê Văn Tư, Chủ tịch UBND huyện');
    await page.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
    await expect
      .poll(async () => (await requestsOf(district.id)).map((r) => [r.speakerName, r.state, r.requestedBy]))
      .toEqual([['Ông Lê Văn Tư, Chủ tịch UBND huyện', 'waiting', 'operator']]);
    operatorRequest = (await requestsOf(district.id))[0]!;
    await expect.poll(() => page.getByTestId('queue-place').first().textContent()).toBe('Thứ tự 1/1 trong danh sách chờ');
    await expect.poll(() => page.getByTestId('speaker-queue').textContent()).toContain('Ông Lê Văn Tư');

    await page.getByLabel('Sẵn sàng').check();
    await page.getByLabel('Số người dự tại điểm cầu').fill('42');
    await page.getByLabel('Tốt').check();
    await page.getByLabel('Ghi chú').fill('Đủ thành phần');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect
      .poll(async () => {
        const hall = await hallOf(district.id);
        return [hall.ready, hall.headcount, hall.link, hall.note];
      })
      .toEqual([true, 42, 'good', 'Đủ thành phần']);
    await page.getByText(/^Đã báo cáo lúc/).waitFor();

    const sent = await h.api('POST', `${live()}/messages`, {
      toBridgePointId: district.id,
      text: 'Đề nghị điểm cầu chuẩn bị phát biểu sau 5 phút',
    });
    expect(sent.status).toBe(201);
    await expect
      .poll(() => page.getByTestId('host-message').first().textContent())
      .toContain('Đề nghị điểm cầu chuẩn bị phát biểu sau 5 phút');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'live-operator.png'), fullPage: true });
    }
  });

  it("a delegate's personal link on a phone asks to speak and withdraws", async () => {
    const delegate = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, {
      bridgePointId: district.id,
      fullName: 'Nguyễn Thị Hoa',
      title: 'Phó Chủ tịch UBND xã',
    });
    expect(delegate.status).toBe(201);
    const page = await newPage({ width: 390, height: 844 });
    // The personal link opens the delegate's live view itself.
    await page.goto(await linkUrl({ purpose: 'delegate', delegateId: delegate.body.id, label: 'Giấy mời' }));
    await page.waitForURL(`**/hoi-nghi/${demo.id}/dai-bieu`);
    await page.locator('[data-status="live"]').waitFor();

    // A weak link: the first answer is lost after the server recorded the request, the second
    // try gets no answer at all; the page keeps sending the same key until it is acknowledged.
    const tries: string[] = [];
    await page.route('**/live/requests', async (route) => {
      tries.push((route.request().postDataJSON() as { clientKey: string }).clientKey);
      if (tries.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else if (tries.length === 2) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
    await page.getByText(/^Đang gửi…/).waitFor();
    await expect.poll(() => page.getByTestId('queue-place').textContent()).toBe('Ông (Bà) đang ở vị trí 2/2 trong danh sách chờ.');
    await page.getByText(/^Đang gửi…/).waitFor({ state: 'hidden' });
    expect(tries.length).toBe(3);
    expect(new Set(tries).size).toBe(1);
    await page.unroute('**/live/requests');
    const hers = (await requestsOf(district.id)).filter((request) => request.speakerName === 'Nguyễn Thị Hoa');
    expect(hers).toHaveLength(1);
    const mine = hers[0];
    expect(mine).toMatchObject({ state: 'waiting', requestedBy: 'delegate', requesterId: delegate.body.id, clientKey: tries[0] });
    // Phone-first: nothing wider than the screen, buttons large enough for a thumb.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const withdraw = page.getByRole('button', { name: 'Rút đăng ký' });
    expect((await withdraw.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'live-delegate.png'), fullPage: true });

    await withdraw.click();
    await expect.poll(async () => (await liveState()).requests.find((request) => request.id === mine!.id)?.state).toBe('withdrawn');
    await page.getByRole('button', { name: 'Đăng ký phát biểu' }).waitFor();
    expect(await page.getByTestId('queue-place').count()).toBe(0);
  });

  it("a display link opens the hall's big screen, which follows the chair", async () => {
    // The organizer makes the display link in the access screen: "Màn hình lớn", bound to the hall.
    const editor = h.page;
    await editor.goto(`${h.baseUrl}/conferences/${demo.id}/access`);
    await editor.getByLabel('Mục đích').selectOption({ label: 'Màn hình lớn (máy chiếu điểm cầu)' });
    await editor.getByLabel('Điểm cầu', { exact: true }).selectOption(district.id);
    await editor.getByLabel('Dành cho').fill(`Máy chiếu ${district.name}`);
    await editor.getByRole('button', { name: 'Tạo liên kết' }).click();
    const url = await editor.locator('#new-link-url').inputValue();
    const page = await newPage({ width: 1920, height: 1080 });
    await page.goto(url);
    await page.waitForURL(`**/hoi-nghi/${demo.id}/man-hinh/${district.id}`);
    await expect.poll(() => page.getByTestId('screen-hall').textContent()).toBe(district.name);
    await expect.poll(() => page.getByTestId('screen-date').textContent()).toMatch(/^ngày \d{2} tháng \d{1,2} năm \d{4} \(.+\)$/);
    expect(await page.getByTestId('screen-clock').textContent()).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(await page.getByRole('button').count()).toBe(0);

    await command(START_CONFIRMED);
    await command({ type: 'start_item' });
    const state = await liveState();
    const item = state.items.find((candidate) => candidate.id === state.currentItemId)!;
    await expect.poll(() => page.getByTestId('screen-item').getAttribute('data-item-id')).toBe(item.id);
    expect(await page.getByTestId('screen-item').textContent()).toContain(item.content.slice(0, 30));
    const itemClock = page.locator('[data-testid="countdown"][data-target="item"]');
    if (item.plannedSeconds !== null) {
      await expect
        .poll(async () => Number(await itemClock.getAttribute('data-remaining-ms')))
        .toBeGreaterThan(item.plannedSeconds * 1000 - 15_000);
    }

    await command({ type: 'give_floor', requestId: operatorRequest.id, seconds: 420 });
    await expect.poll(() => page.getByTestId('screen-speaker').textContent()).toContain('Ông Lê Văn Tư');
    expect(await page.getByTestId('screen-speaker').textContent()).toContain(district.name);
    const countdown = page.locator('[data-testid="countdown"][data-target="floor"]');
    await countdown.waitFor();
    expect(await page.locator('[data-testid="countdown"][data-target="item"]').count()).toBe(1);
    const remaining = Number(await countdown.getAttribute('data-remaining-ms'));
    expect(remaining).toBeGreaterThan(400_000);
    expect(remaining).toBeLessThanOrEqual(420_000);
    expect(await countdown.textContent()).toMatch(/0[67]:\d{2}/);
    // A projector shows no scrollbars.
    const overflow = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth - window.innerWidth,
      height: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ width: 0, height: 0 });
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'live-big-screen.png') });

    // ?lang=en: the same screen in English, for this screen only.
    await page.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/man-hinh/${district.id}?lang=en`);
    await expect.poll(() => page.getByTestId('screen-next').textContent()).toMatch(/^Next: /);
    expect(await page.getByTestId('screen-date').textContent()).toMatch(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect.poll(() => page.getByTestId('screen-speaker').textContent()).toContain('Ông Lê Văn Tư');
  });
});
