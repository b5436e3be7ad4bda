/**
 * The phone pages on a weak link (issue 17 item 9), in Chromium at 390×844: before any script
 * runs, the page already shows the header and a loading status in Vietnamese; a delegate's
 * live view loads its own chunks and none of the plan editor's, the QR reader's or the English
 * texts'; and it shows the meeting and the "ask to speak" button while the votes' chunk is
 * still on its way. Timings and bytes are measured in bench/web, not here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { CONTEXT_DEFAULTS, workerBrowser } from './chromium.js';
import { startHarness, type Harness } from './harness.js';
import { linkUrlOf, newSizedPage, shoot } from './live-helpers.js';
import { WEB_ROOT } from './web-build.js';

const PHONE = { width: 390, height: 844 };
let h: Harness;
let demo: Conference;
let delegateLink: string;

/**
 * The files of the modules whose key starts with one of these prefixes, in both builds: the
 * whole app's (dist/web/.vite/manifest.json) and the phone pages' (phone-manifest.json).
 */
const builtFiles = (...prefixes: string[]): Set<string> => {
  const manifests = ['manifest.json', 'phone-manifest.json'].map(
    (name) => JSON.parse(readFileSync(join(WEB_ROOT, '.vite', name), 'utf8')) as Record<string, { file: string }>,
  );
  return new Set(
    manifests
      .flatMap((manifest) => Object.entries(manifest))
      .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
      .map(([, chunk]) => `/${chunk.file}`),
  );
};

/** The scripts a page requests from now on (paths). */
const recordScripts = (page: Page): string[] => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
};

beforeAll(async () => {
  h = await startHarness();
  demo = await h.createDemo();
  const district = demo.bridgePoints.find((point) => !point.isHost)!;
  const delegate = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, {
    bridgePointId: district.id,
    fullName: 'Nguyễn Thị Hoa',
    title: 'Phó Chủ tịch UBND xã',
  });
  expect(delegate.status).toBe(201);
  delegateLink = await linkUrlOf(h, demo.id, { purpose: 'delegate', delegateId: delegate.body.id, label: 'Giấy mời' });
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('phone pages on a weak link', () => {
  it('shows the header and a loading status before any script runs', async () => {
    const blank = await (await workerBrowser()).newContext({ ...CONTEXT_DEFAULTS, javaScriptEnabled: false, viewport: PHONE });
    try {
      const page = await blank.newPage();
      await page.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dai-bieu`);
      await page.getByRole('status').filter({ hasText: 'Đang tải trang, xin chờ trong giây lát…' }).waitFor();
      await page.getByText('Điểm Cầu', { exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      // Styled by the stylesheet the page names (the header's band is not the page's white).
      const band = await page.locator('.app-header').evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(band).not.toBe('rgba(0, 0, 0, 0)');
      await shoot(page, 'weak-link-before-script');
    } finally {
      await blank.close();
    }
  });

  it("loads a delegate view's own chunks only, and shows the meeting before the votes arrive", async () => {
    const page = await newSizedPage(h, PHONE);
    await page.goto(delegateLink);
    // A delegate's link lands on the delegate view itself (issue 17).
    await page.waitForURL(/\/dai-bieu$/);
    // A fresh load of the delegate view, as a phone opening it again from the link.
    const fresh = await page.context().newPage();
    await fresh.setViewportSize(PHONE);
    const scripts = recordScripts(fresh);
    let releaseVotes: () => void = () => undefined;
    const votesHeld = new Promise<void>((resolve) => (releaseVotes = resolve));
    const votes = builtFiles('src/votes/VotesOnScreen.tsx');
    const holdVotes = async (route: Route) => {
      await votesHeld;
      await route.continue();
    };
    await fresh.route((url) => votes.has(url.pathname), holdVotes);
    await fresh.goto(`${h.baseUrl}/hoi-nghi/${demo.id}/dai-bieu`);
    await fresh.getByTestId('current-item').waitFor();
    await fresh.getByRole('button', { name: 'Đăng ký phát biểu' }).waitFor();
    expect(scripts.some((script) => votes.has(script))).toBe(true);
    releaseVotes();

    const forbidden = builtFiles(
      'src/editor/',
      'src/pages/HomePage',
      'src/checkin/qr-scanner',
      'src/i18n/en.json',
      'src/documents/PdfViewer',
    );
    expect(forbidden.size).toBeGreaterThan(10);
    expect(scripts.filter((script) => forbidden.has(script))).toEqual([]);
    // Its own page chunk (of one build) came as a preload named in the HTML, beside the entry.
    const own = [...builtFiles('src/pages/live/DelegateLivePage.tsx')].filter((file) => scripts.includes(file));
    expect(own).toHaveLength(1);
    expect(await fresh.locator(`link[rel="modulepreload"][href="${own[0]}"]`).count()).toBe(1);
    await shoot(fresh, 'weak-link-delegate');
  }, 60_000);
});
