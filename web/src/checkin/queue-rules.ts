/**
 * Pure rules of the offline check-in queue: what a queued request holds, which answers of
 * the server end it (acknowledged or refused for good) and which call for another try,
 * how long to wait before that try, and how to read back what localStorage held.
 * No storage, no clock, no network here: the driver (offline-queue.ts) passes them in.
 */

/** A write made at the hall that waits until the server has acknowledged it. */
export interface QueuedRequest {
  /** Idempotency key made by the client (crypto.randomUUID); the server records it once. */
  key: string;
  /** API path under /api/v1, e.g. /conferences/c1/check-ins. */
  path: string;
  /** POST when absent; PUT for writes where the last one wins (a headcount). */
  method?: 'POST' | 'PUT';
  /** JSON body; it carries `key` too. */
  body: Record<string, unknown>;
  /** What the operator sees in the list of waiting items (a name, or "QR code"). */
  label: string;
  /** Which hall the item belongs to (conference:point), to count per screen. */
  scope: string;
  /** Client time of the check-in (ms since epoch). */
  createdAt: number;
  attempts: number;
  /** Not tried again before this time (ms since epoch). */
  nextAttemptAt: number;
  /** The last reason it was not sent (network, 503, ...). */
  lastError?: string;
}

/** An item the server refused for good (wrong point, unknown code...): kept to show, not resent. */
export interface RefusedRequest {
  key: string;
  label: string;
  scope: string;
  createdAt: number;
  status: number;
  code: string;
  message: { vi: string; en: string } | null;
}

export interface QueueState {
  pending: QueuedRequest[];
  refused: RefusedRequest[];
}

export const EMPTY_QUEUE: QueueState = { pending: [], refused: [] };

/** What came back for one try: status 0 means no answer (network down, timeout). */
export interface SendResult {
  status: number;
  code?: string;
  message?: { vi: string; en: string };
  body?: unknown;
}

export type Verdict = 'acknowledged' | 'refused' | 'retry';

/** Error codes that mean "already done": the write is acknowledged as it stands. */
export const ALREADY_DONE_CODES: ReadonlySet<string> = new Set(['check_in.already_present', 'idempotency.replayed']);

/**
 * Which answers end an item. 2xx and "already done" acknowledge it; a 4xx refuses it for
 * good, except those a later try can cure: 401 (sign in again), a failed CSRF check (a new
 * token after sign-in), 408/425/429 (too early or too many). No answer and 5xx: try again.
 */
export const verdictOf = (result: SendResult): Verdict => {
  const { status, code } = result;
  if (status >= 200 && status < 300) return 'acknowledged';
  if (code && ALREADY_DONE_CODES.has(code)) return 'acknowledged';
  if (status === 0 || status >= 500) return 'retry';
  if (status === 401 || status === 408 || status === 425 || status === 429) return 'retry';
  if (status === 403 && code === 'auth.csrf_failed') return 'retry';
  if (status >= 400) return 'refused';
  return 'retry'; // 1xx/3xx should not reach here; keep the item rather than lose it
};

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

/**
 * Wait before try number `attempts + 1`: 1 s, 2 s, 4 s ... up to 30 s, spread by
 * `random` (0..1) over half to the whole of it so that halls coming back together do not
 * all retry at the same instant.
 */
export const retryDelay = (attempts: number, random: number): number => {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + Math.min(1, Math.max(0, random)) / 2));
};

/** Adds an item at the end (a second one with the same key is ignored). */
export const enqueue = (state: QueueState, item: QueuedRequest): QueueState =>
  state.pending.some((queued) => queued.key === item.key) ? state : { ...state, pending: [...state.pending, item] };

/** Removes an acknowledged item. */
export const acknowledge = (state: QueueState, key: string): QueueState => ({
  ...state,
  pending: state.pending.filter((item) => item.key !== key),
});

/** Moves an item to the refused list. */
export const refuse = (state: QueueState, key: string, result: SendResult): QueueState => {
  const item = state.pending.find((queued) => queued.key === key);
  if (!item) return state;
  const refused: RefusedRequest = {
    key,
    label: item.label,
    scope: item.scope,
    createdAt: item.createdAt,
    status: result.status,
    code: result.code ?? `http.${result.status}`,
    message: result.message ?? null,
  };
  return { pending: state.pending.filter((queued) => queued.key !== key), refused: [...state.refused, refused] };
};

/** Counts a failed try and sets the time of the next one. */
export const postpone = (state: QueueState, key: string, result: SendResult, now: number, random: number): QueueState => ({
  ...state,
  pending: state.pending.map((item) => {
    if (item.key !== key) return item;
    const attempts = item.attempts + 1;
    const reason = result.status === 0 ? 'network' : (result.code ?? `http.${result.status}`);
    return { ...item, attempts, nextAttemptAt: now + retryDelay(attempts, random), lastError: reason };
  }),
});

/** Every item may be tried now (the link came back, or the operator asked). */
export const makeAllDue = (state: QueueState, now: number): QueueState => ({
  ...state,
  pending: state.pending.map((item) => (item.nextAttemptAt > now ? { ...item, nextAttemptAt: now } : item)),
});

/** The link is down: nothing waiting is tried before `until` (the order stays as it was). */
export const holdBack = (state: QueueState, until: number): QueueState => ({
  ...state,
  pending: state.pending.map((item) => (item.nextAttemptAt < until ? { ...item, nextAttemptAt: until } : item)),
});

export const dismissRefused = (state: QueueState, key: string): QueueState => ({
  ...state,
  refused: state.refused.filter((item) => item.key !== key),
});

/** The first item due at `now` that this flush has not tried yet, in the order they were made. */
export const nextDue = (state: QueueState, now: number, tried: ReadonlySet<string>): QueuedRequest | undefined =>
  state.pending.find((item) => item.nextAttemptAt <= now && !tried.has(item.key));

/** When the next try is due (null: nothing waits). */
export const nextWakeUp = (state: QueueState): number | null =>
  state.pending.reduce<number | null>(
    (soonest, item) => (soonest === null || item.nextAttemptAt < soonest ? item.nextAttemptAt : soonest),
    null,
  );

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isQueued = (value: unknown): value is QueuedRequest =>
  isRecord(value) &&
  typeof value.key === 'string' &&
  value.key !== '' &&
  typeof value.path === 'string' &&
  value.path.startsWith('/') &&
  (value.method === undefined || value.method === 'POST' || value.method === 'PUT') &&
  isRecord(value.body) &&
  typeof value.label === 'string' &&
  typeof value.scope === 'string' &&
  typeof value.createdAt === 'number' &&
  typeof value.attempts === 'number' &&
  typeof value.nextAttemptAt === 'number';

const isRefused = (value: unknown): value is RefusedRequest =>
  isRecord(value) &&
  typeof value.key === 'string' &&
  typeof value.label === 'string' &&
  typeof value.scope === 'string' &&
  typeof value.status === 'number' &&
  typeof value.code === 'string';

/**
 * Reads what storage held. Text that is not JSON gives an empty queue; items of a wrong
 * shape are dropped one by one, so that one bad entry does not lose the others.
 */
export const parseQueue = (text: string | null): QueueState => {
  if (!text) return EMPTY_QUEUE;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY_QUEUE;
  }
  if (!isRecord(value)) return EMPTY_QUEUE;
  const pending = Array.isArray(value.pending) ? value.pending.filter(isQueued) : [];
  const refused = Array.isArray(value.refused) ? value.refused.filter(isRefused) : [];
  return { pending, refused };
};

export const serializeQueue = (state: QueueState): string => JSON.stringify({ version: 1, ...state });
