/**
 * The live conference's Socket.IO gateway: one `Server` on the HTTP server of the API (path
 * SOCKET_PATH, namespace LIVE_NAMESPACE). The socket only RECEIVES: changes go through the
 * HTTP API, and the live service publishes the committed changes on the event backbone
 * (`live.programme`, `live.hall`; with REDIS_URL every process hears every change); this
 * gateway emits them to the rooms of their scope on its own process. An `access.revoked`
 * event takes the principal's sockets out of every room at once and checks them again:
 * refused, disconnected; allowed, put back in the rooms of their rights and sent what changed.
 *
 * A connection is admitted by the handshake middleware (origin, payload, cookie, policy:
 * socket-handshake.ts, live-access.ts), joins its rooms, then gets what it missed
 * (live-replay.ts). Its credential is checked again every `revalidateMs` (with jitter): a
 * revoked session or link is disconnected, changed rights move it between rooms. A principal
 * (a user, a link) holds at most `connectionsPerPrincipal` sockets on a process.
 * connectionStateRecovery stays off: the database is the replay log.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Namespace, type Socket } from 'socket.io';
import { DomainError } from '../../domain/errors.js';
import type { CookieCredential } from '../../server/plugins/auth-cookie.js';
import type { LiveFacts, LiveService } from '../../services/live/live-service.types.js';
import { boundPoints, type Actor } from '../../domain/access/actor.js';
import type { HallChange } from '../../domain/live/live-state.js';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import type { BackboneEvent } from '../events.js';
import type { EventBus, Unsubscribe } from '../event-bus.js';
import { PrincipalIndex, principalOf, principalOfRevoked, tooManyForPrincipal } from '../principals.js';
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
import { joinBroadcastFrames } from './single-frame.js';
import { createCoalescer, newerHall, WALL_WINDOW_MS, type Coalescer } from '../../domain/live/hall-wall.js';
import type { HallStatus } from '../../domain/live/live-state.js';
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
  services: CredentialServices & { live: LiveService; events: EventBus };
  /** Sockets this process accepts (default 20,000); beyond: `realtime.too_many_connections`. */
  maxConnections?: number;
  /** How often a socket's session or link is checked again (default 5 minutes). */
  revalidateMs?: number;
  /** How long hall changes of a conference are gathered for its walls by provinces (default WALL_WINDOW_MS). */
  wallWindowMs?: number;
  /** Heartbeat, tuned for weak links (default 20 s each). */
  pingIntervalMs?: number;
  pingTimeoutMs?: number;
  /** Sockets one user or link may hold on this process (default DEFAULT_CONNECTIONS_PER_PRINCIPAL). */
  connectionsPerPrincipal?: number;
  log?: (message: string, error?: unknown) => void;
}

interface SocketData {
  handshake: LiveHandshake;
  access: LiveAccess;
  credential: CookieCredential;
  ip: string | null;
  /** `user:<id>` or `link:<id>`: revocation and the cap per principal. */
  principal: string;
  revalidation?: NodeJS.Timeout;
  syncWindow: { start: number; count: number };
  /** The province this wall opened ('' : the points without one), if any. */
  openProvince?: string;
}

type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export class LiveGateway {
  private io: LiveServer | null = null;
  private nsp: LiveNamespace | null = null;
  private admitting = 0;
  private readonly principals: PrincipalIndex<LiveSocket>;
  private unsubscribe: Unsubscribe | null = null;
  private readonly maxConnections: number;
  /** How often a socket's credential is checked again (the media namespace uses the same). */
  readonly revalidateMs: number;
  private readonly log: (message: string, error?: unknown) => void;
  /** Hall changes gathered per conference for the walls by provinces on this process. */
  private readonly walls: Coalescer<HallStatus>;

  constructor(private readonly options: LiveGatewayOptions) {
    this.walls = createCoalescer<HallStatus>({
      windowMs: options.wallWindowMs ?? WALL_WINDOW_MS,
      keyOf: (hall) => hall.bridgePointId,
      replaces: newerHall,
      flush: (conferenceId, halls) => this.flushWall(conferenceId, halls),
      onError: (error) => options.log?.('live socket: wall update failed', error),
    });
    this.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    this.revalidateMs = options.revalidateMs ?? DEFAULT_REVALIDATE_MS;
    this.log = options.log ?? (() => undefined);
    this.principals = new PrincipalIndex(options.connectionsPerPrincipal);
  }

  /** The Socket.IO server (other namespaces, e.g. the media room, share it); null before attach or after close. */
  get socketServer(): Server | null {
    return this.io as Server | null;
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
    io.of('/').use((_socket, next) => next(connectError(new DomainError(404, 'realtime.unknown_namespace', NO_NAMESPACE))));
    const nsp: LiveNamespace = io.of(LIVE_NAMESPACE);
    joinBroadcastFrames(nsp.adapter);
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
    this.unsubscribe = this.options.services.events.subscribeAll(({ event }) => this.onBackbone(event));
    return this;
  }

  /** Every process hears every event (the Redis backbone) and emits it to its own sockets. */
  private onBackbone(event: BackboneEvent): void {
    if (event.type === 'live.programme') this.programme(event.events);
    else if (event.type === 'live.hall') this.hall(event.conferenceId, event.change);
    else if (event.type === 'access.revoked') this.recheck(principalOfRevoked(event.principal));
    else if (event.type === 'vote.changed') {
      const { voteId, state, cast } = event;
      this.nsp?.to(rooms.conference(event.conferenceId)).emit('vote:changed', { voteId, state, cast });
    }
  }

  private programme(events: readonly LiveEvent[]): void {
    for (const event of events) this.nsp?.to(rooms.conference(event.conferenceId)).emit('live:event', event);
  }

  private hall(conferenceId: string, change: HallChange): void {
    const nsp = this.nsp;
    if (!nsp) return;
    if (change.kind === 'hall') {
      // The walls by provinces get it batched, as counts (flushWall), not one frame per hall.
      const wall = rooms.wall(conferenceId);
      nsp
        .to([rooms.staff(conferenceId), rooms.point(conferenceId, change.hall.bridgePointId)])
        .except(wall)
        .emit('hall:change', change);
      if (nsp.adapter.rooms.has(wall)) this.walls.add(conferenceId, change.hall);
      return;
    }
    const target =
      change.message.toBridgePointId === null
        ? [rooms.halls(conferenceId)]
        : [rooms.staff(conferenceId), rooms.point(conferenceId, change.message.toBridgePointId)];
    nsp.to(target).emit('hall:change', change);
  }

  /** One window's hall changes of a conference: the changed provinces' counts to every wall, the points to the walls that opened them. */
  private async flushWall(conferenceId: string, halls: HallStatus[]): Promise<void> {
    const wall = rooms.wall(conferenceId);
    if (!this.nsp?.adapter.rooms.has(wall)) return;
    const batch = await this.options.services.live.wallBatch(conferenceId, halls);
    const nsp = this.nsp;
    if (!nsp) return;
    nsp.to(wall).emit('wall:delta', batch.delta);
    for (const [province, changed] of batch.halls) {
      const room = rooms.wallProvince(conferenceId, province ?? '');
      if (nsp.adapter.rooms.has(room)) nsp.to(room).emit('wall:points', { province, halls: changed });
    }
  }

  /** `wall:open`: a wall by provinces follows one province's points, or none (null; also on a loss of rights). */
  private openProvince(socket: LiveSocket, province: unknown): boolean {
    if (province !== null && (typeof province !== 'string' || province.length > 40)) return false;
    const { access, openProvince: before } = socket.data;
    if (before !== undefined) void socket.leave(rooms.wallProvince(access.conferenceId, before));
    socket.data.openProvince = undefined;
    if (province === null) return true;
    if (!access.wall || !socket.connected) return false;
    socket.data.openProvince = province;
    void socket.join(rooms.wallProvince(access.conferenceId, province));
    return true;
  }

  /** Disconnects this process's sockets and stops the engine; the HTTP server is closed by its owner. */
  async close(): Promise<void> {
    const { io, nsp } = this;
    if (!io || !nsp) return;
    this.io = null;
    this.nsp = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.walls.close();
    for (const socket of nsp.sockets.values()) clearTimeout(socket.data.revalidation);
    nsp.local.disconnectSockets(true);
    await Promise.allSettled([nsp.adapter.close(), io.of('/').adapter.close()].map((closing) => Promise.resolve(closing)));
    io.engine.close();
  }

  /**
   * A principal's access ended or changed: its sockets leave every room now (so no event
   * emitted from here on reaches them), then each is checked again like at the handshake.
   */
  private recheck(principal: string): void {
    for (const socket of this.principals.of(principal)) {
      clearTimeout(socket.data.revalidation);
      for (const room of socket.data.access.rooms) void socket.leave(room);
      this.openProvince(socket, null);
      void this.revalidate(socket, { rejoin: true });
    }
  }

  private async admit(socket: LiveSocket): Promise<void> {
    const { headers } = socket.handshake;
    checkOrigin(headers);
    const handshake = parseHandshake(socket.handshake.auth);
    if ((this.nsp?.sockets.size ?? 0) + this.admitting > this.maxConnections) throw tooManyConnections();
    const credential = credentialOfHeaders(headers);
    const ip = socket.handshake.address || null;
    const actor = await resolveActor(this.options.services, credential, ip);
    const principal = principalOf(actor);
    if (principal && !this.principals.hasRoom(principal)) throw tooManyForPrincipal();
    const facts = await this.factsFor(actor, handshake.conferenceId);
    socket.data = {
      handshake,
      access: liveAccessOf(actor, facts),
      credential,
      ip,
      principal: principal ?? '',
      syncWindow: { start: 0, count: 0 },
    };
  }

  private onConnection(socket: LiveSocket): void {
    const { access, handshake } = socket.data;
    void socket.join(access.rooms);
    this.principals.add(socket.data.principal, socket);
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
    socket.on('wall:open', (province, ack) => {
      const following = this.openProvince(socket, province);
      if (typeof ack === 'function') ack(following);
    });
    socket.on('disconnect', () => {
      clearTimeout(socket.data.revalidation);
      this.principals.remove(socket.data.principal, socket);
    });
    this.scheduleRevalidation(socket);
    replay(this.options.services.live, socket, handshake, access.hallScope, access.wall).catch((error: unknown) => {
      this.log('live socket: replay failed', error);
      socket.disconnect(true);
    });
  }

  /** The facts the access needs: the points the actor is bound to, not every point (16,242 per handshake). */
  private factsFor(actor: Actor, conferenceId: string): Promise<LiveFacts> {
    return this.options.services.live.facts(conferenceId, { onlyPoints: [...boundPoints(actor, conferenceId)] });
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

  /**
   * A revoked credential or a lost right disconnects; changed rights move the socket between
   * rooms. `rejoin`: the socket was taken out of its rooms (a revocation), so it joins the
   * rooms of its rights again and is sent what it may have missed meanwhile.
   */
  private async revalidate(socket: LiveSocket, { rejoin = false } = {}): Promise<void> {
    if (!socket.connected) return;
    const before = socket.data.access;
    let after: LiveAccess;
    try {
      const actor = await resolveActor(this.options.services, socket.data.credential, socket.data.ip);
      after = liveAccessOf(actor, await this.factsFor(actor, before.conferenceId));
    } catch (error) {
      // A refusal ends the socket; a passing failure (the database restarting) does not.
      if (error instanceof DomainError) return void socket.disconnect(true);
      this.log('live socket: revalidation failed', error);
      if (rejoin) void socket.join(before.rooms);
      return this.scheduleRevalidation(socket);
    }
    if (!socket.connected) return;
    if (rejoin) {
      socket.data.access = after;
      void socket.join(after.rooms);
      await replay(this.options.services.live, socket, { conferenceId: after.conferenceId }, after.hallScope, after.wall).catch(
        (error: unknown) => this.log('live socket: replay failed', error),
      );
    } else if (!sameAccess(before, after)) {
      for (const room of before.rooms) if (!after.rooms.includes(room)) void socket.leave(room);
      if (!after.wall) this.openProvince(socket, null);
      void socket.join(after.rooms);
      socket.data.access = after;
      if (after.hallScope)
        await sendHalls(this.options.services.live, socket, after.conferenceId, after.hallScope, undefined, after.wall).catch(
          (error: unknown) => this.log('live socket: halls failed', error),
        );
    }
    this.scheduleRevalidation(socket);
  }
}

const NO_NAMESPACE = {
  vi: 'Kết nối trực tiếp phải dùng kênh /live.',
  en: 'Live connections use the /live namespace.',
};
