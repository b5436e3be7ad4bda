/**
 * Issue 19's acceptance in headless Chromium (embedded engine, real ffmpeg): a chair, one
 * interactive hall (the host) and two watching points.
 * - both watching points' consoles play the host programme over HLS: frames decode, and the
 *   programme's left half (the host) is the host's camera while nobody has the floor (the
 *   right half, the floor's place, is the dark filler);
 * - watching point 1 asks to speak: it is next, so it connects ahead (its publisher is
 *   connected while it still watches) and the chair's wall does not show it;
 * - the chair gives it the floor: its console switches to two-way without reloading; the chair
 *   decodes its video and hears it (audio energy grows) in 'beside'; watching point 2 sees it
 *   in the programme's right half;
 * - the chair ends the speech: point 1 watches the programme again (new frames decode), its
 *   camera and microphone leave the room;
 * - point 2's big screen (a display link) plays the programme beside the item and the time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { saveScreenshot } from './live-helpers.js';
import { audioEnergy, expectGrowing, inbound, programmeHalves, watchedFrames } from './media-probes.js';
import { startMediaStack, type MediaStack, type Point } from './media-stack.js';

let stack: MediaStack | null = null;

beforeAll(async () => {
  // One small rendition at x264's lightest preset: four pages and ffmpeg share two cores.
  stack = await startMediaStack({ MEDIA_ENGINE: 'embedded', HLS_RENDITIONS: '360p', HLS_PRESET: 'ultrafast' });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** A watching point's operator: their link, then the console, which plays the programme by itself. */
const watchingOperator = async (point: Point): Promise<{ context: BrowserContext; page: Page }> => {
  const opened = await stack!.operator(point, { join: false });
  opened.page.setDefaultTimeout(30_000);
  await opened.page.locator('[data-testid="watching-panel"][data-mode="watching"]').waitFor();
  return opened;
};

const publisherState = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      (window as unknown as { __diemcauMedia?: { publisher: RTCPeerConnection | null } }).__diemcauMedia?.publisher?.connectionState ??
      null,
  );

/** Bright (the QR camera) against the dark filler (about 25). */
const BRIGHT = 90;

describe('watching points over HLS, the floor over WebRTC (issue 19 acceptance)', () => {
  it('plays the host to watching points, gives one the floor two-way, and takes it back to watching', async () => {
    const { server, admin, api, demo, newContext, operator } = stack!;
    const host = demo.bridgePoints.find((point) => point.isHost)!;
    const [first, second] = demo.bridgePoints.filter((point) => !point.isHost) as [Point, Point];
    for (const point of [first, second]) {
      const changed = await api('PATCH', `/conferences/${demo.id}/bridge-points/${point.id}`, { mediaTier: 'watching' });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    }

    const chairContext = await newContext();
    const [name, value] = admin.cookie.split('=') as [string, string];
    await chairContext.addCookies([{ name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    const chair = await chairContext.newPage();
    chair.setDefaultTimeout(30_000);
    await chair.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
    await chair.locator('[data-testid="media-stage"]').waitFor();
    expect((await api('POST', `/conferences/${demo.id}/live/commands`, START_CONFIRMED)).status).toBe(200);

    const hostHall = await operator(host);
    const one = await watchingOperator(first);
    const two = await watchingOperator(second);

    // Both watching points play the programme: frames decode, the host on the left, the floor's place dark.
    for (const { page } of [one, two]) {
      await expectGrowing(() => watchedFrames(page), 'frames of the programme decoded at a watching point', 60_000);
      // Read from one frame: the host bright on the left, the floor's place dark on the right.
      await expect
        .poll(
          async () => {
            const halves = await programmeHalves(page);
            return halves !== null && halves.left > BRIGHT && halves.right < BRIGHT;
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.locator('[data-testid="watching-status"]', { hasText: 'Trực tiếp' }).waitFor();
    }
    await saveScreenshot(one.page, 'watching-operator.png', '[data-testid="watching-panel"]');

    // Point 1 asks to speak: next in the queue, it connects ahead, unseen by the chair.
    await one.page.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
    await one.page.locator('[data-testid="watching-panel"][data-mode="standby"]').waitFor();
    await expect.poll(() => publisherState(one.page), { timeout: 30_000 }).toBe('connected');
    await expectGrowing(() => watchedFrames(one.page), 'the programme still playing while connected ahead');
    expect(await chair.locator(`[data-slot^="thumb:"][data-feed="${first.id}"]`).count()).toBe(0);

    // The chair gives it the floor: two-way at once, seen and heard by the chair.
    const row = chair.locator('[data-testid="speaker-queue"] [data-request-id]', { hasText: first.name });
    await row.getByRole('button', { name: 'Mời phát biểu' }).click();
    await one.page.locator('[data-testid="watching-panel"][data-mode="interactive"]').waitFor();
    await one.page.locator('[data-testid="media-controls"][data-mic-sending="true"]').waitFor();
    await chair.locator(`[data-slot="beside"][data-feed="${first.id}"]`).waitFor();
    await expectGrowing(() => inbound(chair, 'beside', 'video'), "point 1's video at the chair");
    await expectGrowing(() => audioEnergy(chair, 'beside'), "point 1's sound at the chair (audio energy)");
    await one.page.locator(`[data-slot="main"][data-feed="${host.id}"]`).waitFor();
    await expectGrowing(() => inbound(one.page, 'main', 'video'), 'the host live at the point with the floor');
    // The programme the other watching point plays shows the speaker beside the host.
    await expect.poll(async () => (await programmeHalves(two.page))?.right ?? 0, { timeout: 30_000 }).toBeGreaterThan(BRIGHT);
    await saveScreenshot(one.page, 'watching-floor.png', '[data-testid="watching-panel"]');

    // The chair ends the speech: point 1 goes back to watching, without reloading.
    await chair.getByRole('button', { name: 'Kết thúc phát biểu' }).click();
    await one.page.locator('[data-testid="watching-panel"][data-mode="watching"]').waitFor();
    await expectGrowing(() => watchedFrames(one.page), 'the programme decoding again after the speech', 60_000);
    await expect.poll(() => publisherState(one.page), { timeout: 15_000 }).toBe(null);
    await chair.locator(`[data-slot="beside"][data-feed="${first.id}"]`).waitFor({ state: 'detached' });
    await hostHall.page.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor();

    // Point 2's big screen (its display link) plays the programme beside the item and the time.
    await two.context.close();
    const screenLink = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'display',
      bridgePointId: second.id,
      label: `Màn hình ${second.name}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const screen = await (await newContext()).newPage();
    await screen.goto(`${server.baseUrl}${screenLink.body.url}`);
    await screen.waitForURL((url) => !url.pathname.startsWith('/l/'));
    await screen.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/man-hinh/${second.id}`);
    await screen.locator('.big-screen.with-programme [data-testid="watching-programme"]').waitFor();
    await expectGrowing(() => watchedFrames(screen), 'the programme on the big screen', 60_000);
    await screen.locator('[data-testid="watching-status"]', { hasText: 'Trực tiếp' }).waitFor();
    await saveScreenshot(screen, 'watching-big-screen.png');
  }, 300_000);
});
