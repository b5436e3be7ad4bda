/**
 * Glass-to-glass latency of the watching tier (issue 19), beside the interactive tier's in
 * the same run: the host hall's camera is a canvas on which the page draws the clock
 * (Date.now() mod 2^32, 32 black or white blocks); an interactive hall (WebRTC, slot 'main')
 * and a watching point (HLS) read the blocks back from the frames they show, for every frame
 * (requestVideoFrameCallback), and take the difference with their own clock (one Chromium,
 * one clock). The watching page's own figure, how far behind live hls.js plays (from the
 * programme dates), is sampled too.
 *
 * Run: npx tsx bench/hls/glass-to-glass.ts [--seconds 30] [--renditions 720p,360p] [--preset veryfast]
 * It builds the web app, starts the server as a process (test/browser/server-process.ts) with
 * the embedded engine and ffmpeg, and one Chromium with three pages (host, interactive hall,
 * watching point). Prints one JSON line per reader and a Markdown table.
 */
import type { Page } from 'playwright-core';
import { startMediaStack, type Point } from '../../test/browser/media-stack.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
};
const SECONDS = Number(option('seconds', '30'));
const RENDITIONS = option('renditions', '720p,360p');
const PRESET = option('preset', 'veryfast');

/** Replaces the camera with a canvas showing the clock as 8×4 blocks (the microphone stays the fake one). */
const CLOCK_CAMERA = `(() => {
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640; canvas.height = 480;
    const g = canvas.getContext('2d');
    const draw = () => {
      const t = Date.now() % 4294967296;
      for (let bit = 0; bit < 32; bit++) {
        g.fillStyle = Math.floor(t / 2 ** bit) % 2 ? '#fff' : '#000';
        g.fillRect((bit % 8) * 80, Math.floor(bit / 8) * 120, 80, 120);
      }
    };
    draw();
    setInterval(draw, 10);
    const video = canvas.captureStream(30).getVideoTracks()[0];
    const tracks = [video];
    if (constraints && constraints.audio) tracks.push(...(await original({ audio: true })).getAudioTracks());
    return new MediaStream(tracks);
  };
})();`;

/**
 * In the reader page: reads the clock out of every frame `selector`'s video shows; the host's
 * picture is `region` of the frame. Plain JavaScript in a string: tsx would add its own helpers
 * to a function handed to the page.
 */
const READER = `(selector, region) => {
  const samples = [];
  window.__g2g = samples;
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const onFrame = () => {
    const video = document.querySelector(selector);
    if (video && video.videoWidth > 0) {
      const W = video.videoWidth, H = video.videoHeight;
      canvas.width = W; canvas.height = H;
      g.drawImage(video, 0, 0);
      let y0 = 0, w = W, h = H;
      if (region === 'left-half') { w = W / 2; h = (w * 3) / 4; y0 = (H - h) / 2; }
      let value = 0;
      for (let bit = 0; bit < 32; bit++) {
        const x = Math.round(((bit % 8) + 0.5) * (w / 8));
        const y = Math.round(y0 + (Math.floor(bit / 8) + 0.5) * (h / 4));
        const px = g.getImageData(x, y, 1, 1).data;
        if (px[0] + px[1] + px[2] > 384) value += 2 ** bit;
      }
      const delay = (Date.now() % 4294967296) - value;
      if (delay >= 0 && delay < 20000) samples.push(delay);
    }
    if (video) video.requestVideoFrameCallback(onFrame); else setTimeout(onFrame, 50);
  };
  onFrame();
}`;

const startReading = (page: Page, selector: string, region: 'whole' | 'left-half') =>
  page.evaluate(`(${READER})(${JSON.stringify(selector)}, ${JSON.stringify(region)})`);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
};

async function main() {
  const stack = await startMediaStack({ MEDIA_ENGINE: 'embedded', HLS_RENDITIONS: RENDITIONS, HLS_PRESET: PRESET });
  try {
    const { api, demo, server, newContext, consoleUrl } = stack;
    const host = demo.bridgePoints.find((point) => point.isHost)!;
    const [interactive, watching] = demo.bridgePoints.filter((point) => !point.isHost) as [Point, Point];
    await api('PATCH', `/conferences/${demo.id}/bridge-points/${watching.id}`, { mediaTier: 'watching' });
    await api('POST', `/conferences/${demo.id}/live/commands`, START_CONFIRMED);

    /** A hall's operator joined with camera and microphone (the stack's helper asserts with Vitest; a bench cannot). */
    const joinHall = async (point: Point, initScript?: string) => {
      const link = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
        purpose: 'operator',
        bridgePointId: point.id,
        label: `Đo ${point.name}`,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      const context = await newContext();
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}${link.body.url}`);
      await page.waitForURL((url) => !url.pathname.startsWith('/l/'));
      await page.goto(consoleUrl(point));
      await page.getByRole('button', { name: 'Tham gia', exact: true }).click({ timeout: 45_000 });
      await page.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor({ timeout: 30_000 });
      return page;
    };
    // The host hall with the clock camera (the init script runs before the console loads).
    await joinHall(host, CLOCK_CAMERA);
    const hall = { page: await joinHall(interactive) };
    await hall.page.locator(`[data-slot="main"][data-feed="${host.id}"] video`).waitFor({ timeout: 30_000 });

    const watchLink = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'operator',
      bridgePointId: watching.id,
      label: 'Theo dõi',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const watchContext = await newContext();
    const watchPage = await watchContext.newPage();
    await watchPage.goto(`${server.baseUrl}${watchLink.body.url}`);
    await watchPage.waitForURL((url) => !url.pathname.startsWith('/l/'));
    await watchPage.goto(consoleUrl(watching));
    await watchPage.locator('[data-testid="watching-status"]', { hasText: 'Trực tiếp' }).waitFor({ timeout: 60_000 });

    await startReading(hall.page, `[data-slot="main"] video`, 'whole');
    await startReading(watchPage, '[data-testid="watching-programme"] video', 'left-half');
    const playerLatency: number[] = [];
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const health = await watchPage.evaluate(
        () =>
          (window as unknown as { __diemcauWatch?: { health(): { latencyMs: number | null } } }).__diemcauWatch?.health().latencyMs ?? null,
      );
      if (health !== null) playerLatency.push(health);
    }
    const read = (page: Page) => page.evaluate<number[]>('window.__g2g');
    const rows = [
      { what: 'interactive hall (WebRTC, slot main)', samples: await read(hall.page) },
      { what: `watching point (HLS ${RENDITIONS.split(',').at(-1)} shown, preset ${PRESET})`, samples: await read(watchPage) },
      { what: 'watching point: hls.js behind live (programme date)', samples: playerLatency },
    ];
    console.log(`| what | frames read | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |`);
    for (const { what, samples } of rows) {
      const record = { what, n: samples.length, p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples) };
      console.error(JSON.stringify(record));
      console.log(`| ${what} | ${record.n} | ${record.p50} | ${record.p95} | ${record.max} |`);
    }
  } finally {
    await stack.stop();
  }
}

await main();
