/**
 * The browser's connection to one live conference (src/realtime/live-protocol.ts). The socket
 * only receives: changes go through the HTTP API (live-api.ts), whose answers are also fed
 * here so the screen moves before the broadcast arrives.
 *
 * - Same origin, with the session or link cookie; reconnects forever, backoff capped at 5 s,
 *   also after the server refused the handshake or closed the socket.
 * - Each (re)connection sends the last programme version and hall seq it applied, so the
 *   server replays only what was missed.
 * - A version gap asks `live:sync`; an event that `evolve` refuses reloads the whole state.
 * - The server clock: 5 `clock` pings at each connection and every 60 s; countdowns use
 *   `serverNow()`.
 *
 * One client per conference per tab, shared by every component (`acquireLiveClient`).
 */
import { io, type Socket } from 'socket.io-client';
import { estimateOffset } from '../../../src/domain/live/clock-offset.js';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import type { LiveEvent } from '../../../src/domain/live/live-commands.js';
import type { HallStatus, LiveMessage, LiveState } from '../../../src/domain/live/live-state.js';
import {
  LIVE_NAMESPACE,
  SOCKET_PATH,
  type ClientToServerEvents,
  type LiveHandshake,
  type ServerToClientEvents,
  type SyncReply,
} from '../../../src/realtime/live-protocol.js';
import { LiveStore, type ApplyResult, type LiveSnapshot } from './live-store.js';
import type { WallPoints } from '../../../src/domain/live/hall-wall.js';

export type { LiveSnapshot, LiveStatus } from './live-store.js';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const CLOCK_PINGS = 5;
const CLOCK_EVERY_MS = 60_000;
const ACK_TIMEOUT_MS = 10_000;
const RETRY_MAX_MS = 5_000;
/** Clock samples kept across rounds (the best of them wins). */
const CLOCK_SAMPLES_KEPT = 15;

export interface LiveClient {
  readonly conferenceId: string;
  subscribe(listener: () => void): () => void;
  getSnapshot(): LiveSnapshot;
  /** The server's clock now, epoch ms. */
  serverNow(): number;
  /** A whole state from an HTTP answer (kept when newer than what the socket gave). */
  seedState(state: LiveState): void;
  /** The events a command's answer carried. */
  receiveEvents(events: readonly LiveEvent[]): void;
  receiveHall(hall: HallStatus): void;
  receiveMessage(message: LiveMessage): void;
  /**
   * A wall by provinces follows one province's changed points ('' : the points without a
   * province; null: none), again after each reconnection; resolves whether the server agreed.
   */
  openProvince(province: string | null): Promise<boolean>;
  /** Listens to `wall:points` (the opened province's changed points); returns the way to stop. */
  onWallPoints(listener: (points: WallPoints) => void): () => void;
  /** Listens to `vote:changed` (issue 16); returns the way to stop. */
  onVote(listener: (change: VoteChange) => void): () => void;
  close(): void;
}

export type VoteChange = Parameters<ServerToClientEvents['vote:changed']>[0];

const refusal = (error: Error & { data?: unknown }): LocalizedMessage => {
  const data = error.data as { message?: LocalizedMessage } | undefined;
  if (data?.message && typeof data.message.vi === 'string') return data.message;
  return { vi: 'Chưa kết nối được máy chủ, đang thử lại…', en: 'Cannot reach the server yet, trying again…' };
};

export const openLiveClient = (conferenceId: string): LiveClient => {
  const store = new LiveStore();
  const samples: { sentAt: number; serverAt: number; receivedAt: number }[] = [];
  let connectedOnce = false;
  let closed = false;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let clockTimer: ReturnType<typeof setInterval> | null = null;
  let syncing = false;
  const voteListeners = new Set<(change: VoteChange) => void>();
  const wallListeners = new Set<(points: WallPoints) => void>();
  /** The province a wall follows, asked again at each connection. */
  let openedProvince: string | null = null;

  const socket: LiveSocket = io(LIVE_NAMESPACE, {
    path: SOCKET_PATH,
    withCredentials: true,
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionAttempts: Number.POSITIVE_INFINITY,
    reconnectionDelay: 500,
    reconnectionDelayMax: RETRY_MAX_MS,
    randomizationFactor: 0.3,
    auth: (give: (auth: LiveHandshake) => void) => {
      const auth: LiveHandshake = { conferenceId };
      const version = store.version;
      if (version !== undefined) auth.version = version;
      if (store.hallSeq !== undefined) auth.hallSeq = store.hallSeq;
      give(auth);
    },
  });

  /** The socket gives up after a refused handshake or a server-side close: try again ourselves. */
  const retryLater = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(RETRY_MAX_MS, 500 * 2 ** retries++);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed && !socket.connected) socket.connect();
    }, delay);
  };

  const measureClock = async () => {
    for (let i = 0; i < CLOCK_PINGS && socket.connected; i++) {
      const sentAt = Date.now();
      try {
        // An acknowledgement with a timeout is typed any by socket.io; the server answers its clock.
        const serverAt = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('clock', sentAt)) as number;
        samples.push({ sentAt, serverAt, receivedAt: Date.now() });
      } catch {
        return;
      }
    }
    samples.splice(0, Math.max(0, samples.length - CLOCK_SAMPLES_KEPT));
    if (samples.length === 0 || closed) return;
    const { offsetMs, rttMs } = estimateOffset(samples);
    store.patch({ offsetMs, rttMs });
  };

  const sync = async () => {
    const version = store.version;
    if (syncing || version === undefined || !socket.connected) return;
    syncing = true;
    try {
      const reply = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('live:sync', version)) as SyncReply;
      handle('events' in reply ? store.applyEvents(reply.events) : store.setState(reply.state, true));
    } catch {
      // No answer: the next event or reconnection tries again.
    } finally {
      syncing = false;
    }
  };

  /** A gap asks for the missing events; a refused event reconnects for the whole state. */
  const handle = (result: ApplyResult) => {
    if (result === 'gap') void sync();
    else if (result === 'broken' && socket.connected) {
      socket.disconnect();
      socket.connect();
    }
  };

  socket.on('connect', () => {
    retries = 0;
    connectedOnce = true;
    if (openedProvince !== null) socket.emit('wall:open', openedProvince, () => undefined);
    store.patch({ status: 'live', error: null, connections: store.getSnapshot().connections + 1 });
    void measureClock();
  });
  socket.on('disconnect', (reason) => {
    if (closed) return;
    store.patch({ status: connectedOnce ? 'reconnecting' : 'connecting' });
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', (error) => {
    if (closed) return;
    store.patch({ status: connectedOnce ? 'reconnecting' : 'connecting', error: refusal(error) });
    if (!socket.active) retryLater();
  });
  socket.on('live:snapshot', (state) => handle(store.setState(state, true)));
  socket.on('live:event', (event) => handle(store.applyEvents([event])));
  socket.on('hall:snapshot', (snapshot) => store.applyHallSnapshot(snapshot));
  socket.on('hall:change', (change) => store.applyHallChange(change));
  socket.on('wall:snapshot', (snapshot) => store.applyWallSnapshot(snapshot));
  socket.on('wall:delta', (delta) => store.applyWallDelta(delta));
  socket.on('wall:points', (points) => {
    for (const listener of [...wallListeners]) listener(points);
  });
  socket.on('vote:changed', (change) => {
    for (const listener of [...voteListeners]) listener(change);
  });
  clockTimer = setInterval(() => void measureClock(), CLOCK_EVERY_MS);

  return {
    conferenceId,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    serverNow: () => Date.now() + store.getSnapshot().offsetMs,
    seedState: (state) => handle(store.setState(state, false)),
    receiveEvents: (events) => handle(store.applyEvents(events)),
    receiveHall: (hall) => store.upsertHall(hall),
    receiveMessage: (message) => store.addMessage(message),
    openProvince: (province) => {
      openedProvince = province;
      if (!socket.connected) return Promise.resolve(false);
      return socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('wall:open', province)
        .catch(() => false);
    },
    onWallPoints: (listener) => {
      wallListeners.add(listener);
      return () => wallListeners.delete(listener);
    },
    onVote: (listener) => {
      voteListeners.add(listener);
      return () => voteListeners.delete(listener);
    },
    close: () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (clockTimer) clearInterval(clockTimer);
      socket.removeAllListeners();
      socket.disconnect();
      store.dispose();
    },
  };
};

/** The clients of this tab, shared by the components of a page; closed when the last one lets go. */
const clients = new Map<string, { client: LiveClient; users: number; closing: ReturnType<typeof setTimeout> | null }>();

export const acquireLiveClient = (conferenceId: string): LiveClient => {
  let entry = clients.get(conferenceId);
  if (!entry) {
    entry = { client: openLiveClient(conferenceId), users: 0, closing: null };
    clients.set(conferenceId, entry);
  }
  if (entry.closing) clearTimeout(entry.closing);
  entry.closing = null;
  entry.users += 1;
  return entry.client;
};

/** Lets go of a client; it closes a moment later unless taken again (React's StrictMode remounts at once). */
export const releaseLiveClient = (client: LiveClient): void => {
  const entry = clients.get(client.conferenceId);
  if (!entry || entry.client !== client) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  entry.closing = setTimeout(() => {
    clients.delete(client.conferenceId);
    client.close();
  }, 1_000);
};

/** The open client of a conference, if a page holds one (live-api feeds command answers to it). */
export const liveClientOf = (conferenceId: string): LiveClient | undefined => clients.get(conferenceId)?.client;
