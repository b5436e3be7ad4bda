/**
 * Debian's Chromium for the browser tests, one per Vitest worker: the `browser` project's
 * global set-up (./chromium-pool.ts) launches one Chromium server per worker before the first
 * test file, and every file of that worker connects to it (`workerBrowser`). Each user of a
 * test is a new context of that browser (own cookies and storage), which costs milliseconds
 * where a Chromium costs a second or more.
 *
 * Each worker's Chromium has a camera of its own: a Y4M file it reads each time a page opens
 * the camera (`workerCamera`; write it with ./fake-camera.ts's `showQrCode`). Tests with real
 * media (project `media`) launch their own browsers with their own cameras (./media-stack.ts).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download } from 'playwright-core';
import { inject } from 'vitest';

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

/** What every test user's context starts with: a laptop screen (1366x768), Vietnamese, Hà Nội's time. */
export const CONTEXT_DEFAULTS: BrowserContextOptions = {
  viewport: { width: 1366, height: 768 },
  acceptDownloads: true,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
};

/** One Chromium server per worker, given to the workers by ./chromium-pool.ts. */
export interface ChromiumPool {
  /** Indexed by VITEST_POOL_ID - 1. */
  workers: { wsEndpoint: string; camera: string }[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPool: ChromiumPool;
  }
}

const thisWorker = (): ChromiumPool['workers'][number] => {
  const pool = inject('chromiumPool');
  const id = Number(process.env.VITEST_POOL_ID ?? '1');
  const worker = pool?.workers[id - 1];
  if (!worker) throw new Error(`no Chromium for worker ${id}: run browser tests in the "browser" project (vitest.config.ts)`);
  return worker;
};

let connected: Promise<Browser> | null = null;

/** This worker's Chromium (connected once per test file). */
export const workerBrowser = (): Promise<Browser> => {
  connected ??= chromium.connect(thisWorker().wsEndpoint);
  return connected;
};

/** The Y4M file this worker's Chromium shows as its camera. */
export const workerCamera = (): string => thisWorker().camera;

/** A new user: a fresh context of this worker's Chromium, with the defaults above. */
export const newUserContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  (await workerBrowser()).newContext({ ...CONTEXT_DEFAULTS, ...options });

/** The bytes of a download (the browser is remote, so there is no local path to read). */
export const downloadedBytes = async (download: Download): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
