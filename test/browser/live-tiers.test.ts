/**
 * Media tiers on the chair's console in Chromium (issue 19), on the seed conference at
 * 1366×768: a commune point (watching by its kind) shows "Theo dõi" on the roll-call wall; its big
 * screen's playback report (POSTed through the API) shows as "Trễ ít nhất 3,2 s · 720p" on its tile;
 * the chair's "Cho tương tác hôm nay" turns the tile to "Tương tác" (the server's state agrees)
 * and "Trả về theo dõi" sends it back. With UPDATE_SCREENSHOTS=1 it writes
 * docs/screenshots/live-tiers.png.
 */
import { describe, expect, it } from 'vitest';
import type { HallStatus } from '../../src/domain/live/live-state.js';
import { pointInput } from '../../src/services/testing.js';
import { liveStateOf, saveScreenshot, useSeedHarness } from './live-helpers.js';

const held = useSeedHarness();

describe('media tiers on the chair console in Chromium', () => {
  it('shows a watching point and its playback, and lets the chair make it interactive for the day and back', async () => {
    const { h, seed } = held;
    const { page } = h;
    await page.setViewportSize({ width: 1366, height: 768 });
    // A commune point watches by its kind (the plan leaves its tier to the kind).
    const added = await h.services.conferences.addBridgePoint(seed.id, pointInput('UBND xã Tân Hộ Cơ', { kind: 'commune' }));
    const point = added.points[0]!;

    await page.goto(`${h.baseUrl}/hoi-nghi/${seed.id}/dieu-hanh`);
    await page.getByRole('heading', { name: 'Điều hành hội nghị' }).waitFor();
    await page.locator('[data-status="live"]').waitFor();
    const tile = page.locator(`[data-testid="hall-wall"] [data-point-id="${point.id}"]`);
    await tile.waitFor();
    await expect.poll(() => tile.getAttribute('data-tier')).toBe('watching');
    expect(await tile.locator('.tier-badge').textContent()).toBe('Theo dõi');

    // The point's big screen reports how its player receives the programme.
    const played = await h.api<HallStatus>('POST', `/conferences/${seed.id}/live/playback`, {
      bridgePointId: point.id,
      state: 'playing',
      latencyMs: 3200,
      rendition: '720p',
      stalls: 0,
    });
    expect(played.status, JSON.stringify(played.body)).toBe(200);
    await expect.poll(() => tile.getByTestId('hall-playback').textContent()).toBe('Trễ ít nhất 3,2 s · 720p');
    await saveScreenshot(page, 'live-tiers.png', '[data-testid="hall-wall"]');

    await tile.getByRole('button', { name: `Cho ${point.name} tương tác hôm nay` }).click();
    await expect.poll(() => tile.getAttribute('data-tier')).toBe('interactive');
    expect(await tile.locator('.tier-badge').textContent()).toBe('Tương tác');
    expect((await liveStateOf(h, seed.id)).promotedPoints).toEqual([point.id]);
    await tile.getByRole('button', { name: `Trả ${point.name} về theo dõi` }).waitFor();

    await tile.getByRole('button', { name: `Trả ${point.name} về theo dõi` }).click();
    await expect.poll(() => tile.getAttribute('data-tier')).toBe('watching');
    expect((await liveStateOf(h, seed.id)).promotedPoints).toEqual([]);
  });

  it("lets the organizer choose how a point takes part in the plan, the kind's default named", async () => {
    const { h, seed } = held;
    const { page } = h;
    const commune = (
      await h.api<{ bridgePoints: { id: string; name: string }[] }>('GET', `/conferences/${seed.id}`)
    ).body.bridgePoints.find((p) => p.name === 'UBND xã Tân Hộ Cơ')!;
    await page.goto(`${h.baseUrl}/conferences/${seed.id}/bridge-points`);
    const field = page.getByLabel('Cách tham gia của UBND xã Tân Hộ Cơ');
    await field.waitFor();
    expect(await field.locator('option:checked').textContent()).toBe('Theo loại điểm cầu (mặc định: Theo dõi (HLS))');
    await saveScreenshot(page, 'plan-media-tier.png', `[data-point-id="${commune.id}"]`);
    await field.selectOption({ label: 'Tương tác (WebRTC)' });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect
      .poll(
        async () =>
          (
            await h.api<{ bridgePoints: { id: string; mediaTier: string | null }[] }>('GET', `/conferences/${seed.id}`)
          ).body.bridgePoints.find((p) => p.id === commune.id)?.mediaTier,
      )
      .toBe('interactive');
  });
});
