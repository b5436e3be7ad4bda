/**
 * Issue 16's acceptance: 1,000 delegates voting at once, each twice, leave exactly one ballot
 * each (open vote: the second replaces the first; secret vote: the second is refused), on
 * both dialects; and a secret vote's stored rows hold nothing that links a voter to a choice.
 */
import { afterEach, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createVoteService } from './vote-service.js';
import { voteFixture } from './votes.fixture.js';

const DELEGATES = 1000;

describeDatabases('1,000 delegates voting at once on $dialect', ({ open, dialect }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  const everyoneTwice = async (secret: boolean) => {
    database = await open();
    const f = await voteFixture(database, { host: [DELEGATES / 2, DELEGATES / 2], district: [DELEGATES / 2, DELEGATES / 2] });
    const votes = createVoteService(database);
    const vote = await votes.create(f.conferenceId, { question: 'Thông qua?', secret });
    await votes.open(f.conferenceId, vote.id);
    const voters = [...f.delegates.host, ...f.delegates.district];
    // Each delegate sends two ballots at the same moment: their first choice and a change of mind.
    const outcomes = await Promise.allSettled(
      voters.flatMap((delegateId, index) => [
        votes.cast(f.conferenceId, vote.id, { kind: 'delegate', delegateId }, { option: index % 3 }),
        votes.cast(f.conferenceId, vote.id, { kind: 'delegate', delegateId }, { option: (index + 1) % 3 }),
      ]),
    );
    const failures = outcomes.flatMap((outcome): unknown[] => (outcome.status === 'rejected' ? [outcome.reason] : []));
    return { f, votes, vote, voters, failures };
  };

  it(
    'an open vote keeps one ballot per delegate, the later choice, and counts each once',
    async () => {
      const { f, votes, vote, voters, failures } = await everyoneTwice(false);
      expect(failures).toEqual([]);
      const rows = await database.db
        .selectFrom('vote_ballots')
        .select(['voter_id', 'option_index'])
        .where('vote_id', '=', vote.id)
        .execute();
      expect(rows).toHaveLength(DELEGATES);
      expect(new Set(rows.map((row) => row.voter_id))).toEqual(new Set(voters));
      const { result } = await votes.close(f.conferenceId, vote.id);
      expect(result!.cast).toBe(DELEGATES);
      expect(result!.options.reduce((sum, option) => sum + option.count, 0)).toBe(DELEGATES);
    },
    dialect === 'postgres' ? 120_000 : 60_000,
  );

  it(
    'a secret vote takes the first ballot of each delegate, refuses the second, and its counts add up',
    async () => {
      const { f, votes, vote, failures } = await everyoneTwice(true);
      expect(failures).toHaveLength(DELEGATES);
      expect(failures.every((error) => error instanceof DomainError && error.code === 'vote.already_voted')).toBe(true);
      const voters = await database.db.selectFrom('vote_voters').select('voter_id').where('vote_id', '=', vote.id).execute();
      expect(voters).toHaveLength(DELEGATES);
      expect(new Set(voters.map((row) => row.voter_id)).size).toBe(DELEGATES);
      const { result } = await votes.close(f.conferenceId, vote.id);
      expect(result!.cast).toBe(DELEGATES);
      expect(await database.db.selectFrom('audit_log').select('id').where('action', '=', 'vote.cast_secret').execute()).toHaveLength(
        DELEGATES,
      );
    },
    dialect === 'postgres' ? 120_000 : 60_000,
  );
});
