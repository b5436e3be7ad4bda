import { afterEach, beforeEach, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { createConferenceService } from './conference-service.js';
import type { ConferenceService } from './conference-service.types.js';
import { pointInput } from './testing.js';

describeDatabases('concurrent writes on $dialect', ({ open }) => {
  let database: TestDatabase;
  let service: ConferenceService;
  beforeEach(async () => {
    database = await open();
    service = createConferenceService(database);
  });
  afterEach(() => database.close());

  it('every write counts once and positions stay distinct', async () => {
    const c = await service.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' });
    const writes = Array.from({ length: 12 }, (_, i) => service.addBridgePoint(c.id, pointInput(`Điểm cầu ${i + 1}`)));
    const results = await Promise.all(writes);
    const final = await service.get(c.id);
    expect(final.version).toBe(13);
    expect(new Set(results.map((r) => r.version)).size).toBe(12);
    expect(final.bridgePoints.map((p) => p.position)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('with the same expected version only one write wins; the others get 409 and change nothing', async () => {
    const c = await service.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => service.updateInfo(c.id, { venue: `Hội trường ${i}` }, { expectedVersion: 1 })),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((o) => o.reason instanceof DomainError && o.reason.code === 'conference.version_conflict')).toBe(true);
    const final = await service.get(c.id);
    expect(final.version).toBe(2);
    expect(final.venue).toBe((won[0] as PromiseFulfilledResult<{ venue: string }>).value.venue);
  });
});
