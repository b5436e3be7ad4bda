/**
 * The media room's signalling (issue 6): namespace MEDIA_NAMESPACE on the live gateway's
 * Socket.IO server (same path, same origin and cookie checks). A page is admitted by the
 * media policies (src/domain/access/media-policy.ts), joins its conference's room in the
 * media service, and exchanges SDP through acknowledged messages; the service pushes the
 * room's view and the engine's renegotiations back through this gateway (MediaNotifier).
 * A disconnected page leaves the room (its feed stops); a reconnecting page joins again.
 * Like a live socket, its credential is checked again every `revalidateMs` (with jitter): a
 * revoked link or session, or rights that no longer give the same feed, disconnect the page
 * (it reconnects by itself and is admitted, or refused, with what holds now). A revocation
 * (`recheck`, from the event backbone) runs that check at once for the principal's pages.
 * A principal holds at most `connectionsPerPrincipal` media pages on a process.
 */
import type { Namespace, Server, Socket } from 'socket.io';
import { accessDenied, can } from '../../domain/access/can.js';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { guestFeed, type FeedKey } from '../../domain/media/media-room.js';
import { conferenceNotFound } from '../../services/input.js';
import type { LiveFacts, LiveService } from '../../services/live/live-service.types.js';
import { mediaErrors } from '../../services/media/media-errors.js';
import type { MediaService } from '../../services/media/media-service.js';
import {
  MEDIA_NAMESPACE,
  type MediaAck,
  type MediaClientToServer,
  type MediaHandshake,
  type MediaServerToClient,
  type QualityReport,
} from '../media-protocol.js';
import type { CookieCredential } from '../../server/plugins/auth-cookie.js';
import { DEFAULT_REVALIDATE_MS } from './live-gateway.js';
import { PrincipalIndex, principalOf, tooManyForPrincipal } from '../principals.js';
import {
  badHandshake,
  checkOrigin,
  connectError,
  credentialOfHeaders,
  resolveActor,
  revalidateLater,
  type CredentialServices,
} from './socket-handshake.js';

interface MediaSocketData {
  conferenceId: string;
  feed: FeedKey | null;
  name: string;
  seesAll: boolean;
  /** What admitted the page, checked again every revalidateMs. */
  handshake: MediaHandshake;
  credential: CookieCredential;
  ip: string | null;
  /** `user:<id>` or `link:<id>`. */
  principal: string;
  revalidation?: NodeJS.Timeout;
}

type MediaSocket = Socket<MediaClientToServer, MediaServerToClient, Record<string, never>, MediaSocketData>;
type MediaNamespace = Namespace<MediaClientToServer, MediaServerToClient, Record<string, never>, MediaSocketData>;

export interface MediaGatewayOptions {
  services: CredentialServices & { live: LiveService; media: MediaService };
  /** Default DEFAULT_REVALIDATE_MS (tests shorten it through the live socket's option). */
  revalidateMs?: number;
  /** Media pages one user or link may hold on this process (default DEFAULT_CONNECTIONS_PER_PRINCIPAL). */
  connectionsPerPrincipal?: number;
  log?: (message: string, error?: unknown) => void;
}

const MAX_SDP = 60 * 1024;
const isSdp = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_SDP && value.startsWith('v=0');
const isMeasure = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e7);

export function parseMediaHandshake(auth: unknown): MediaHandshake {
  if (typeof auth !== 'object' || auth === null) throw badHandshake();
  const { conferenceId, publish, bridgePointId } = auth as Record<string, unknown>;
  if (typeof conferenceId !== 'string' || conferenceId.length === 0 || conferenceId.length > 200) throw badHandshake();
  if (typeof publish !== 'boolean') throw badHandshake();
  if (bridgePointId !== undefined && bridgePointId !== null && (typeof bridgePointId !== 'string' || bridgePointId.length > 200))
    throw badHandshake();
  return { conferenceId, publish, ...(typeof bridgePointId === 'string' ? { bridgePointId } : {}) };
}

/** The feed a page publishes (and its shown name), or a refusal; null feed: view only. */
export function feedOf(
  actor: Actor,
  facts: LiveFacts,
  handshake: MediaHandshake,
): { feed: FeedKey | null; name: string; seesAll: boolean } {
  const conference = { id: facts.id, status: facts.status, archived: facts.archived };
  if (!can(actor, 'media.view', { conference, bridgePointId: null })) throw conferenceNotFound();
  const seesAll = can(actor, 'live.read_halls', { conference, bridgePointId: null });
  if (!handshake.publish) return { feed: null, name: '', seesAll };
  if (handshake.bridgePointId) {
    const point = facts.bridgePoints.find((candidate) => candidate.id === handshake.bridgePointId);
    if (!point || !can(actor, 'media.publish', { conference, bridgePointId: point.id })) throw accessDenied();
    return { feed: point.id, name: point.name, seesAll };
  }
  if (!can(actor, 'media.publish', { conference, bridgePointId: null }) || actor.kind === 'anonymous') throw accessDenied();
  const requesterId = actor.kind === 'link' ? (actor.delegateId ?? actor.linkId) : actor.userId;
  return { feed: guestFeed(requesterId), name: 'Khách mời', seesAll };
}

export class MediaGateway {
  private nsp: MediaNamespace | null = null;
  private readonly log: (message: string, error?: unknown) => void;
  private readonly revalidateMs: number;
  private readonly principals: PrincipalIndex<MediaSocket>;

  constructor(private readonly options: MediaGatewayOptions) {
    this.log = options.log ?? (() => undefined);
    this.revalidateMs = options.revalidateMs ?? DEFAULT_REVALIDATE_MS;
    this.principals = new PrincipalIndex(options.connectionsPerPrincipal);
  }

  /** The principal's access ended or changed: its pages are checked now (refused: disconnected, their feeds stop). */
  recheck(principal: string): void {
    for (const socket of this.principals.of(principal)) {
      clearTimeout(socket.data.revalidation);
      void this.revalidate(socket);
    }
  }

  attach(io: Server): this {
    const nsp = io.of(MEDIA_NAMESPACE) as unknown as MediaNamespace;
    const { media } = this.options.services;
    nsp.use((socket, next) => {
      this.admit(socket).then(
        () => next(),
        (error: unknown) => {
          if (!(error instanceof DomainError)) this.log('media socket: handshake failed', error);
          next(connectError(error));
        },
      );
    });
    nsp.on('connection', (socket) => this.onConnection(socket));
    media.setNotifier({
      room: (memberId, view) => nsp.sockets.get(memberId)?.emit('media:room', view),
      offer: (memberId, offer) => nsp.sockets.get(memberId)?.emit('media:offer', offer),
    });
    this.nsp = nsp;
    return this;
  }

  private async admit(socket: MediaSocket): Promise<void> {
    checkOrigin(socket.handshake.headers);
    const handshake = parseMediaHandshake(socket.handshake.auth);
    const credential = credentialOfHeaders(socket.handshake.headers);
    const ip = socket.handshake.address || null;
    const actor = await resolveActor(this.options.services, credential, ip);
    const principal = principalOf(actor) ?? '';
    if (!this.principals.hasRoom(principal)) throw tooManyForPrincipal();
    const facts = await this.options.services.live.facts(handshake.conferenceId);
    const { feed, name, seesAll } = feedOf(actor, facts, handshake);
    await this.options.services.media.assertServedHere(facts.id);
    socket.data = { conferenceId: facts.id, feed, name, seesAll, handshake, credential, ip, principal };
  }

  private scheduleRevalidation(socket: MediaSocket): void {
    socket.data.revalidation = revalidateLater(this.revalidateMs, () => void this.revalidate(socket));
  }

  /** A revoked credential, a lost right or another feed disconnects the page; it comes back with what holds now. */
  private async revalidate(socket: MediaSocket): Promise<void> {
    if (!socket.connected) return;
    const { credential, ip, handshake, feed, seesAll } = socket.data;
    let now: ReturnType<typeof feedOf>;
    try {
      const actor = await resolveActor(this.options.services, credential, ip);
      now = feedOf(actor, await this.options.services.live.facts(handshake.conferenceId), handshake);
    } catch (error) {
      // A refusal ends the page's media; a passing failure (the database restarting) does not.
      if (error instanceof DomainError) return void socket.disconnect(true);
      this.log('media socket: revalidation failed', error);
      return this.scheduleRevalidation(socket);
    }
    if (!socket.connected) return;
    if (now.feed !== feed || now.seesAll !== seesAll) return void socket.disconnect(true);
    this.scheduleRevalidation(socket);
  }

  /** Runs a request and answers its ack: the result, or the error shape of the API. */
  private answer<T extends object>(ack: unknown, work: () => Promise<T>): void {
    const reply = typeof ack === 'function' ? (ack as MediaAck<T>) : () => undefined;
    work().then(
      (result) => reply({ ok: true, ...result }),
      (error: unknown) => {
        let failure = error instanceof DomainError ? error : null;
        if (!failure) {
          this.log('media socket: request failed', error);
          failure = mediaErrors.engineFailed(error instanceof Error ? error.message.slice(0, 200) : 'unknown');
        }
        reply({ ok: false, error: { code: failure.code, message: failure.localized } });
      },
    );
  }

  private onConnection(socket: MediaSocket): void {
    const { media } = this.options.services;
    const { conferenceId, feed, name, seesAll } = socket.data;
    this.principals.add(socket.data.principal, socket);
    // Queued before any request of this socket, so the room knows it when they arrive.
    media.join({ memberId: socket.id, conferenceId, feed, name, seesAll }).catch((error: unknown) => {
      this.log('media socket: join failed', error);
      socket.disconnect(true);
    });
    socket.on('media:config', (ack) => this.answer(ack, async () => ({ iceServers: media.iceServers })));
    socket.on('media:publish', (request, ack) =>
      this.answer(ack, async () => {
        if (!isSdp(request?.offerSdp) || typeof request.audioOnly !== 'boolean') throw mediaErrors.badSdp();
        return media.publish(conferenceId, socket.id, request.offerSdp, request.audioOnly);
      }),
    );
    socket.on('media:subscribe', (ack) => this.answer(ack, () => media.subscribe(conferenceId, socket.id)));
    socket.on('media:answer', (request, ack) =>
      this.answer(ack, async () => {
        if (!isSdp(request?.answerSdp)) throw mediaErrors.badSdp();
        await media.answer(conferenceId, socket.id, request.answerSdp);
        return {};
      }),
    );
    socket.on('media:mute', (request, ack) =>
      this.answer(ack, async () => {
        if (typeof request?.muted !== 'boolean') throw mediaErrors.badRequest();
        await media.selfMute(conferenceId, socket.id, request.muted);
        return {};
      }),
    );
    socket.on('media:page', (request, ack) =>
      this.answer(ack, async () => {
        const page: unknown = request?.page;
        if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0) throw mediaErrors.badRequest();
        return media.setPage(conferenceId, socket.id, page);
      }),
    );
    socket.on('media:quality', (report, ack) =>
      this.answer(ack, async () => {
        const valid = (r: QualityReport | undefined): r is QualityReport =>
          !!r && isMeasure(r.rttMs) && isMeasure(r.lossPercent) && isMeasure(r.bitrateKbps) && typeof r.audioOnly === 'boolean';
        if (!valid(report)) throw mediaErrors.badRequest();
        await media.quality(conferenceId, socket.id, report);
        return {};
      }),
    );
    this.scheduleRevalidation(socket);
    socket.on('disconnect', () => {
      clearTimeout(socket.data.revalidation);
      this.principals.remove(socket.data.principal, socket);
      media.leave(conferenceId, socket.id).catch((error: unknown) => this.log('media socket: leave failed', error));
    });
  }

  /** Drops every media socket of this process; pages reconnect by themselves (after an engine restart). */
  disconnectAll(): void {
    this.nsp?.local.disconnectSockets(false);
  }

  /** Disconnects this process's media sockets (the live gateway closes the engine.io server). */
  close(): void {
    for (const socket of this.nsp?.sockets.values() ?? []) clearTimeout(socket.data.revalidation);
    this.nsp?.local.disconnectSockets(true);
    this.nsp = null;
  }
}
