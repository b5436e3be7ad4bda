/**
 * Media room leases on a real Redis (REDIS_URL; tagged `redis`, so skipped and counted without it): one process serves a
 * conference's media, a second is refused until the first gives it back or dies.
 */
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRoomLeases, singleProcessLeases } from './room-leases.js';

describe('media room leases in one process', () => {
  it('always serves', async () => {
    expect(await singleProcessLeases.claim('any')).toBe(true);
  });
});

describe('media room leases on Redis', { tags: ['redis'] }, () => {
  let client: ReturnType<typeof createClient>;
  const room = `test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const open: RedisRoomLeases[] = [];
  const leases = (ms = 30_000) => {
    const made = new RedisRoomLeases(client, () => undefined, ms);
    open.push(made);
    return made;
  };

  beforeAll(async () => {
    client = createClient({ url: process.env.REDIS_URL });
    await client.connect();
  });
  afterAll(async () => {
    for (const made of open) await made.close();
    await client.close();
  });

  it('gives a room to the first process only, and to the next once the first lets go', async () => {
    const first = leases();
    const second = leases();
    expect(await first.claim(room)).toBe(true);
    expect(await first.claim(room)).toBe(true);
    expect(await second.claim(room)).toBe(false);
    expect(await second.claim(`${room}-other`)).toBe(true);
    await first.close();
    expect(await second.claim(room)).toBe(true);
  });

  it('keeps a lease while the process runs, and frees it when the process dies', async () => {
    const alive = leases(600);
    const other = leases(600);
    expect(await alive.claim(`${room}-renewed`)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // renewed every 200 ms
    expect(await other.claim(`${room}-renewed`)).toBe(false);

    // A process that stops renewing (it crashed): its lease runs out.
    const crashed = new RedisRoomLeases(client, () => undefined, 600);
    expect(await crashed.claim(`${room}-crashed`)).toBe(true);
    (crashed as unknown as { timer: NodeJS.Timeout }).timer.close();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await other.claim(`${room}-crashed`)).toBe(true);
  });
});
