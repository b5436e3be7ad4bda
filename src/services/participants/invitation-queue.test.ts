import { describe, expect, it } from 'vitest';
import { DeliveryQueue } from './invitation-queue.js';

/** A processor whose calls wait until the test releases them. */
const gated = () => {
  const started: string[] = [];
  const waiting = new Map<string, () => void>();
  const process = (id: string) =>
    new Promise<void>((resolve) => {
      started.push(id);
      waiting.set(id, resolve);
    });
  const release = (id: string) => {
    waiting.get(id)?.();
    waiting.delete(id);
  };
  return { started, process, release, running: () => [...waiting.keys()] };
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DeliveryQueue', () => {
  it('runs at most `concurrency` deliveries at once, in order, each once', async () => {
    const g = gated();
    const queue = new DeliveryQueue(g.process, 2);
    queue.enqueue(['a', 'b', 'c', 'a']);
    queue.enqueue(['b', 'd']);
    await tick();
    expect(g.running()).toEqual(['a', 'b']);
    g.release('a');
    await tick();
    expect(g.running()).toEqual(['b', 'c']);
    for (const id of ['b', 'c']) g.release(id);
    await tick();
    g.release('d');
    await queue.idle();
    expect(g.started).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.size).toBe(0);
  });

  it('keeps going after a processor throws, and logs it', async () => {
    const logged: object[] = [];
    const done: string[] = [];
    const queue = new DeliveryQueue(
      async (id) => {
        if (id === 'bad') throw new Error('boom');
        done.push(id);
      },
      1,
      { error: (details) => logged.push(details) },
    );
    queue.enqueue(['bad', 'good']);
    await queue.idle();
    expect(done).toEqual(['good']);
    expect(logged).toHaveLength(1);
  });

  it('on close, drops what waits, waits for what runs, and takes nothing more', async () => {
    const g = gated();
    const queue = new DeliveryQueue(g.process, 1);
    queue.enqueue(['a', 'b']);
    await tick();
    let closed = false;
    const closing = queue.close().then(() => (closed = true));
    await tick();
    expect(closed).toBe(false);
    g.release('a');
    await closing;
    queue.enqueue(['c']);
    await tick();
    expect(g.started).toEqual(['a']);
    await queue.idle();
  });
});
