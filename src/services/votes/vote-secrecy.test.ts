/**
 * A secret vote stores who voted and how many chose what, with nothing that links the two.
 * The test holds two secret votes in which the same two delegates of one hall vote in the same
 * order with their choices swapped: every stored row of the two votes (ballots, voters, tallies,
 * hall counts, roll, the vote, its audit rows; ids and times aside) must be the same, so nothing
 * stored can tell who chose what. On PostgreSQL, every tally row of the hall also carries the same
 * row version (xmin) after each ballot: the row versions do not tell which option moved.
 */
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createVoteService } from './vote-service.js';
import { voteFixture } from './votes.fixture.js';

const TABLES = ['vote_ballots', 'vote_voters', 'vote_tallies', 'vote_hands', 'vote_roll'] as const;
const TIMES = new Set(['id', 'seq', 'at', 'created_at', 'opened_at', 'closed_at', 'entity_id']);

describeDatabases('secret votes on $dialect', ({ open, dialect }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  /** Every stored row of the vote, its id replaced and times dropped, sorted. */
  const stored = async (voteId: string): Promise<string[]> => {
    const rows: Record<string, unknown>[] = [];
    for (const table of TABLES)
      rows.push(
        ...(await database.db.selectFrom(table).selectAll().where('vote_id', '=', voteId).execute()).map((row) => ({ table, ...row })),
      );
    rows.push({
      table: 'votes',
      ...(await database.db.selectFrom('votes').selectAll().where('id', '=', voteId).executeTakeFirstOrThrow()),
    });
    rows.push(
      ...(await database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', voteId).orderBy('seq').execute()).map((row) => ({
        table: 'audit',
        ...row,
      })),
    );
    return rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row)
              .filter(([key]) => !TIMES.has(key))
              .map(([key, value]) => [key, typeof value === 'number' || typeof value === 'bigint' ? String(value) : value]),
          ),
        ).replaceAll(voteId, 'VOTE'),
      )
      .sort();
  };

  it('keeps nothing that tells which delegate chose what', async () => {
    database = await open();
    const f = await voteFixture(database);
    const votes = createVoteService(database);
    const [a, b] = f.delegates.host as [string, string];
    const run = async (choiceOfA: number, choiceOfB: number) => {
      const vote = await votes.create(f.conferenceId, { question: 'Bầu Trưởng ban?', secret: true, quorum: null });
      await votes.open(f.conferenceId, vote.id);
      // Every tally row exists before the first ballot (its creation tells no first choice).
      expect(await database.db.selectFrom('vote_tallies').select('count').where('vote_id', '=', vote.id).execute()).toHaveLength(2 * 3);
      await votes.cast(f.conferenceId, vote.id, { kind: 'delegate', delegateId: a }, { option: choiceOfA });
      if (dialect === 'postgres') {
        const versions = await sql<{
          xmin: string;
        }>`select xmin::text as xmin from vote_tallies where vote_id = ${vote.id} and bridge_point_id = ${f.host}`.execute(database.db);
        expect(new Set(versions.rows.map((row) => row.xmin)).size).toBe(1);
      }
      await votes.cast(f.conferenceId, vote.id, { kind: 'delegate', delegateId: b }, { option: choiceOfB });
      const closed = await votes.close(f.conferenceId, vote.id);
      expect(closed.result!.halls[0]!.counts).toEqual([1, 1, 0]);
      return stored(vote.id);
    };
    const first = await run(0, 1);
    const swapped = await run(1, 0);
    expect(first.some((row) => row.includes(a))).toBe(true);
    expect(swapped).toEqual(first);
  });
});
