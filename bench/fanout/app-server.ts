/**
 * The real server of the fan-out bench, as a child process of run.ts: buildApp with its
 * services and the live Socket.IO gateway, on a temporary SQLite database, on 127.0.0.1.
 * A national-scale conference (the seed plan widened to 700 bridge points), one display link
 * per point (the clients are spread over them: each joins the conference's room and its
 * point's room, as a hall's big screen does) and a signed-in administrator as the chair.
 * The meeting and its first item are started before the clients connect; each measured
 * action is the chair's POST …/live/commands `extend` +1 min, sent by run.ts over HTTP.
 *
 * Multi-process rows: every process is given REDIS_URL's backbone (RedisEventBus, as
 * `diemcau serve` with REDIS_URL: the committed event is published once, and every process
 * emits it to its own sockets); the first makes the database as above, the others open the
 * same SQLite folder (`dataDir`) and only listen.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { demoSeedPath } from '../../src/cli/demo-conference.js';
import type { PlanDraft } from '../../src/domain/conference.schema.js';
import { importPlan } from '../../src/import/index.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';
import { LIVE_NAMESPACE } from '../../src/realtime/live-protocol.js';
import { buildApp } from '../../src/server/app.js';
import { createServices, loadReferenceUnitLists } from '../../src/services/index.js';
import { openTestSqlite } from '../../src/storage/test-databases.js';
import { openDatabase } from '../../src/storage/index.js';
import { InProcessEventBus, type EventBus } from '../../src/realtime/event-bus.js';
import { connectRedisEventBus } from '../../src/realtime/redis-event-bus.js';
import { cpuMeter } from './cpu-meter.js';
import type { ServerCommand, ServerMessage } from './protocol.js';

const POINTS = 700;
const send = (message: ServerMessage) => process.send!(message);

const widened = (draft: PlanDraft): PlanDraft => ({
  ...draft,
  bridgePoints: [
    ...draft.bridgePoints,
    ...Array.from({ length: POINTS - draft.bridgePoints.length }, (_, i) => ({
      ...draft.bridgePoints[draft.bridgePoints.length - 1]!,
      key: `bench-point-${i}`,
      name: `UBND xã số ${i + 1}`,
      address: `Hội trường UBND xã số ${i + 1}`,
      isHost: false,
    })),
  ],
});

const backbone = (redisUrl: string | undefined): Promise<EventBus> =>
  redisUrl
    ? connectRedisEventBus(redisUrl, { log: (message, error) => console.error(message, error) })
    : Promise.resolve(new InProcessEventBus());

const closeOnDisconnect = (app: FastifyInstance, events: EventBus, close: () => Promise<void>) =>
  process.on(
    'disconnect',
    () =>
      void app
        .close()
        .then(() => events.close())
        .then(close)
        .finally(() => process.exit(0)),
  );

/** The app as the bench runs it: no web build, no log, room for every client's socket. */
const benchApp = (services: ReturnType<typeof createServices>, redisUrl: string | undefined, clients: number) =>
  buildApp({
    services,
    database: { dialect: 'sqlite' },
    webRoot: null,
    logger: false,
    redisUrl: redisUrl ?? null,
    liveSocket: { maxConnections: clients + 1000 },
  });

/** Another process of a multi-process row: the same database and backbone, listening only. */
async function replica(clients: number, dataDir: string, redisUrl: string | undefined) {
  const database = await openDatabase({ dataDir });
  await loadReferenceUnitLists(database);
  const events = await backbone(redisUrl);
  const services = createServices(database, { events });
  const app = await benchApp(services, redisUrl, clients);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  send({
    type: 'listening',
    port: Number(new URL(address).port),
    namespace: LIVE_NAMESPACE,
    auth: {},
    cookies: [],
    chair: null,
    versionBase: 0,
    dataDir,
  });
  closeOnDisconnect(app, events, () => database.close());
  return app;
}

async function start(clients: number, redisUrl: string | undefined) {
  const database = await openTestSqlite();
  await loadReferenceUnitLists(database);
  const events = await backbone(redisUrl);
  const services = createServices(database, { events });
  const created = await services.conferences.createFromDraft(
    widened(await importPlan({ fileName: 'seed.txt', data: await readFile(demoSeedPath()) })),
  );
  // The whole plan: past 500 points the write's answer carries none (issue 18), and every point gets a screen link.
  const conference = await services.conferences.get(created.id);
  const email = 'bench@diemcau.local';
  const password = 'mat-khau-do-hieu-nang';
  const { token } = await services.accounts.createFirstAdminSetupLink();
  await services.accounts.completeSetup(token, { email, displayName: 'Bench', password });
  const login = await services.sessions.login({ email, password, ip: '127.0.0.1', userAgent: 'bench' });
  const chairHeaders = { cookie: `diemcau_session=${login.token}`, 'x-csrf-token': login.csrfToken, 'content-type': 'application/json' };
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const cookies: string[] = [];
  for (const point of conference.bridgePoints.slice(0, Math.min(POINTS, clients))) {
    const link = await services.accessLinks.createLink({
      conferenceId: conference.id,
      purpose: 'display',
      bridgePointId: point.id,
      label: `Màn hình ${point.name}`,
      createdByUserId: null,
      expiresAt,
    });
    cookies.push(`diemcau_session=l.${link.token}`);
  }
  const app = await benchApp(services, redisUrl, clients);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const path = `/api/v1/conferences/${conference.id}/live/commands`;
  for (const command of [START_CONFIRMED, { type: 'start_item' }]) {
    const response = await fetch(address + path, { method: 'POST', headers: chairHeaders, body: JSON.stringify(command) });
    if (!response.ok) throw new Error(`${command.type}: ${response.status} ${await response.text()}`);
  }
  const { version } = await services.live.state(conference.id);
  send({
    type: 'listening',
    port: Number(new URL(address).port),
    namespace: LIVE_NAMESPACE,
    auth: { conferenceId: conference.id, version },
    cookies,
    chair: { path, headers: chairHeaders, body: JSON.stringify({ type: 'extend', target: 'item', seconds: 60 }) },
    versionBase: version,
    dataDir: database.dataDir ?? undefined,
  });
  closeOnDisconnect(app, events, () => database.close());
  return app;
}

const meter = cpuMeter();
let clientsOf: () => number = () => 0;
process.on('message', (raw) => {
  const command = raw as ServerCommand;
  if (command.cmd === 'listen') {
    (command.dataDir ? replica(command.clients, command.dataDir, command.redisUrl) : start(command.clients, command.redisUrl)).then(
      (app) => (clientsOf = () => app.liveGateway.size),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else if (command.cmd === 'mark') meter.mark();
  else if (command.cmd === 'stats') send({ type: 'stats', ...meter.read(), clients: clientsOf() });
});
