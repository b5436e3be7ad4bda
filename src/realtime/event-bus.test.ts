import { describe, expect, it } from 'vitest';
import {
  bridgePointsOf,
  createEventBus,
  InProcessEventBus,
  type BackboneEvent,
  type BusLogger,
  type Delivery,
  type DomainEvent,
} from './event-bus.js';

const attendance = (conferenceId: string, bridgePointId = 'p1'): DomainEvent => ({
  type: 'attendance.changed',
  conferenceId,
  bridgePointId,
});

const recordingLogger = () => {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  const logger: BusLogger = { error: (details, message) => lines.push({ details: details as Record<string, unknown>, message }) };
  return { logger, lines };
};

describe('InProcessEventBus', () => {
  it('delivers an event to the listeners of its conference only, numbered in publish order', () => {
    const bus = createEventBus({ epoch: 'e1' });
    const a: Delivery<BackboneEvent>[] = [];
    const b: Delivery<BackboneEvent>[] = [];
    bus.subscribe('conf-a', (d) => void a.push(d));
    bus.subscribe('conf-b', (d) => void b.push(d));
    bus.publish(attendance('conf-a'));
    bus.publish({ type: 'delegates.imported', conferenceId: 'conf-b', count: 500, bridgePointIds: ['p1', 'p2'] });
    bus.publish({ type: 'invitation.answered', conferenceId: 'conf-a', bridgePointId: 'p2', delegateId: 'd9' });
    expect(a.map((d) => [d.id, d.event.type])).toEqual([
      ['e1.1', 'attendance.changed'],
      ['e1.3', 'invitation.answered'],
    ]);
    expect(b).toEqual([
      { id: 'e1.2', sequence: 2, event: { type: 'delegates.imported', conferenceId: 'conf-b', count: 500, bridgePointIds: ['p1', 'p2'] } },
    ]);
  });

  it('narrows the event type by its discriminant', () => {
    const bus = createEventBus();
    const counts: number[] = [];
    bus.subscribeAll(({ event }) => {
      if (event.type === 'delegates.imported') counts.push(event.count);
    });
    bus.publish({ type: 'delegates.imported', conferenceId: 'c', count: 12, bridgePointIds: [] });
    bus.publish(attendance('c'));
    expect(counts).toEqual([12]);
  });

  it('isolates a listener that throws or rejects: the others still receive, the publisher never sees it, the error is logged', async () => {
    const { logger, lines } = recordingLogger();
    const bus = createEventBus({ logger, epoch: 'x' });
    const received: string[] = [];
    bus.subscribe('c', () => {
      throw new Error('socket gone');
    });
    bus.subscribe('c', async () => {
      throw new Error('mail server down');
    });
    bus.subscribe('c', (d) => void received.push(d.id));
    bus.subscribeAll(() => {
      throw new Error('bridge down');
    });
    expect(() => bus.publish(attendance('c'))).not.toThrow();
    expect(received).toEqual(['x.1']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((line) => (line.details.err as Error).message).sort()).toEqual(['bridge down', 'mail server down', 'socket gone']);
    for (const line of lines) {
      expect(line.message).toBe('event listener failed');
      expect(line.details).toMatchObject({ eventId: 'x.1', eventType: 'attendance.changed', conferenceId: 'c' });
    }
  });

  it('unsubscribes by the returned function or by name, also during a delivery', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    const second = () => void seen.push('second');
    const stopFirst = bus.subscribe('c', () => {
      seen.push('first');
      bus.unsubscribe('c', second);
    });
    bus.subscribe('c', second);
    bus.publish(attendance('c'));
    // The copy taken at publish still reached `second` this time; not the next.
    expect(seen).toEqual(['first', 'second']);
    stopFirst();
    bus.publish(attendance('c'));
    expect(seen).toEqual(['first', 'second']);
    expect(bus.listenerCount('c')).toBe(0);
    expect(bus.listenerCount()).toBe(0);
  });

  it('counts listeners per conference and in all', () => {
    const bus = createEventBus();
    const stop = bus.subscribe('a', () => {});
    bus.subscribe('a', () => {});
    bus.subscribe('b', () => {});
    const stopAll = bus.subscribeAll(() => {});
    expect([bus.listenerCount('a'), bus.listenerCount('b'), bus.listenerCount()]).toEqual([2, 1, 4]);
    stop();
    stopAll();
    expect(bus.listenerCount()).toBe(2);
  });

  it('delivers nothing after close', () => {
    const bus = createEventBus();
    const seen: unknown[] = [];
    bus.subscribe('c', (d) => void seen.push(d));
    void bus.close();
    bus.publish(attendance('c'));
    bus.subscribe('c', (d) => void seen.push(d));
    bus.publish(attendance('c'));
    expect(seen).toEqual([]);
    expect(bus.listenerCount()).toBe(0);
  });
});

describe('replay after a reconnect', () => {
  it('gives what the conference had after the last id, or [] when nothing happened', () => {
    const bus = new InProcessEventBus({ epoch: 'ab' });
    bus.publish(attendance('c', 'p1'));
    bus.publish(attendance('other'));
    bus.publish(attendance('c', 'p2'));
    expect(bus.replay('c', 'ab.1')!.map((d) => d.id)).toEqual(['ab.3']);
    expect(bus.replay('c', 'ab.3')).toEqual([]);
    expect(bus.replay('quiet', 'ab.3')).toEqual([]);
  });

  it('starts from the current id: nothing is missed, later events are replayed', () => {
    const bus = new InProcessEventBus({ epoch: 'ab' });
    expect(bus.currentId()).toBe('ab.0');
    expect(bus.replay('c', bus.currentId())).toEqual([]);
    bus.publish(attendance('c'));
    const start = bus.currentId();
    expect(start).toBe('ab.1');
    expect(bus.replay('c', start)).toEqual([]);
    bus.publish(attendance('c'));
    expect(bus.replay('c', start)!.map((d) => d.id)).toEqual(['ab.2']);
  });

  it('refuses ids of another epoch, malformed ids and ids from the future', () => {
    const bus = new InProcessEventBus({ epoch: 'ab' });
    bus.publish(attendance('c'));
    for (const id of ['cd.1', 'ab', 'ab.', 'ab.x', '', 'ab.1.2', 'AB.1', 'ab.99']) expect(bus.replay('c', id), id).toBeNull();
  });

  it('asks for a full refetch once the history no longer reaches back to the id', () => {
    const bus = new InProcessEventBus({ epoch: 'e', historyPerConference: 2 });
    for (let i = 0; i < 4; i += 1) bus.publish(attendance('c'));
    expect(bus.replay('c', 'e.1')).toBeNull();
    expect(bus.replay('c', 'e.2')!.map((d) => d.sequence)).toEqual([3, 4]);
  });

  it('forgets the quietest conference first and then refuses ids older than what it forgot', () => {
    const bus = new InProcessEventBus({ epoch: 'e', conferencesInHistory: 2 });
    bus.publish(attendance('a')); // 1
    bus.publish(attendance('b')); // 2
    bus.publish(attendance('a')); // 3: a is now the most recent
    bus.publish(attendance('c')); // 4: evicts b (last at 2)
    expect(bus.replay('b', 'e.1')).toBeNull();
    expect(bus.replay('b', 'e.2')).toEqual([]);
    expect(bus.replay('a', 'e.1')!.map((d) => d.sequence)).toEqual([3]);
    bus.publish(attendance('b')); // 5: b is back, evicts a; what b lost is before 2
    expect(bus.replay('b', 'e.1')).toBeNull();
    expect(bus.replay('b', 'e.3')!.map((d) => d.sequence)).toEqual([5]);
  });
});

describe('bridgePointsOf', () => {
  it('names the points an event concerns, or null for the whole conference', () => {
    expect(bridgePointsOf(attendance('c', 'p7'))).toEqual(['p7']);
    expect(bridgePointsOf({ type: 'invitations.sent', conferenceId: 'c', count: 2, bridgePointIds: ['p1', 'p2'] })).toEqual(['p1', 'p2']);
    expect(bridgePointsOf({ type: 'bridge_points.changed', conferenceId: 'c' })).toBeNull();
  });
});
