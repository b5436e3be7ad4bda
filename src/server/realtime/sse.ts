/**
 * Server-Sent Events: the one-way stream of a conference's domain events to a browser
 * (EventSource). The route decides who may listen and which events they receive; this
 * module is the transport: `retry:` hint, numbered events (`id:` = the bus delivery id), a
 * heartbeat comment every 15 s so proxies keep the connection, replay of what a client
 * missed when it reconnects with `Last-Event-ID` (or `event: resync` when too much has
 * passed), an end after MAX_AGE_MS (the browser reconnects and is authenticated again),
 * and cleanup when the client leaves or the server closes. An `access.revoked` event for the
 * stream's principal (from any process, through the backbone) ends its streams at once: the
 * browser reconnects through the authentication, and a revoked one is refused. A principal
 * holds at most `maxPerPrincipal` streams on a process (429 `realtime.too_many_for_principal`).
 *
 * Frames carry only what changed (types, ids, counts); the client refetches the data.
 *
 * Events: `ready` (first frame of a fresh stream: fetch everything), `resync` (the missed
 * events are no longer known: fetch everything), then the DomainEvent types of the bus.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { isDomainEvent, type Delivery, type DomainEvent, type EventBus } from '../../realtime/event-bus.js';
import type { BackboneEvent } from '../../realtime/events.js';
import { PrincipalIndex, principalOfRevoked, tooManyForPrincipal } from '../../realtime/principals.js';

export const HEARTBEAT_MS = 15_000;
export const RETRY_MS = 3_000;
/**
 * A stream is ended after this long: the browser reconnects by itself (with Last-Event-ID,
 * so nothing is lost) and the reconnection passes through the authentication again, so a
 * revoked session or role stops receiving within this time.
 */
export const MAX_AGE_MS = 5 * 60_000;
/** A client this far behind (bytes not yet sent) is dropped; it reconnects and resyncs. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface EventStreamsOptions {
  bus: EventBus;
  heartbeatMs?: number;
  retryMs?: number;
  maxAgeMs?: number;
  /** Open streams allowed on this process (default 10,000); beyond it 503. */
  maxStreams?: number;
  /** Open streams of one user or link on this process (default DEFAULT_CONNECTIONS_PER_PRINCIPAL); beyond it 429. */
  maxPerPrincipal?: number;
}

/** What the route decided about this caller. */
export interface StreamAccess {
  conferenceId: string;
  /** Who listens (`user:<id>`, `link:<id>`, principals.ts): revocation and the cap per principal. */
  principal: string;
  /** Whether an event goes to this caller (e.g. an operator: their bridge points only). */
  accepts(event: DomainEvent): boolean;
  /** Asked at each heartbeat; false (or an error) ends the stream: session revoked, role removed. */
  stillAllowed?(): Promise<boolean>;
}

export const tooManyStreams = () =>
  new DomainError(503, 'realtime.too_many_streams', {
    vi: 'Máy chủ đang có quá nhiều kết nối cập nhật trực tiếp. Trang sẽ tự kết nối lại sau ít phút.',
    en: 'The server has too many live update connections. The page will reconnect by itself shortly.',
  });

/** One SSE frame. Data is one line of JSON (JSON never contains a raw line break). */
export const frame = (fields: { id?: string; event?: string; data?: unknown; retry?: number; comment?: string }): string => {
  let text = '';
  if (fields.comment !== undefined) text += `: ${fields.comment.replace(/[\r\n]+/g, ' ')}\n`;
  if (fields.retry !== undefined) text += `retry: ${Math.max(0, Math.floor(fields.retry))}\n`;
  if (fields.id !== undefined) text += `id: ${fields.id}\n`;
  if (fields.event !== undefined) text += `event: ${fields.event}\n`;
  if (fields.data !== undefined) text += `data: ${JSON.stringify(fields.data)}\n`;
  return `${text}\n`;
};

const eventFrame = (delivery: Delivery<DomainEvent>) => frame({ id: delivery.id, event: delivery.event.type, data: delivery.event });

const lastEventIdOf = (request: FastifyRequest): string | null => {
  const header = request.headers['last-event-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && value.length <= 64 ? value : null;
};

export class EventStreams {
  private readonly streams = new Set<() => void>();
  private readonly heartbeatMs: number;
  private readonly retryMs: number;
  private readonly maxAgeMs: number;
  private readonly maxStreams: number;
  private readonly principals: PrincipalIndex<() => void>;

  constructor(private readonly options: EventStreamsOptions) {
    this.heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    this.retryMs = options.retryMs ?? RETRY_MS;
    this.maxAgeMs = options.maxAgeMs ?? MAX_AGE_MS;
    this.maxStreams = options.maxStreams ?? 10_000;
    this.principals = new PrincipalIndex(options.maxPerPrincipal);
  }

  /** Ends a principal's streams when its access ends; ends every stream when the app closes (an open one would keep the server from closing). */
  attach(app: FastifyInstance): this {
    const unsubscribe = this.options.bus.subscribeAll(({ event }) => this.onBackbone(event));
    app.addHook('preClose', async () => {
      unsubscribe();
      this.closeAll();
    });
    return this;
  }

  private onBackbone(event: BackboneEvent): void {
    if (event.type !== 'access.revoked') return;
    for (const end of this.principals.of(principalOfRevoked(event.principal))) end();
  }

  get size(): number {
    return this.streams.size;
  }

  closeAll(): void {
    for (const end of [...this.streams]) end();
  }

  /** Answers the request with the event stream of `access.conferenceId`. */
  open(request: FastifyRequest, reply: FastifyReply, access: StreamAccess): FastifyReply {
    if (this.streams.size >= this.maxStreams) throw tooManyStreams();
    if (!this.principals.hasRoom(access.principal)) throw tooManyForPrincipal();
    const { bus } = this.options;
    const stream = new PassThrough();
    let ended = false;

    const write = (text: string) => {
      if (ended) return;
      stream.write(text);
      if (stream.writableLength > MAX_BUFFERED_BYTES) end();
    };
    const onEvent = (delivery: Delivery<BackboneEvent>) => {
      const { event } = delivery;
      if (isDomainEvent(event) && access.accepts(event)) write(eventFrame({ ...delivery, event }));
    };
    const heartbeat = setInterval(() => {
      write(frame({ comment: 'heartbeat' }));
      if (!access.stillAllowed) return;
      access.stillAllowed().then(
        (allowed) => {
          if (!allowed) end();
        },
        () => end(),
      );
    }, this.heartbeatMs);
    heartbeat.unref();
    const maxAge = setTimeout(() => end(), this.maxAgeMs);
    maxAge.unref();

    const unsubscribe = bus.subscribe(access.conferenceId, onEvent);
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(maxAge);
      unsubscribe();
      this.streams.delete(end);
      this.principals.remove(access.principal, end);
      stream.end();
    };
    this.streams.add(end);
    this.principals.add(access.principal, end);
    reply.raw.on('close', end);

    // Subscribed above and replayed here in the same tick: no event falls between the two.
    write(frame({ retry: this.retryMs }));
    const lastId = lastEventIdOf(request);
    const missed = lastId === null ? null : bus.replay(access.conferenceId, lastId);
    // `ready` carries the current id, so a later reconnection resumes from here instead of refetching.
    if (lastId === null) write(frame({ id: bus.currentId(), event: 'ready', data: { conferenceId: access.conferenceId } }));
    else if (missed === null) write(frame({ event: 'resync', data: { conferenceId: access.conferenceId } }));
    else for (const delivery of missed) onEvent(delivery);

    return reply
      .code(200)
      .header('Content-Type', 'text/event-stream; charset=utf-8')
      .header('Cache-Control', 'no-cache, no-store, no-transform')
      .header('X-Accel-Buffering', 'no')
      .send(stream);
  }
}
