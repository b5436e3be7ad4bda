/**
 * Browser test harness: starts the real server (Fastify + services on a fresh SQLite file in
 * a temp dir) on a random port of 127.0.0.1, and opens a context (a user) in this worker's
 * Chromium (./chromium.ts). `stop()` ends all of it; the Chromium stays for the worker's next
 * test file.
 *
 * By default the first administrator is created through the set-up API (the one-time token
 * from the account service, as the server prints it at first start) and the browser and
 * `api()` act as that administrator. `startHarness({ firstStart: true })` leaves the system
 * without any account, for the first-start flow. Helpers in ./accounts.ts create users and
 * sign in through the UI.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createDemoConference } from '../../src/cli/demo-conference.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { buildApp } from '../../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { migrateToLatest, openDatabase, type Database } from '../../src/storage/index.js';
import { newUserContext } from './chromium.js';
import { ROOT, WEB_ROOT } from './web-build.js';

export { ROOT } from './web-build.js';
export const SEED_PLAN = join(ROOT, 'reference/seeds/dong-thap-2021-ke-hoach-cchc.txt');

export const ADMIN = { email: 'quantri@dongthap.gov.vn', displayName: 'Quản trị hệ thống', password: 'mật-khẩu-quản-trị-2021' };

/** What a signed-in API client sends. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface Harness {
  baseUrl: string;
  services: ReturnType<typeof createServices>;
  /** The server's database (a test arranges what no screen does, e.g. services on another day's clock). */
  database: Database;
  /** The administrator's session (null with firstStart until someone signs in). */
  admin: Session | null;
  context: BrowserContext;
  page: Page;
  /** Calls the API directly (arranging data, checking what the UI saved). */
  api: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: T }>;
  /** The same as another caller (null: anonymous). */
  apiAs: (session: Session | null) => Harness['api'];
  /** Signs in through POST /auth/login. */
  signIn: (email: string, password: string) => Promise<Session>;
  /** A fresh user (a new context: no cookie, own storage), closed with the harness. */
  newContext: () => Promise<BrowserContext>;
  importSeed: () => Promise<Conference>;
  /** The demo conference as first start creates it: the seed plan plus its 12 district points. */
  createDemo: () => Promise<Conference>;
  stop: () => Promise<void>;
}

const cookieOf = (response: Response): string => {
  const line = response.headers.getSetCookie().find((value) => value.startsWith('diemcau_session='));
  return line?.split(';')[0] ?? '';
};

export const startHarness = async (options: { firstStart?: boolean } = {}): Promise<Harness> => {
  const workDir = mkdtempSync(join(tmpdir(), 'diemcau-browser-'));
  let database: Database | null = null;
  let app: FastifyInstance | null = null;
  let context: BrowserContext | null = null;
  const extraContexts: BrowserContext[] = [];
  const stop = async () => {
    for (const extra of extraContexts) await extra.close().catch(() => undefined);
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

    context = await newUserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const newContext = async () => {
      const extra = await newUserContext();
      extraContexts.push(extra);
      return extra;
    };

    const apiAs =
      (session: Session | null): Harness['api'] =>
      async (method, path, body, headers = {}) => {
        const auth: Record<string, string> = session ? { cookie: session.cookie } : {};
        if (session && method !== 'GET') auth['X-CSRF-Token'] = session.csrfToken;
        const response = await fetch(`${baseUrl}/api/v1${path}`, {
          method,
          headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        return { status: response.status, body: (text ? JSON.parse(text) : null) as never };
      };
    const signIn = async (email: string, password: string): Promise<Session> => {
      const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
      return { cookie: cookieOf(response), csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
    };

    let admin: Session | null = null;
    if (!options.firstStart) {
      const { token } = await services.accounts.createFirstAdminSetupLink();
      const setup = await apiAs(null)<{ csrfToken: string }>('POST', '/setup', {
        token,
        email: ADMIN.email,
        displayName: ADMIN.displayName,
        password: ADMIN.password,
      });
      if (setup.status !== 200) throw new Error(`set-up failed: ${setup.status} ${JSON.stringify(setup.body)}`);
      admin = await signIn(ADMIN.email, ADMIN.password);
      // The browser signs in with its own session (through the API, as the login page would).
      const browserSession = await signIn(ADMIN.email, ADMIN.password);
      const [name, value] = browserSession.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
    }
    const api = apiAs(admin);
    const importSeed = async () => {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(SEED_PLAN)], { type: 'text/plain' }), 'dong-thap-2021-ke-hoach-cchc.txt');
      const headers: Record<string, string> = admin ? { cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken } : {};
      const response = await fetch(`${baseUrl}/api/v1/imports`, { method: 'POST', body: form, headers });
      if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { conference: Conference }).conference;
    };
    const createDemo = () => createDemoConference(services.conferences);
    return { baseUrl, services, database, admin, context, page, api, apiAs, signIn, newContext, importSeed, createDemo, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
