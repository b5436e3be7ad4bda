/**
 * From revocation to disconnection (issue 15, aim: under 1 s): a server on SQLite in this
 * process, the clients in a child process (socket.io-client over WebSocket, fetch for the SSE
 * stream), so the server's event loop is measured alone. One operator link (the target) holds
 * a live socket and an attendance stream; `others` other links hold one live socket each, so
 * the lookup of the revoked principal is measured among many connections. The link is revoked
 * through HTTP as the administrator; the child notes when the target's socket and stream close.
 * Times are wall-clock milliseconds on one machine (Date.now() in both processes).
 * Run: npx tsx bench/revocation.ts [others,...] [rounds]   e.g. npx tsx bench/revocation.ts 0,1000,3000 5
 */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { demoSeedPath } from '../src/cli/demo-conference.js';
import { importPlan } from '../src/import/index.js';
import { LIVE_NAMESPACE, SOCKET_PATH } from '../src/realtime/live-protocol.js';
import { buildApp } from '../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../src/services/index.js';
import { openTestSqlite } from '../src/storage/test-databases.js';
import { report } from './stats.js';

interface ClientJob {
  origin: string;
  conferenceId: string;
  /** Cookies of the other links, one socket each. */
  others: string[];
}

type FromChild = { kind: 'ready' } | { kind: 'closed'; round: number; socketAt: number; streamAt: number };
type ToChild = { kind: 'target'; round: number; cookie: string } | { kind: 'stop' };

/** The child: connects the others once, then for each round the target's socket and stream, and reports when they close. */
async function clients(job: ClientJob): Promise<void> {
  const connect = (cookie: string) =>
    new Promise<ReturnType<typeof io>>((resolve, reject) => {
      const socket = io(`${job.origin}${LIVE_NAMESPACE}`, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        extraHeaders: { cookie, origin: job.origin },
        auth: { conferenceId: job.conferenceId },
        forceNew: true,
        reconnection: false,
      });
      socket.once('live:snapshot', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  const others: ReturnType<typeof io>[] = [];
  for (let i = 0; i < job.others.length; i += 100) others.push(...(await Promise.all(job.others.slice(i, i + 100).map(connect))));
  const send = (message: FromChild) => process.send!(message);
  send({ kind: 'ready' });
  process.on('message', (message: ToChild) => {
    if (message.kind === 'stop') {
      for (const socket of others) socket.close();
      process.exit(0);
    }
    void (async () => {
      const socket = await connect(message.cookie);
      const response = await fetch(`${job.origin}/api/v1/conferences/${job.conferenceId}/events`, { headers: { cookie: message.cookie } });
      const reader = response.body!.getReader();
      await reader.read(); // the retry hint and `ready`
      let socketAt = 0;
      let streamAt = 0;
      const done = () => socketAt && streamAt && send({ kind: 'closed', round: message.round, socketAt, streamAt });
      socket.on('disconnect', () => {
        socketAt = Date.now();
        done();
      });
      void (async () => {
        while (!(await reader.read()).done);
        streamAt = Date.now();
        done();
      })();
      send({ kind: 'ready' });
    })();
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function benchOne(otherCount: number, rounds: number): Promise<void> {
  const database = await openTestSqlite();
  const services = createServices(database);
  await loadReferenceUnitLists(database);
  const conference = await services.conferences.createFromDraft(
    await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) }),
  );
  const pointId = conference.bridgePoints[0]!.id;
  const email = 'bench@diemcau.local';
  const password = 'Hội nghị trực tuyến Đồng Tháp 2021 (bench)';
  const { token } = await services.accounts.createFirstAdminSetupLink();
  await services.accounts.completeSetup(token, { email, displayName: 'Bench', password });
  const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
  const admin = { cookie: `diemcau_session=${login.token}`, 'x-csrf-token': login.csrfToken };
  const link = async (label: string) =>
    services.accessLinks.createLink({
      conferenceId: conference.id,
      purpose: 'operator',
      bridgePointId: pointId,
      label,
      createdByUserId: null,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
  const others: string[] = [];
  for (let i = 0; i < otherCount; i += 1) others.push(`diemcau_session=l.${(await link(`Khác ${i}`)).token}`);

  const app = await buildApp({ services, database: { dialect: 'sqlite' }, webRoot: null, logger: false });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const child = fork(fileURLToPath(import.meta.url), ['--clients'], { execArgv: process.execArgv, stdio: 'inherit' });
  const next = <K extends FromChild['kind']>(kind: K) =>
    new Promise<Extract<FromChild, { kind: K }>>((resolve) => {
      const on = (message: FromChild) => {
        if (message.kind !== kind) return;
        child.off('message', on);
        resolve(message as Extract<FromChild, { kind: K }>);
      };
      child.on('message', on);
    });
  try {
    const started = next('ready');
    child.send({ origin, conferenceId: conference.id, others } satisfies ClientJob);
    await started;
    const socketMs: number[] = [];
    const streamMs: number[] = [];
    const requestMs: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const target = await link(`Đích ${round}`);
      const connected = next('ready');
      child.send({ kind: 'target', round, cookie: `diemcau_session=l.${target.token}` } satisfies ToChild);
      await connected;
      const closed = next('closed');
      const revokedAt = Date.now();
      const response = await fetch(`${origin}/api/v1/conferences/${conference.id}/access-links/${target.link.id}/revoke`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/json' },
        body: '{}',
      });
      if (response.status !== 200) throw new Error(`revoke: ${response.status} ${await response.text()}`);
      requestMs.push(Date.now() - revokedAt);
      const { socketAt, streamAt } = await closed;
      socketMs.push(socketAt - revokedAt);
      streamMs.push(streamAt - revokedAt);
    }
    report('revocation/time to disconnection', {
      otherSockets: otherCount,
      rounds,
      revokeRequestMedianMs: median(requestMs),
      socketClosedMedianMs: median(socketMs),
      socketClosedMaxMs: Math.max(...socketMs),
      streamClosedMedianMs: median(streamMs),
      streamClosedMaxMs: Math.max(...streamMs),
    });
  } finally {
    child.send({ kind: 'stop' } satisfies ToChild);
    await app.close();
    await database.close();
  }
}

export async function benchRevocation(sizes = [0, 1000, 3000], rounds = 5): Promise<void> {
  for (const size of sizes) await benchOne(size, rounds);
}

if (process.argv[2] === '--clients') {
  process.once('message', (job) => void clients(job as ClientJob));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : undefined;
  benchRevocation(sizes, Number(process.argv[3] ?? 5)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
