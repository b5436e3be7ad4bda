/**
 * What every browser test with real media needs: the server as its own process with the
 * engine's settings, the demo conference, a Chromium whose every camera is a small still
 * picture, contexts allowed camera and microphone, and operators that open their link and
 * join their hall's console ("Tham gia"). Used by media-scenario.ts and media-recording.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { fakeCameraArgs, y4mOf } from './fake-camera.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';
import type { Session } from './harness.js';
import { otherMachinesChromium, type OtherMachines } from './other-machines.js';
import { apiClient, setUpAdmin, startServerProcess, type ServerProcess } from './server-process.js';

export type Point = Conference['bridgePoints'][number];

export interface MediaStack {
  server: ServerProcess;
  browser: Browser;
  admin: Session;
  api: ReturnType<typeof apiClient>;
  demo: Conference;
  newContext(): Promise<BrowserContext>;
  consoleUrl(point: Point): string;
  /**
   * An operator's browser: their link, then the hall's console, joined with camera and microphone.
   * `elsewhere`: a hall not being measured, in the Chromium that stands for the other halls'
   * computers (other-machines.ts: a low CPU share under contention). `join: false`: the console
   * only (a watching point's, which plays the programme by itself).
   */
  operator(point: Point, options?: { elsewhere?: boolean; join?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** Starts the stack with these server variables (MEDIA_ENGINE, JANUS_URL …), restoring the test process's own after. */
export async function startMediaStack(env: Record<string, string>): Promise<MediaStack> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  let server: ServerProcess;
  try {
    server = await startServerProcess();
  } finally {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
  const cameraDir = mkdtempSync(join(tmpdir(), 'diemcau-media-camera-'));
  let browser: Browser | null = null;
  let otherHalls: Browser | null = null;
  let otherMachines: OtherMachines | null = null;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await otherHalls?.close().catch(() => undefined);
    otherMachines?.release();
    await server.stop().catch(() => undefined);
    rmSync(cameraDir, { recursive: true, force: true });
  };
  try {
    const admin = await setUpAdmin(server);
    const api = apiClient(server.baseUrl, admin);
    const list = await api<{ items: { id: string }[] }>('GET', '/conferences');
    const demo = (await api<Conference>('GET', `/conferences/${list.body.items[0]!.id}`)).body;
    // A small still picture as every camera: five pages encode and decode on two cores, and
    // Chromium's default moving test pattern at 640x480 starves the SFU of CPU (its round trips
    // then pass the weak-link threshold and the halls fall back to sound only).
    const camera = join(cameraDir, 'camera.y4m');
    writeFileSync(camera, y4mOf('diemcau', { width: 320, height: 240 }));
    const args = [...CHROMIUM_FLAGS, ...fakeCameraArgs(camera)];
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args });
    const opened = browser;
    // Started on first use: only tests with halls that are not measured need it.
    const elsewhere = async (): Promise<Browser> => {
      otherMachines ??= otherMachinesChromium(CHROMIUM, cameraDir);
      otherHalls ??= await chromium.launch({ executablePath: otherMachines.executable, headless: false, args });
      return otherHalls;
    };
    const newContext = async (where: Browser = opened) => {
      const context = await where.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      await context.grantPermissions(['camera', 'microphone'], { origin: server.baseUrl });
      return context;
    };
    const consoleUrl = (point: Point) => `${server.baseUrl}/hoi-nghi/${demo.id}/diem-cau/${point.id}`;
    const operator = async (point: Point, options: { elsewhere?: boolean; join?: boolean } = {}) => {
      const created = await api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
        purpose: 'operator',
        bridgePointId: point.id,
        label: `Kỹ thuật ${point.name}`,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      expect(created.status).toBe(201);
      const context = await newContext(options.elsewhere ? await elsewhere() : opened);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${server.baseUrl}${created.body.url}`);
      await page.waitForURL((url) => !url.pathname.startsWith('/l/'));
      await page.goto(consoleUrl(point));
      if (options.join === false) return { context, page };
      const join = page.getByRole('button', { name: 'Tham gia', exact: true });
      await expect.poll(() => join.isEnabled(), { timeout: 45_000 }).toBe(true);
      await join.click();
      await page.locator('[data-testid="media-controls"][data-publisher="connected"]').waitFor({ timeout: 30_000 });
      return { context, page };
    };
    return { server, browser, admin, api, demo, newContext: () => newContext(), consoleUrl, operator, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
