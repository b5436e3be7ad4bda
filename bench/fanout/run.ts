/**
 * Fan-out of a chair's action to N clients (issue 5, issue 18): how long from the change on the
 * server (the event's `at`) to its arrival at every client, for N = 1,000, 5,000 and 10,000, on
 * Socket.IO and, in the same run, on a bare `ws` server sending the same JSON (the floor).
 * Processes per row: the server (bare-server.ts, or app-server.ts: the real app with its
 * gateway), the load generators (load.ts: the N sockets split over `--loaders` processes,
 * by default one per 5,000 clients), and this one, which issues the actions ~1 s apart (bare
 * servers: by IPC; the app: the chair's HTTP command), waits until every client has each one,
 * and prints one markdown row per server and size.
 *
 * Multi-process rows (`--processes 2,4`): for each size, the app again as P processes on one
 * SQLite database and the Redis backbone (REDIS_URL, default redis://127.0.0.1:6379), the
 * clients spread evenly over them (as a reverse proxy with sticky sessions would), the chair's
 * command sent to the first; each process's CPU per action and per delivery is reported, and
 * the row is compared with the single-process app row of the same run.
 *
 * Rows through the reverse proxy (`--caddy ws,app`): those servers again, one process each,
 * with the clients on the shipped Caddyfile (test/security/caddy-proxy.ts: TLS, a certificate
 * made for the run) in front: what Caddy adds to the latency, and its own CPU per delivery.
 * Aim: p99 under 100 ms at 5,000 clients and the app within 1.3× of bare ws.
 * Run: npx tsx bench/fanout/run.ts [--sizes 1000,5000,10000] [--servers ws,socketio,app]
 *      [--processes 2,4] [--caddy ws,app] [--loaders K] [--actions 10] [--profile DIR]
 */
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  nextMessage,
  summarise,
  type LatencySummary,
  type LoadCommand,
  type LoadMessage,
  type ServerCommand,
  type ServerKind,
  type ServerMessage,
} from './protocol.js';
import { startCaddy, type CaddyProxy } from '../../test/security/caddy-proxy.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const list = (value: string) => (value ? value.split(',').map(Number) : []);
const sizes = list(option('sizes', '1000,5000,10000'));
const appServer = fileURLToPath(new URL('./app-server.ts', import.meta.url));
const servers = option('servers', existsSync(appServer) ? 'ws,socketio,app' : 'ws,socketio').split(',') as ServerKind[];
const processCounts = list(option('processes', '')).filter((count) => count > 1);
const behindCaddy = option('caddy', '')
  .split(',')
  .filter((server) => server !== '') as ServerKind[];
const redisUrl = option('redis', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const loadersOption = Number(option('loaders', '0'));
const actions = Number(option('actions', '10'));
const warmups = Number(option('warmup', '2'));
const batch = Number(option('batch', '250'));
const spacingMs = Number(option('spacing', '1000'));
/** `--profile DIR`: the server writes a V8 CPU profile of its whole run there (node --cpu-prof). */
const profileDir = option('profile', '');

interface ProcessStats {
  cpuMsPerAction: number;
  rssMb: number;
  clients: number;
}

interface Row {
  server: ServerKind;
  processes: number;
  loaders: number;
  clients: number;
  connected: number;
  failed: number;
  latency: LatencySummary;
  writeMs: number;
  perProcess: ProcessStats[];
  serverCpuMsPerAction: number;
  /** Through the reverse proxy: Caddy's CPU per action (null without it). */
  proxyCpuMsPerAction: number | null;
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

type Listening = Extract<ServerMessage, { type: 'listening' }>;
type Stats = Extract<ServerMessage, { type: 'stats' }>;

/** CPU time (user + system, ms) of another process, from /proc (Linux). */
const cpuMsOf = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / Number(execSync('getconf CLK_TCK').toString().trim());
};

const share = (total: number, parts: number, index: number) => Math.floor(total / parts) + (index < total % parts ? 1 : 0);

async function runOne(server: ServerKind, clients: number, processes = 1, viaCaddy = false): Promise<Row> {
  const profile = (index: number) =>
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/${server}-${clients}${processes > 1 ? `-p${processes}-${index}` : ''}`] : [];
  const serverProcesses: ChildProcess[] = [];
  const loaderCount = loadersOption > 0 ? loadersOption : Math.max(1, Math.round(clients / 5000));
  const loads = Array.from({ length: loaderCount }, () => child('./load.ts'));
  let proxy: CaddyProxy | null = null;
  let proxyCpuAtMark = 0;
  const toLoads = (command: LoadCommand) => loads.forEach((load) => load.send(command));
  const fromLoads = <M extends LoadMessage>(match: (m: LoadMessage) => boolean, timeoutMs?: number) =>
    Promise.all(loads.map((load) => nextMessage<LoadMessage>(load, match, timeoutMs) as Promise<M>));
  try {
    const listen = async (index: number, dataDir?: string) => {
      const serverProcess =
        server === 'app' ? child('./app-server.ts', [], profile(index)) : child('./bare-server.ts', [server], profile(index));
      serverProcesses.push(serverProcess);
      const listening = nextMessage<ServerMessage>(serverProcess, (m) => m.type === 'listening');
      serverProcess.send({
        cmd: 'listen',
        clients: share(clients, processes, index),
        ...(processes > 1 ? { redisUrl } : {}),
        ...(dataDir ? { dataDir } : {}),
      } satisfies ServerCommand);
      return (await listening) as Listening;
    };
    const info = await listen(0);
    const ports = [info.port];
    for (let index = 1; index < processes; index += 1) ports.push((await listen(index, info.dataDir)).port);
    const origins = ports.map((port) => `http://127.0.0.1:${port}`);
    if (viaCaddy) proxy = await startCaddy(ports.map((port) => `127.0.0.1:${port}`));
    const clientUrls = proxy
      ? [server === 'ws' ? proxy.origin.replace(/^https/, 'wss') : proxy.origin]
      : server === 'ws'
        ? ports.map((port) => `ws://127.0.0.1:${port}`)
        : origins;
    const toServers = (command: ServerCommand) => serverProcesses.forEach((p) => p.send(command));

    const connected = fromLoads<Extract<LoadMessage, { type: 'connected' }>>((m) => m.type === 'connected');
    loads.forEach((load, index) => {
      const first = Array.from({ length: index }, (_, i) => share(clients, loaderCount, i)).reduce((a, b) => a + b, 0);
      load.send({
        cmd: 'connect',
        kind: server,
        urls: clientUrls,
        ...(proxy ? { ca: proxy.ca } : {}),
        namespace: info.namespace,
        auth: info.auth,
        cookies: info.cookies,
        first,
        clients: share(clients, loaderCount, index),
        batch: Math.ceil(batch / loaderCount),
      } satisfies LoadCommand);
    });
    const links = await connected;
    toLoads({ cmd: 'warmup', versions: Array.from({ length: warmups }, (_, i) => info.versionBase + i + 1) });

    let writeTotal = 0;
    const spreads: number[] = [];
    for (let step = 1; step <= warmups + actions; step += 1) {
      const version = info.versionBase + step;
      const counted = step > warmups;
      if (step === warmups + 1) {
        toServers({ cmd: 'mark' });
        toLoads({ cmd: 'mark' });
        if (proxy) proxyCpuAtMark = cpuMsOf(proxy.pid);
        writeTotal = 0;
      }
      const start = performance.now();
      const delivered = fromLoads<Extract<LoadMessage, { type: 'delivered' }>>(
        (m) => m.type === 'delivered' && m.version === version,
        30_000,
      ).catch(() => null);
      if (info.chair) {
        const response = await fetch(origins[0] + info.chair.path, { method: 'POST', headers: info.chair.headers, body: info.chair.body });
        if (!response.ok) throw new Error(`chair command: ${response.status} ${await response.text()}`);
      } else {
        const sent = nextMessage<ServerMessage>(serverProcesses[0]!, (m) => m.type === 'sent' && m.version === version);
        serverProcesses[0]!.send({ cmd: 'broadcast', version } satisfies ServerCommand);
        writeTotal += ((await sent) as Extract<ServerMessage, { type: 'sent' }>).writeMs;
      }
      const receipts = await delivered;
      if (!receipts) console.error(`${server} ${clients}×${processes}: version ${version} not delivered to every client within 30 s`);
      else if (counted) spreads.push(Math.max(...receipts.map((r) => r.last)) - Math.min(...receipts.map((r) => r.first)));
      await sleep(Math.max(0, spacingMs - (performance.now() - start)));
    }
    const proxyCpuMs = proxy ? cpuMsOf(proxy.pid) - proxyCpuAtMark : null;
    const stats = await Promise.all(
      serverProcesses.map((serverProcess) => {
        const answer = nextMessage<ServerMessage>(serverProcess, (m) => m.type === 'stats');
        serverProcess.send({ cmd: 'stats' } satisfies ServerCommand);
        return answer as Promise<Stats>;
      }),
    );
    const results = await (() => {
      const collected = fromLoads<Extract<LoadMessage, { type: 'collected' }>>((m) => m.type === 'collected');
      toLoads({ cmd: 'collect', actions });
      return collected;
    })();
    const closed = fromLoads((m) => m.type === 'closed', 30_000);
    toLoads({ cmd: 'close' });
    await closed;
    const all = new Float64Array(results.reduce((sum, r) => sum + r.latencies.length, 0));
    let at = 0;
    for (const result of results) {
      all.set(result.latencies, at);
      at += result.latencies.length;
    }
    const connectedCount = links.reduce((sum, link) => sum + link.clients, 0);
    const perProcess = stats.map((s) => ({ cpuMsPerAction: (s.cpuUserMs + s.cpuSystemMs) / actions, rssMb: s.rssMb, clients: s.clients }));
    return {
      server,
      processes,
      loaders: loaderCount,
      clients,
      connected: connectedCount,
      failed: links.reduce((sum, link) => sum + link.failed, 0),
      latency: summarise(all, actions * connectedCount, spreads),
      writeMs: Math.round((writeTotal / actions) * 10) / 10,
      perProcess,
      serverCpuMsPerAction: perProcess.reduce((sum, p) => sum + p.cpuMsPerAction, 0),
      proxyCpuMsPerAction: proxyCpuMs === null ? null : proxyCpuMs / actions,
      loadCpuMsPerAction: Math.round(results.reduce((sum, r) => sum + r.cpuUserMs + r.cpuSystemMs, 0) / actions),
      loadRssMb: results.reduce((sum, r) => sum + r.rssMb, 0),
      hostLoad: Math.round(os.loadavg()[0]! * 10) / 10,
    };
  } finally {
    for (const load of loads) load.kill();
    await proxy?.stop();
    // The others first: the first process's database folder is removed when it ends.
    for (const serverProcess of serverProcesses.slice(1)) await stop(serverProcess);
    if (serverProcesses[0]) await stop(serverProcesses[0]);
  }
}

/** Each process holds one descriptor per socket: the limit must exceed the largest N. */
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
if (fdLimit < Math.max(...sizes) + 500) {
  console.error(`ulimit -n is ${fdLimit}: raise it (ulimit -n ${Math.max(...sizes) + 1000}) before running ${Math.max(...sizes)} clients.`);
  process.exit(1);
}

const ms = (value: number) => Math.round(value).toLocaleString('en');
/** Server CPU per delivery, microseconds: CPU per action over the sockets written to. */
const perDelivery = (cpuMsPerAction: number, sockets: number) => (sockets ? ((cpuMsPerAction * 1000) / sockets).toFixed(1) : '–');
const ratio = (value: number, base: Row | undefined) => (base ? `${(value / base.latency.p99Ms).toFixed(2)}×` : '');

const cell = (row: Row, base: Row | undefined) => {
  const l = row.latency;
  const only = row.perProcess[0]!;
  return `| ${row.clients.toLocaleString('en')} | ${row.server} | ${row.connected}${row.failed ? ` (${row.failed} failed)` : ''} | ${l.p50Ms} | ${l.p90Ms} | ${l.p99Ms} | ${l.maxMs} | ${row.server === 'ws' ? '' : ratio(l.p99Ms, base)} | ${l.meanSpreadMs} | ${row.writeMs || '–'} | ${ms(row.serverCpuMsPerAction)} | ${perDelivery(row.serverCpuMsPerAction, row.connected)} | ${only.rssMb} | ${row.loaders} | ${row.loadCpuMsPerAction} | ${row.loadRssMb} | ${l.missing} | ${row.hostLoad} |`;
};

const multiCell = (row: Row, ws: Row | undefined, single: Row | undefined) => {
  const l = row.latency;
  const each = (f: (p: ProcessStats) => string) => row.perProcess.map(f).join(' / ');
  return `| ${row.clients.toLocaleString('en')} | ${row.processes} | ${row.connected}${row.failed ? ` (${row.failed} failed)` : ''} | ${each((p) => String(p.clients))} | ${l.p50Ms} | ${l.p90Ms} | ${l.p99Ms} | ${l.maxMs} | ${ratio(l.p99Ms, ws)} | ${ratio(l.p99Ms, single)} | ${each((p) => ms(p.cpuMsPerAction))} | ${each((p) => perDelivery(p.cpuMsPerAction, p.clients))} | ${ms(row.serverCpuMsPerAction)} | ${perDelivery(row.serverCpuMsPerAction, row.connected)} | ${single ? perDelivery(single.serverCpuMsPerAction, single.connected) : '–'} | ${each((p) => String(p.rssMb))} | ${row.loadCpuMsPerAction} | ${l.missing} | ${row.hostLoad} |`;
};

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, load ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
console.log(
  `Command: npx tsx bench/fanout/run.ts --sizes ${sizes.join(',')} --servers ${servers.join(',')}${processCounts.length ? ` --processes ${processCounts.join(',')}` : ''}${behindCaddy.length ? ` --caddy ${behindCaddy.join(',')}` : ''} --actions ${actions} (warm-up ${warmups}, batch ${batch}, spacing ${spacingMs} ms, loaders ${loadersOption || 'one per 5,000 clients'}${processCounts.length ? `, Redis ${redisUrl}` : ''}); ulimit -n ${fdLimit}`,
);
console.log('');
console.log(
  '| clients | server | connected | p50 | p90 | p99 | max | p99 ÷ ws | first→last | emit (sync) | server CPU/action | server µs/delivery | server RSS | loaders | load CPU/action | load RSS | missing | host load |',
);
console.log(
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
const rows: Row[] = [];
for (const clients of sizes) {
  let base: Row | undefined;
  for (const server of servers) {
    const row = await runOne(server, clients);
    if (server === 'ws') base = row;
    rows.push(row);
    console.log(cell(row, base));
  }
}
if (processCounts.length) {
  console.log('');
  console.log('The app as several processes on the Redis backbone (clients spread evenly; the chair command sent to process 1):');
  console.log('');
  console.log(
    '| clients | processes | connected | sockets per process | p50 | p90 | p99 | max | p99 ÷ ws | p99 ÷ app ×1 | CPU/action per process | µs/delivery per process | total CPU/action | total µs/delivery | app ×1 µs/delivery | RSS per process | load CPU/action | missing | host load |',
  );
  console.log(
    '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  );
  for (const clients of sizes) {
    const ws = rows.find((row) => row.clients === clients && row.server === 'ws');
    const single = rows.find((row) => row.clients === clients && row.server === 'app');
    for (const processes of processCounts) console.log(multiCell(await runOne('app', clients, processes), ws, single));
  }
}
if (behindCaddy.length) {
  console.log('');
  console.log('Through the shipped Caddyfile (TLS), one server process; "direct": the row of the same size and server above:');
  console.log('');
  console.log(
    '| clients | server | connected | p50 | p90 | p99 | max | p99 ÷ direct | server CPU/action | Caddy CPU/action | Caddy µs/delivery | load CPU/action | missing | host load |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const clients of sizes) {
    for (const server of behindCaddy) {
      const row = await runOne(server, clients, 1, true);
      const direct = rows.find((r) => r.clients === clients && r.server === server);
      const l = row.latency;
      const proxyCpu = row.proxyCpuMsPerAction ?? 0;
      console.log(
        `| ${clients.toLocaleString('en')} | ${server} | ${row.connected}${row.failed ? ` (${row.failed} failed)` : ''} | ${l.p50Ms} | ${l.p90Ms} | ${l.p99Ms} | ${l.maxMs} | ${ratio(l.p99Ms, direct)} | ${ms(row.serverCpuMsPerAction)} | ${ms(proxyCpu)} | ${perDelivery(proxyCpu, row.connected)} | ${row.loadCpuMsPerAction} | ${l.missing} | ${row.hostLoad} |`,
      );
    }
  }
}
