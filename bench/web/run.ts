/**
 * What the phone and hall pages cost on a weak link (issue 17 item 9): the confirmation page,
 * the delegate view, the check-in screen and the operator console, each opened in Chromium
 * (the browser tests' binary and flags) with a cold cache under CDP network emulation
 * (Network.emulateNetworkConditions), and for each: the bytes on the wire and the requests
 * until the page's own content is visible, the time to that content, and the first paint.
 * Each figure is the median of the runs (3 by default).
 *
 * Run: npx tsx bench/web/run.ts [--runs 3] [--profiles slow-3g,4g] [--pages confirmation,...]
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../test/browser/chromium.js';
import { startBenchServer, type BenchPage } from './arrange.js';

interface Profile {
  name: string;
  latency: number;
  downloadKbit: number;
  uploadKbit: number;
}

/** Slow 3G as the tester measured it; 4G as Chromium DevTools' "Fast 4G" preset. */
const PROFILES: Profile[] = [
  { name: 'slow-3g', latency: 400, downloadKbit: 400, uploadKbit: 400 },
  { name: '4g', latency: 165, downloadKbit: 9000, uploadKbit: 1500 },
];

interface Sample {
  contentMs: number;
  firstPaintMs: number | null;
  bytes: number;
  requests: number;
  scripts: number;
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(browser: Browser, baseUrl: string, page: BenchPage, profile: Profile): Promise<Sample> {
  // A new context is a new profile: no cache, no cookies, no service worker.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    if (page.linkToken) {
      // The link's session cookie, as the link page would leave it (not timed: the page is).
      const exchanged = await context.request.post(`${baseUrl}/api/v1/auth/link`, { data: { token: page.linkToken } });
      if (exchanged.status() !== 200) throw new Error(`link exchange: ${exchanged.status()}`);
    }
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: (profile.downloadKbit * 1000) / 8,
      uploadThroughput: (profile.uploadKbit * 1000) / 8,
    });
    let bytes = 0;
    const started = Date.now();
    const requests = new Map<string, string>();
    const log = new Map<string, { url: string; sent: number; done?: number; bytes?: number }>();
    cdp.on('Network.requestWillBeSent', (event) => {
      requests.set(event.requestId, event.type ?? '');
      log.set(event.requestId, { url: event.request.url.replace(baseUrl, ''), sent: Date.now() - started });
    });
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      const entry = log.get(event.requestId);
      if (entry) Object.assign(entry, { done: Date.now() - started, bytes: event.encodedDataLength });
    });
    await tab.goto(`${baseUrl}${page.path}`, { waitUntil: 'commit', timeout: 120_000 });
    await tab
      .locator(page.content)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
      .catch(async (error: unknown) => {
        await tab.screenshot({ path: `/tmp/bench-web-${page.name.replace(/\W+/g, '-')}.png` });
        throw error;
      });
    const contentMs = Date.now() - started;
    if (process.argv.includes('--waterfall')) {
      for (const entry of log.values())
        console.error(
          `${String(entry.sent).padStart(6)} ${String(entry.done ?? '-').padStart(6)} ${String(entry.bytes ?? '-').padStart(7)} ${entry.url.slice(0, 90)}`,
        );
      console.error(`content at ${contentMs}`);
    }
    const sample: Sample = {
      contentMs,
      firstPaintMs: await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null),
      bytes,
      requests: requests.size,
      scripts: [...requests.values()].filter((type) => type === 'Script').length,
    };
    await cdp.detach();
    return sample;
  } finally {
    await context.close();
  }
}

const runs = Number(option('runs') ?? 3);
const profiles = PROFILES.filter((profile) => (option('profiles') ?? 'slow-3g,4g').split(',').includes(profile.name));
const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  const wanted = option('pages')?.split(',');
  for (const profile of profiles) {
    for (const page of server.pages.filter((candidate) => !wanted || wanted.includes(candidate.name))) {
      const samples: Sample[] = [];
      for (let run = 0; run < runs; run += 1) samples.push(await measure(browser, server.baseUrl, page, profile));
      const paints = samples.map((sample) => sample.firstPaintMs).filter((value): value is number => value !== null);
      console.log(
        JSON.stringify({
          bench: 'web',
          profile: profile.name,
          page: page.name,
          runs,
          kilobytes: Math.round(median(samples.map((sample) => sample.bytes)) / 100) / 10,
          requests: median(samples.map((sample) => sample.requests)),
          scripts: median(samples.map((sample) => sample.scripts)),
          firstPaintMs: paints.length > 0 ? Math.round(median(paints)) : null,
          contentMs: median(samples.map((sample) => sample.contentMs)),
          contentMsAll: samples.map((sample) => sample.contentMs),
        }),
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
