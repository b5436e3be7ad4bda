/**
 * Issue 6's acceptance in headless Chromium (fake camera and microphone), the same scenario on
 * each engine: the real server as its own process, told its engine by `environment()`.
 * - the host hall's operator and three halls' operators open their consoles with operator
 *   links and join ("Tham gia"); the chair's console opens;
 * - every hall decodes the host's video in its 'main' slot;
 * - hall 2 asks to speak, the chair gives the floor from the console: halls 1 and 3 decode
 *   hall 2's video and receive its audio in 'beside', while they themselves (no floor) send no
 *   audio packet; hall 2 does (the same measure, so the silence is not an artefact);
 * - the chair force-mutes hall 2 from its thumbnail: hall 2 stops sending audio;
 * - hall 3's page is closed and opened again: the chair's thumbnails show it publishing
 *   again within 5 seconds, and its video decodes there again (measured from opening the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './live-helpers.js';
import { audioSent, expectGrowing, expectStill, inbound } from './media-probes.js';
import { startMediaStack, type MediaStack, type Point } from './media-stack.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

export interface MediaEnvironment {
  /** Variables for the server process (MEDIA_ENGINE, JANUS_URL …). */
  env: Record<string, string>;
  stop?: () => Promise<void>;
}

export interface MediaScenarioOptions {
  engine: 'embedded' | 'janus';
  environment: () => Promise<MediaEnvironment>;
  /** Writes docs/screenshots/media-*.png (with UPDATE_SCREENSHOTS=1). */
  screenshots: boolean;
}

/** Issue 6: a hall whose page was closed and reopened is back on the chair's screen within 5 s. */
const REJOIN_WITHIN_MS = 5_000;

export const describeMediaScenario = (options: MediaScenarioOptions): void => {
  let environment: MediaEnvironment | null = null;
  let stack: MediaStack | null = null;

  beforeAll(async () => {
    environment = await options.environment();
    stack = await startMediaStack(environment.env);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await environment?.stop?.().catch(() => undefined);
  });

  describe(`video and sound between the halls on the ${options.engine} engine (issue 6 acceptance)`, () => {
    it('shows the host and the floor, gates the microphones, and brings a reopened hall back by itself', async () => {
      const { server, admin, api, demo, newContext, consoleUrl, operator } = stack!;
      const host = demo.bridgePoints.find((point) => point.isHost)!;
      const [hall1, hall2, hall3] = demo.bridgePoints.filter((point) => !point.isHost) as [Point, Point, Point];

      const chairContext = await newContext();
      const [name, value] = admin.cookie.split('=') as [string, string];
      await chairContext.addCookies([{ name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
      const chair = await chairContext.newPage();
      chair.setDefaultTimeout(20_000);
      await chair.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
      await chair.locator('[data-testid="media-stage"]').waitFor();

      // Hall 3 is the one measured (it rejoins): the others stand on computers of their own.
      const hostHall = await operator(host, { elsewhere: true });
      const one = await operator(hall1, { elsewhere: true });
      const two = await operator(hall2, { elsewhere: true });
      const three = await operator(hall3);

      // Every hall sees the host large, and decodes it.
      for (const { page } of [one, two, three]) {
        await page.locator(`[data-slot="main"][data-feed="${host.id}"]`).waitFor({ timeout: 30_000 });
        await expectGrowing(() => inbound(page, 'main', 'video'), "the host's video in 'main'");
      }
      // The chair sees a thumbnail of every hall.
      for (const point of [host, hall1, hall2, hall3])
        await chair.locator(`[data-slot^="thumb:"][data-feed="${point.id}"]`).waitFor({ timeout: 30_000 });

      // Hall 2 asks to speak; the chair gives the floor from the queue.
      expect((await api('POST', `/conferences/${demo.id}/live/commands`, START_CONFIRMED)).status).toBe(200);
      await two.page.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
      const row = chair.locator('[data-testid="speaker-queue"] [data-request-id]', { hasText: hall2.name });
      await row.getByRole('button', { name: 'Mời phát biểu' }).click();

      await two.page.locator('[data-testid="media-controls"][data-mic-sending="true"]').waitFor();
      for (const { page } of [one, three]) {
        await page.locator(`[data-slot="beside"][data-feed="${hall2.id}"]`).waitFor();
        await expectGrowing(() => inbound(page, 'beside', 'video'), "hall 2's video in 'beside'");
        await expectGrowing(() => inbound(page, 'beside', 'audio'), "hall 2's audio in 'beside'");
      }
      await expectGrowing(() => audioSent(two.page), "hall 2's own audio packets sent");
      for (const { page } of [one, three]) {
        await page.locator('[data-testid="media-controls"][data-mic-sending="false"]').waitFor();
        await expectStill(() => audioSent(page), 'audio packets of a hall without the floor');
      }
      if (options.screenshots) {
        await saveScreenshot(one.page, 'media-operator.png', '[data-testid="media-panel"]');
        await saveScreenshot(chair, 'media-chair.png', '[data-testid="media-panel"]');
      }

      // The chair force-mutes hall 2 from its thumbnail: its microphone stops sending.
      await chair.locator(`[data-slot^="thumb:"][data-feed="${hall2.id}"] [data-testid="force-mute"]`).click();
      await chair.locator(`[data-slot^="thumb:"][data-feed="${hall2.id}"][data-forced-muted="true"]`).waitFor();
      await two.page.locator('[data-testid="media-controls"][data-mic-sending="false"]').waitFor();
      await expectStill(() => audioSent(two.page), 'audio packets of a force-muted hall');
      // The minutes' timeline lists the force-mute with the hall's name.
      const timeline = await api<{ changes: { kind: string; subject: string }[] }>('GET', `/conferences/${demo.id}/live/timeline`);
      expect(timeline.body.changes).toContainEqual(expect.objectContaining({ kind: 'hall_muted', subject: hall2.name }));

      // Hall 3 closes its page and opens it again: back on the chair's screen within 5 s.
      await three.page.close();
      const hall3Thumb = chair.locator(`[data-slot^="thumb:"][data-feed="${hall3.id}"]`);
      await hall3Thumb.waitFor({ state: 'detached', timeout: 30_000 });
      const reopenedAt = Date.now();
      const page = await three.context.newPage();
      await page.goto(consoleUrl(hall3));
      await hall3Thumb.waitFor({ timeout: 15_000 });
      const thumbAfterMs = Date.now() - reopenedAt;
      // Back means seen: the chair's thumbnail decodes new frames of hall 3's video.
      const slot = await hall3Thumb.getAttribute('data-slot');
      const before = (await inbound(chair, slot!, 'video')) ?? 0;
      await expect
        .poll(async () => (await inbound(chair, slot!, 'video')) ?? 0, { timeout: 15_000, interval: 100 })
        .toBeGreaterThan(before);
      const backAfterMs = Date.now() - reopenedAt;
      console.log(
        `media rejoin (${options.engine}): hall 3 on the chair's screen ${thumbAfterMs} ms, its video decoding ${backAfterMs} ms after reopening`,
      );
      expect(backAfterMs, "hall 3's video decoding on the chair's screen after reopening (ms)").toBeLessThan(REJOIN_WITHIN_MS);
      await expectGrowing(() => inbound(chair, slot!, 'video'), "hall 3's video on the chair's thumbnail after reopening");
      await hostHall.page.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor();
    }, 300_000);
  });
};
