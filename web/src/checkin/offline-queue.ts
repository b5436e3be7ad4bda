/**
 * The hall's outbox: every check-in is written to localStorage first, then sent; it leaves
 * the queue only when the server has acknowledged it (2xx, or "already done"), or moves to
 * the refused list when the server refuses it for good. A page reload, a closed tab or a
 * network loss loses nothing; the idempotency key in each item lets the server record it
 * once however many times it arrives (two tabs flushing the same queue included).
 *
 * Sending: right away when the browser says it is online; otherwise on the 'online' event,
 * and on a timer with backoff (1 s ... 30 s) because `navigator.onLine` can be true while
 * the server is out of reach. One flush at a time per tab (and across tabs with a lock when
 * the environment gives one); items go in the order they were made.
 *
 * The rules are pure (queue-rules.ts); storage, clock, network and timers are passed in.
 */
import {
  acknowledge,
  EMPTY_QUEUE,
  enqueue,
  holdBack,
  makeAllDue,
  nextDue,
  nextWakeUp,
  parseQueue,
  postpone,
  dismissRefused,
  refuse,
  serializeQueue,
  verdictOf,
  type QueuedRequest,
  type QueueState,
  type SendResult,
  type Verdict,
} from './queue-rules.js';

export type { QueuedRequest, QueueState, RefusedRequest, SendResult } from './queue-rules.js';

/** The part of the Web Storage API the queue uses (localStorage, or a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface QueueOptions {
  storage: StorageLike | null;
  /** Sends one item; throws or answers status 0 when there was no answer. */
  send: (item: QueuedRequest) => Promise<SendResult>;
  storageKey?: string;
  now?: () => number;
  random?: () => number;
  isOnline?: () => boolean;
  newKey?: () => string;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Runs a flush under a lock shared by the tabs (navigator.locks in the browser). */
  withLock?: (run: () => Promise<void>) => Promise<void>;
}

export interface NewRequest {
  path: string;
  method?: 'POST' | 'PUT';
  body: Record<string, unknown>;
  label: string;
  scope: string;
  /** Given by the caller to retry the same write; made here otherwise. */
  key?: string;
}

export type SubmitResult =
  | { state: 'sent'; item: QueuedRequest; result: SendResult }
  | { state: 'refused'; item: QueuedRequest; result: SendResult }
  | { state: 'queued'; item: QueuedRequest };

export const DEFAULT_STORAGE_KEY = 'diemcau.check-in-queue';

/** Events the queue listens to on `window`. */
interface EventTargetLike {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

export class OfflineQueue {
  private readonly options: Required<Omit<QueueOptions, 'storage'>> & { storage: StorageLike | null };
  private memory: QueueState = EMPTY_QUEUE;
  private storageWorks: boolean;
  private current: QueueState;
  private flushing: Promise<void> | null = null;
  private again = false;
  private timer: unknown = null;
  private readonly waiting = new Map<string, { verdict: Verdict; result: SendResult } | null>();
  private readonly listeners = new Set<() => void>();

  constructor(options: QueueOptions) {
    this.options = {
      storageKey: DEFAULT_STORAGE_KEY,
      now: () => Date.now(),
      random: () => Math.random(),
      isOnline: () => true,
      newKey: () => crypto.randomUUID(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      withLock: (run) => run(),
      ...options,
    };
    this.storageWorks = options.storage !== null;
    this.current = this.read();
  }

  /** False when the browser refused storage (private mode, full): items then live in this tab only. */
  get persistent(): boolean {
    return this.storageWorks;
  }

  /** The last state read or written (the same object until something changes). */
  snapshot = (): QueueState => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Writes the item to storage, then sends it (at once when online) and tells what became of it. */
  async submit(request: NewRequest): Promise<SubmitResult> {
    const { now, newKey, isOnline } = this.options;
    const key = request.key ?? newKey();
    const item: QueuedRequest = {
      key,
      path: request.path,
      ...(request.method ? { method: request.method } : {}),
      body: { ...request.body, key },
      label: request.label,
      scope: request.scope,
      createdAt: now(),
      attempts: 0,
      nextAttemptAt: now(),
    };
    this.update((state) => enqueue(state, item));
    if (!isOnline()) {
      this.schedule();
      return { state: 'queued', item };
    }
    this.waiting.set(key, null);
    try {
      await this.flush();
      const outcome = this.waiting.get(key);
      if (outcome?.verdict === 'acknowledged') return { state: 'sent', item, result: outcome.result };
      if (outcome?.verdict === 'refused') return { state: 'refused', item, result: outcome.result };
      return { state: 'queued', item };
    } finally {
      this.waiting.delete(key);
    }
  }

  /** Sends what is due; a call during a flush makes that flush look again before it ends. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.again = false;
          await this.options.withLock(() => this.flushOnce());
        } while (this.again);
      } finally {
        this.flushing = null;
        this.schedule();
      }
    })();
    return this.flushing;
  }

  /** The link is back (or the operator asked): try everything now. */
  retryNow(): Promise<void> {
    this.update((state) => makeAllDue(state, this.options.now()));
    return this.flush();
  }

  dismiss(key: string): void {
    this.update((state) => dismissRefused(state, key));
  }

  /** Re-reads storage (another tab wrote) and tells the listeners. */
  refresh(): void {
    this.current = this.read();
    this.notify();
  }

  /**
   * Listens to 'online' (send now, after `beforeRetry`, e.g. fetching a fresh CSRF token) and
   * 'storage' (another tab changed the queue); returns the detach function.
   */
  attach(target: EventTargetLike, beforeRetry?: () => Promise<unknown>): () => void {
    const onOnline = () => {
      const ready = beforeRetry ? beforeRetry().catch(() => undefined) : Promise.resolve();
      void ready.then(() => this.retryNow());
    };
    const onStorage = (event: Event) => {
      if ((event as StorageEvent).key === this.options.storageKey) this.refresh();
    };
    target.addEventListener('online', onOnline);
    target.addEventListener('storage', onStorage);
    this.schedule();
    return () => {
      target.removeEventListener('online', onOnline);
      target.removeEventListener('storage', onStorage);
    };
  }

  dispose(): void {
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  private async flushOnce(): Promise<void> {
    const { send, now, random } = this.options;
    const tried = new Set<string>();
    for (;;) {
      const item = nextDue(this.read(), now(), tried);
      if (!item) return;
      tried.add(item.key);
      let result: SendResult;
      try {
        result = await send(item);
      } catch {
        result = { status: 0 };
      }
      const verdict = verdictOf(result);
      this.update((state) => {
        if (verdict === 'acknowledged') return acknowledge(state, item.key);
        if (verdict === 'refused') return refuse(state, item.key, result);
        const later = postpone(state, item.key, result, now(), random());
        // No answer at all: the others would fail the same way, so they wait as long.
        const again = later.pending.find((queued) => queued.key === item.key)?.nextAttemptAt ?? now();
        return result.status === 0 ? holdBack(later, again) : later;
      });
      if (this.waiting.has(item.key)) this.waiting.set(item.key, { verdict, result });
      if (verdict === 'retry' && result.status === 0) return;
    }
  }

  private schedule(): void {
    const { setTimer, clearTimer, now } = this.options;
    if (this.timer !== null) clearTimer(this.timer);
    this.timer = null;
    const wake = nextWakeUp(this.read());
    if (wake === null) return;
    this.timer = setTimer(
      () => {
        this.timer = null;
        void this.flush();
      },
      Math.max(0, wake - now()),
    );
  }

  private read(): QueueState {
    const { storage, storageKey } = this.options;
    if (!storage || !this.storageWorks) return this.memory;
    try {
      return parseQueue(storage.getItem(storageKey));
    } catch {
      this.storageWorks = false;
      return this.memory;
    }
  }

  /** Read, change, write: another tab's items written in between are kept. */
  private update(change: (state: QueueState) => QueueState): void {
    const next = change(this.read());
    this.memory = next;
    const { storage, storageKey } = this.options;
    if (storage && this.storageWorks) {
      try {
        storage.setItem(storageKey, serializeQueue(next));
      } catch {
        this.storageWorks = false;
      }
    }
    this.current = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
