/**
 * Issue 5's acceptance, in headless Chromium against the real server running as its own
 * process (so that it can be killed):
 * - a chair console, two operator consoles (operator links of two district halls) and the
 *   host hall's big screen (a display link) follow one meeting;
 * - operator 1 asks to speak for their hall from their console, the chair gives the floor:
 *   all four pages show the same speaker and a countdown within one second of each other;
 * - the chair extends the speaker's time and skips an item; the timeline records both;
 * - operator 2 asks to speak, then the server is killed with SIGKILL and started again on
 *   the same database: every page reconnects by itself and shows the same state as before,
 *   with no lost and no doubled request.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import type { LiveState } from '../../src/domain/live/live-state.js';
import type { Timeline } from '../../src/domain/live/live-timeline.types.js';
import { newUserContext } from './chromium.js';
import type { Session } from './harness.js';
import { apiClient, setUpAdmin, startServerProcess, type ServerProcess } from './server-process.js';
import { confirmOpening } from './live-helpers.js';

let server: ServerProcess;
let admin: Session;
let api: ReturnType<typeof apiClient>;
let demo: Conference;
const contexts: BrowserContext[] = [];

const browser = async (): Promise<Page> => {
  const context = await newUserContext();
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
};

/** A browser holding the administrator's session (the chair's console). */
const signedInBrowser = async (session: Session): Promise<Page> => {
  const page = await browser();
  const [name, value] = session.cookie.split('=') as [string, string];
  await page.context().addCookies([{ name, value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  return page;
};

/** A browser that opened an access link (/l/<token>) as its holder would. */
const linkBrowser = async (purpose: 'operator' | 'display', bridgePointId: string, label: string): Promise<Page> => {
  const created = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
    purpose,
    bridgePointId,
    label,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  expect(created.status).toBe(201);
  const page = await browser();
  await page.goto(`${server.baseUrl}${created.body.url}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/l/'));
  return page;
};

const liveState = async (): Promise<LiveState> => {
  const answer = await api<{ state: LiveState }>('GET', `/conferences/${demo.id}/live`);
  expect(answer.status).toBe(200);
  return answer.body.state;
};

/** Each page's floor countdown, projected to one instant (the pages' clocks are this machine's). */
const floorCountdowns = async (pages: Page[]): Promise<number[]> => {
  const readings = await Promise.all(
    pages.map((page) =>
      page.evaluate(() => {
        const element = document.querySelector('[data-testid="countdown"][data-target="floor"]');
        return { remaining: Number(element?.getAttribute('data-remaining-ms')), at: Date.now() };
      }),
    ),
  );
  const instant = readings[0]!.at;
  return readings.map(({ remaining, at }) => remaining + (at - instant));
};
const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

beforeAll(async () => {
  server = await startServerProcess();
  admin = await setUpAdmin(server);
  api = apiClient(server.baseUrl, admin);
  const list = await api<{ items: { id: string }[] }>('GET', '/conferences');
  demo = (await api<Conference>('GET', `/conferences/${list.body.items[0]!.id}`)).body;
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await server?.stop();
});

describe('the live conference across four screens (issue 5 acceptance)', () => {
  it('keeps the chair, two operators and the big screen in step, and survives SIGKILL of the server', async () => {
    const host = demo.bridgePoints.find((point) => point.isHost)!;
    const [district1, district2] = demo.bridgePoints.filter((point) => !point.isHost) as [
      Conference['bridgePoints'][number],
      Conference['bridgePoints'][number],
    ];

    const chair = await signedInBrowser(admin);
    await chair.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/dieu-hanh`);
    await chair.locator('[data-status="live"]').waitFor();
    const operator1 = await linkBrowser('operator', district1.id, `Kỹ thuật ${district1.name}`);
    await operator1.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/diem-cau/${district1.id}`);
    const operator2 = await linkBrowser('operator', district2.id, `Kỹ thuật ${district2.name}`);
    await operator2.goto(`${server.baseUrl}/hoi-nghi/${demo.id}/diem-cau/${district2.id}`);
    const screen = await linkBrowser('display', host.id, 'Màn hình hội trường');
    expect(new URL(screen.url()).pathname).toBe(`/hoi-nghi/${demo.id}/man-hinh/${host.id}`);
    const pages = [chair, operator1, operator2, screen];
    const operators = [operator1, operator2];
    for (const page of operators) await page.locator('[data-status="live"]').waitFor();

    // The chair opens the meeting and starts the first item.
    await chair.getByRole('button', { name: 'Khai mạc' }).click();
    await confirmOpening(chair);
    await chair.getByRole('button', { name: 'Bắt đầu nội dung tiếp theo' }).click();
    const first = (await liveState()).currentItemId!;
    expect(first).toBeTruthy();
    for (const page of [chair, operator1, operator2]) await page.locator(`[data-testid="current-item"][data-item-id="${first}"]`).waitFor();
    await screen.locator(`[data-testid="screen-item"][data-item-id="${first}"]`).waitFor();

    // Operator 1 asks to speak for their hall; the request reaches the chair's queue.
    await operator1.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
    const row = chair.locator('[data-testid="speaker-queue"] [data-request-id]', { hasText: district1.name });
    await row.waitFor();
    const requestId = (await row.getAttribute('data-request-id'))!;

    // The chair gives the floor: all four pages show the same speaker and countdown.
    await row.getByRole('button', { name: 'Mời phát biểu' }).click();
    for (const page of [chair, operator1, operator2]) {
      await page.locator(`[data-testid="current-speaker"][data-request-id="${requestId}"]`).waitFor();
      expect(await page.locator('[data-testid="current-speaker"]').textContent()).toContain(district1.name);
    }
    await screen.locator('[data-testid="screen-speaker"]', { hasText: district1.name }).waitFor();
    for (const page of pages) await page.locator('[data-testid="countdown"][data-target="floor"]').waitFor();
    const inStep = await floorCountdowns(pages);
    expect(inStep.every((value) => value > 0 && value <= 7 * 60_000 + 1_000)).toBe(true);
    expect(spread(inStep)).toBeLessThan(1_000);

    // The chair extends the speaker's time by one minute: every countdown jumps by it.
    await chair.locator('[data-extend="floor"]', { hasText: '+1 phút' }).click();
    for (const page of pages) {
      await expect.poll(async () => (await floorCountdowns([page]))[0]!, { timeout: 10_000 }).toBeGreaterThan(inStep[0]! + 50_000);
    }
    expect(spread(await floorCountdowns(pages))).toBeLessThan(1_000);

    // The chair skips a pending item.
    const skipped = (await liveState()).items.find((item) => item.state === 'pending' && item.parentId === null && item.id !== first)!;
    await chair.locator(`[data-testid="programme-list"] [data-item-id="${skipped.id}"]`).getByRole('button', { name: 'Bỏ qua' }).click();
    await chair.locator(`[data-testid="programme-list"] [data-item-id="${skipped.id}"][data-state="skipped"]`).waitFor();

    // Operator 2 asks to speak; the answer is acknowledged before the server dies.
    await operator2.getByRole('button', { name: 'Đăng ký phát biểu', exact: true }).click();
    await chair.locator('[data-testid="speaker-queue"] [data-request-id]', { hasText: district2.name }).waitFor();
    const before = await liveState();
    expect(before.waitingOrder).toHaveLength(1);

    // SIGKILL, then start again on the same database and port.
    await server.kill();
    for (const page of pages.slice(0, 3)) await page.locator('[data-status="reconnecting"]').waitFor();
    await server.restart();
    for (const page of pages.slice(0, 3)) await page.locator('[data-status="live"]').waitFor({ timeout: 30_000 });
    await screen.locator('[data-testid="screen-offline"]').waitFor({ state: 'detached', timeout: 30_000 });

    const after = await liveState();
    expect(after).toEqual(before);
    await expect.poll(() => chair.locator('.chair-console').getAttribute('data-version')).toBe(String(before.version));
    for (const page of [chair, operator1, operator2]) {
      await page.locator(`[data-testid="current-speaker"][data-request-id="${requestId}"]`).waitFor();
      await page.locator(`[data-testid="current-item"][data-item-id="${first}"]`).waitFor();
    }
    await screen.locator('[data-testid="screen-speaker"]', { hasText: district1.name }).waitFor();
    const waitingRows = chair.locator('[data-testid="speaker-queue"] [data-request-id]');
    await expect.poll(() => waitingRows.count()).toBe(1);
    expect(await waitingRows.first().textContent()).toContain(district2.name);
    expect(spread(await floorCountdowns(pages))).toBeLessThan(1_000);
    // Nothing was lost or doubled: one request per hall, the same as before the kill.
    const perHall = (state: LiveState) => state.requests.map((request) => `${request.bridgePointId}:${request.state}`).sort();
    expect(perHall(await liveState())).toEqual(perHall(before));

    // The timeline records the extension and the skip.
    const timeline = await api<Timeline>('GET', `/conferences/${demo.id}/live/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.find((item) => item.itemId === skipped.id)!.state).toBe('skipped');
    expect(timeline.body.changes.map((change) => change.kind)).toEqual(expect.arrayContaining(['extended_floor', 'skipped']));
    expect(timeline.body.changes.find((change) => change.kind === 'extended_floor')!.seconds).toBe(60);
    const speech = timeline.body.speeches.find((entry) => entry.requestId === requestId)!;
    expect(speech.bridgePointName).toBe(district1.name);
    // The time allowed is the speaker's rule plus the chair's minute, as the floor's timer held it.
    expect(speech.allowedSeconds! * 1000).toBe(before.floor!.timer.durationMs);
    expect(speech.givenAt).toBeGreaterThan(0);
  }, 240_000);
});
