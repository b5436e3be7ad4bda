/**
 * The live conference's Socket.IO gateway: one `Server` on the HTTP server of the API (path
 * SOCKET_PATH, namespace LIVE_NAMESPACE). The socket only RECEIVES: changes go through the
 * HTTP API, and the live service hands the committed events to `programme` / `hall` here
 * (this class is its LiveBroadcaster), which emit them to the rooms of their scope.
 *
 * A connection is admitted by the handshake middleware (origin, payload, cookie, policy:
 * socket-handshake.ts, live-access.ts), joins its rooms, then gets what it missed
 * (live-replay.ts). Its credential is checked again every `revalidateMs` (with jitter): a
 * revoked session or link is disconnected, changed rights move it between rooms.
 * connectionStateRecovery stays off: the database is the replay log.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Namespace, type Socket } from 'socket.io';
import { DomainError } from '../../domain/errors.js';
import type { CookieCredential } from '../../server/plugins/auth-cookie.js';
import type { LiveBroadcaster, LiveService } from '../../services/live/live-service.types.js';
import type { HallChange } from '../../domain/live/live-state.js';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import {
  LIVE_NAMESPACE,
  rooms,
  SOCKET_PATH,
  type ClientToServerEvents,
  type LiveHandshake,
  type ServerToClientEvents,
} from '../live-protocol.js';
import { liveAccessOf, sameAccess, type LiveAccess } from './live-access.js';
import { replay, sendHalls, syncReply } from './live-replay.js';
import type { RedisAdapterHandle } from './redis-adapter.js';
import {
  checkOrigin,
  connectError,
  credentialOfHeaders,
  parseHandshake,
  resolveActor,
  revalidateLater,
  tooManyConnections,
  type CredentialServices,
} from './socket-handshake.js';

export const DEFAULT_MAX_CONNECTIONS = 20_000;
export const DEFAULT_REVALIDATE_MS = 5 * 60_000;
/** `live:sync` requests allowed per socket and minute (a client asks after a version gap). */
const SYNCS_PER_MINUTE = 30;

export interface LiveGatewayOptions {
  services: CredentialServices & { live: LiveService };
  /** Sockets this process accepts (default 20,000); beyond: `realtime.too_many_connections`. */
  maxConnections?: number;
  /** How often a socket's session or link is checked again (default 5 minutes). */
  revalidateMs?: number;
  /** Heartbeat, tuned for weak links (default 20 s each). */
  pingIntervalMs?: number;
  pingTimeoutMs?: number;
  /** The Redis adapter (several processes); absent: rooms in this process only. */
  redis?: RedisAdapterHandle | null;
  log?: (message: string, error?: unknown) => void;
}

interface SocketData {
  handshake: LiveHandshake;
  access: LiveAccess;
  credential: CookieCredential;
  ip: string | null;
  revalidation?: NodeJS.Timeout;
  syncWindow: { start: number; count: number };
}

type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export class LiveGateway implements LiveBroadcaster {
  private io: LiveServer | null = null;
  private nsp: LiveNamespace | null = null;
  private admitting = 0;
  private readonly maxConnections: number;
  /** How often a socket's credential is checked again (the media namespace uses the same). */
  readonly revalidateMs: number;
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private readonly options: LiveGatewayOptions) {
    this.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    this.revalidateMs = options.revalidateMs ?? DEFAULT_REVALIDATE_MS;
    this.log = options.log ?? (() => undefined);
  }

  private readonly programmeListeners: ((events: readonly LiveEvent[]) => void)[] = [];

  /** The Socket.IO server (other namespaces, e.g. the media room, share it); null before attach or after close. */
  get socketServer(): Server | null {
    return this.io as Server | null;
  }

  /** Also hands committed programme events to `listener` (the media room follows the floor and the mutes). */
  observeProgramme(listener: (events: readonly LiveEvent[]) => void): void {
    this.programmeListeners.push(listener);
  }

  /** Sockets connected to the live namespace on this process. */
  get size(): number {
    return this.nsp?.sockets.size ?? 0;
  }

  attach(httpServer: HttpServer): this {
    const io: LiveServer = new Server(httpServer, {
      path: SOCKET_PATH,
      serveClient: false,
      transports: ['polling', 'websocket'],
      // Live clients send clocks and sync requests of a few bytes; the media namespace on the
      // same server carries SDP (a chair's answer for 20 slots is ~15 kB).
      maxHttpBufferSize: 64 * 1024,
      pingInterval: this.options.pingIntervalMs ?? 20_000,
      pingTimeout: this.options.pingTimeoutMs ?? 20_000,
      connectTimeout: 15_000,
      // Engine connections that never join the namespace are capped too.
      allowRequest: (_request, callback) => callback(null, io.engine.clientsCount < this.maxConnections * 2 + 100),
    });
    if (this.options.redis) io.adapter(this.options.redis.adapter);
    io.of('/').use((_socket, next) => next(connectError(new DomainError(404, 'realtime.unknown_namespace', NO_NAMESPACE))));
    const nsp: LiveNamespace = io.of(LIVE_NAMESPACE);
    nsp.use((socket, next) => {
      this.admitting += 1;
      this.admit(socket)
        .then(
          () => next(),
          (error: unknown) => {
            if (!(error instanceof DomainError)) this.log('live socket: handshake failed', error);
            next(connectError(error));
          },
        )
        .finally(() => (this.admitting -= 1));
    });
    nsp.on('connection', (socket) => this.onConnection(socket));
    this.io = io;
    this.nsp = nsp;
    this.options.services.live.setBroadcaster(this);
    return this;
  }

  programme(events: readonly LiveEvent[]): void {
    for (const event of events) this.nsp?.to(rooms.conference(event.conferenceId)).emit('live:event', event);
    for (const listener of this.programmeListeners) listener(events);
  }

  hall(conferenceId: string, change: HallChange): void {
    const target =
      change.kind === 'hall'
        ? [rooms.staff(conferenceId), rooms.point(conferenceId, change.hall.bridgePointId)]
        : change.message.toBridgePointId === null
          ? [rooms.halls(conferenceId)]
          : [rooms.staff(conferenceId), rooms.point(conferenceId, change.message.toBridgePointId)];
    this.nsp?.to(target).emit('hall:change', change);
  }

  /** Disconnects this process's sockets and stops the engine; the HTTP server is closed by its owner. */
  async close(): Promise<void> {
    const { io, nsp } = this;
    if (!io || !nsp) return;
    this.io = null;
    this.nsp = null;
    this.options.services.live.setBroadcaster(NO_BROADCAST);
    for (const socket of nsp.sockets.values()) clearTimeout(socket.data.revalidation);
    nsp.local.disconnectSockets(true);
    await Promise.allSettled([nsp.adapter.close(), io.of('/').adapter.close()].map((closing) => Promise.resolve(closing)));
    io.engine.close();
    await this.options.redis?.close();
  }

  private async admit(socket: LiveSocket): Promise<void> {
    const { headers } = socket.handshake;
    checkOrigin(headers);
    const handshake = parseHandshake(socket.handshake.auth);
    if ((this.nsp?.sockets.size ?? 0) + this.admitting > this.maxConnections) throw tooManyConnections();
    const credential = credentialOfHeaders(headers);
    const ip = socket.handshake.address || null;
    const actor = await resolveActor(this.options.services, credential, ip);
    const facts = await this.options.services.live.facts(handshake.conferenceId);
    socket.data = { handshake, access: liveAccessOf(actor, facts), credential, ip, syncWindow: { start: 0, count: 0 } };
  }

  private onConnection(socket: LiveSocket): void {
    const { access, handshake } = socket.data;
    void socket.join(access.rooms);
    socket.on('clock', (_sentAt, ack) => {
      if (typeof ack === 'function') ack(Date.now());
    });
    socket.on('live:sync', (version, ack) => {
      if (typeof ack !== 'function' || typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return;
      if (!this.syncAllowed(socket.data)) return;
      syncReply(this.options.services.live, socket.data.access.conferenceId, version).then(ack, (error: unknown) =>
        this.log('live socket: sync failed', error),
      );
    });
    socket.on('disconnect', () => clearTimeout(socket.data.revalidation));
    this.scheduleRevalidation(socket);
    replay(this.options.services.live, socket, handshake, access.hallScope).catch((error: unknown) => {
      this.log('live socket: replay failed', error);
      socket.disconnect(true);
    });
  }

  private syncAllowed(data: SocketData): boolean {
    const now = Date.now();
    if (now - data.syncWindow.start >= 60_000) data.syncWindow = { start: now, count: 0 };
    data.syncWindow.count += 1;
    return data.syncWindow.count <= SYNCS_PER_MINUTE;
  }

  private scheduleRevalidation(socket: LiveSocket): void {
    socket.data.revalidation = revalidateLater(this.revalidateMs, () => void this.revalidate(socket));
  }

  /** A revoked credential or a lost right disconnects; changed rights move the socket between rooms. */
  private async revalidate(socket: LiveSocket): Promise<void> {
    if (!socket.connected) return;
    const before = socket.data.access;
    let after: LiveAccess;
    try {
      const actor = await resolveActor(this.options.services, socket.data.credential, socket.data.ip);
      after = liveAccessOf(actor, await this.options.services.live.facts(before.conferenceId));
    } catch (error) {
      // A refusal ends the socket; a passing failure (the database restarting) does not.
      if (error instanceof DomainError) return void socket.disconnect(true);
      this.log('live socket: revalidation failed', error);
      return this.scheduleRevalidation(socket);
    }
    if (!socket.connected) return;
    if (!sameAccess(before, after)) {
      for (const room of before.rooms) if (!after.rooms.includes(room)) void socket.leave(room);
      void socket.join(after.rooms);
      socket.data.access = after;
      if (after.hallScope)
        await sendHalls(this.options.services.live, socket, after.conferenceId, after.hallScope).catch((error: unknown) =>
          this.log('live socket: halls failed', error),
        );
    }
    this.scheduleRevalidation(socket);
  }
}

const NO_NAMESPACE = {
  vi: 'Kết nối trực tiếp phải dùng kênh /live.',
  en: 'Live connections use the /live namespace.',
};

const NO_BROADCAST: LiveBroadcaster = { programme: () => undefined, hall: () => undefined };
