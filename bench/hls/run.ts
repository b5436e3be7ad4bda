/**
 * The watching tier (issue 19) on this machine: what serving HLS to many points costs, and
 * what packaging it costs. Figures go to bench/RESULTS.md by hand ("Watching tier (issue 19)").
 *
 *   npx tsx bench/hls/run.ts [--viewers 1000,5000] [--seconds 20] [--parts serve,package]
 *                            [--connections N] [--package-seconds 20] [--pictures plain,grain]
 *                            [--modes app,cache,static]
 *
 * serve: a live stream is recorded first (the real packager, 720p + 360p, fed a moving test
 * picture: source.ts), then replayed as live (replay.ts) while N viewers (viewers.ts, its own
 * process) watch it, three ways: the app itself (app-server.ts, its own process), the shipped
 * nginx cache in front of the app (deploy/nginx/diemcau-hls.conf), and nginx serving the same
 * files as static files (the floor). CPU of each server process from /proc, over the measured
 * seconds only (after a warm-up).
 *
 * package: the packager's ffmpeg alone, for each set of renditions and x264 preset: its CPU
 * (% of one core) and whether it keeps up with the live stream (segments written per second).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_HLS_OPTIONS, type RenditionName } from '../../src/media/hls/hls-args.js';
import { startNginxHls, startNginxStatic, type NginxRun } from '../../test/security/nginx-hls.js';
import { cpuMs, hostCpuMs } from '../media/proc-meter.js';
import { CONFERENCE, packagerPid, startPackaging, type Picture } from './source.js';
import { prepareReplay, parsePlaylist, type Replay } from './replay.js';
import type { AppServerOptions } from './app-server.js';
import type { ServeMode, ViewersJob, ViewersMessage } from './viewers.js';

const { values } = parseArgs({
  options: {
    viewers: { type: 'string', default: '1000,5000' },
    seconds: { type: 'string', default: '20' },
    parts: { type: 'string', default: 'serve,package' },
    connections: { type: 'string' },
    'package-seconds': { type: 'string', default: '20' },
    pictures: { type: 'string', default: 'plain,grain' },
    modes: { type: 'string', default: 'app,cache,static' },
  },
  strict: false,
});
const VIEWERS = String(values.viewers).split(',').map(Number);
const SECONDS = Number(values.seconds);
const PARTS = String(values.parts).split(',');
const PACKAGE_SECONDS = Number(values['package-seconds']);
const PICTURES = String(values.pictures).split(',') as Picture[];
const MODES = String(values.modes).split(',') as ServeMode[];
const WARMUP_SECONDS = 4;
const SERVED: RenditionName[] = ['720p', '360p'];
const MIX = { '360p': 0.7, '720p': 0.3 };
const LIST_SIZE = DEFAULT_HLS_OPTIONS.listSize;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

/** Stops every process and timer started, in reverse order, even when a step fails. */
const cleanups: (() => Promise<void> | void)[] = [];
const cleanUp = async () => {
  while (cleanups.length > 0) await Promise.resolve(cleanups.pop()!()).catch((error: unknown) => console.error(error));
};
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

/** Segments of the lowest rendition's live playlist: the last sequence number written. */
const lastSequence = (folder: string, rendition: string): number | null => {
  try {
    const recording = parsePlaylist(readFileSync(join(folder, rendition, 'index.m3u8'), 'utf8'));
    return recording.entries.length === 0 ? null : recording.firstSequence + recording.entries.length - 1;
  } catch {
    return null;
  }
};

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

// ---------------------------------------------------------------- serving

async function record(work: string, segments: number): Promise<string> {
  console.error(`recording ${segments} s of ${SERVED.join(' + ')} (veryfast)…`);
  const packaging = await startPackaging(join(work, 'recorded'), { ...DEFAULT_HLS_OPTIONS, renditions: SERVED, listSize: 100_000 });
  cleanups.push(() => packaging.stop());
  await waitUntil(
    () => SERVED.every((name) => (parsePlaylist(safeRead(join(packaging.folder, name, 'index.m3u8'))).entries.length ?? 0) >= segments),
    (segments + 30) * 1000,
    'recording',
  );
  await packaging.stop();
  cleanups.pop();
  return packaging.folder;
}

const safeRead = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

interface AppProcess {
  host: string;
  pid: number;
  stop(): Promise<void>;
}

async function startApp(options: AppServerOptions): Promise<AppProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./app-server.ts', import.meta.url)), [JSON.stringify(options)], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(kill);
  };
  const host = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { host: string }) => resolve(message.host));
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening`)));
  });
  return { host, pid: child.pid!, stop };
}

interface ServeRow {
  viewers: number;
  mode: ServeMode;
  connections: number;
  result: Extract<ViewersMessage, { type: 'done' }>;
  appCpu: number | null;
  nginxCpu: number | null;
  loadCpu: number;
  hostBusy: number;
  load: number;
}

const pidsCpu = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + cpuMs(pid);
    } catch {
      return sum;
    }
  }, 0);

async function serveRow(
  viewers: number,
  mode: ServeMode,
  serving: string,
  replay: Replay,
  signingKey: string,
  work: string,
): Promise<ServeRow> {
  const connections = values.connections ? Number(values.connections) : viewers;
  const mine: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    while (mine.length > 0) await Promise.resolve(mine.pop()!()).catch((error: unknown) => console.error(error));
  };
  cleanups.push(stop);
  try {
    let app: AppProcess | null = null;
    let nginx: NginxRun | null = null;
    if (mode !== 'static') {
      app = await startApp({ hlsDir: serving, recordingsDir: join(work, 'recordings'), signingKey, renditions: SERVED });
      mine.push(() => app!.stop());
    }
    if (mode === 'cache') nginx = await startNginxHls(app!.host);
    if (mode === 'static') nginx = await startNginxStatic(serving);
    if (nginx) mine.push(() => nginx.stop());
    const origin = nginx ? nginx.origin : `http://${app!.host}`;
    await replay.start();
    mine.push(() => replay.stop());

    const job: ViewersJob = {
      origin,
      mode,
      conferenceId: CONFERENCE,
      signingKey,
      viewers,
      connections,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
      mix: MIX,
    };
    const load = fork(fileURLToPath(new URL('./viewers.ts', import.meta.url)), [JSON.stringify(job)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    mine.push(() => {
      if (load.exitCode === null && load.signalCode === null) load.kill('SIGKILL');
    });
    const nginxPids = () => (nginx ? [nginx.pid, ...nginx.workerPids()] : []);
    let before = { app: 0, nginx: 0, load: 0, host: hostCpuMs() };
    const result = await new Promise<Extract<ViewersMessage, { type: 'done' }>>((resolve, reject) => {
      load.on('message', (message: ViewersMessage) => {
        if (message.type === 'measuring')
          before = { app: app ? cpuMs(app.pid) : 0, nginx: pidsCpu(nginxPids()), load: cpuMs(load.pid!), host: hostCpuMs() };
        else resolve(message);
      });
      load.once('exit', (code) => reject(new Error(`the viewers exited (${code}) before their figures`)));
    });
    const ms = result.seconds * 1000;
    const host = hostCpuMs();
    const row: ServeRow = {
      viewers,
      mode,
      connections,
      result,
      appCpu: app ? ((cpuMs(app.pid) - before.app) / ms) * 100 : null,
      nginxCpu: nginx ? ((pidsCpu(nginxPids()) - before.nginx) / ms) * 100 : null,
      loadCpu: ((cpuMs(load.pid!) - before.load) / ms) * 100,
      hostBusy: ((host.busy - before.host.busy) / (host.total - before.host.total)) * 100,
      load: loadavg()[0]!,
    };
    console.error(JSON.stringify({ bench: 'hls-serve', ...row }));
    return row;
  } finally {
    await stop();
    cleanups.splice(cleanups.indexOf(stop), 1);
  }
}

const MODE_LABEL: Record<ServeMode, string> = { app: 'app direct', cache: 'nginx cache → app', static: 'nginx static' };

function serveTable(rows: ServeRow[]): string {
  const lines = [
    '| viewers | served by | connections | req/s | MB/s | segment p50 | segment p99 | playlist p99 | errors | behind | app CPU | nginx CPU | viewers CPU | host busy | cache hits |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const r = row.result;
    const cached = Object.values(r.cacheStatus).reduce((sum, n) => sum + n, 0);
    const hits = (r.cacheStatus.HIT ?? 0) + (r.cacheStatus.UPDATING ?? 0) + (r.cacheStatus.STALE ?? 0);
    lines.push(
      `| ${thousands(row.viewers)} | ${MODE_LABEL[row.mode]} | ${thousands(row.connections)} | ${thousands(r.requests / r.seconds)} | ${thousands(r.bytes / r.seconds / 1e6)} | ${round(r.segment.p50Ms)} | ${round(r.segment.p99Ms)} | ${round(r.playlist.p99Ms)} | ${r.errors}${
        r.errors
          ? ` (${Object.entries(r.errorKinds)
              .map(([k, n]) => `${k}: ${n}`)
              .join(', ')})`
          : ''
      } | ${r.behind} | ${row.appCpu === null ? '–' : `${Math.round(row.appCpu)} %`} | ${row.nginxCpu === null ? '–' : `${Math.round(row.nginxCpu)} %`} | ${Math.round(row.loadCpu)} % | ${Math.round(row.hostBusy)} % | ${cached ? `${round((hits / cached) * 100)} %` : '–'} |`,
    );
  }
  return lines.join('\n');
}

async function serve(work: string): Promise<string> {
  const steps = WARMUP_SECONDS + SECONDS + 4;
  const recorded = await record(work, steps + LIST_SIZE + 2);
  const serving = join(work, 'serving');
  const replay = await prepareReplay(recorded, join(serving, CONFERENCE), SERVED, LIST_SIZE, DEFAULT_HLS_OPTIONS.segmentSeconds * 1000);
  const signingKey = randomBytes(32).toString('hex');
  const rows: ServeRow[] = [];
  for (const viewers of VIEWERS) {
    for (const mode of MODES) {
      console.error(`serving ${viewers} viewers: ${MODE_LABEL[mode]}…`);
      rows.push(await serveRow(viewers, mode, serving, replay, signingKey, work));
      await sleep(2_000);
    }
  }
  return serveTable(rows);
}

// ---------------------------------------------------------------- packaging

const SETS: RenditionName[][] = [['360p'], ['720p'], ['1080p'], ['720p', '360p'], ['1080p', '720p', '360p']];
const PRESETS = ['veryfast', 'ultrafast'];

async function packageRow(work: string, picture: Picture, renditions: RenditionName[], preset: string): Promise<string> {
  const options = { ...DEFAULT_HLS_OPTIONS, renditions, preset };
  const packaging = await startPackaging(join(work, `package-${picture}-${preset}-${renditions.join('-')}`), options, picture);
  cleanups.push(() => packaging.stop());
  try {
    const lowest = renditions.at(-1)!;
    await waitUntil(() => lastSequence(packaging.folder, lowest) !== null, 30_000, `first segment of ${renditions.join('+')}`);
    await sleep(3_000);
    const pid = packagerPid(packaging.folder);
    if (pid === null) throw new Error('the packager ffmpeg is not running');
    const start = {
      at: Date.now(),
      cpu: cpuMs(pid),
      source: cpuMs(packaging.source.pid),
      sequence: lastSequence(packaging.folder, lowest)!,
    };
    await sleep(PACKAGE_SECONDS * 1000);
    const seconds = (Date.now() - start.at) / 1000;
    const cpu = ((cpuMs(pid) - start.cpu) / (seconds * 1000)) * 100;
    const source = ((cpuMs(packaging.source.pid) - start.source) / (seconds * 1000)) * 100;
    const speed = (lastSequence(packaging.folder, lowest)! - start.sequence) / seconds;
    const restarts = packaging.packager.status(CONFERENCE)?.restarts ?? 0;
    const row = {
      picture,
      renditions: renditions.join(' + '),
      preset,
      cpu: round(cpu),
      speed: round(speed, 2),
      source: round(source),
      restarts,
      load: round(loadavg()[0]!, 2),
    };
    console.error(JSON.stringify({ bench: 'hls-package', ...row }));
    return `| ${picture} | ${row.renditions} | ${preset} | ${Math.round(row.cpu)} % | ${row.speed} | ${Math.round(row.source)} % | ${restarts} | ${row.load} |`;
  } finally {
    await packaging.stop();
    cleanups.splice(cleanups.length - 1, 1);
  }
}

async function packageCost(work: string): Promise<string> {
  const lines = [
    '| picture | renditions | preset | packager CPU (% of one core) | segments written / s | source ffmpeg CPU | restarts | host load |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const picture of PICTURES)
    for (const preset of PRESETS) for (const set of SETS) lines.push(await packageRow(work, picture, set, preset));
  return lines.join('\n');
}

// ----------------------------------------------------------------

const work = await mkdtemp(join(tmpdir(), 'diemcau-bench-hls-'));
cleanups.push(() => rm(work, { recursive: true, force: true }));
try {
  const tables: string[] = [];
  if (PARTS.includes('serve')) tables.push(await serve(work));
  if (PARTS.includes('package')) tables.push(await packageCost(work));
  console.log(`\n${tables.join('\n\n')}\n`);
} finally {
  await cleanUp();
}
