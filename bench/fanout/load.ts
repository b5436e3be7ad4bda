/**
 * A load generator of the fan-out bench, as a child process of run.ts (one or several: run.ts
 * splits the clients over `--loaders` of them): this one's share of the N clients, each on the
 * server process `urls[i % urls.length]` (several in the multi-process rows, as a reverse proxy
 * with sticky sessions spreads browsers), opened in batches. Each client records, for every
 * `live:event`, the time it was received minus the event's `at` (the server's clock, the same
 * host), and the generator reports them over IPC.
 *
 * Every client is a plain `ws` socket. For Socket.IO (bare and app) it speaks the Engine.IO 4 /
 * Socket.IO 5 text protocol itself (open packet, namespace CONNECT with the handshake, `42`
 * events, answering pings) rather than through socket.io-client: the servers see exactly what
 * a browser sends (`transports: ['websocket']`), and receiving costs the generator about what
 * it costs for bare ws, so the generator, which shares the host's cores with the server, takes
 * less of them and the same for all three servers.
 */
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { SOCKET_PATH } from '../../src/realtime/live-protocol.js';
import { cpuMeter } from './cpu-meter.js';
import { LIVE_EVENT, rssMb, type LoadCommand, type LoadMessage } from './protocol.js';

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
const meter = cpuMeter();

const receive = (at: number, event: { version: number; at: number }) => {
  let seen = perVersion.get(event.version);
  if (!seen) perVersion.set(event.version, (seen = { count: 0, first: at, last: at }));
  seen.count += 1;
  seen.last = at;
  if (!warmup.has(event.version) && stored < latencies.length) latencies[stored++] = at - event.at;
  if (seen.count === clientCount) send({ type: 'delivered', version: event.version, first: seen.first, last: seen.last });
};

/** The certificate of the reverse proxy, when the clients go through it (wss://). */
let ca: string | undefined;
const optionsOf = (cookie: string | undefined) => ({
  perMessageDeflate: false,
  ...(cookie ? { headers: { cookie } } : {}),
  ...(ca ? { ca } : {}),
});

const openWs = (url: string, cookie: string | undefined) =>
  new Promise<Client>((resolve, reject) => {
    const socket = new WebSocket(url, optionsOf(cookie));
    socket.once('open', () => resolve({ close: () => socket.terminate() }));
    socket.once('error', reject);
    socket.on('message', (data) => {
      const at = now();
      receive(at, JSON.parse((data as Buffer).toString('utf8')) as { version: number; at: number });
    });
  });

/** Socket.IO over one WebSocket, without polling: Engine.IO open, namespace CONNECT, events, pongs. */
const openSocketIo = (origin: string, namespace: string, auth: Record<string, unknown>, cookie: string | undefined) =>
  new Promise<Client>((resolve, reject) => {
    const url = `${origin.replace(/^http/, 'ws')}${SOCKET_PATH}/?EIO=4&transport=websocket`;
    const socket = new WebSocket(url, optionsOf(cookie));
    const eventPrefix = `42${namespace},`;
    socket.once('error', reject);
    socket.on('message', (data) => {
      const at = now();
      const text = (data as Buffer).toString('utf8');
      if (text.startsWith(eventPrefix)) {
        const [name, payload] = JSON.parse(text.slice(eventPrefix.length)) as [string, { version: number; at: number }];
        if (name === LIVE_EVENT) receive(at, payload);
      } else if (text === '2') socket.send('3');
      else if (text.startsWith('0')) socket.send(`40${namespace},${JSON.stringify(auth)}`);
      else if (text.startsWith(`40${namespace},`)) resolve({ close: () => socket.terminate() });
      else if (text.startsWith(`44${namespace},`)) {
        socket.terminate();
        reject(new Error(`refused: ${text.slice(4 + namespace.length)}`));
      }
    });
  });

const opened: Client[] = [];

/** Rejects a connection attempt that neither opens nor fails in time. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

async function connect(command: Extract<LoadCommand, { cmd: 'connect' }>) {
  clientCount = command.clients;
  ca = command.ca;
  latencies = new Float64Array(command.clients * MAX_ACTIONS);
  const start = performance.now();
  let failed = 0;
  for (let from = 0; from < command.clients; from += command.batch) {
    const batch = Array.from({ length: Math.min(command.batch, command.clients - from) }, (_, i) => {
      const index = command.first + from + i;
      const cookie = command.cookies.length ? command.cookies[index % command.cookies.length] : undefined;
      const url = command.urls[index % command.urls.length]!;
      return command.kind === 'ws' ? openWs(url, cookie) : openSocketIo(url, command.namespace, command.auth, cookie);
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
    const { cpuUserMs, cpuSystemMs } = meter.read();
    send({ type: 'collected', latencies: Array.from(latencies.subarray(0, stored)), cpuUserMs, cpuSystemMs, rssMb: rssMb() });
  } else if (command.cmd === 'close') {
    for (const client of opened) client.close();
    send({ type: 'closed' });
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => process.exit(0));
