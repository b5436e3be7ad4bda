/**
 * The roll-call wall of a national conference in Chromium (issue 18): 16,242 bridge points
 * stored (the record of December 2023) on the 2025 units: the seed's points (its host and
 * districts, without a unit), every province's point, every commune's, and further points at
 * the communes (several halls in one commune) up to 16,242. The real app on a fresh SQLite file serves the production web build; the
 * chair's console is opened in Chromium (the browser tests' binary and flags) at 1366×768.
 *
 * - first render: from navigation to a usable wall (every province's tile on the page), new
 *   browser context each run (cold cache);
 * - update: 1,000 points (every 16th) report ready (or not, alternately) through the live
 *   service, 8 at a time, with the wall open; the time from the first write, and from the last
 *   write's commit, until the wall's totals show all 1,000; and how many wall frames carried it;
 * - beside them, the payloads of the first paint: the provinces' counts (GET …/live/wall)
 *   against every hall (GET …/live/halls, what the per-point wall loaded), and the time of
 *   the counts and of a province's page over HTTP.
 * Medians of the runs (5 by default).
 *
 * Run: flock /tmp/diemcau-heavy.lock npx tsx bench/national-wall.ts [points] [runs]
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import type { UnitList } from '../src/domain/administrative-units.js';
import { ONE_POINT } from '../src/domain/conference-rules.js';
import type { PlanDraft } from '../src/domain/conference.schema.js';
import { importPlan } from '../src/import/index.js';
import { SYSTEM_ORIGIN } from '../src/services/accounts/audit-context.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/browser/chromium.js';
import { ROOT } from '../test/browser/web-build.js';
import { report, time } from './stats.js';
import { startProductionApp } from './web/arrange.js';

const pointCount = Number(process.argv[2] ?? 16242);
const runs = Number(process.argv[3] ?? 5);
const UPDATED = 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

const LIST = JSON.parse(readFileSync(join(ROOT, 'reference/administrative-units/vn-2025.json'), 'utf8')) as UnitList;

type BridgePointDraft = PlanDraft['bridgePoints'][number];

/** The seed's points (its host and districts, no unit), every province and commune of 2025, then more halls at the communes until `count`. */
const nationalPoints = (seed: readonly BridgePointDraft[], count: number): BridgePointDraft[] => {
  const point = (key: string, name: string, unitCode: string | null, kind: 'hall' | 'commune'): BridgePointDraft => ({
    key,
    name,
    address: '',
    quota: 15,
    kind,
    isHost: false,
    operatorName: '',
    operatorPhone: '',
    operatorEmail: '',
    unitCode,
    ...ONE_POINT,
  });
  const points = [...seed];
  for (const unit of LIST.units)
    points.push(point(unit.code, `UBND ${unit.name}`, unit.code, unit.parentCode === null ? 'hall' : 'commune'));
  const communes = LIST.units.filter((unit) => unit.parentCode !== null);
  for (let i = 0; points.length < count; i += 1) {
    const unit = communes[i % communes.length]!;
    points.push(point(`extra-${i}`, `${unit.name} – hội trường ${Math.floor(i / communes.length) + 2}`, unit.code, 'commune'));
  }
  return points;
};

const readyOnWall = (page: Page) => page.getByTestId('wall-totals').getAttribute('data-ready').then(Number);

async function main(): Promise<void> {
  const { baseUrl, services, dialect, stop } = await startProductionApp('wall');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const seed = await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) });
    const draft: PlanDraft = { ...seed, bridgePoints: nationalPoints(seed.bridgePoints, pointCount) };
    const stored = Date.now();
    // The whole plan (its points too: the write's answer inlines them only up to 500).
    const conference = await services.conferences.get((await services.conferences.createFromDraft(draft)).id);
    const common = { dialect, bridgePoints: conference.bridgePoints.length, provinces: 34 };
    report('national-wall/store the plan', { ...common, ms: Date.now() - stored });

    const email = 'bench@diemcau.local';
    const password = 'mat-khau-do-hieu-nang-wall';
    const { token: setup } = await services.accounts.createFirstAdminSetupLink();
    await services.accounts.completeSetup(setup, { email, displayName: 'Bench', password });
    const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
    const cookie = `diemcau_session=${login.token}`;
    const headers = { cookie };
    const api = `${baseUrl}/api/v1/conferences/${conference.id}/live`;

    // The first paint's payloads: the provinces' counts against every hall.
    const bytes = async (path: string) => (await (await fetch(`${api}${path}`, { headers })).arrayBuffer()).byteLength;
    report('national-wall/payload of the first paint', {
      ...common,
      provincesBytes: await bytes('/wall'),
      everyHallBytes: await bytes('/halls'),
    });
    const get = (path: string) => async () => {
      const response = await fetch(`${api}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    };
    report('national-wall/HTTP GET …/live/wall (counts per province)', { ...common, ...(await time(get('/wall'), 20)) });
    report('national-wall/HTTP GET …/live/wall/points (a province, 500 a page)', {
      ...common,
      ...(await time(get('/wall/points?province=29&limit=500'), 20)),
    });
    report('national-wall/HTTP GET …/live/halls (every hall: the per-point wall)', { ...common, ...(await time(get('/halls'), 5)) });
    // What else the chair's console loads before its wall shows (each alone).
    const other = (path: string) => async () => {
      const response = await fetch(`${baseUrl}/api/v1/conferences/${conference.id}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    };
    for (const path of ['/live', '/votes', '/contributions']) {
      report(`national-wall/HTTP GET …${path} (the console's other reads)`, {
        ...common,
        bytes: await other(path)(),
        ...(await time(other(path), 5)),
      });
    }

    const context = async () => {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      await ctx.addCookies([{ name: 'diemcau_session', value: login.token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
      return ctx;
    };
    const consoleUrl = `${baseUrl}/hoi-nghi/${conference.id}/dieu-hanh`;
    const usable = (page: Page) =>
      page.waitForFunction(
        (count) => document.querySelectorAll('.province-tile').length >= count && document.querySelector('[data-testid="wall-totals"]'),
        35,
        { timeout: 60_000, polling: 'raf' },
      );

    // First render, cold: a new context each run.
    const firstRender: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const ctx = await context();
      const page = await ctx.newPage();
      const started = Date.now();
      if (process.env.WALL_TRACE) {
        page.on('requestfinished', (request) => {
          const t = request.timing();
          console.error(`${Date.now() - started} ms  ${Math.round(t.responseEnd)} ms  ${request.url().replace(baseUrl, '').slice(0, 90)}`);
        });
      }
      await page.goto(consoleUrl, { waitUntil: 'commit' });
      await usable(page);
      if (run > 0) firstRender.push(Date.now() - started); // the first run warms the server
      await ctx.close();
    }
    report('national-wall/Chromium: console opened → usable wall (34 provinces + other)', {
      ...common,
      runs,
      medianMs: median(firstRender),
      minMs: Math.min(...firstRender),
      maxMs: Math.max(...firstRender),
    });

    // Updates of 1,000 points with the wall open.
    const ctx = await context();
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    let wallFrames = 0;
    cdp.on('Network.webSocketFrameReceived', (event) => {
      const text = event.response.opcode === 2 ? Buffer.from(event.response.payloadData, 'base64').toString() : event.response.payloadData;
      if (text.includes('"wall:delta"')) wallFrames += 1;
    });
    await page.goto(consoleUrl, { waitUntil: 'commit' });
    await usable(page);
    // The console's other reads finish first: the update is timed on a settled page.
    await page.waitForLoadState('networkidle');
    const chosen = conference.bridgePoints.filter((_, index) => index % 16 === 1).slice(0, UPDATED);
    if (chosen.length !== UPDATED) throw new Error(`only ${chosen.length} points to update`);
    const fromFirst: number[] = [];
    const fromLast: number[] = [];
    const writes: number[] = [];
    const frames: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const ready = run % 2 === 0;
      const before = await readyOnWall(page);
      const expected = before + (ready ? UPDATED : -UPDATED);
      wallFrames = 0;
      const started = Date.now();
      const queue = [...chosen];
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let point = queue.shift(); point; point = queue.shift()) {
            await services.live.reportHall(conference.id, point.id, { ready, headcount: null, link: 'good', note: '' }, SYSTEM_ORIGIN);
          }
        }),
      );
      const committed = Date.now();
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="wall-totals"]')?.getAttribute('data-ready') === String(n),
        expected,
        {
          timeout: 60_000,
          polling: 'raf',
        },
      );
      const visible = Date.now();
      writes.push(committed - started);
      fromFirst.push(visible - started);
      fromLast.push(visible - committed);
      frames.push(wallFrames);
    }
    report('national-wall/Chromium: 1,000 points report → the wall shows all 1,000', {
      ...common,
      runs,
      writesMedianMs: median(writes),
      visibleAfterLastCommitMedianMs: median(fromLast),
      visibleAfterLastCommitMaxMs: Math.max(...fromLast),
      visibleAfterFirstWriteMedianMs: median(fromFirst),
      wallDeltaFramesMedian: median(frames),
      wallDeltaFramesPerSecond: round(median(frames.map((n, i) => (1000 * n) / fromFirst[i]!))),
    });
    await ctx.close();
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
