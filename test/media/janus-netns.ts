/**
 * Starts a real Janus (Debian janus 1.1.2) inside a network namespace of its own, for the Janus
 * engine tests, the browser tests and bench/media.
 *
 * Why a namespace: Janus never gathers loopback candidates, so peers on 127.0.0.1 cannot reach
 * it. A veth pair gives it a private address (10.213.<n>.2) that the peers in the root namespace
 * reach directly (the host side is 10.213.<n>.1); peers bound to 127.0.0.1 (test/media/node-peer.ts)
 * reach it too (see route_localnet below). Nothing else is reachable from inside, so Janus
 * contacts nothing. Only the VideoRoom plugin and the WebSocket transport are loaded (the plugin
 * and transport folders are temporary folders holding one symlink each), which keeps start-up fast.
 */

import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { errorText } from '../../src/domain/errors.js';

const run = promisify(execFile);
const JANUS_LIB = '/usr/lib/x86_64-linux-gnu/janus';
const WS_PORT = 8188;

export interface JanusInNetns {
  /** ws://10.213.<n>.2:8188 */
  wsUrl: string;
  /** Janus's address inside the namespace (its ICE candidates carry it). */
  address: string;
  /** The host side of the veth: the address peers in the root namespace use. */
  hostAddress: string;
  pid: number;
  stop(): Promise<void>;
}

let counter = 0;
const running = new Set<() => void>();

/** Synchronous last-chance clean-up: 'exit' handlers cannot wait for promises. */
function cleanUpAllSync(): void {
  for (const clean of running) clean();
}
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', cleanUpAllSync);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUpAllSync();
      process.exit(130);
    });
  }
}

/** A /30 subnet index that is free: another process (or an earlier crashed one) may hold some. */
async function freeSubnet(): Promise<number> {
  const { stdout } = await run('ip', ['-o', '-4', 'addr', 'show']);
  for (let attempt = 0; attempt < 250; attempt++) {
    const n = (process.pid + counter++ + attempt) % 250;
    if (!stdout.includes(`10.213.${n}.`)) return n;
  }
  throw new Error('janus-netns: no free 10.213.n.0/30 subnet');
}

function janusConfig(dir: string, vethInside: string, address: string, rtpRange: string): Record<string, string> {
  return {
    'janus.jcfg': `general: {
  configs_folder = "${dir}"
  plugins_folder = "${dir}/plugins"
  transports_folder = "${dir}/transports"
  events_folder = "${dir}/events"
  loggers_folder = "${dir}/loggers"
  debug_level = 3
  session_timeout = 60
  hide_dependencies = true
  protected_folders = [ "/bin", "/boot", "/dev", "/etc", "/lib", "/proc", "/sbin", "/sys", "/usr" ]
}
certificates: {
}
media: {
  rtp_port_range = "${rtpRange}"
}
nat: {
  nice_debug = false
  ice_enforce_list = "${vethInside}"
  ignore_mdns = true
}
plugins: {
}
transports: {
}
loggers: {
}
events: {
  broadcast = false
}
`,
    'janus.plugin.videoroom.jcfg': `general: {
  events = false
}
`,
    'janus.transport.websockets.jcfg': `general: {
  events = false
  json = "compact"
  ws = true
  ws_port = ${WS_PORT}
  ws_ip = "${address}"
  wss = false
}
admin: {
  admin_ws = false
  admin_wss = false
}
`,
  };
}

/** Resolves once something accepts TCP connections on address:port. */
async function waitForPort(address: string, port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`janus exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: address, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`janus did not listen on ${address}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startJanusInNetns(options: { recordingsDir?: string; debugLevel?: number } = {}): Promise<JanusInNetns> {
  installExitHook();
  const n = await freeSubnet();
  const ns = `dcj-${process.pid}-${n}`;
  // Interface names are at most 15 characters.
  const vethHost = `dcjh${n}x${process.pid % 10000}`.slice(0, 15);
  const vethInside = `dcjn${n}x${process.pid % 10000}`.slice(0, 15);
  const hostAddress = `10.213.${n}.1`;
  const address = `10.213.${n}.2`;
  // One port per PeerConnection (bundled): a conference of H halls needs about 2H. The
  // namespace has its own ports, so every Janus may use the same wide range.
  const rtpRange = '20000-29999';
  const dir = await mkdtemp(join(tmpdir(), 'dcj-'));
  let child: ChildProcess | null = null;

  const cleanSync = (): void => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    // Synchronous on purpose: an 'exit' handler cannot wait for promises.
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
    try {
      execFileSync('ip', ['link', 'del', vethHost], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  running.add(cleanSync);

  const stop = async (): Promise<void> => {
    running.delete(cleanSync);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    await run('ip', ['netns', 'del', ns]).catch(() => undefined);
    // Deleting the namespace destroys the pair; this covers a failure before the move.
    await run('ip', ['link', 'del', vethHost]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await run('ip', ['netns', 'add', ns]);
    await run('ip', ['link', 'add', vethHost, 'type', 'veth', 'peer', 'name', vethInside]);
    await run('ip', ['link', 'set', vethInside, 'netns', ns]);
    await run('ip', ['addr', 'add', `${hostAddress}/30`, 'dev', vethHost]);
    await run('ip', ['link', 'set', vethHost, 'up']);
    const inNs = (...args: string[]) => run('ip', ['netns', 'exec', ns, ...args]);
    await inNs('ip', 'addr', 'add', `${address}/30`, 'dev', vethInside);
    await inNs('ip', 'link', 'set', vethInside, 'up');
    // The Node test peers bind to 127.0.0.1 only. To let them reach Janus, 127.0.0.0/8 inside the
    // namespace is routed over the veth to the host side instead of to the namespace's own lo
    // (left down: nothing in it needs loopback), and both veth ends accept 127.x addresses
    // (route_localnet, set on these two interfaces only).
    await run('sysctl', ['-qw', `net.ipv4.conf.${vethHost}.route_localnet=1`]);
    await inNs('sysctl', '-qw', `net.ipv4.conf.${vethInside}.route_localnet=1`);
    await inNs('ip', 'route', 'add', '127.0.0.0/8', 'via', hostAddress, 'dev', vethInside);

    for (const sub of ['plugins', 'transports', 'events', 'loggers']) await mkdir(join(dir, sub));
    await symlink(`${JANUS_LIB}/plugins/libjanus_videoroom.so`, join(dir, 'plugins', 'libjanus_videoroom.so'));
    await symlink(`${JANUS_LIB}/transports/libjanus_websockets.so`, join(dir, 'transports', 'libjanus_websockets.so'));
    for (const [name, text] of Object.entries(janusConfig(dir, vethInside, address, rtpRange))) {
      await writeFile(join(dir, name), text);
    }
    if (options.recordingsDir) await mkdir(options.recordingsDir, { recursive: true });

    child = spawn(
      'ip',
      [
        'netns',
        'exec',
        ns,
        'janus',
        `--configs-folder=${dir}`,
        `--config=${dir}/janus.jcfg`,
        `--debug-level=${options.debugLevel ?? 3}`,
        '--disable-colors',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: options.recordingsDir ?? dir,
      },
    );
    // Keep the last lines: they explain a failed start.
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    try {
      await waitForPort(address, WS_PORT, child, 20_000);
    } catch (err) {
      throw new Error(`${errorText(err)}\n--- janus output ---\n${tail}`, { cause: err });
    }
    // `ip netns exec` execs janus in place, so the child's pid is Janus's pid.
    return { wsUrl: `ws://${address}:${WS_PORT}`, address, hostAddress, pid: child.pid!, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
