/**
 * What the three processes of the fan-out bench say to each other over IPC (the parent
 * forks one server and one load generator per run), the payload broadcast, and the summary
 * of the latencies. Every time is epoch milliseconds of this host's clock.
 */

export type ServerKind = 'ws' | 'socketio' | 'app';

/** Parent → server. */
export type ServerCommand =
  | {
      cmd: 'listen';
      /** Sockets this process should admit (its share of the clients). */
      clients: number;
      /** Multi-process mode (the app only): the event backbone every process shares. */
      redisUrl?: string;
      /** Multi-process mode: the database the first process made (the others open it). */
      dataDir?: string;
    }
  /** Reset the CPU baseline (the start of the measured actions). */
  | { cmd: 'mark' }
  /** Bare servers only: broadcast one event now (the app broadcasts after an HTTP command instead). */
  | { cmd: 'broadcast'; version: number }
  | { cmd: 'stats' };

/** Server → parent. */
export type ServerMessage =
  | {
      type: 'listening';
      port: number;
      /** Socket.IO namespace and handshake (empty for bare ws). */
      namespace: string;
      auth: Record<string, unknown>;
      /** Cookie each client sends (the app: a display link's), and the chair's HTTP command (app only). */
      cookies: string[];
      chair: { path: string; headers: Record<string, string>; body: string } | null;
      /** The version before the first action (the app has started the meeting and its item). */
      versionBase: number;
      /** The app: the SQLite folder it uses (the other processes of a multi-process row open it). */
      dataDir?: string;
    }
  | { type: 'sent'; version: number; writeMs: number }
  | { type: 'stats'; cpuUserMs: number; cpuSystemMs: number; seconds: number; rssMb: number; clients: number };

/** Parent → load generator. */
export type LoadCommand =
  | {
      cmd: 'connect';
      kind: ServerKind;
      /** One origin (ws://… for bare ws) per server process; client i goes to urls[i % urls.length]. */
      urls: string[];
      namespace: string;
      auth: Record<string, unknown>;
      cookies: string[];
      /** The certificate to trust (clients through the reverse proxy, over TLS). */
      ca?: string;
      /** This generator's clients: global indices from `first` to `first + clients - 1`. */
      first: number;
      clients: number;
      batch: number;
    }
  /** Deliveries of these versions are warm-up: not counted. */
  | { cmd: 'warmup'; versions: number[] }
  /** Reset the CPU baseline (after the warm-up). */
  | { cmd: 'mark' }
  /** `actions`: how many counted actions were sent (deliveries expected: actions × clients). */
  | { cmd: 'collect'; actions: number }
  | { cmd: 'close' };

/** Load generator → parent. */
export type LoadMessage =
  | { type: 'connected'; clients: number; failed: number; seconds: number; rssMb: number }
  /** Every client of this generator received this version: the first and the last receipt (epoch ms). */
  | { type: 'delivered'; version: number; first: number; last: number }
  /** The counted latencies (ms), for the parent to merge across generators. */
  | { type: 'collected'; latencies: number[]; cpuUserMs: number; cpuSystemMs: number; rssMb: number }
  | { type: 'closed' };

export interface LatencySummary {
  deliveries: number;
  /** Deliveries expected but not received (counted actions × clients − received). */
  missing: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Mean over actions of the time from the first client's receipt to the last one's. */
  meanSpreadMs: number;
}

/** The event a chair's "extend +1 min" makes, as the gateway broadcasts it (about 150 bytes of JSON). */
export const extendEvent = (conferenceId: string, version: number) => ({
  type: 'timer.extended' as const,
  target: 'item' as const,
  seconds: 60,
  conferenceId,
  version,
  at: Date.now(),
});

/** The Socket.IO event name of a programme change (live-protocol.ts). */
export const LIVE_EVENT = 'live:event';

const rounded = (value: number) => Math.round(value * 10) / 10;

/** p50/p90/p99/max of the latencies (sorted in place). */
export const summarise = (latencies: Float64Array, expected: number, spreads: readonly number[]): LatencySummary => {
  latencies.sort();
  const rank = (p: number) => rounded(latencies[Math.max(0, Math.ceil((p / 100) * latencies.length) - 1)] ?? Number.NaN);
  return {
    deliveries: latencies.length,
    missing: expected - latencies.length,
    p50Ms: rank(50),
    p90Ms: rank(90),
    p99Ms: rank(99),
    maxMs: rank(100),
    meanSpreadMs: rounded(spreads.reduce((sum, s) => sum + s, 0) / Math.max(1, spreads.length)),
  };
};

export const rssMb = (): number => Math.round(process.memoryUsage().rss / 1048576);

/** Waits for the first IPC message that satisfies `match`. */
export const nextMessage = <T>(
  child: NodeJS.Process | import('node:child_process').ChildProcess,
  match: (m: T) => boolean,
  timeoutMs = 600_000,
): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', listener);
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (message: unknown) => {
      if (!match(message as T)) return;
      clearTimeout(timer);
      child.off('message', listener);
      resolve(message as T);
    };
    child.on('message', listener);
  });
