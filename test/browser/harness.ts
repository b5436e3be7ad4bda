/**
 * Browser test harness: builds the web app when its sources are newer than dist/web,
 * starts the real server (Fastify + services on a fresh SQLite file in a temp dir) on a
 * random port of 127.0.0.1, and launches the system Chromium headless with a fresh
 * profile. `stop()` ends all of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createDemoConference } from '../../src/cli/demo-conference.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { buildApp } from '../../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { migrateToLatest, openDatabase, type Database } from '../../src/storage/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_ROOT = join(ROOT, 'dist/web');
export const SEED_PLAN = join(ROOT, 'reference/seeds/dong-thap-2021-ke-hoach-cchc.txt');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  // Vietnamese browser UI where Chromium ships the locale; Debian's chromium without
  // chromium-l10n has only en-US, so form controls also follow the page's lang="vi"
  // (dd/mm/yyyy in date inputs).
  '--lang=vi-VN',
  '--enable-features=LangAttributeAwareFormControlUI',
];

/** Newest modification time of the files the web build depends on. */
const newestSource = (): number => {
  let newest = 0;
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['web', 'src/domain', 'vite.config.ts']) if (existsSync(join(ROOT, path))) walk(join(ROOT, path));
  return newest;
};

/** Builds dist/web once when missing or older than its sources (a lock keeps parallel test files from building twice). */
export const ensureWebBuilt = async (): Promise<void> => {
  const index = join(WEB_ROOT, 'index.html');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newestSource();
  if (fresh()) return;
  const lock = join(ROOT, 'dist/.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    if (fresh()) return;
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
};

export interface Harness {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Calls the API directly (arranging data, checking what the UI saved). */
  api: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: T }>;
  importSeed: () => Promise<Conference>;
  /** The demo conference as first start creates it: the seed plan plus its 12 district points. */
  createDemo: () => Promise<Conference>;
  stop: () => Promise<void>;
}

export const startHarness = async (): Promise<Harness> => {
  await ensureWebBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'diemcau-browser-'));
  let database: Database | null = null;
  let app: FastifyInstance | null = null;
  let context: BrowserContext | null = null;
  const stop = async () => {
    await context?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    database = await openDatabase({ dataDir: join(workDir, 'data') });
    await migrateToLatest(database);
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    app = await buildApp({ services, database: { dialect: database.dialect }, webRoot: WEB_ROOT });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    const baseUrl = `http://127.0.0.1:${address.port}`;

    context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: false, // --headless=new is in the flags
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);

    const api: Harness['api'] = async (method, path, body, headers = {}) => {
      const response = await fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as never };
    };
    const importSeed = async () => {
      const { readFileSync } = await import('node:fs');
      const form = new FormData();
      form.append('file', new Blob([readFileSync(SEED_PLAN)], { type: 'text/plain' }), 'dong-thap-2021-ke-hoach-cchc.txt');
      const response = await fetch(`${baseUrl}/api/v1/imports`, { method: 'POST', body: form });
      if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { conference: Conference }).conference;
    };
    const createDemo = () => createDemoConference(services.conferences);
    return { baseUrl, context, page, api, importSeed, createDemo, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
