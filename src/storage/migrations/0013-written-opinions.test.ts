import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { voteFixture } from '../../services/votes/votes.fixture.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrations } from './index.js';

// Every migration but 0013 first: the fixture writes delegates as the current services do
// (later migrations add their columns), then 0013 on that database.
const all0013Last: MigrationProvider = {
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([name]) => !name.startsWith('0013'))),
};
const everything: MigrationProvider = { getMigrations: async () => migrations };

const AT = '2021-07-07T08:00:00.000Z';

describeDatabases('migration 0013 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds the written opinion forms to an existing database: one row per member asked, gone with the conference', async () => {
    database = await open({ migrate: false });
    const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    expect((await new Migrator({ db, provider: all0013Last }).migrateToLatest()).error).toBeUndefined();
    // Delegates made before the migration can be asked afterwards.
    const fixture = await voteFixture(database);
    const applied = await new Migrator({ db, provider: everything, allowUnorderedMigrations: true }).migrateToLatest();
    expect(applied.error).toBeUndefined();
    expect(applied.results?.map((r) => r.migrationName)).toEqual(['0013-written-opinions']);
    const t = database.db;
    await t
      .insertInto('written_opinion_forms')
      .values({
        id: 'f1',
        conference_id: fixture.conferenceId,
        vote_id: null,
        title: 'Lấy ý kiến',
        questions_json: '[]',
        secret: 0,
        majority_json: '{}',
        deadline: '2021-07-10T17:00',
        state: 'sent',
        public_url: 'http://x',
        created_at: AT,
        sent_at: AT,
        closed_at: null,
        result_json: null,
        merged_json: null,
      })
      .execute();
    const member = {
      form_id: 'f1',
      delegate_id: fixture.delegates.host[0]!,
      bridge_point_id: fixture.host,
      answered: 0,
      answered_via: null,
      last_reminded_on: null,
    };
    await t.insertInto('written_opinion_recipients').values(member).execute();
    await expect(t.insertInto('written_opinion_recipients').values(member).execute()).rejects.toThrow();
    const answer = { form_id: 'f1', delegate_id: member.delegate_id, choices_json: '[0]', answered_at: AT };
    await t.insertInto('written_opinion_answers').values(answer).execute();
    await expect(t.insertInto('written_opinion_answers').values(answer).execute()).rejects.toThrow();
    await t.insertInto('written_opinion_tallies').values({ form_id: 'f1', question_index: 0, option_index: 0, count: 0 }).execute();
    await db.deleteFrom('conferences').where('id', '=', fixture.conferenceId).execute();
    for (const table of [
      'written_opinion_forms',
      'written_opinion_recipients',
      'written_opinion_answers',
      'written_opinion_tallies',
    ] as const)
      expect(await t.selectFrom(table).selectAll().execute()).toEqual([]);
  });
});
