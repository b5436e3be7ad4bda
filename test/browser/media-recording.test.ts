/**
 * The recording of the host programme (issue 6) in headless Chromium, embedded engine:
 * - the host hall's operator and hall 1's operator join with the fake camera; hall 1 asks to
 *   speak and the chair gives it the floor, so the recording has a 'main' and a 'beside';
 * - the timeline page, open from the start, shows no recording yet;
 * - the chair presses "Ghi hình" on the console: "● Đang ghi hình" with the time running (also
 *   on the secretariat's console opened meanwhile); about 4 s later "Dừng ghi hình", confirmed
 *   in the dialog;
 * - the timeline page lists the session by itself (no reload), with both files; each file,
 *   fetched through its download link, is a WebM (EBML magic 1A 45 DF A3) of the size listed;
 * - the chair's wall shows one thumbnail a page here (MEDIA_THUMBNAILS=1): its pager turns to
 *   the second page, where hall 1's video decodes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './live-helpers.js';
import { expectGrowing, inbound } from './media-probes.js';
import { startMediaStack, type MediaStack } from './media-stack.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const WEBM_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

let stack: MediaStack | null = null;

beforeAll(async () => {
  stack = await startMediaStack({ MEDIA_ENGINE: 'embedded', MEDIA_THUMBNAILS: '1' });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** Fetches a download link inside the page (the staff session's cookie): its status, size and first bytes. */
const fetchLink = (page: Page, href: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('Content-Type'), length: body.length, head: [...body.slice(0, 4)] };
  }, href);

describe('the recording of the host programme from the consoles (issue 6)', () => {
  it('starts and stops from the chair, and lists the session with its WebM files on the timeline', async () => {
    const { server, admin, api, demo, newContext } = stack!;
    const operator = async (point: Parameters<MediaStack['operator']>[0]) => (await stack!.operator(point)).page;
    const host = demo.bridgePoints.find((point) => point.isHost)!;
    const hall1 = demo.bridgePoints.find((point) => !point.isHost)!;

    const chairContext = await newContext();
    const [name, value] = admin.cookie.split('=') as [string, string];
    await chairContext.addCookies([{ name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    const chair = await chairContext.newPage();
    chair.setDefaultTimeout(20_000);
    await chair.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
    const toggle = chair.locator('[data-testid="recording-toggle"]');
    await toggle.waitFor();

    // The secretariat's timeline, open all along: it must notice the new session by itself.
    const timeline = await chairContext.newPage();
    timeline.setDefaultTimeout(20_000);
    await timeline.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dien-bien`);
    const panel = timeline.locator('[data-testid="recordings-panel"]');
    await panel.getByText('Chưa có bản ghi hình nào.').waitFor();

    const hostPage = await operator(host);
    const hallPage = await operator(hall1);
    await hallPage.locator(`[data-slot="main"][data-feed="${host.id}"]`).waitFor({ timeout: 30_000 });
    await expectGrowing(() => inbound(hallPage, 'main', 'video'), "the host's video in 'main'");

    expect((await api('POST', `/conferences/${demo.id}/live/commands`, START_CONFIRMED)).status).toBe(200);
    await hallPage.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
    const row = chair.locator('[data-testid="speaker-queue"] [data-request-id]', { hasText: hall1.name });
    await row.getByRole('button', { name: 'Mời phát biểu' }).click();
    // The chair's layout is the recording's: the host in 'main', the floor in 'beside'.
    await chair.locator(`[data-slot="beside"][data-feed="${hall1.id}"]`).waitFor();
    await expectGrowing(() => inbound(chair, 'beside', 'video'), "hall 1's video in the chair's 'beside'");
    await hostPage.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor();

    // Start from the console: the indicator runs.
    await toggle.getByRole('button', { name: 'Ghi hình', exact: true }).click();
    await chair.locator('[data-testid="recording-toggle"][data-recording="true"]').waitFor();
    const badge = toggle.getByRole('status');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toMatch(/^● Đang ghi hình 00:0[2-9]$/);
    await panel.getByText('Đang ghi hình: phiên hiện tại có trong danh sách khi dừng ghi.').waitFor();
    // The secretariat's console, opened during the recording, reads its start from the events.
    const secretary = await chairContext.newPage();
    await secretary.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/thu-ky`);
    const secretaryBadge = secretary.locator('[data-testid="recording-toggle"][data-recording="true"]').getByRole('status');
    await expect.poll(() => secretaryBadge.textContent(), { timeout: 15_000 }).toMatch(/^● Đang ghi hình 00:0[3-9]$/);
    await secretary.close();
    await chair.waitForTimeout(1_000);

    // Stop: asked first; "Tiếp tục ghi" keeps recording, then the stop is confirmed.
    await toggle.getByRole('button', { name: 'Dừng ghi hình', exact: true }).click();
    const dialog = chair.getByRole('dialog', { name: 'Dừng ghi hình?' });
    await dialog.getByRole('button', { name: 'Tiếp tục ghi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('data-recording')).toBe('true');
    await toggle.getByRole('button', { name: 'Dừng ghi hình', exact: true }).click();
    await dialog.getByRole('button', { name: 'Dừng ghi hình', exact: true }).click();
    await chair.locator('[data-testid="recording-toggle"][data-recording="false"]').waitFor();
    await expect(toggle.getByRole('status').count()).resolves.toBe(0);

    // The timeline lists the session without a reload, with the host's and the floor's files.
    const session = panel.locator('tr[data-session-id]');
    await session.waitFor({ timeout: 30_000 });
    expect(await session.count()).toBe(1);
    const links = session.locator('a[href*="/media/recordings/"]');
    await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(2);
    const names = (await links.allTextContents()).sort();
    expect(names[0]).toMatch(/^phien-\d{8}-\d{6}-beside\.webm$/);
    expect(names[1]).toMatch(/^phien-\d{8}-\d{6}-main\.webm$/);
    await expect(session.textContent()).resolves.toMatch(/Điểm cầu chính: phien-.*-main\.webm \([\d,.]+ (B|KB|MB)\)/);
    await expect(session.textContent()).resolves.toMatch(/ngày \d{2} tháng \d{1,2} năm \d{4}/);

    const listed = await api<{ id: string; startedAt: string; endedAt: string; files: { name: string; bytes: number }[] }[]>(
      'GET',
      `/conferences/${demo.id}/media/recordings`,
    );
    expect(listed.status).toBe(200);
    const [recorded] = listed.body;
    expect(Date.parse(recorded!.endedAt) - Date.parse(recorded!.startedAt)).toBeGreaterThanOrEqual(4_000);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      const file = await fetchLink(timeline, href);
      expect(file.status, href).toBe(200);
      expect(file.type).toBe('video/webm');
      expect(file.head, `${href} starts with the EBML magic`).toEqual(WEBM_MAGIC);
      // More than a header: seconds of video and sound were written.
      expect(file.length, href).toBeGreaterThan(4_096);
      expect(file.length).toBe(Number(await link.getAttribute('data-bytes')));
    }

    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(timeline, 'media-recordings.png');

    // The chair's wall pages through the halls: the host on page 1, hall 1 on page 2.
    const pager = chair.locator('[data-testid="media-pager"]');
    await expect.poll(() => pager.getByRole('status').textContent()).toBe('Trang 1/2 · 2 điểm cầu');
    const thumb = chair.locator('[data-slot="thumb:0"]');
    expect(await thumb.getAttribute('data-feed')).toBe(host.id);
    await pager.getByRole('button', { name: 'Trang sau ›' }).click();
    await chair.locator(`[data-slot="thumb:0"][data-feed="${hall1.id}"]`).waitFor();
    await expect.poll(() => pager.getAttribute('data-page')).toBe('1');
    await expectGrowing(() => inbound(chair, 'thumb:0', 'video'), "hall 1's video on the chair's second page");
    await pager.getByRole('button', { name: '‹ Trang trước' }).click();
    await chair.locator(`[data-slot="thumb:0"][data-feed="${host.id}"]`).waitFor();
  }, 300_000);
});
