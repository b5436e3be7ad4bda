import { describe, expect, it } from 'vitest';
import { OfflineQueue, type QueueOptions, type QueuedRequest, type SendResult, type StorageLike } from './offline-queue.js';
import { parseQueue, retryDelay, verdictOf } from './queue-rules.js';

/** localStorage as the browser has it: strings under keys, shared by the tabs of one origin. */
class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  broken = false;
  getItem(key: string) {
    if (this.broken) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.broken) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
}

/** A server that records each idempotency key once, as the check-in service does; `lose` drops answers. */
class FakeServer {
  readonly rows = new Map<string, Record<string, unknown>>();
  readonly calls: QueuedRequest[] = [];
  answer: (item: QueuedRequest) => SendResult | 'record-then-lose' | 'down' = () => ({ status: 201 });
  send = async (item: QueuedRequest): Promise<SendResult> => {
    this.calls.push(item);
    const answer = this.answer(item);
    if (answer === 'down') throw new TypeError('Failed to fetch');
    if (answer === 'record-then-lose' || answer.status < 300) {
      if (!this.rows.has(item.key)) this.rows.set(item.key, item.body);
    }
    if (answer === 'record-then-lose') return { status: 0 };
    return answer;
  };
}

const clock = () => {
  const state = { now: 1_000_000 };
  return state;
};

const makeQueue = (
  storage: FakeStorage | null,
  server: FakeServer,
  extra: Partial<QueueOptions> & { time?: { now: number }; online?: { value: boolean } } = {},
) => {
  const time = extra.time ?? clock();
  const online = extra.online ?? { value: true };
  let counter = 0;
  return new OfflineQueue({
    storage,
    send: server.send,
    now: () => time.now,
    random: () => 1,
    isOnline: () => online.value,
    newKey: () => `key-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    setTimer: () => null,
    clearTimer: () => undefined,
    ...extra,
  });
};

const checkIn = (name: string) => ({
  path: '/conferences/c1/check-ins',
  body: { delegateId: `d-${name}`, method: 'search' },
  label: name,
  scope: 'c1:p1',
});

describe('offline check-in queue', () => {
  it('sends at once when online and keeps nothing after the acknowledgement', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const queue = makeQueue(storage, server);
    const result = await queue.submit(checkIn('Nguyễn Văn An'));
    expect(result.state).toBe('sent');
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.body).toEqual({ delegateId: 'd-Nguyễn Văn An', method: 'search', key: result.item.key });
    expect(queue.snapshot().pending).toEqual([]);
    expect(parseQueue(storage.getItem('diemcau.check-in-queue')).pending).toEqual([]);
  });

  it('keeps check-ins made offline across a reload and sends each once when the link returns', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const online = { value: false };
    const time = clock();
    const first = makeQueue(storage, server, { online, time });
    expect((await first.submit(checkIn('An'))).state).toBe('queued');
    expect((await first.submit(checkIn('Bình'))).state).toBe('queued');
    expect(server.calls).toHaveLength(0);

    // Reload: a new queue over the same storage finds both, in order.
    const reloaded = makeQueue(storage, server, { online, time });
    expect(reloaded.snapshot().pending.map((item) => item.label)).toEqual(['An', 'Bình']);
    online.value = true;
    const target = new EventTarget();
    reloaded.attach(target);
    target.dispatchEvent(new Event('online'));
    await reloaded.flush();
    expect(server.calls.map((item) => item.label)).toEqual(['An', 'Bình']);
    expect(server.rows.size).toBe(2);
    expect(reloaded.snapshot().pending).toEqual([]);
    await reloaded.flush();
    expect(server.calls).toHaveLength(2);
  });

  it('resends with the same key when the answer was lost, so the server keeps one row', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const time = clock();
    const queue = makeQueue(storage, server, { time });
    server.answer = () => 'record-then-lose';
    const result = await queue.submit(checkIn('An'));
    expect(result.state).toBe('queued');
    expect(queue.snapshot().pending[0]).toMatchObject({ attempts: 1, lastError: 'network' });
    server.answer = () => ({ status: 200, body: { outcome: 'already_present' } });
    time.now += 1_000;
    await queue.flush();
    expect(server.calls.map((item) => item.key)).toEqual([result.item.key, result.item.key]);
    expect(server.rows.size).toBe(1);
    expect(queue.snapshot().pending).toEqual([]);
  });

  it('waits with backoff after a failure, holding back the whole queue while the link is down', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const time = clock();
    const online = { value: false };
    const timers: number[] = [];
    const queue = makeQueue(storage, server, { time, online, setTimer: (_run, ms) => timers.push(ms) });
    await queue.submit(checkIn('An'));
    await queue.submit(checkIn('Bình'));
    online.value = true;
    server.answer = () => 'down';
    await queue.flush();
    expect(server.calls).toHaveLength(1); // the second is not tried against a dead link
    expect(queue.snapshot().pending.map((item) => item.nextAttemptAt)).toEqual([time.now + 1_000, time.now + 1_000]);
    expect(timers.at(-1)).toBe(1_000);
    await queue.flush(); // not due yet
    expect(server.calls).toHaveLength(1);
    time.now += 1_000;
    await queue.flush();
    expect(queue.snapshot().pending[0]).toMatchObject({ attempts: 2 });
    expect(timers.at(-1)).toBe(2_000);
    server.answer = () => ({ status: 201 });
    time.now += 2_000;
    await queue.flush();
    expect(queue.snapshot().pending).toEqual([]);
    expect(server.rows.size).toBe(2);
  });

  it('moves a final refusal to the refused list, and counts "already present" as done', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const queue = makeQueue(storage, server);
    server.answer = (item) =>
      item.label === 'Khác điểm cầu'
        ? { status: 409, code: 'check_in.wrong_point', message: { vi: 'Đại biểu thuộc điểm cầu khác.', en: 'Another point.' } }
        : { status: 409, code: 'check_in.already_present' };
    const refused = await queue.submit(checkIn('Khác điểm cầu'));
    expect(refused.state).toBe('refused');
    expect((await queue.submit(checkIn('An'))).state).toBe('sent');
    const state = makeQueue(storage, server).snapshot();
    expect(state.pending).toEqual([]);
    expect(state.refused).toEqual([
      expect.objectContaining({
        label: 'Khác điểm cầu',
        status: 409,
        code: 'check_in.wrong_point',
        message: { vi: 'Đại biểu thuộc điểm cầu khác.', en: 'Another point.' },
      }),
    ]);
    queue.dismiss(refused.item.key);
    expect(queue.snapshot().refused).toEqual([]);
  });

  it('sends an item made during a flush in the same flush, in order', async () => {
    const server = new FakeServer();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((done) => (release = done));
    const slowSend = server.send;
    server.send = async (item) => {
      if (item.label === 'An') await gate;
      return slowSend(item);
    };
    const slowQueue = makeQueue(new FakeStorage(), server);
    const first = slowQueue.submit(checkIn('An'));
    const second = slowQueue.submit(checkIn('Bình'));
    release();
    expect((await first).state).toBe('sent');
    expect((await second).state).toBe('sent');
    expect(server.calls.map((item) => item.label)).toEqual(['An', 'Bình']);
    expect(slowQueue.snapshot().pending).toEqual([]);
  });

  it('lets two tabs share one queue without sending an item twice into the records', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const online = { value: false };
    const tabA = makeQueue(storage, server, { online });
    const tabB = makeQueue(storage, server, { online });
    await tabA.submit(checkIn('An'));
    await tabB.submit(checkIn('Bình'));
    tabA.refresh();
    expect(tabA.snapshot().pending.map((item) => item.label)).toEqual(['An', 'Bình']);
    online.value = true;
    await Promise.all([tabA.retryNow(), tabB.retryNow()]);
    expect(server.rows.size).toBe(2);
    tabA.refresh();
    expect(tabA.snapshot().pending).toEqual([]);
  });

  it('on the link coming back, runs the hook first (a fresh CSRF token), then sends', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const online = { value: false };
    const queue = makeQueue(storage, server, { online });
    await queue.submit(checkIn('An'));
    const order: string[] = [];
    server.answer = () => {
      order.push('send');
      return { status: 201 };
    };
    const target = new EventTarget();
    queue.attach(target, async () => void order.push('hook'));
    online.value = true;
    target.dispatchEvent(new Event('online'));
    await new Promise((done) => setTimeout(done, 0));
    await queue.flush();
    expect(order).toEqual(['hook', 'send']);
    expect(queue.snapshot().pending).toEqual([]);
  });

  it('tells the listeners of every change and of another tab writing', async () => {
    const storage = new FakeStorage();
    const server = new FakeServer();
    const online = { value: false };
    const queue = makeQueue(storage, server, { online });
    const target = new EventTarget();
    queue.attach(target);
    let calls = 0;
    queue.subscribe(() => calls++);
    const before = queue.snapshot();
    expect(queue.snapshot()).toBe(before); // stable until something changes
    await makeQueue(storage, server, { online }).submit(checkIn('An'));
    const event = new Event('storage') as Event & { key: string };
    Object.defineProperty(event, 'key', { value: 'diemcau.check-in-queue' });
    target.dispatchEvent(event);
    expect(calls).toBe(1);
    expect(queue.snapshot().pending).toHaveLength(1);
  });

  it('keeps working in memory when the browser refuses storage', async () => {
    const storage = new FakeStorage();
    storage.broken = true;
    const server = new FakeServer();
    const online = { value: false };
    const queue = makeQueue(storage, server, { online });
    expect((await queue.submit(checkIn('An'))).state).toBe('queued');
    expect(queue.persistent).toBe(false);
    online.value = true;
    await queue.flush();
    expect(server.rows.size).toBe(1);
  });
});

describe('queue rules', () => {
  it('judges the answers of the server', () => {
    expect(verdictOf({ status: 201 })).toBe('acknowledged');
    expect(verdictOf({ status: 200 })).toBe('acknowledged');
    expect(verdictOf({ status: 409, code: 'check_in.already_present' })).toBe('acknowledged');
    expect(verdictOf({ status: 0 })).toBe('retry');
    expect(verdictOf({ status: 500 })).toBe('retry');
    expect(verdictOf({ status: 503 })).toBe('retry');
    expect(verdictOf({ status: 429 })).toBe('retry');
    expect(verdictOf({ status: 401, code: 'auth.session_expired' })).toBe('retry');
    expect(verdictOf({ status: 403, code: 'auth.csrf_failed' })).toBe('retry');
    expect(verdictOf({ status: 403, code: 'access.denied' })).toBe('refused');
    expect(verdictOf({ status: 404 })).toBe('refused');
    expect(verdictOf({ status: 422, code: 'validation.failed' })).toBe('refused');
  });

  it('doubles the wait up to 30 s, spread by the random part', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelay(n, 1))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(retryDelay(1, 0)).toBe(500);
  });

  it('reads back what storage held, dropping what is not an item', () => {
    expect(parseQueue(null)).toEqual({ pending: [], refused: [] });
    expect(parseQueue('{not json')).toEqual({ pending: [], refused: [] });
    expect(parseQueue('[1,2]')).toEqual({ pending: [], refused: [] });
    const good = { key: 'k', path: '/x', body: {}, label: 'An', scope: 's', createdAt: 1, attempts: 0, nextAttemptAt: 1 };
    expect(parseQueue(JSON.stringify({ pending: [good, { key: 'bad' }, null], refused: 'x' }))).toEqual({ pending: [good], refused: [] });
  });
});
