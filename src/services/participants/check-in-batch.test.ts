import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { createGroupCommit } from './check-in-batch.js';

describeDatabases('group commit of check-ins on $dialect', ({ open }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await open();
  });
  afterEach(() => database.close());

  const write = (id: string) => async (trx: Parameters<Parameters<ReturnType<typeof createGroupCommit>['run']>[0]>[0]) => {
    await recordAudit(
      trx,
      { ...SYSTEM_ORIGIN, action: 'test.write', conferenceId: null, entityType: 'test', entityId: id, before: null, after: { id } },
      new Date().toISOString(),
      id,
    );
    return id;
  };
  const stored = async () =>
    (await database.db.selectFrom('audit_log').select('id').where('action', '=', 'test.write').execute()).map((row) => row.id).sort();

  it('commits the writes that arrive together in one batch, and a refused one takes nothing else with it', async () => {
    const batch = createGroupCommit(database);
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const refused = batch.run(async (trx) => {
      await write(b)(trx);
      throw new Error('refused after writing');
    });
    const results = await Promise.allSettled([batch.run(write(a)), refused, batch.run(write(c)), batch.run(write(d))]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await stored()).toEqual([a, c, d].sort());
    // The first write went alone (nothing waited yet); the three queued meanwhile shared the next commit.
    expect(batch.stats).toEqual({ batches: 2, writes: 4, largest: 3 });
  });

  it('answers only after the commit: what a caller was told is written is in the database', async () => {
    const batch = createGroupCommit(database, { maxBatch: 2 });
    const ids = Array.from({ length: 7 }, () => randomUUID());
    const missing: string[] = [];
    // Read through the database (another connection on PostgreSQL): only committed rows are seen.
    await Promise.all(ids.map((id) => batch.run(write(id)).then(async () => void ((await stored()).includes(id) || missing.push(id)))));
    expect(missing).toEqual([]);
    expect(await stored()).toEqual([...ids].sort());
    expect(batch.stats.largest).toBe(2);
  });
});
