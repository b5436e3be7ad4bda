/**
 * The event backbone across processes (REDIS_URL): every event published here is delivered
 * at once to this process's listeners (the in-process bus below it numbers and keeps it for
 * replay) and published on one Redis channel; the other processes deliver it to theirs, in
 * the order it was sent. A process ignores its own messages coming back.
 *
 * Redis pub/sub is not a log: a process that is disconnected from Redis for a moment misses
 * what the others published meanwhile. The replay still comes from the database: the live
 * clients ask `live:sync` when they see a version gap, an SSE client reconnecting to another
 * process (another epoch) refetches everything.
 */
import { randomBytes } from 'node:crypto';
import type { BackboneEvent, Delivery, DomainEvent } from './events.js';
import { InProcessEventBus, type EventBus, type EventBusOptions, type Listener, type Unsubscribe } from './event-bus.js';
import { connectClients } from './redis-connection.js';

export const EVENTS_CHANNEL = 'diemcau:events';

/** The part of a node-redis client the bus uses. */
export interface BusRedis {
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  close(): Promise<unknown>;
}

interface Envelope {
  origin: string;
  event: BackboneEvent;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Envelope).origin === 'string' &&
  typeof (value as Envelope).event === 'object' &&
  (value as Envelope).event !== null &&
  typeof (value as Envelope).event.type === 'string';

export class RedisEventBus implements EventBus {
  /** This process's name on the channel. */
  readonly origin = randomBytes(8).toString('hex');
  private readonly local: InProcessEventBus;
  private readonly logError: (details: object, message: string) => void;
  private closed = false;

  private constructor(
    private readonly pub: BusRedis,
    private readonly sub: BusRedis,
    options: EventBusOptions,
    private readonly channel: string,
  ) {
    this.local = new InProcessEventBus(options);
    this.logError = options.logger ? (details, message) => options.logger!.error(details, message) : (d, m) => console.error(m, d);
  }

  /** Subscribes before returning: an event published by another process after this resolves is delivered. */
  static async start(pub: BusRedis, sub: BusRedis, options: EventBusOptions = {}, channel = EVENTS_CHANNEL): Promise<RedisEventBus> {
    const bus = new RedisEventBus(pub, sub, options, channel);
    await sub.subscribe(channel, (message) => bus.receive(message));
    return bus;
  }

  publish(event: BackboneEvent): void {
    if (this.closed) return;
    this.local.publish(event);
    const envelope: Envelope = { origin: this.origin, event };
    this.pub
      .publish(this.channel, JSON.stringify(envelope))
      .catch((error: unknown) =>
        this.logError({ err: error, eventType: event.type, conferenceId: event.conferenceId }, 'event not sent to the other processes'),
      );
  }

  subscribe(conferenceId: string, listener: Listener): Unsubscribe {
    return this.local.subscribe(conferenceId, listener);
  }

  unsubscribe(conferenceId: string, listener: Listener): void {
    this.local.unsubscribe(conferenceId, listener);
  }

  subscribeAll(listener: Listener): Unsubscribe {
    return this.local.subscribeAll(listener);
  }

  replay(conferenceId: string, lastId: string): Delivery<DomainEvent>[] | null {
    return this.local.replay(conferenceId, lastId);
  }

  currentId(): string {
    return this.local.currentId();
  }

  listenerCount(conferenceId?: string): number {
    return this.local.listenerCount(conferenceId);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.local.close();
    await this.sub.unsubscribe(this.channel).catch(() => undefined);
    await Promise.allSettled([this.sub.close(), this.pub.close()]);
  }

  private receive(message: string): void {
    if (this.closed) return;
    let envelope: unknown;
    try {
      envelope = JSON.parse(message);
    } catch {
      envelope = null;
    }
    if (!isEnvelope(envelope)) {
      this.logError({ length: message.length }, 'malformed message on the event channel');
      return;
    }
    if (envelope.origin === this.origin) return;
    this.local.publish(envelope.event);
  }
}

/** Connects two Redis clients (publish, subscribe) and starts the bus; an unreachable Redis fails with config.redis_unreachable. */
export async function connectRedisEventBus(
  url: string,
  options: EventBusOptions & { log: (message: string, error: unknown) => void },
): Promise<RedisEventBus> {
  const [pub, sub] = await connectClients(url, 2, options.log);
  return RedisEventBus.start(pub as unknown as BusRedis, sub as unknown as BusRedis, options);
}
