/**
 * The SSE transport over a real HTTP server on 127.0.0.1 and a streaming fetch. A small app
 * stands in for the route: the `x-test-scope` header plays the caller's policy answer
 * ('all', or the one bridge point of an operator; absent: 401).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bridgePointsOf, createEventBus, type EventBus } from '../../realtime/event-bus.js';
import errors from '../plugins/errors.js';
import { authenticationRequired } from '../../domain/access/can.js';
import { EventStreams, frame, type EventStreamsOptions } from './sse.js';

interface Frame {
  id?: string;
  event?: string;
  data?: unknown;
  retry?: number;
  comment?: string;
}

const parseFrames = (text: string): Frame[] =>
  text
    .split('\n\n')
    .filter((block) => block.length > 0)
    .map((block) => {
      const result: Frame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(': ')) result.comment = line.slice(2);
        else if (line.startsWith('retry: ')) result.retry = Number(line.slice(7));
        else if (line.startsWith('id: ')) result.id = line.slice(4);
        else if (line.startsWith('event: ')) result.event = line.slice(7);
        else if (line.startsWith('data: ')) result.data = JSON.parse(line.slice(6));
      }
      return result;
    });

/** A streaming reader of one SSE response: waits for frames, never for a fixed time. */
const openReader = (response: Response) => {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let done = false;
  const frames: Frame[] = [];
  const pump = async () => {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      return;
    }
    buffer += chunk.value;
    const complete = buffer.lastIndexOf('\n\n');
    if (complete >= 0) {
      frames.push(...parseFrames(buffer.slice(0, complete + 2)));
      buffer = buffer.slice(complete + 2);
    }
  };
  return {
    frames,
    /** Reads until `predicate` holds for the frames so far (or the stream ends). */
    async until(predicate: (frames: Frame[]) => boolean): Promise<Frame[]> {
      while (!predicate(frames) && !done) await pump();
      return frames;
    },
    async untilEnd(): Promise<Frame[]> {
      while (!done) await pump();
      return frames;
    },
    cancel: () => reader.cancel(),
  };
};

const eventsOf = (frames: Frame[]) => frames.filter((f) => f.event !== undefined).map((f) => ({ id: f.id, event: f.event, data: f.data }));

interface Harness {
  app: FastifyInstance;
  bus: EventBus;
  streams: EventStreams;
  url: string;
  allowed: { value: boolean };
}

const started: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

async function start(options: Partial<EventStreamsOptions> = {}): Promise<Harness> {
  const bus = createEventBus({ epoch: 'test' });
  // A fetch that is aborted or cancelled may leave undici's spare connection open without a
  // request; close it with the server instead of waiting for the headers timeout.
  const app = Fastify({ forceCloseConnections: true });
  started.push(app);
  await app.register(errors);
  const streams = new EventStreams({ bus, ...options }).attach(app);
  const allowed = { value: true };
  app.get<{ Params: { conferenceId: string } }>(
    '/api/v1/conferences/:conferenceId/events',
    { exposeHeadRoute: false },
    async (request, reply) => {
      const scope = request.headers['x-test-scope'];
      if (typeof scope !== 'string') throw authenticationRequired();
      return streams.open(request, reply, {
        conferenceId: request.params.conferenceId,
        principal: String(request.headers['x-test-principal'] ?? 'user:u1'),
        accepts: (event) => scope === 'all' || (bridgePointsOf(event)?.includes(scope) ?? true),
        stillAllowed: async () => allowed.value,
      });
    },
  );
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, bus, streams, url: `${address}/api/v1/conferences/c1/events`, allowed };
}

const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('GET …/events (Server-Sent Events)', () => {
  it('opens with the headers of an event stream, a retry hint and a ready event', async () => {
    const h = await start();
    const response = await fetch(h.url, { headers: { 'x-test-scope': 'all' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const reader = openReader(response);
    const frames = await reader.until((f) => f.some((x) => x.event === 'ready'));
    expect(frames[0]).toEqual({ retry: 3000 });
    expect(frames[1]).toEqual({ id: 'test.0', event: 'ready', data: { conferenceId: 'c1' } });
    await reader.cancel();
  });

  it('refuses an unauthorized caller with the error body before any stream starts', async () => {
    const h = await start();
    const response = await fetch(h.url);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('auth.required');
    expect(h.streams.size).toBe(0);
    expect(h.bus.listenerCount('c1')).toBe(0);
  });

  it('sends each event of the conference with its id, type and only the ids and counts that changed', async () => {
    const h = await start();
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all' } }));
    await reader.until((f) => f.some((x) => x.event === 'ready'));
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'other', bridgePointId: 'p1' });
    h.bus.publish({ type: 'delegates.imported', conferenceId: 'c1', count: 500, bridgePointIds: ['p1', 'p2'] });
    const frames = await reader.until((f) => f.some((x) => x.event === 'delegates.imported'));
    expect(eventsOf(frames).slice(1)).toEqual([
      { id: 'test.1', event: 'attendance.changed', data: { type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' } },
      {
        id: 'test.3',
        event: 'delegates.imported',
        data: { type: 'delegates.imported', conferenceId: 'c1', count: 500, bridgePointIds: ['p1', 'p2'] },
      },
    ]);
    await reader.cancel();
  });

  it('gives an operator only the events of their bridge point and those of the whole conference', async () => {
    const h = await start();
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'p2' } }));
    await reader.until((f) => f.some((x) => x.event === 'ready'));
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
    h.bus.publish({ type: 'invitation.answered', conferenceId: 'c1', bridgePointId: 'p2', delegateId: 'd1' });
    h.bus.publish({ type: 'bridge_points.changed', conferenceId: 'c1' });
    const frames = await reader.until((f) => f.some((x) => x.event === 'bridge_points.changed'));
    expect(eventsOf(frames).map((e) => e.id)).toEqual(['test.0', 'test.2', 'test.3']);
    await reader.cancel();
  });

  it('sends heartbeat comments', async () => {
    const h = await start({ heartbeatMs: 20 });
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all' } }));
    const frames = await reader.until((f) => f.filter((x) => x.comment === 'heartbeat').length >= 2);
    expect(frames.filter((x) => x.comment === 'heartbeat')).toEqual([{ comment: 'heartbeat' }, { comment: 'heartbeat' }]);
    await reader.cancel();
  });

  it('unsubscribes and forgets the stream when the client goes away', async () => {
    const h = await start();
    const controller = new AbortController();
    const response = await fetch(h.url, { headers: { 'x-test-scope': 'all' }, signal: controller.signal });
    const reader = openReader(response);
    await reader.until((f) => f.some((x) => x.event === 'ready'));
    expect(h.bus.listenerCount('c1')).toBe(1);
    expect(h.streams.size).toBe(1);
    controller.abort();
    await waitFor(() => h.streams.size === 0);
    expect(h.bus.listenerCount('c1')).toBe(0);
    // Publishing to nobody is fine.
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
  });

  it('replays what a reconnecting client missed after its Last-Event-ID, and asks for a resync when unknown', async () => {
    const h = await start();
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p2' });
    h.bus.publish({ type: 'seating.changed', conferenceId: 'c1', bridgePointId: 'p2' });
    const replayed = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all', 'last-event-id': 'test.1' } }));
    const frames = await replayed.until((f) => f.some((x) => x.event === 'seating.changed'));
    expect(eventsOf(frames).map((e) => `${e.id} ${e.event}`)).toEqual(['test.2 attendance.changed', 'test.3 seating.changed']);
    await replayed.cancel();

    const stale = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all', 'last-event-id': 'before-restart.7' } }));
    const staleFrames = await stale.until((f) => f.some((x) => x.event === 'resync'));
    expect(eventsOf(staleFrames)).toEqual([{ id: undefined, event: 'resync', data: { conferenceId: 'c1' } }]);
    await stale.cancel();
  });

  it('ends the stream at a heartbeat once the caller may no longer read', async () => {
    const h = await start({ heartbeatMs: 20 });
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all' } }));
    await reader.until((f) => f.some((x) => x.event === 'ready'));
    h.allowed.value = false;
    await reader.untilEnd();
    await waitFor(() => h.streams.size === 0);
    expect(h.bus.listenerCount('c1')).toBe(0);
  });

  it('ends a stream at its maximum age, and the client resumes after its last id', async () => {
    const h = await start({ maxAgeMs: 50 });
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all', 'last-event-id': 'test.0' } }));
    const frames = await reader.untilEnd();
    expect(eventsOf(frames).map((e) => e.id)).toEqual(['test.1']);
    await waitFor(() => h.streams.size === 0);
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p2' });
    const resumed = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all', 'last-event-id': 'test.1' } }));
    const next = await resumed.until((f) => f.some((x) => x.id === 'test.2'));
    expect(eventsOf(next)).toEqual([
      { id: 'test.2', event: 'attendance.changed', data: { type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p2' } },
    ]);
    await resumed.cancel();
  });

  it('ends every open stream when the server closes', async () => {
    const h = await start();
    const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all' } }));
    await reader.until((f) => f.some((x) => x.event === 'ready'));
    await h.app.close();
    await reader.untilEnd();
    expect(h.streams.size).toBe(0);
    expect(h.bus.listenerCount()).toBe(0);
  });

  it('answers 503 with the error body when the process holds too many streams', async () => {
    const h = await start({ maxStreams: 1 });
    const first = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all' } }));
    await first.until((f) => f.some((x) => x.event === 'ready'));
    const second = await fetch(h.url, { headers: { 'x-test-scope': 'all' } });
    expect(second.status).toBe(503);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('realtime.too_many_streams');
    await first.cancel();
  });

  it("ends a principal's streams at once when its access is revoked, and sends them nothing published after", async () => {
    const h = await start();
    const open = async (principal: string) => {
      const reader = openReader(await fetch(h.url, { headers: { 'x-test-scope': 'all', 'x-test-principal': principal } }));
      await reader.until((f) => f.some((x) => x.event === 'ready'));
      return reader;
    };
    const [revoked, again, other] = [await open('link:l1'), await open('link:l1'), await open('user:u2')];
    h.bus.publish({ type: 'access.revoked', conferenceId: 'c1', principal: { kind: 'link', linkId: 'l1' } });
    // Published after the revocation: must not reach l1's streams, must reach u2's.
    h.bus.publish({ type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' });
    for (const reader of [revoked, again]) expect(eventsOf(await reader.untilEnd()).map((e) => e.event)).toEqual(['ready']);
    const frames = await other.until((f) => f.some((x) => x.event === 'attendance.changed'));
    expect(eventsOf(frames).map((e) => e.event)).toEqual(['ready', 'attendance.changed']);
    expect(h.streams.size).toBe(1);
    await other.cancel();
  });

  it('answers 429 when one principal already holds its share of streams; another principal still opens', async () => {
    const h = await start({ maxPerPrincipal: 2 });
    const headers = { 'x-test-scope': 'all', 'x-test-principal': 'user:u1' };
    const held = [openReader(await fetch(h.url, { headers })), openReader(await fetch(h.url, { headers }))];
    for (const reader of held) await reader.until((f) => f.some((x) => x.event === 'ready'));
    const third = await fetch(h.url, { headers });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('realtime.too_many_for_principal');
    const someoneElse = openReader(await fetch(h.url, { headers: { ...headers, 'x-test-principal': 'user:u2' } }));
    await someoneElse.until((f) => f.some((x) => x.event === 'ready'));
    for (const reader of [...held, someoneElse]) await reader.cancel();
  });
});

describe('frame', () => {
  it('writes the SSE fields in order and keeps comments on one line', () => {
    expect(frame({ id: 'a.1', event: 'attendance.changed', data: { n: 'x\ny' } })).toBe(
      'id: a.1\nevent: attendance.changed\ndata: {"n":"x\\ny"}\n\n',
    );
    expect(frame({ comment: 'a\r\nb' })).toBe(': a b\n\n');
    expect(frame({ retry: 2500.7 })).toBe('retry: 2500\n\n');
  });
});
