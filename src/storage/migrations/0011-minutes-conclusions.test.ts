import { afterEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-07T10:00:00.000Z';

describeDatabases('migration 0011 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds the minutes, their notes with revisions and the conclusions of an existing conference, gone with it', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0011');
    const c = await bareConference(database);

    expect((await migrateToLatest(database)).applied).toContain('0011-minutes-conclusions');
    const note = (id: string, revision: number) => ({
      id,
      conference_id: c.id,
      item_id: 'item-1',
      revision,
      text: `Ghi chép ${revision}`,
      author_label: 'Thư ký',
      created_at: AT,
    });
    await database.db
      .insertInto('minutes_notes')
      .values([note('n1', 1), note('n2', 2)])
      .execute();
    // A revision number is never written twice for one item.
    await expect(database.db.insertInto('minutes_notes').values(note('n3', 2)).execute()).rejects.toThrow();
    await database.db
      .insertInto('conclusions')
      .values({
        id: 'k1',
        conference_id: c.id,
        position: 1,
        text: 'Kết luận',
        lead_agency: 'Sở Nội vụ',
        cooperating_agencies: '[]',
        task_text: '',
        deadline: null,
        task_id: null,
        carried_from: null,
      })
      .execute();
    await database.db
      .insertInto('conclusion_reports')
      .values({
        id: 'r1',
        conference_id: c.id,
        conclusion_id: 'k1',
        kind: 'done',
        note: '',
        file_ref: null,
        reported_by: 'x',
        reported_at: AT,
      })
      .execute();
    expect(await database.db.selectFrom('minutes_notes').select('revision').orderBy('revision').execute()).toHaveLength(2);
    await db.deleteFrom('conferences').where('id', '=', c.id).execute();
    for (const table of ['minutes_notes', 'conclusions', 'conclusion_reports'] as const) {
      expect(await database.db.selectFrom(table).select('id').execute(), table).toEqual([]);
    }
  });
});
