/**
 * Countdowns in step across halls (issue 17): three pages of one meeting in one Chromium, the
 * chair's console and two halls' big screens, the screens' clocks shifted by +37 s and −90 s
 * (page-clock.ts). Each page records when each figure of the speaker's countdown appears; for
 * 30 second-transitions after the floor is given, after +1 minute, after a pause of 1.3 s and
 * after reloading the three pages one after the other, it reports the spread of the moments
 * (max − min across pages, per figure) and each page's lateness after the instant the
 * server's timer gives for the figure (its clock error plus its drawing delay). Aim: spread
 * under 50 ms.
 * The server runs as its own process on a fresh SQLite file with the demo conference.
 * Run: npx tsx bench/countdown/run.ts [--transitions 30]
 */
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState, LiveTimer } from '../../src/domain/live/live-state.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { CHROMIUM, CHROMIUM_FLAGS, CONTEXT_DEFAULTS } from '../../test/browser/chromium.js';
import { apiClient, setUpAdmin, startServerProcess, type ServerProcess } from '../../test/browser/server-process.js';
import { pageClock, type Mark } from './page-clock.js';
import { figureBegins, spreads, summarize, transitionsAfter, type Summary } from './spread.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const TRANSITIONS = Number(option('transitions', '30'));
/** After an event, the moment from which figures count as transitions (every page has the event by then). */
const SETTLE_MS = 500;
const FLOOR = '[data-testid="countdown"][data-target="floor"]';
const SHIFTS = [0, 37_000, -90_000];
const RELOAD_GAP_MS = 370;

interface Row {
  scenario: string;
  transitions: number;
  spread: Summary;
  /** max − min per figure. */
  spreads: number[];
  /** Per page (chair, +37 s, −90 s): shown − the instant the figure begins, ms. */
  lateness: Summary[];
}

const run = async (server: ServerProcess, browser: Browser): Promise<Row[]> => {
  const admin = await setUpAdmin(server);
  const api = apiClient(server.baseUrl, admin);
  const list = await api<{ items: { id: string }[] }>('GET', '/conferences');
  const demo = (await api<Conference>('GET', `/conferences/${list.body.items[0]!.id}`)).body;
  const live = `/conferences/${demo.id}/live`;
  const command = async (body: Record<string, unknown>) => {
    const answer = await api('POST', `${live}/commands`, body);
    if (answer.status !== 200) throw new Error(`${JSON.stringify(body)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  const floorTimer = async (): Promise<LiveTimer> => (await api<{ state: LiveState }>('GET', live)).body.state.floor!.timer;

  const newPage = async (shiftMs: number, viewport: { width: number; height: number }): Promise<Page> => {
    const context = await browser.newContext({ ...CONTEXT_DEFAULTS, viewport });
    // tsx (esbuild, keepNames) wraps functions in __name(): give the page one.
    await context.addInitScript({ content: `var __name = (f) => f; (${pageClock.toString()})(${JSON.stringify({ shiftMs })});` });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  };
  const chair = await newPage(SHIFTS[0]!, { width: 1366, height: 768 });
  const [name, value] = admin.cookie.split('=') as [string, string];
  await chair.context().addCookies([{ name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await chair.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
  await chair.locator('[data-status="live"]').waitFor();
  const halls = [demo.bridgePoints.find((point) => point.isHost)!, demo.bridgePoints.find((point) => !point.isHost)!];
  const screens: Page[] = [];
  for (const [index, hall] of halls.entries()) {
    const link = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'display',
      bridgePointId: hall.id,
      label: `Màn hình ${hall.name}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const screen = await newPage(SHIFTS[index + 1]!, { width: 1920, height: 1080 });
    await screen.goto(`${server.baseUrl}${link.body.url}`);
    await screen.waitForURL(`**/man-hinh/${hall.id}`);
    await screen.getByTestId('screen-clock').waitFor();
    screens.push(screen);
  }
  const pages = [chair, ...screens];

  await command(START_CONFIRMED);
  await command({ type: 'start_item' });
  const asked = await api<{ id: string }>('POST', `${live}/requests`, {
    clientKey: 'bench-countdown',
    kind: 'speak',
    bridgePointId: halls[1]!.id,
    speakerName: 'Ông Nguyễn Văn Bench',
  });

  const marksOf = (page: Page, from: number): Promise<Mark[]> => page.evaluate((start) => window.__countdownMarks.slice(start), from);
  const measure = async (scenario: string, act: () => Promise<void>, fresh = false): Promise<Row> => {
    const starts = await Promise.all(pages.map((page) => page.evaluate(() => window.__countdownMarks.length)));
    await act();
    const since = Date.now() + SETTLE_MS;
    for (const page of pages) await page.locator(FLOOR).waitFor();
    await sleep(SETTLE_MS + TRANSITIONS * 1000);
    let found = transitionsAfter(await Promise.all(pages.map((page, i) => marksOf(page, fresh ? 0 : starts[i]!))), since, TRANSITIONS);
    for (let waited = 0; found.length < TRANSITIONS && waited < 10_000; waited += 500) {
      await sleep(500);
      found = transitionsAfter(await Promise.all(pages.map((page, i) => marksOf(page, fresh ? 0 : starts[i]!))), since, TRANSITIONS);
    }
    const timer = await floorTimer();
    const row: Row = {
      scenario,
      transitions: found.length,
      spread: summarize(spreads(found)),
      spreads: spreads(found),
      lateness: pages.map((_, i) => summarize(found.map(({ text, at }) => at[i]! - figureBegins(timer, text)))),
    };
    console.error(JSON.stringify({ ...row, spreads: undefined }));
    return row;
  };

  const rows: Row[] = [];
  rows.push(await measure('floor given (10 min)', () => command({ type: 'give_floor', requestId: asked.body.id, seconds: 600 })));
  rows.push(await measure('+1 minute', () => command({ type: 'extend', target: 'floor', seconds: 60 })));
  rows.push(
    await measure('pause 1.3 s, resume', async () => {
      await command({ type: 'pause' });
      await sleep(1_300);
      await command({ type: 'resume' });
    }),
  );
  rows.push(
    await measure(
      'reload of each page in turn',
      async () => {
        // One after the other, as halls do (not in the same instant).
        for (const page of pages) {
          await page.reload();
          await sleep(RELOAD_GAP_MS);
        }
        for (const page of pages) await page.locator(FLOOR).waitFor();
      },
      true,
    ),
  );
  const hidden = await Promise.all(pages.map((page) => page.evaluate(() => document.visibilityState)));
  if (hidden.some((state) => state !== 'visible')) console.error(`pages not visible: ${hidden.join(', ')}`);
  return rows;
};

const main = async () => {
  const server = await startServerProcess();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const rows = await run(server, browser);
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `${os.cpus().length} × ${cpu}, Node ${process.version}, Chromium ${browser.version()}, load ${os.loadavg()[0]!.toFixed(2)}\n`,
    );
    console.log('| after | transitions | spread median | p95 | max | lateness median (max): chair | screen +37 s | screen −90 s |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      const late = row.lateness.map((page) => `${page.median} (${page.max})`);
      console.log(
        `| ${row.scenario} | ${row.transitions} | ${row.spread.median} | ${row.spread.p95} | ${row.spread.max} | ${late.join(' | ')} |`,
      );
    }
    const all = summarize(rows.flatMap((row) => row.spreads));
    console.log(`| all | ${all.n} | ${all.median} | ${all.p95} | ${all.max} | | | |`);
  } finally {
    await browser.close();
    await server.stop();
  }
};

await main();
