/**
 * The event bus: services publish a typed DomainEvent AFTER their transaction commits, and
 * the realtime transports (the SSE stream now, Socket.IO rooms with the Redis adapter in
 * issue 5) subscribe per conference. Publishing never throws into the publisher: a
 * listener that throws or rejects is logged and the others still receive the event.
 *
 * Listeners run synchronously in publish order; they must be quick (write to a socket,
 * queue work) and never block on I/O. Every delivery is numbered (`<epoch>.<sequence>`) and
 * the last events of each conference are kept, so a client that reconnects with the id it
 * saw last can be sent what it missed, or told to refetch when too much has passed.
 */
import { randomBytes } from 'node:crypto';
import { isDomainEvent, type BackboneEvent, type Delivery, type DomainEvent } from './events.js';

export * from './events.js';

export type Listener = (delivery: Delivery<BackboneEvent>) => void | Promise<void>;
export type Unsubscribe = () => void;

/** The subset of pino (Fastify's logger) the bus uses. */
export interface BusLogger {
  error(details: object, message: string): void;
}

/** What services and transports rely on; issue 5 puts Socket.IO behind the same interface. */
export interface EventBus {
  /**
   * Delivers the event to the conference's listeners and to the listeners of all events, in
   * this process and (the Redis bus) in every other one.
   */
  publish(event: BackboneEvent): void;
  /** Listens to one conference's events; returns the way to stop. */
  subscribe(conferenceId: string, listener: Listener): Unsubscribe;
  unsubscribe(conferenceId: string, listener: Listener): void;
  /** Listens to every conference (mail, audit, a bridge to another process). */
  subscribeAll(listener: Listener): Unsubscribe;
  /**
   * The deliveries of the conference after `lastId`, oldest first; `[]` when nothing
   * happened since; null when they are no longer known (another epoch, a malformed id, or
   * older than the history): the client must refetch everything.
   */
  replay(conferenceId: string, lastId: string): Delivery<DomainEvent>[] | null;
  /** The id of the newest delivery of any conference (`<epoch>.0` before the first): a starting point for replay. */
  currentId(): string;
  /** Number of listeners of one conference, or of all (including subscribeAll). */
  listenerCount(conferenceId?: string): number;
  /** Drops every listener; later publishes deliver nothing (the Redis bus also closes its connections). */
  close(): void | Promise<void>;
}

export interface EventBusOptions {
  logger?: BusLogger;
  /** Deliveries kept per conference for replay (default 200). */
  historyPerConference?: number;
  /** Conferences whose history is kept (default 1000; the least recently active go first). */
  conferencesInHistory?: number;
  /** Identifies this bus's ids (default: random); tests may fix it. */
  epoch?: string;
}

interface History {
  deliveries: Delivery<DomainEvent>[];
  /** The highest sequence of this conference no longer in `deliveries` (0: none dropped). */
  droppedUpTo: number;
}

const consoleLogger: BusLogger = {
  error: (details, message) => console.error(message, details),
};

const ID_PATTERN = /^([0-9a-z]{1,32})\.(\d{1,15})$/;

export class InProcessEventBus implements EventBus {
  readonly epoch: string;
  private readonly logger: BusLogger;
  private readonly historySize: number;
  private readonly historyConferences: number;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly allListeners = new Set<Listener>();
  private readonly histories = new Map<string, History>();
  private sequence = 0;
  /** The highest sequence of any conference whose whole history was evicted. */
  private forgottenUpTo = 0;
  private closed = false;

  constructor(options: EventBusOptions = {}) {
    this.logger = options.logger ?? consoleLogger;
    this.historySize = Math.max(0, options.historyPerConference ?? 200);
    this.historyConferences = Math.max(1, options.conferencesInHistory ?? 1000);
    this.epoch = options.epoch ?? randomBytes(6).toString('hex');
    if (!/^[0-9a-z]{1,32}$/.test(this.epoch)) throw new RangeError(`Bad epoch: ${this.epoch}`);
  }

  publish(event: BackboneEvent): void {
    if (this.closed) return;
    this.sequence += 1;
    const delivery = { id: `${this.epoch}.${this.sequence}`, sequence: this.sequence, event };
    // Only the domain events are replayed (to the SSE streams); the live ones have their own log.
    if (isDomainEvent(event)) this.remember(event.conferenceId, { ...delivery, event });
    const own = event.conferenceId === null ? undefined : this.listeners.get(event.conferenceId);
    // Copies: a listener may unsubscribe (itself or another) while the event is delivered.
    for (const listener of own ? [...own] : []) this.deliver(listener, delivery);
    for (const listener of [...this.allListeners]) this.deliver(listener, delivery);
  }

  subscribe(conferenceId: string, listener: Listener): Unsubscribe {
    if (this.closed) return () => {};
    let set = this.listeners.get(conferenceId);
    if (!set) this.listeners.set(conferenceId, (set = new Set()));
    set.add(listener);
    return () => this.unsubscribe(conferenceId, listener);
  }

  unsubscribe(conferenceId: string, listener: Listener): void {
    const set = this.listeners.get(conferenceId);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) this.listeners.delete(conferenceId);
  }

  subscribeAll(listener: Listener): Unsubscribe {
    if (this.closed) return () => {};
    this.allListeners.add(listener);
    return () => {
      this.allListeners.delete(listener);
    };
  }

  replay(conferenceId: string, lastId: string): Delivery<DomainEvent>[] | null {
    const match = ID_PATTERN.exec(lastId.trim());
    if (!match || match[1] !== this.epoch) return null;
    const after = Number(match[2]);
    if (after > this.sequence) return null;
    const history = this.histories.get(conferenceId);
    if (!history) return after >= this.forgottenUpTo ? [] : null;
    if (after < history.droppedUpTo) return null;
    return history.deliveries.filter((delivery) => delivery.sequence > after);
  }

  currentId(): string {
    return `${this.epoch}.${this.sequence}`;
  }

  listenerCount(conferenceId?: string): number {
    if (conferenceId !== undefined) return this.listeners.get(conferenceId)?.size ?? 0;
    let total = this.allListeners.size;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.allListeners.clear();
    this.histories.clear();
  }

  private deliver(listener: Listener, delivery: Delivery<BackboneEvent>): void {
    const report = (error: unknown) =>
      this.logger.error(
        { err: error, eventId: delivery.id, eventType: delivery.event.type, conferenceId: delivery.event.conferenceId },
        'event listener failed',
      );
    try {
      const result = listener(delivery);
      if (result && typeof result.then === 'function') result.then(undefined, report);
    } catch (error) {
      report(error);
    }
  }

  private remember(conferenceId: string, delivery: Delivery<DomainEvent>): void {
    let history = this.histories.get(conferenceId);
    if (history) {
      // Most recently active last, so eviction takes the quietest conference.
      this.histories.delete(conferenceId);
    } else {
      history = { deliveries: [], droppedUpTo: this.forgottenUpTo };
    }
    this.histories.set(conferenceId, history);
    history.deliveries.push(delivery);
    while (history.deliveries.length > this.historySize) {
      history.droppedUpTo = history.deliveries.shift()!.sequence;
    }
    if (history.deliveries.length === 0) history.droppedUpTo = delivery.sequence;
    while (this.histories.size > this.historyConferences) {
      const [oldestId, oldest] = this.histories.entries().next().value as [string, History];
      this.histories.delete(oldestId);
      const last = oldest.deliveries.at(-1)?.sequence ?? oldest.droppedUpTo;
      this.forgottenUpTo = Math.max(this.forgottenUpTo, last);
    }
  }
}

/** The bus of one server process. */
export const createEventBus = (options: EventBusOptions = {}): EventBus => new InProcessEventBus(options);
