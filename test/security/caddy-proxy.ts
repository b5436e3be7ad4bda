/**
 * The shipped Caddy configuration (deploy/caddy/Caddyfile), used as it is, for the tests: a
 * self-signed certificate for 127.0.0.1 made here, free ports, `DIEMCAU_UPSTREAM` set to the
 * given app addresses (one, or several processes separated by spaces), Caddy's state in a
 * folder of the test's own (removed by `stop()`). Resolves once `/api/v1/health` answers 200
 * through it.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CADDYFILE = fileURLToPath(new URL('../../deploy/caddy/Caddyfile', import.meta.url));

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

export const collect = (response: IncomingMessage): Promise<Answer> =>
  new Promise((resolve, reject) => {
    let body = '';
    response.on('data', (chunk: Buffer) => (body += chunk.toString()));
    response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    response.on('error', reject);
  });

export interface CaddyProxy {
  /** https://127.0.0.1:<port> */
  origin: string;
  /** The certificate (PEM) to trust, and nothing else. */
  ca: string;
  httpPort: number;
  /** Caddy's process id (the fan-out bench reads its CPU time). */
  pid: number;
  /** HTTPS through the proxy, trusting only the test's certificate. */
  secure(method: string, path: string, headers?: Record<string, string>, body?: Buffer | string): Promise<IncomingMessage>;
  stop(): Promise<void>;
}

/** `upstreams`: the apps' `host:port`, one per process. */
export async function startCaddy(upstreams: string[]): Promise<CaddyProxy> {
  const work = mkdtempSync(join(tmpdir(), 'diemcau-proxy-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(work, 'key.pem'),
      '-out',
      join(work, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const ca = readFileSync(join(work, 'cert.pem'), 'utf8');
  const httpsPort = await freePort();
  const httpPort = await freePort();
  const origin = `https://127.0.0.1:${httpsPort}`;
  let log = '';
  const caddy = spawn('caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    env: {
      PATH: process.env.PATH,
      // Caddy keeps its state under XDG folders: the test's own, removed afterwards.
      HOME: work,
      XDG_DATA_HOME: work,
      XDG_CONFIG_HOME: work,
      DIEMCAU_SITE: '127.0.0.1',
      DIEMCAU_TLS_CERT: join(work, 'cert.pem'),
      DIEMCAU_TLS_KEY: join(work, 'key.pem'),
      DIEMCAU_UPSTREAM: upstreams.join(' '),
      DIEMCAU_HTTPS_PORT: String(httpsPort),
      DIEMCAU_HTTP_PORT: String(httpPort),
      DIEMCAU_CADDY_ADMIN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  caddy.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  caddy.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const secure: CaddyProxy['secure'] = (method, path, headers = {}, body) =>
    new Promise((resolve, reject) => {
      const req = httpsRequest(`${origin}${path}`, { method, ca, headers }, resolve);
      req.on('error', reject);
      req.end(body);
    });
  const stop = async () => {
    if (caddy.exitCode === null && caddy.signalCode === null) {
      const exited = new Promise((resolve) => caddy.once('exit', resolve));
      caddy.kill('SIGTERM');
      await exited;
    }
    rmSync(work, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    const answer = await secure('GET', '/api/v1/health').then(collect, () => null);
    if (answer?.status === 200) break;
    if (attempt > 100 || caddy.exitCode !== null) {
      await stop();
      throw new Error(`Caddy did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, ca, httpPort, pid: caddy.pid!, secure, stop };
}
