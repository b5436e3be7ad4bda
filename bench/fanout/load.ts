/**
 * The load generator of the fan-out bench, as a child process of run.ts: N clients on one
 * server (plain `ws` sockets, or socket.io-client sockets with transports ['websocket']),
 * opened in batches; each records, for every `live:event`, the time it was received minus
 * the event's `at` (the server's clock, the same host). Reports the latencies over IPC.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { cpuMeter } from './cpu-meter.js';
import { LIVE_EVENT, rssMb, summarise, type LoadCommand, type LoadMessage } from './protocol.js';

/** Room for this many counted actions per client. */
const MAX_ACTIONS = 64;
const send = (message: LoadMessage) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();

interface Client {
  close(): void;
}

let clientCount = 0;
let latencies = new Float64Array(0);
let stored = 0;
const warmup = new Set<number>();
const perVersion = new Map<number, { count: number; first: number; last: number }>();
const spreads: number[] = [];
const meter = cpuMeter();

const receive = (event: { version: number; at: number }) => {
  const at = now();
  let seen = perVersion.get(event.version);
  if (!seen) perVersion.set(event.version, (seen = { count: 0, first: at, last: at }));
  seen.count += 1;
  seen.last = at;
  if (!warmup.has(event.version) && stored < latencies.length) latencies[stored++] = at - event.at;
  if (seen.count === clientCount) {
    const spreadMs = seen.last - seen.first;
    if (!warmup.has(event.version)) spreads.push(spreadMs);
    send({ type: 'delivered', version: event.version, spreadMs });
  }
};

const openWs = (url: string, cookie: string | undefined) =>
  new Promise<Client>((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, ...(cookie ? { headers: { cookie } } : {}) });
    socket.once('open', () => resolve({ close: () => socket.terminate() }));
    socket.once('error', reject);
    socket.on('message', (data) => receive(JSON.parse((data as Buffer).toString('utf8')) as { version: number; at: number }));
  });

const openSocketIo = (url: string, auth: Record<string, unknown>, cookie: string | undefined) =>
  new Promise<Client>((resolve, reject) => {
    const socket: Socket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 60_000,
      auth,
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    socket.once('connect', () => resolve({ close: () => socket.disconnect() }));
    socket.once('connect_error', reject);
    socket.on(LIVE_EVENT, receive);
  });

const opened: Client[] = [];

/** Rejects a connection attempt that neither opens nor fails in time. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

async function connect(command: Extract<LoadCommand, { cmd: 'connect' }>) {
  clientCount = command.clients;
  latencies = new Float64Array(command.clients * MAX_ACTIONS);
  const start = performance.now();
  let failed = 0;
  for (let from = 0; from < command.clients; from += command.batch) {
    const batch = Array.from({ length: Math.min(command.batch, command.clients - from) }, (_, i) => {
      const cookie = command.cookies.length ? command.cookies[(from + i) % command.cookies.length] : undefined;
      return command.kind === 'ws' ? openWs(command.url, cookie) : openSocketIo(command.url + command.namespace, command.auth, cookie);
    });
    for (const result of await Promise.allSettled(batch.map((opening) => within(opening, 30_000)))) {
      if (result.status === 'fulfilled') opened.push(result.value);
      else {
        failed += 1;
        if (failed <= 3) console.error(`connect failed: ${(result.reason as Error).message}`);
      }
    }
    if (process.env.FANOUT_DEBUG) console.error(`load: ${opened.length} open, ${failed} failed`);
  }
  clientCount = opened.length;
  send({ type: 'connected', clients: opened.length, failed, seconds: Math.round((performance.now() - start) / 100) / 10, rssMb: rssMb() });
}

process.on('message', (raw) => {
  const command = raw as LoadCommand;
  if (command.cmd === 'connect') void connect(command);
  else if (command.cmd === 'warmup') {
    for (const version of command.versions) warmup.add(version);
  } else if (command.cmd === 'mark') meter.mark();
  else if (command.cmd === 'collect') {
    const summary = summarise(latencies.subarray(0, stored), command.actions * clientCount, spreads);
    const { cpuUserMs, cpuSystemMs } = meter.read();
    send({ type: 'collected', summary, cpuUserMs, cpuSystemMs, rssMb: rssMb() });
  } else if (command.cmd === 'close') {
    for (const client of opened) client.close();
    send({ type: 'closed' });
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => process.exit(0));
