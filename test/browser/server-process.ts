/**
 * The real server as a child process (`src/cli/run.ts serve` through tsx), for tests that
 * must kill it: SIGKILL, then start it again on the same port and the same database. The
 * web app is built first (ensureWebBuilt). The first start creates the demo conference and
 * prints the one-time set-up link, which `setUpAdmin` uses to create the administrator.
 *
 * The child runs on its own SQLite file (DATABASE_URL and REDIS_URL are not passed on:
 * the database of the PostgreSQL pass is shared by every test file).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, type Session } from './harness.js';
import { ensureWebBuilt, ROOT } from './web-build.js';

export interface ServerProcess {
  baseUrl: string;
  /** The set-up link printed at the first start (null after). */
  setupLink: string | null;
  /** SIGKILL: no shutdown, no flush beyond what the database already made durable. */
  kill(): Promise<void>;
  /** Starts again on the same port and data folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const waitForStart = (child: ChildProcess): Promise<{ setupLink: string | null }> =>
  new Promise((resolve, reject) => {
    let output = '';
    let setupLink: string | null = null;
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      setupLink ??= /(http:\/\/\S+\/cai-dat\/\S+)/.exec(output)?.[1] ?? null;
      if (/^diemcau: http/m.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve({ setupLink });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

export async function startServerProcess(): Promise<ServerProcess> {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'diemcau-process-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DIEMCAU_DEMO: '1',
    LOG_LEVEL: 'warn',
    // Scheduled reminders stay off in browser tests unless a test sets the interval.
    DIEMCAU_REMINDER_INTERVAL_SECONDS: process.env.DIEMCAU_REMINDER_INTERVAL_SECONDS ?? '0',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  let child: ChildProcess | null = null;
  const launch = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const started = await waitForStart(child);
    child.stdout?.resume();
    child.stderr?.resume();
    return started;
  };
  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((done) => process.once('exit', () => done()));
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill(signal);
    await exited(running);
  };
  const { setupLink } = await launch();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    setupLink,
    kill: () => end('SIGKILL'),
    restart: async () => {
      await launch();
    },
    stop: async () => {
      await end('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A tiny API client for the child server. */
export const apiClient =
  (baseUrl: string, session: Session | null) =>
  async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const headers: Record<string, string> = session ? { cookie: session.cookie } : {};
    if (session && method !== 'GET') headers['X-CSRF-Token'] = session.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };

/** Creates the administrator through the printed set-up link and signs in. */
export async function setUpAdmin(server: ServerProcess): Promise<Session> {
  const token = server.setupLink?.split('/cai-dat/')[1];
  if (!token) throw new Error('no set-up link was printed');
  const setup = await apiClient(server.baseUrl, null)('POST', '/setup', {
    token,
    email: ADMIN.email,
    displayName: ADMIN.displayName,
    password: ADMIN.password,
  });
  if (setup.status !== 200) throw new Error(`set-up failed: ${setup.status} ${JSON.stringify(setup.body)}`);
  const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie =
    response.headers
      .getSetCookie()
      .find((line) => line.startsWith('diemcau_session='))
      ?.split(';')[0] ?? '';
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}
