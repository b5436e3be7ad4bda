/**
 * A hall on a weak link (issue 6), in headless Chromium on the embedded engine. The engine
 * drops a quarter of what the halls send (MEDIA_SIMULATED_LOSS=25, the rehearsal setting):
 * - the host hall's console measures the loss from its own getStats (the engine's receiver
 *   reports), reports it, and the roll-call wall shows its link as weak (or down);
 * - after a run of bad readings the camera sends a lighter picture on the same connection
 *   (half the resolution, 10 frames/s, at most 250 kbit/s), shown to the operator;
 * - if the link stays bad, the hall publishes sound only (a new connection without video),
 *   also shown to the operator.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallStatus } from '../../src/domain/live/live-state.js';
import { startMediaStack, type MediaStack } from './media-stack.js';

let stack: MediaStack | null = null;

beforeAll(async () => {
  stack = await startMediaStack({ MEDIA_ENGINE: 'embedded', MEDIA_SIMULATED_LOSS: '25' });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** The publisher's video sender as the page has it: its first encoding's settings, or null without video. */
const videoEncoding = (page: Page) =>
  page.evaluate(() => {
    const media = (window as unknown as { __diemcauMedia?: { publisher: RTCPeerConnection | null } }).__diemcauMedia;
    const sender = media?.publisher?.getSenders().find((s) => s.track?.kind === 'video');
    const encoding = sender?.getParameters().encodings[0];
    return encoding
      ? { scale: encoding.scaleResolutionDownBy ?? 1, fps: encoding.maxFramerate ?? null, bitrate: encoding.maxBitrate ?? null }
      : null;
  });

describe('a hall on a weak link (issue 6)', () => {
  it('reports the link, sends a lighter picture, then sound only, each shown to the operator', async () => {
    const { api, demo } = stack!;
    const host = demo.bridgePoints.find((point) => point.isHost)!;
    const { page } = await stack!.operator(host);
    const controls = page.locator('[data-testid="media-controls"]');
    expect(await videoEncoding(page)).toMatchObject({ scale: 1, bitrate: null });

    // Three bad readings 2 s apart: the lighter picture, on the same connection.
    await page.locator('[data-testid="media-controls"][data-video-reduced="true"]').waitFor({ timeout: 30_000 });
    await controls.getByText('Hình giảm chất lượng (đường truyền yếu)').waitFor();
    expect(await videoEncoding(page)).toEqual({ scale: 2, fps: 10, bitrate: 250_000 });
    expect(await controls.getAttribute('data-audio-only')).toBe('false');

    // The roll-call wall has the hall's measured link.
    await expect
      .poll(
        async () =>
          (await api<{ halls: HallStatus[] }>('GET', `/conferences/${demo.id}/live/halls`)).body.halls.find(
            (h) => h.bridgePointId === host.id,
          )?.link,
        {
          timeout: 20_000,
        },
      )
      .toMatch(/^(weak|down)$/);

    // Still bad: sound only, a publisher without video.
    await page.locator('[data-testid="media-controls"][data-audio-only="true"]').waitFor({ timeout: 30_000 });
    await controls.getByText('Chỉ âm thanh (đường truyền yếu)').waitFor();
    await page.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor();
    expect(await videoEncoding(page)).toBeNull();
    expect(await controls.getAttribute('data-video-reduced')).toBe('false');
  }, 180_000);
});
