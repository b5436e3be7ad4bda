/**
 * The event backbone on a real Redis (REDIS_URL; tagged `redis`, so skipped and counted
 * without it): what one process publishes reaches the listeners of another, in order, once
 * in each; a process does not hear its own events twice; a stranger's message on the
 * channel is dropped.
 */
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackboneEvent } from './events.js';
import { RedisEventBus } from './redis-event-bus.js';

const channel = `diemcau:test-events:${Date.now()}-${Math.random().toString(36).slice(2)}`;
const buses: RedisEventBus[] = [];
const clients: ReturnType<typeof createClient>[] = [];

async function bus(): Promise<RedisEventBus> {
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  const made = await RedisEventBus.start(pub, sub, { epoch: `p${buses.length}` }, channel);
  buses.push(made);
  return made;
}

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('the event backbone on Redis', { tags: ['redis'] }, () => {
  afterAll(async () => {
    for (const made of buses) await made.close();
    for (const client of clients) await client.close();
  });

  it('delivers what A publishes to the listeners of A and B, in order, once each', async () => {
    const [a, b] = [await bus(), await bus()];
    const heard = { a: [] as BackboneEvent[], b: [] as BackboneEvent[] };
    a.subscribe('c1', ({ event }) => void heard.a.push(event));
    b.subscribe('c1', ({ event }) => void heard.b.push(event));
    const all: BackboneEvent[] = [];
    b.subscribeAll(({ event }) => void all.push(event));

    const sent: BackboneEvent[] = [
      { type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p1' },
      {
        type: 'live.hall',
        conferenceId: 'c1',
        change: { kind: 'message', seq: 3, message: { id: 'm', seq: 3, toBridgePointId: null, text: 'Chuẩn bị', sentAt: 1, sentBy: 'u' } },
      },
      { type: 'access.revoked', conferenceId: null, principal: { kind: 'user', userId: 'u9' } },
      { type: 'attendance.changed', conferenceId: 'c1', bridgePointId: 'p2' },
    ];
    for (const event of sent) a.publish(event);
    // A's own listeners hear it at once, and not a second time when it comes back from Redis.
    expect(heard.a).toHaveLength(3);
    await until(() => all.length === 4, "B's listeners");
    expect(all).toEqual(sent);
    expect(heard.b).toEqual(sent.filter((event) => event.conferenceId === 'c1'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.a).toHaveLength(3);
    // B numbers and keeps the domain events for the replay of its own SSE streams.
    expect(b.replay('c1', 'p1.0')?.map((d) => d.event)).toEqual([sent[0], sent[3]]);
  });

  it('drops a malformed message on the channel and goes on', async () => {
    const listener = await bus();
    const heard: BackboneEvent[] = [];
    listener.subscribeAll(({ event }) => void heard.push(event));
    const stranger = createClient({ url: process.env.REDIS_URL });
    clients.push(stranger);
    await stranger.connect();
    await stranger.publish(channel, 'not json');
    await stranger.publish(channel, JSON.stringify({ origin: 'x', event: null }));
    const sender = await bus();
    sender.publish({ type: 'bridge_points.changed', conferenceId: 'c2' });
    await until(() => heard.length === 1, 'the valid event');
    expect(heard).toEqual([{ type: 'bridge_points.changed', conferenceId: 'c2' }]);
  });
});
