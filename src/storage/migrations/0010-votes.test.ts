import { afterEach, expect, it } from 'vitest';
import { createConferenceService } from '../../services/conference-service.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-07T08:00:00.000Z';

describeDatabases('migration 0010 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds the vote tables to an existing database: one ballot per voter and vote, gone with the conference', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0010');
    expect((await migrateToLatest(database)).applied).toContain('0010-votes');
    const c1 = (await createConferenceService(database).create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' })).id;
    await database.db
      .insertInto('votes')
      .values({
        id: 'v1',
        conference_id: c1,
        item_id: null,
        item_label: '',
        question: 'Thông qua?',
        options_json: '["Tán thành","Không tán thành","Không biểu quyết"]',
        secret: 0,
        electorate: 'delegates',
        quorum_json: null,
        majority_json: '{}',
        state: 'open',
        opened_with_json: null,
        result_json: null,
        created_at: AT,
        opened_at: AT,
        closed_at: null,
      })
      .execute();
    const ballot = { vote_id: 'v1', voter_id: 'd1', bridge_point_id: 'p1', option_index: 0, cast_at: AT };
    await database.db.insertInto('vote_ballots').values(ballot).execute();
    await expect(
      database.db
        .insertInto('vote_ballots')
        .values({ ...ballot, option_index: 1 })
        .execute(),
    ).rejects.toThrow();
    await database.db.insertInto('vote_voters').values({ vote_id: 'v1', voter_id: 'd1', bridge_point_id: 'p1' }).execute();
    await expect(
      database.db.insertInto('vote_voters').values({ vote_id: 'v1', voter_id: 'd1', bridge_point_id: 'p1' }).execute(),
    ).rejects.toThrow();
    await db.deleteFrom('conferences').where('id', '=', c1).execute();
    for (const table of ['votes', 'vote_ballots', 'vote_voters'] as const)
      expect(await database.db.selectFrom(table).selectAll().execute()).toEqual([]);
  });
});
