/**
 * The server and the data of the web bench: the real app on a fresh SQLite file, serving
 * the built web app (dist/web), with the demo conference, a delegate of a district point, and
 * the links a delegate and a hall's operator open. Each page of the bench is an address plus
 * the access-link token whose session the page needs (exchanged before the page is timed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoConference } from '../../src/cli/demo-conference.js';
import { buildApp } from '../../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';
import { ROOT, WEB_ROOT } from '../../test/browser/web-build.js';

export interface BenchPage {
  name: string;
  path: string;
  /** The access link whose session the page runs under (null: the address itself is the credential). */
  linkToken: string | null;
  /** A visible element of the page's own content (data from the API), as a Playwright selector. */
  content: string;
}

export interface BenchServer {
  baseUrl: string;
  pages: BenchPage[];
  stop: () => Promise<void>;
}

const MONTH_MS = 30 * 24 * 60 * 60_000;
const DELEGATE = { fullName: 'Nguyễn Thị Hoa', title: 'Phó Chủ tịch UBND xã' };

/**
 * Builds dist/web as it ships: NODE_ENV=production (a build left by the browser tests, made
 * under Vitest's NODE_ENV=test, holds React's development bundle, 60 % larger).
 */
export const buildForProduction = () => {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
};

/**
 * The real app on a fresh SQLite file (reference unit lists loaded) serving the production
 * build, on a loopback port; `stop` closes it and removes the file.
 */
export async function startProductionApp(prefix: string) {
  buildForProduction();
  const dataDir = mkdtempSync(join(tmpdir(), `diemcau-bench-${prefix}-`));
  const database = await openDatabase({ dataDir });
  await migrateToLatest(database);
  await loadReferenceUnitLists(database);
  const services = createServices(database);
  const app = await buildApp({ services, database: { dialect: database.dialect }, webRoot: WEB_ROOT, logger: false });
  const baseUrl = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  const stop = async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, services, dialect: database.dialect, stop };
}

export async function startBenchServer(): Promise<BenchServer> {
  const { baseUrl, services, stop } = await startProductionApp('web');
  try {
    const demo = await createDemoConference(services.conferences);
    const district = demo.bridgePoints.find((point) => !point.isHost)!;
    const email = 'bench@diemcau.local';
    const password = 'mat-khau-do-hieu-nang-web';
    const { token: setup } = await services.accounts.createFirstAdminSetupLink();
    await services.accounts.completeSetup(setup, { email, displayName: 'Bench', password });
    const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
    const created = await fetch(`${baseUrl}/api/v1/conferences/${demo.id}/delegates`, {
      method: 'POST',
      headers: { cookie: `diemcau_session=${login.token}`, 'X-CSRF-Token': login.csrfToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bridgePointId: district.id, ...DELEGATE }),
    });
    if (created.status !== 201) throw new Error(`delegate not created: ${created.status} ${await created.text()}`);
    const delegateId = ((await created.json()) as { id: string }).id;
    const expiresAt = new Date(Date.now() + MONTH_MS).toISOString();
    const link = async (input: { purpose: 'delegate' | 'operator'; delegateId?: string; bridgePointId?: string }) =>
      (
        await services.accessLinks.createLink({
          conferenceId: demo.id,
          label: `Bench ${input.purpose}`,
          expiresAt,
          createdByUserId: null,
          ...input,
        })
      ).token;
    const delegateToken = await link({ purpose: 'delegate', delegateId });
    const operatorToken = await link({ purpose: 'operator', bridgePointId: district.id });
    const c = `/hoi-nghi/${demo.id}`;
    return {
      baseUrl,
      stop,
      pages: [
        // The personal link of the invitation: the token in the address is the credential.
        {
          name: 'confirmation',
          path: `/xac-nhan/${delegateToken}`,
          linkToken: null,
          content: `text=Kính gửi: Ông (Bà) ${DELEGATE.fullName}`,
        },
        { name: 'delegate view', path: `${c}/dai-bieu`, linkToken: delegateToken, content: '[data-testid="current-item"]' },
        { name: 'check-in', path: `${c}/don-tiep`, linkToken: operatorToken, content: '.checkin-present' },
        {
          name: 'operator console',
          path: `${c}/diem-cau/${district.id}`,
          linkToken: operatorToken,
          content: '[data-testid="current-item"]',
        },
      ],
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
