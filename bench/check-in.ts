/**
 * Sustained check-ins per second and their latency over real HTTP (loopback, keep-alive),
 * on SQLite and on PostgreSQL. The load comes from a child process (this file with
 * `--load`: node:http with a keep-alive agent, N requests in flight), so that the server's
 * event loop is measured alone. In the same run, at the same concurrency: the HTTP floor
 * (GET /api/v1/health: no session, no database), the session lookup (GET /auth/me), then
 * POST /check-ins as a signed-in user and as an operator link (which records its use at
 * most once a minute), the same without the group commit; then check-ins arriving at fixed
 * rates (open loop, latency counted from the planned start); and the service call without
 * HTTP, one at a time (the database's share).
 * Run: npx tsx bench/check-in.ts [seconds] [concurrency]   (PostgreSQL too when DATABASE_URL is set,
 *   e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { buildApp } from '../src/server/app.js';
import { linkCsrfToken } from '../src/server/plugins/auth-cookie.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { createCheckInService } from '../src/services/participants/check-in-service.js';
import { newDelegateRow, personFields } from '../src/services/participants/delegate-input.js';
import { insertDelegates } from '../src/storage/repositories/delegate-repository.js';
import { openTestPostgres, openTestSqlite } from '../src/storage/test-databases.js';
import { report, time, benchPostgres } from './stats.js';

export interface LoadJob {
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Check-ins: one delegate per request, each once (the run ends early when they run out); null: GET. */
  checkIns: { delegateIds: string[]; bridgePointId: string } | null;
  concurrency: number;
  /** Open loop: requests started at this rate whatever the answers (latency from the planned start); else closed loop. */
  ratePerSecond?: number;
  durationMs: number;
  warmupRequests: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  statuses: Record<string, number>;
}

const round = (value: number) => Math.round(value * 100) / 100;
/** Arrival rates of the open-loop runs, check-ins per second (the aim: 2,000 with p99 under 20 ms on SQLite). */
const RATES = [250, 500, 1000, 2000];

/** The child: sends the requests and measures each one from the first byte written to the last byte read. */
async function generate(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const { hostname, port } = new URL(job.origin);
  const send = (body: string | null) =>
    new Promise<number>((resolve, reject) => {
      const headers = body === null ? job.headers : { ...job.headers, 'content-length': String(Buffer.byteLength(body)) };
      const request = http.request({ agent, hostname, port, path: job.path, method: job.method, headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
      request.end(body ?? undefined);
    });
  const bodies = job.checkIns?.delegateIds.map((delegateId) =>
    JSON.stringify({ key: randomUUID(), delegateId, method: 'search', bridgePointId: job.checkIns!.bridgePointId }),
  );
  let next = 0;
  const take = () => (bodies === undefined ? null : bodies[next++]);
  // Warm-up: connections opened, code paths compiled; not counted.
  for (let i = 0; i < job.warmupRequests; i += job.concurrency) {
    await Promise.all(Array.from({ length: Math.min(job.concurrency, job.warmupRequests - i) }, () => send(take() ?? null)));
  }
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const end = start + job.durationMs;
  const timed = async (body: string | null, planned: number) => {
    const status = await send(body);
    latencies.push(performance.now() - planned);
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  if (job.ratePerSecond) {
    // Open loop: the i-th request is due at start + i/rate; a slow server makes them wait (and that counts).
    const inFlight = new Set<Promise<void>>();
    for (let sent = 0; ;) {
      const now = performance.now();
      if (now >= end) break;
      const due = Math.floor(((now - start) / 1000) * job.ratePerSecond);
      for (; sent < due; sent++) {
        const body = take();
        if (body === undefined) break;
        const pending = timed(body, start + (sent / job.ratePerSecond) * 1000).finally(() => inFlight.delete(pending));
        inFlight.add(pending);
      }
      await new Promise((done) => setTimeout(done, 1));
    }
    await Promise.all(inFlight);
  }
  const worker = async () => {
    while (performance.now() < end) {
      const body = take();
      if (body === undefined) return;
      await timed(body, performance.now());
    }
  };
  if (!job.ratePerSecond) await Promise.all(Array.from({ length: job.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
  return {
    requests: sorted.length,
    seconds: round(seconds),
    perSecond: Math.round(sorted.length / seconds),
    p50Ms: at(50),
    p90Ms: at(90),
    p99Ms: at(99),
    maxMs: at(100),
    statuses,
  };
}

/** Runs `job` in a child process (this file with --load) and resolves with its figures. */
export const runLoad = (job: LoadJob) =>
  new Promise<LoadResult>((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--load'], { execArgv: process.execArgv, stdio: 'inherit' });
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send(job);
  });

async function benchOne(dialect: 'sqlite' | 'postgres', seconds: number, concurrency: number): Promise<void> {
  const database = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  try {
    await loadReferenceUnitLists(database);
    const services = createServices(database);
    const draft = await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) });
    const conference = await services.conferences.createFromDraft(draft);
    const pointId = conference.bridgePoints[0]!.id;
    // Enough delegates that nobody is checked in twice: the aim (2,000/s) twice over, plus the warm-ups.
    const perRun = Math.ceil(seconds * 4000) + 2000;
    const makeDelegates = async (count: number) => {
      const at = new Date().toISOString();
      const rows = Array.from({ length: count }, (_, i) =>
        newDelegateRow(
          { id: randomUUID(), conferenceId: conference.id, bridgePointId: pointId, participantGroupId: null },
          personFields({ fullName: `Đại biểu ${i}` }),
          at,
        ),
      );
      await database.db.transaction().execute((trx) => insertDelegates(trx, rows));
      return rows.map((row) => row.id);
    };

    const email = 'bench@diemcau.local';
    const password = 'mat-khau-do-hieu-nang';
    const { token } = await services.accounts.createFirstAdminSetupLink();
    await services.accounts.completeSetup(token, { email, displayName: 'Bench', password });
    const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
    const user = { cookie: `diemcau_session=${login.token}`, 'x-csrf-token': login.csrfToken };
    const link = await services.accessLinks.createLink({
      conferenceId: conference.id,
      purpose: 'operator',
      bridgePointId: pointId,
      label: 'Bench',
      createdByUserId: null,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const operator = { cookie: `diemcau_session=l.${link.token}`, 'x-csrf-token': linkCsrfToken(link.token) };

    const app = await buildApp({ services, database: { dialect }, webRoot: null, logger: false });
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const common = { dialect, concurrency, seconds };
    interface Options {
      at?: string;
      rate?: number;
    }
    const load = (
      path: string,
      method: LoadJob['method'],
      headers: Record<string, string>,
      checkIns: LoadJob['checkIns'],
      options: Options = {},
    ) =>
      runLoad({
        origin: options.at ?? origin,
        path,
        method,
        headers,
        checkIns,
        durationMs: seconds * 1000,
        warmupRequests: 1000,
        // Open loop: as many connections as it takes (up to 256), so that the rate holds while answers are slow.
        ...(options.rate ? { ratePerSecond: options.rate, concurrency: 256 } : { concurrency }),
      });
    const checkIns = async (ids: string[], headers: Record<string, string>, options: Options = {}) => {
      const before = { ...services.checkIns.commitStats };
      const result = await load(
        `/api/v1/conferences/${conference.id}/check-ins`,
        'POST',
        { ...headers, 'content-type': 'application/json' },
        { delegateIds: ids, bridgePointId: pointId },
        options,
      );
      const { batches, writes } = services.checkIns.commitStats;
      return { ...result, meanBatch: batches > before.batches ? round((writes - before.writes) / (batches - before.batches)) : null };
    };
    try {
      report('check-in/http GET /health (baseline: no session, no database)', {
        ...common,
        ...(await load('/api/v1/health', 'GET', {}, null)),
      });
      report('check-in/http GET /auth/me (session lookup)', { ...common, ...(await load('/api/v1/auth/me', 'GET', user, null)) });
      report('check-in/http POST /check-ins (user session)', { ...common, ...(await checkIns(await makeDelegates(perRun), user)) });
      report('check-in/http POST /check-ins (operator link)', { ...common, ...(await checkIns(await makeDelegates(perRun), operator)) });
      // The same without the group commit: one transaction, one fsync, per check-in.
      const single = await buildApp({
        services: { ...services, checkIns: createCheckInService(database, { maxBatch: 1 }) },
        database: { dialect },
        webRoot: null,
        logger: false,
      });
      try {
        const at = await single.listen({ host: '127.0.0.1', port: 0 });
        const { meanBatch: _none, ...unbatched } = await checkIns(await makeDelegates(perRun), user, { at });
        report('check-in/http POST /check-ins (user session, a transaction each: no group commit)', { ...common, ...unbatched });
      } finally {
        await single.close();
      }
      // Latency at a given rate (open loop): does the door keep up, and how long does each one wait?
      for (const rate of RATES) {
        const result = await checkIns(await makeDelegates(rate * seconds + 1000), user, { rate });
        report('check-in/http POST /check-ins at a fixed rate (user session)', { dialect, rate, ...result });
      }
      const direct = await makeDelegates(3000);
      let i = 0;
      report('check-in/service checkIn (no HTTP, one at a time)', {
        dialect,
        ...(await time(
          () => services.checkIns.checkIn(conference.id, { key: randomUUID(), delegateId: direct[i++]!, method: 'search' }),
          2500,
          300,
        )),
      });
      const delegates = await services.delegates.list(conference.id, { attendance: 'present', limit: 1 });
      report('check-in/present after the runs', { dialect, present: delegates.total });
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export async function benchCheckIn(seconds = 10, concurrency = 32): Promise<void> {
  await benchOne('sqlite', seconds, concurrency);
  await benchPostgres(() => benchOne('postgres', seconds, concurrency));
}

if (process.argv[2] === '--load') {
  process.once('message', (job) => {
    generate(job as LoadJob).then(
      (result) => process.send!(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} else if (import.meta.url === `file://${process.argv[1]}`) {
  benchCheckIn(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 32)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
