/**
 * The shipped nginx cache of the watching tier (deploy/nginx/diemcau-hls.conf), run for a test
 * or a bench without root's folders: the file as shipped with only its EDIT lines changed (the
 * app's address, the port, the cache and log folders, all in a temporary folder of its own),
 * inside a minimal nginx.conf of that folder (`daemon off`, its own pid file, error log and
 * temporary paths). `nginx -p <folder> -c nginx.conf` runs in the foreground as a child
 * process; `stop()` ends it (SIGQUIT, then SIGKILL) and removes the folder.
 *
 * `startNginxStatic` runs a plain nginx serving a folder (the bench's floor: no app, no cache).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './caddy-proxy.js';

export const NGINX_HLS_CONF = fileURLToPath(new URL('../../deploy/nginx/diemcau-hls.conf', import.meta.url));

export interface NginxRun {
  /** http://127.0.0.1:<port> */
  origin: string;
  pid: number;
  /** The worker processes' ids (their CPU is the cache's cost). */
  workerPids(): number[];
  /** What nginx wrote to its error log. */
  errorLog(): string;
  stop(): Promise<void>;
}

/** The shipped file with its EDIT lines set for this run; throws when one of them is no longer there. */
export function templateHlsConf(shipped: string, upstream: string, port: number, folder: string): string {
  const edits: [RegExp, string][] = [
    [/server 127\.0\.0\.1:3000;/, `server ${upstream};`],
    [/listen 8080;/, `listen 127.0.0.1:${port};`],
    [/\/var\/cache\/nginx\//g, `${folder}/cache/`],
    [/\/var\/log\/nginx\//g, `${folder}/`],
  ];
  return edits.reduce((text, [pattern, value]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/diemcau-hls.conf: no longer has ${pattern}`);
    return text.replace(pattern, value);
  }, shipped);
}

const mainConf = (folder: string, workers: number, http: string): string =>
  [
    'daemon off;',
    'master_process on;',
    `worker_processes ${workers};`,
    // As root (a CI container), the workers would switch to `nobody`, who cannot enter the test's folder.
    ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
    `pid ${folder}/nginx.pid;`,
    `error_log ${folder}/error.log warn;`,
    'worker_rlimit_nofile 20000;',
    'events { worker_connections 10000; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  keepalive_requests 100000;',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${folder}/${name};`),
    http,
    '}',
    '',
  ].join('\n');

async function run(folder: string, port: number, conf: string, probe: string): Promise<NginxRun> {
  writeFileSync(join(folder, 'nginx.conf'), conf);
  let output = '';
  const nginx: ChildProcess = spawn('nginx', ['-p', folder, '-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nginx.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const errorLog = () => {
    try {
      return readFileSync(join(folder, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      const kill = setTimeout(() => nginx.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(kill);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  const workerPids = () => {
    try {
      const children = readFileSync(`/proc/${nginx.pid}/task/${nginx.pid}/children`, 'utf8');
      return children.trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const status = await new Promise<number>((resolve) => {
      const req = request(`${origin}${probe}`, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
      req.end();
    });
    if (status !== 0) break;
    if (attempt > 100 || nginx.exitCode !== null) {
      const log = `${output}\n${errorLog()}`;
      await stop();
      throw new Error(`nginx did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin, pid: nginx.pid!, workerPids, errorLog, stop };
}

/** The shipped cache in front of the app at `upstream` (host:port). */
export async function startNginxHls(upstream: string, options: { workers?: number } = {}): Promise<NginxRun> {
  const folder = mkdtempSync(join(tmpdir(), 'diemcau-nginx-'));
  mkdirSync(join(folder, 'cache'));
  const port = await freePort();
  try {
    writeFileSync(join(folder, 'diemcau-hls.conf'), templateHlsConf(readFileSync(NGINX_HLS_CONF, 'utf8'), upstream, port, folder));
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return run(folder, port, mainConf(folder, options.workers ?? 1, `  include ${folder}/diemcau-hls.conf;`), '/');
}

/** A plain nginx serving `root` as static files (the bench's floor: what serving the same files costs without the app). */
export async function startNginxStatic(root: string, options: { workers?: number } = {}): Promise<NginxRun> {
  const folder = mkdtempSync(join(tmpdir(), 'diemcau-nginx-static-'));
  const port = await freePort();
  const server = [
    `  server { listen 127.0.0.1:${port}; root ${root};`,
    '    types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }',
    '    location ~ \\.m3u8$ { add_header Cache-Control "public, max-age=1"; }',
    '    location ~ \\.ts$ { add_header Cache-Control "public, max-age=86400, immutable"; }',
    '  }',
  ].join('\n');
  return run(folder, port, mainConf(folder, options.workers ?? 1, server), '/');
}
