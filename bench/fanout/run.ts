/**
 * Fan-out of a chair's action to N clients (issue 5): how long from the change on the server
 * (the event's `at`) to its arrival at every client, for N = 1,000, 5,000 and 10,000, on
 * Socket.IO and, in the same run, on a bare `ws` server sending the same JSON (the floor).
 * Three processes per run: the server (bare-server.ts, or app-server.ts: the real app with
 * its gateway), the load generator (load.ts: N sockets), and this one, which issues the
 * actions ~1 s apart (bare servers: by IPC; the app: the chair's HTTP command), waits until
 * every client has each one, and prints one markdown row per server and size.
 * Aim: p99 under 100 ms at 5,000 clients and Socket.IO within 1.3× of bare ws.
 * Run: npx tsx bench/fanout/run.ts [--sizes 1000,5000,10000] [--servers ws,socketio,app] [--actions 10] [--profile DIR]
 */
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  nextMessage,
  type LatencySummary,
  type LoadCommand,
  type LoadMessage,
  type ServerCommand,
  type ServerKind,
  type ServerMessage,
} from './protocol.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const sizes = option('sizes', '1000,5000,10000').split(',').map(Number);
const appServer = fileURLToPath(new URL('./app-server.ts', import.meta.url));
const servers = option('servers', existsSync(appServer) ? 'ws,socketio,app' : 'ws,socketio').split(',') as ServerKind[];
const actions = Number(option('actions', '10'));
const warmups = Number(option('warmup', '2'));
const batch = Number(option('batch', '250'));
const spacingMs = Number(option('spacing', '1000'));
/** `--profile DIR`: the server writes a V8 CPU profile of its whole run there (node --cpu-prof). */
const profileDir = option('profile', '');

interface Row {
  server: ServerKind;
  clients: number;
  connected: number;
  failed: number;
  connectSeconds: number;
  latency: LatencySummary;
  writeMs: number;
  serverCpuMsPerAction: number;
  serverRssMb: number;
  loadCpuMsPerAction: number;
  loadRssMb: number;
  /** The host's 1-minute load average when the row ended (other work on the machine shows here). */
  hostLoad: number;
}

const child = (file: string, args: string[] = [], extraExecArgv: string[] = []): ChildProcess =>
  fork(fileURLToPath(new URL(file, import.meta.url)), args, {
    execArgv: [...process.execArgv, ...extraExecArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

/** Lets the process end by itself (a profile is written on a normal exit), then kills it. */
const stop = async (process: ChildProcess) => {
  if (process.exitCode !== null || process.signalCode !== null) return;
  const exited = new Promise((done) => process.once('exit', done));
  if (process.connected) process.disconnect();
  await Promise.race([exited, sleep(10_000)]);
  process.kill();
};

async function runOne(server: ServerKind, clients: number): Promise<Row> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/${server}-${clients}`] : [];
  const serverProcess = server === 'app' ? child('./app-server.ts', [], profile) : child('./bare-server.ts', [server], profile);
  const load = child('./load.ts');
  const toServer = (command: ServerCommand) => serverProcess.send(command);
  const toLoad = (command: LoadCommand) => load.send(command);
  try {
    const listening = nextMessage<ServerMessage>(serverProcess, (m) => m.type === 'listening');
    toServer({ cmd: 'listen', clients });
    const info = (await listening) as Extract<ServerMessage, { type: 'listening' }>;
    const origin = `http://127.0.0.1:${info.port}`;
    const connected = nextMessage<LoadMessage>(load, (m) => m.type === 'connected');
    toLoad({
      cmd: 'connect',
      kind: server,
      url: server === 'ws' ? `ws://127.0.0.1:${info.port}` : origin,
      namespace: info.namespace,
      auth: info.auth,
      cookies: info.cookies,
      clients,
      batch,
    });
    const link = (await connected) as Extract<LoadMessage, { type: 'connected' }>;
    toLoad({ cmd: 'warmup', versions: Array.from({ length: warmups }, (_, i) => info.versionBase + i + 1) });

    let writeTotal = 0;
    for (let step = 1; step <= warmups + actions; step += 1) {
      const version = info.versionBase + step;
      if (step === warmups + 1) {
        toServer({ cmd: 'mark' });
        toLoad({ cmd: 'mark' });
        writeTotal = 0;
      }
      const start = performance.now();
      const delivered = nextMessage<LoadMessage>(load, (m) => m.type === 'delivered' && m.version === version, 30_000).catch(() => null);
      if (info.chair) {
        const response = await fetch(origin + info.chair.path, { method: 'POST', headers: info.chair.headers, body: info.chair.body });
        if (!response.ok) throw new Error(`chair command: ${response.status} ${await response.text()}`);
      } else {
        const sent = nextMessage<ServerMessage>(serverProcess, (m) => m.type === 'sent' && m.version === version);
        toServer({ cmd: 'broadcast', version });
        writeTotal += ((await sent) as Extract<ServerMessage, { type: 'sent' }>).writeMs;
      }
      if (!(await delivered)) console.error(`${server} ${clients}: version ${version} not delivered to every client within 30 s`);
      await sleep(Math.max(0, spacingMs - (performance.now() - start)));
    }
    const stats = nextMessage<ServerMessage>(serverProcess, (m) => m.type === 'stats');
    toServer({ cmd: 'stats' });
    const serverStats = (await stats) as Extract<ServerMessage, { type: 'stats' }>;
    const collected = nextMessage<LoadMessage>(load, (m) => m.type === 'collected');
    toLoad({ cmd: 'collect', actions });
    const result = (await collected) as Extract<LoadMessage, { type: 'collected' }>;
    const closed = nextMessage<LoadMessage>(load, (m) => m.type === 'closed', 30_000);
    toLoad({ cmd: 'close' });
    await closed;
    return {
      server,
      clients,
      connected: link.clients,
      failed: link.failed,
      connectSeconds: link.seconds,
      latency: result.summary,
      writeMs: Math.round((writeTotal / actions) * 10) / 10,
      serverCpuMsPerAction: Math.round((serverStats.cpuUserMs + serverStats.cpuSystemMs) / actions),
      serverRssMb: serverStats.rssMb,
      loadCpuMsPerAction: Math.round((result.cpuUserMs + result.cpuSystemMs) / actions),
      loadRssMb: result.rssMb,
      hostLoad: Math.round(os.loadavg()[0]! * 10) / 10,
    };
  } finally {
    load.kill();
    await stop(serverProcess);
  }
}

/** Each process holds one descriptor per socket: the limit must exceed the largest N. */
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
if (fdLimit < Math.max(...sizes) + 500) {
  console.error(`ulimit -n is ${fdLimit}: raise it (ulimit -n ${Math.max(...sizes) + 1000}) before running ${Math.max(...sizes)} clients.`);
  process.exit(1);
}

const cell = (row: Row, base: Row | undefined) => {
  const l = row.latency;
  const ratio = base && row.server !== 'ws' ? `${(l.p99Ms / base.latency.p99Ms).toFixed(2)}×` : '';
  return `| ${row.clients.toLocaleString('en')} | ${row.server} | ${row.connected}${row.failed ? ` (${row.failed} failed)` : ''} | ${l.p50Ms} | ${l.p90Ms} | ${l.p99Ms} | ${l.maxMs} | ${ratio} | ${l.meanSpreadMs} | ${row.writeMs || '–'} | ${row.serverCpuMsPerAction} | ${row.serverRssMb} | ${row.loadCpuMsPerAction} | ${row.loadRssMb} | ${l.missing} | ${row.hostLoad} |`;
};

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, load ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
console.log(
  `Command: npx tsx bench/fanout/run.ts --sizes ${sizes.join(',')} --servers ${servers.join(',')} --actions ${actions} (warm-up ${warmups}, batch ${batch}, spacing ${spacingMs} ms); ulimit -n ${fdLimit}`,
);
console.log('');
console.log(
  '| clients | server | connected | p50 | p90 | p99 | max | p99 ÷ ws | first→last | emit (sync) | server CPU/action | server RSS | load CPU/action | load RSS | missing | host load |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const clients of sizes) {
  let base: Row | undefined;
  for (const server of servers) {
    const row = await runOne(server, clients);
    if (server === 'ws') base = row;
    console.log(cell(row, base));
  }
}
