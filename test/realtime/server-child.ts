/**
 * Real server processes for the realtime tests (`src/cli/run.ts serve` through tsx, no web
 * app): on a database of their own (a SQLite folder, or a fresh PostgreSQL schema when
 * DATABASE_URL is set) that several processes may share, optionally with Redis. The first
 * start listens on a port the system picks; a restart takes the same port again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { openTestPostgres } from '../../src/storage/test-databases.js';
import { closeClients } from './live-client.js';
import { errorText } from '../../src/domain/errors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment of a database the children share; `drop()` removes it. */
export interface ChildDatabase {
  dialect: 'sqlite' | 'postgres';
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

export async function childDatabase(dialect: 'sqlite' | 'postgres'): Promise<ChildDatabase> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'diemcau-realtime-'));
    return { dialect, env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = await openTestPostgres();
  const url = new URL(database.databaseUrl!);
  url.searchParams.set('options', `-c search_path=${database.schema}`);
  return { dialect, env: { DATABASE_URL: url.toString() }, drop: () => database.close() };
}

/**
 * The dialects of a test about durability, which each database provides in its own way:
 * SQLite always, PostgreSQL tagged `postgres` (skipped, and counted, without DATABASE_URL).
 */
export const childDialects = (): { dialect: 'sqlite' | 'postgres'; tags: string[] }[] => [
  { dialect: 'sqlite', tags: [] },
  { dialect: 'postgres', tags: ['postgres'] },
];

export interface ChildServer {
  baseUrl: string;
  /** The one-time set-up link the first start printed (null when an administrator existed). */
  setupLink: string | null;
  pid(): number | undefined;
  /** SIGKILL: no shutdown at all. */
  kill(): Promise<void>;
  /** Starts again on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));

/** Runs `serve` and resolves with what it printed once it listens. */
function launch(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; setupLink: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed('the server did not listen within 60 s');
    }, 60_000);
    const failed = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}:\n${printed}`));
    };
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /^diemcau: (http:\/\/\S+)/m.exec(printed)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, setupLink: /(http:\/\/\S+\/cai-dat\/\S+)/.exec(printed)?.[1] ?? null });
      }
    });
    child.once('exit', (code, signal) => failed(`the server exited (${code ?? signal}) before listening`));
  });
}

export async function startChild(database: ChildDatabase, extra: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', DIEMCAU_DEMO: '0', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  Object.assign(env, database.env, extra);
  let running = await launch(env);
  const baseUrl = running.url;
  let current: ChildProcess | null = running.child;
  /** Signals the running child (if any) and waits for its exit. */
  const end = async (signal: NodeJS.Signals) => {
    const child = current;
    current = null;
    if (child?.kill(signal)) await exited(child);
  };
  return {
    baseUrl,
    setupLink: running.setupLink,
    pid: () => current?.pid,
    kill: () => end('SIGKILL'),
    async restart() {
      running = await launch({ ...env, PORT: new URL(baseUrl).port });
      current = running.child;
    },
    stop: () => end('SIGTERM'),
  };
}

export const ADMIN = { email: 'quantri@dongthap.gov.vn', displayName: 'Quản trị hệ thống', password: 'mật-khẩu-quản-trị-2021' };

export interface ChildSession {
  cookie: string;
  csrfToken: string;
  /** The access link a link session came from. */
  linkId?: string;
}

/** A JSON call to a child's API (the session's cookie and CSRF token when given); throws on an unexpected status. */
export async function api<T>(
  baseUrl: string,
  session: ChildSession | null,
  method: string,
  path: string,
  body?: unknown,
  status = 200,
): Promise<T> {
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  // A server that accepts and never answers fails the call by name, not the test by its timeout.
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  }).catch((error: unknown) => {
    throw new Error(`${method} ${path}: ${errorText(error)}`, { cause: error });
  });
  const text = await response.text();
  if (response.status !== status) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Creates the administrator through the printed set-up link; its session. */
export async function setUpAdministrator(server: ChildServer): Promise<ChildSession> {
  const token = server.setupLink?.split('/cai-dat/')[1];
  if (!token) throw new Error('no set-up link was printed');
  const response = await fetch(`${server.baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, ...ADMIN }),
  });
  if (response.status !== 200) throw new Error(`set-up failed: ${response.status} ${await response.text()}`);
  return sessionOf(response);
}

const sessionOf = async (response: Response): Promise<ChildSession> => {
  const cookie =
    response.headers
      .getSetCookie()
      .find((line) => line.startsWith('diemcau_session='))
      ?.split(';')[0] ?? '';
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
};

/** A conference with two halls and two agenda items, made through the API. */
export async function createMeeting(baseUrl: string, admin: ChildSession): Promise<{ id: string; pointIds: string[] }> {
  const conference = await api<{ id: string }>(
    baseUrl,
    admin,
    'POST',
    '/conferences',
    {
      title: 'Hội nghị trực tuyến thử nghiệm',
      startsAt: '2021-07-07T08:00',
      issuingBody: 'UBND TỈNH',
      documentSymbol: 'UBND',
      place: 'Đồng Tháp',
    },
    201,
  );
  const pointIds: string[] = [];
  for (const [name, isHost] of [
    ['Điểm cầu Tỉnh', true],
    ['Điểm cầu huyện Tân Hồng', false],
  ] as const) {
    const point = {
      name,
      address: 'Hội trường',
      quota: 40,
      kind: 'hall',
      isHost,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: null,
    };
    pointIds.push((await api<{ id: string }>(baseUrl, admin, 'POST', `/conferences/${conference.id}/bridge-points`, point, 201)).id);
  }
  for (const [content, minutes] of [
    ['Khai mạc', 5],
    ['Tham luận của các huyện', 20],
  ] as const) {
    const item = {
      parentId: null,
      number: '',
      content,
      presenterOrganisation: 'Văn phòng UBND Tỉnh',
      presenterPerson: '',
      durationMinutes: minutes,
      perSpeakerMinutes: null,
      durationText: '',
      kind: 'item',
    };
    await api(baseUrl, admin, 'POST', `/conferences/${conference.id}/agenda-items`, item, 201);
  }
  return { id: conference.id, pointIds };
}

/** A delegate (Nguyễn Văn An) at a point of the meeting, added through `baseUrl`. */
export const addDelegate = (baseUrl: string, admin: ChildSession, conferenceId: string, bridgePointId: string) =>
  api<{ id: string }>(baseUrl, admin, 'POST', `/conferences/${conferenceId}/delegates`, { bridgePointId, fullName: 'Nguyễn Văn An' }, 201);

/** An access link made by the administrator, exchanged for its session (POST /auth/link). */
export async function childLinkSession(
  baseUrl: string,
  admin: ChildSession,
  conferenceId: string,
  purpose: string,
  bridgePointId: string | null,
): Promise<ChildSession> {
  const expiresAt = new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();
  const created = await api<{ url: string; link: { id: string } }>(
    baseUrl,
    admin,
    'POST',
    `/conferences/${conferenceId}/access-links`,
    { purpose, label: `Liên kết ${purpose}`, expiresAt, bridgePointId },
    201,
  );
  const response = await fetch(`${baseUrl}/api/v1/auth/link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: created.url.replace('/l/', '') }),
  });
  if (response.status !== 200) throw new Error(`link exchange failed: ${response.status} ${await response.text()}`);
  return { ...(await sessionOf(response)), linkId: created.link.id };
}

/** Two server processes on one new database and the Redis of REDIS_URL (and `extra` settings), and the administrator's session (made through A). */
/**
 * Two processes on Redis for the tests of one describe block: started before them, stopped
 * (with the live clients the tests opened) and their database dropped after them. The fields
 * are filled when the tests run.
 */
export function useTwoProcessesOnRedis(): { database: ChildDatabase; a: ChildServer; b: ChildServer; admin: ChildSession } {
  const held = {} as { database: ChildDatabase; a: ChildServer; b: ChildServer; admin: ChildSession };
  beforeAll(async () => {
    Object.assign(held, await twoProcessesOnRedis());
  }, 120_000);
  afterAll(async () => {
    closeClients();
    await held.a?.stop();
    await held.b?.stop();
    await held.database?.drop();
  });
  return held;
}

export async function twoProcessesOnRedis(
  extra: NodeJS.ProcessEnv = {},
): Promise<{ database: ChildDatabase; a: ChildServer; b: ChildServer; admin: ChildSession }> {
  const database = await childDatabase(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  const redis = { ...extra, REDIS_URL: process.env.REDIS_URL };
  const a = await startChild(database, redis);
  const admin = await setUpAdministrator(a);
  const b = await startChild(database, redis);
  return { database, a, b, admin };
}
