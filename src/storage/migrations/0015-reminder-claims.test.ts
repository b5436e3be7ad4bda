import { afterEach, expect, it } from 'vitest';
import { claimReminder, listReminderClaims, releaseReminder } from '../repositories/reminder-repository.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, migrateBefore } from './migration-test-kit.js';

const claim = (key: string, day = '2026-12-11') => ({
  kind: 'consultation.comments',
  key,
  day,
  claimed_at: '2026-12-09T02:00:00.000Z',
  claimed_by: 'host:1',
});

describeDatabases('migration 0015 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds the reminder claims to an existing database: one row per kind, key and day, the second insert takes nothing', async () => {
    database = await open({ migrate: false });
    await migrateBefore(database, '0015');
    await bareConference(database);

    expect((await migrateToLatest(database)).applied).toContain('0015-reminder-claims');
    expect(await claimReminder(database.db, claim('k1'))).toBe(true);
    expect(await claimReminder(database.db, { ...claim('k1'), claimed_by: 'other:2' })).toBe(false);
    expect(await claimReminder(database.db, claim('k1', '2026-12-12'))).toBe(true);
    expect(await claimReminder(database.db, { ...claim('k1'), kind: 'contribution.submission' })).toBe(true);
    await expect(database.db.insertInto('reminder_claims').values(claim('k1')).execute()).rejects.toThrow();
    expect((await listReminderClaims(database.db, 'consultation.comments')).map((row) => [row.day, row.claimed_by])).toEqual([
      ['2026-12-11', 'host:1'],
      ['2026-12-12', 'host:1'],
    ]);
    await releaseReminder(database.db, claim('k1'));
    expect(await claimReminder(database.db, { ...claim('k1'), claimed_by: 'other:2' })).toBe(true);
  });
});
