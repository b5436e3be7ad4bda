/**
 * A live socket client for the tests: socket.io-client over a real WebSocket on 127.0.0.1,
 * the cookie in the handshake headers (as a browser on the same origin sends it), and a
 * record of every message in the order it arrived. Waits are for a condition, never for a
 * fixed time.
 */
import { io, type Socket } from 'socket.io-client';
import type { HallChange, LiveState } from '../../src/domain/live/live-state.js';
import { evolve } from '../../src/domain/live/live-evolve.js';
import type { LiveEvent } from '../../src/domain/live/live-commands.js';
import {
  LIVE_NAMESPACE,
  SOCKET_PATH,
  type ClientToServerEvents,
  type HallSnapshot,
  type LiveHandshake,
  type ServerToClientEvents,
} from '../../src/realtime/live-protocol.js';

interface Payloads {
  'live:snapshot': LiveState;
  'live:event': LiveEvent;
  'hall:snapshot': HallSnapshot;
  'hall:change': HallChange;
  'vote:changed': Parameters<ServerToClientEvents['vote:changed']>[0];
  'wall:snapshot': Parameters<ServerToClientEvents['wall:snapshot']>[0];
  'wall:delta': Parameters<ServerToClientEvents['wall:delta']>[0];
  'wall:points': Parameters<ServerToClientEvents['wall:points']>[0];
}

export type Received = { [E in keyof Payloads]: { event: E; data: Payloads[E] } }[keyof Payloads];

export interface ConnectErrorData {
  code: string;
  message: { vi: string; en: string };
}

export interface LiveClient {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  received: Received[];
  /** Waits until the record satisfies `predicate` (the test's timeout bounds it). */
  until(predicate: (received: Received[]) => boolean): Promise<Received[]>;
  /** The programme versions received as events, in order. */
  versions(): number[];
  close(): void;
}

export interface ClientOptions {
  cookie?: string;
  origin?: string;
  /** socket.io-client's own reconnection (default off; the crash test turns it on). */
  reconnection?: boolean;
}

const opened = new Set<LiveClient>();

/**
 * Polls `condition` every 5 ms; fails after `ms` with `what` (and `describe()`, the state that
 * did not match) rather than hanging until the test's own timeout, which says nothing.
 */
export const waitFor = async (condition: () => boolean, what = 'a condition', ms = 30_000, describe?: () => unknown): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) {
      const state = describe ? `; last seen: ${JSON.stringify(describe())}` : '';
      throw new Error(`waited ${ms} ms for ${what}${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** A client, not yet connected: call `socket.connect()` or use `connected()` / `refused()`. */
export function liveClient(
  baseUrl: string,
  auth: LiveHandshake | Record<string, unknown> | (() => LiveHandshake),
  options: ClientOptions = {},
): LiveClient {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: LiveClient['socket'] = io(`${baseUrl}${LIVE_NAMESPACE}`, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    extraHeaders: headers,
    // A function is asked again at each reconnection (the client's last version).
    auth: typeof auth === 'function' ? (callback) => callback(auth()) : auth,
    autoConnect: false,
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  const received: Received[] = [];
  socket.onAny((event: string, data: unknown) => received.push({ event, data } as Received));
  const client: LiveClient = {
    socket,
    received,
    async until(predicate) {
      await waitFor(() => predicate(received));
      return received;
    },
    versions: () => received.flatMap((r) => (r.event === 'live:event' ? [r.data.version] : [])),
    close() {
      socket.close();
      opened.delete(client);
    },
  };
  opened.add(client);
  return client;
}

/** Connects and waits for the first message of the replay (the snapshot or an event). */
export async function connected(client: LiveClient): Promise<LiveClient> {
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect', () => resolve());
    client.socket.once('connect_error', (error) => reject(error));
    client.socket.connect();
  });
  return client;
}

/** Connects and returns the refusal's data. */
export function refused(client: LiveClient): Promise<ConnectErrorData> {
  return new Promise((resolve, reject) => {
    client.socket.once('connect', () => reject(new Error('the connection was accepted')));
    client.socket.once('connect_error', (error) => resolve((error as Error & { data: ConnectErrorData }).data));
    client.socket.connect();
  });
}

/** Closes every client a test opened. */
export function closeClients(): void {
  for (const client of [...opened]) client.close();
}

/** The messages of one kind. */
export const ofKind = <E extends keyof Payloads>(received: Received[], event: E): Payloads[E][] =>
  received.filter((r) => r.event === event).map((r) => r.data as Payloads[E]);

/**
 * Follows the programme as the web app does: takes the snapshot, applies each next version
 * with the domain's `evolve`, drops what it already has, asks `live:sync` at a gap, and
 * reconnects with its version.
 */
export function follower(baseUrl: string, conferenceId: string, options: ClientOptions = {}) {
  let state: LiveState | null = null;
  let connects = 0;
  /** What the connection went through, with the time since the follower was made (for failure messages). */
  const history: string[] = [];
  const client = liveClient(baseUrl, () => ({ conferenceId, ...(state ? { version: state.version } : {}) }), options);
  const apply = (event: LiveEvent) => {
    if (!state || event.version <= state.version) return;
    if (event.version === state.version + 1) state = evolve(state, event);
    else
      void client.socket
        .emitWithAck('live:sync', state.version)
        .then((reply) => ('state' in reply ? (state = reply.state) : reply.events.forEach(apply)));
  };
  client.socket.on('connect', () => (connects += 1));
  const started = Date.now();
  const at = (what: string) => history.push(`${Date.now() - started}ms ${what}`);
  client.socket.on('connect_error', (error) =>
    at(`connect_error ${JSON.stringify((error as Error & { data?: unknown }).data ?? error.message)}`),
  );
  client.socket.on('disconnect', (reason) => at(`disconnect ${reason}`));
  client.socket.io.on('reconnect_attempt', (n) => at(`attempt ${n}`));
  client.socket.io.on('open', () => at('engine open'));
  client.socket.io.on('close', (reason) => at(`engine close ${reason}`));
  client.socket.on('connect', () => at('connect'));
  client.socket.on('live:snapshot', (snapshot) => (state = snapshot));
  client.socket.on('live:event', apply);
  return { client, state: () => state, connects: () => connects, history: () => history };
}
