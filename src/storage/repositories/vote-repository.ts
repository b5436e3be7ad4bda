/**
 * Votes (migration 0010): the vote rows, the electorate read from the delegates and the
 * roll call, ballots of open votes, the two unlinked tables of secret votes, show-of-hands
 * counts and the roll kept at closing. All SQL of the votes is here, the same on both dialects.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Executor, VoteBallotRow, VoteHandsRow, VoteRollRow, VoteRow, VoteTallyRow } from '../tables.js';

const CHUNK = 500;

export async function insertVote(executor: Executor, row: VoteRow): Promise<void> {
  await executor.insertInto('votes').values(row).execute();
}

export async function findVoteRow(executor: Executor, conferenceId: string, voteId: string): Promise<VoteRow | undefined> {
  return executor.selectFrom('votes').selectAll().where('conference_id', '=', conferenceId).where('id', '=', voteId).executeTakeFirst();
}

export async function listVoteRows(executor: Executor, conferenceId: string, state?: string): Promise<VoteRow[]> {
  let query = executor.selectFrom('votes').selectAll().where('conference_id', '=', conferenceId);
  if (state !== undefined) query = query.where('state', '=', state);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** draft → open, only from draft (a second opener changes nothing); true when this call opened it. */
export async function markVoteOpen(executor: Executor, voteId: string, openedAt: string, openedWithJson: string): Promise<boolean> {
  const result = await executor
    .updateTable('votes')
    .set({ state: 'open', opened_at: openedAt, opened_with_json: openedWithJson })
    .where('id', '=', voteId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** open → closed with its result, only from open: after this nothing of the vote changes. */
export async function markVoteClosed(executor: Executor, voteId: string, closedAt: string, resultJson: string): Promise<boolean> {
  const result = await executor
    .updateTable('votes')
    .set({ state: 'closed', closed_at: closedAt, result_json: resultJson })
    .where('id', '=', voteId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The vote's state, its row locked until commit on PostgreSQL (SQLite has one writer at a
 * time anyway): ballots share the lock, closing takes it alone, so a ballot either commits
 * before the closing reads the counts or sees the vote closed.
 */
export async function lockVoteState(executor: Executor, voteId: string, mode: 'share' | 'update'): Promise<string | undefined> {
  const row = await executor
    .selectFrom('votes')
    .select('state')
    .where('id', '=', voteId)
    .$if(executor.getExecutor().adapter instanceof PostgresAdapter, (query) => (mode === 'share' ? query.forShare() : query.forUpdate()))
    .executeTakeFirst();
  return row?.state;
}

/** The delegates on the list (walk-ins are not) with their hall and attendance. */
export async function listDelegateElectorate(executor: Executor, conferenceId: string) {
  const rows = await executor
    .selectFrom('delegates')
    .select(['id', 'bridge_point_id', 'attendance'])
    .where('conference_id', '=', conferenceId)
    .where('walk_in', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ voterId: row.id, bridgePointId: row.bridge_point_id, present: row.attendance === 'present' }));
}

/** One delegate as a voter: undefined when not on the list of this conference. */
export async function findDelegateVoter(executor: Executor, conferenceId: string, delegateId: string) {
  const row = await executor
    .selectFrom('delegates')
    .select(['id', 'bridge_point_id', 'attendance'])
    .where('conference_id', '=', conferenceId)
    .where('id', '=', delegateId)
    .where('walk_in', '=', 0)
    .executeTakeFirst();
  return row && { voterId: row.id, bridgePointId: row.bridge_point_id, present: row.attendance === 'present' };
}

/** Every bridge point, present when one of its delegates is checked in or it answered the roll call as ready. */
export async function listPointElectorate(executor: Executor, conferenceId: string) {
  const rows = await executor
    .selectFrom('bridge_points as p')
    .select((eb) => [
      'p.id',
      eb
        .or([
          eb.exists(
            eb.selectFrom('delegates as d').select('d.id').whereRef('d.bridge_point_id', '=', 'p.id').where('d.attendance', '=', 'present'),
          ),
          eb.exists(
            eb
              .selectFrom('live_halls as h')
              .select('h.bridge_point_id')
              .whereRef('h.bridge_point_id', '=', 'p.id')
              .where('h.ready', '=', 1),
          ),
        ])
        .as('present'),
    ])
    .where('p.conference_id', '=', conferenceId)
    .orderBy('p.id')
    .execute();
  return rows.map((row) => ({ voterId: row.id, bridgePointId: row.id, present: Boolean(Number(row.present)) }));
}

export async function findBallot(executor: Executor, voteId: string, voterId: string): Promise<VoteBallotRow | undefined> {
  return executor.selectFrom('vote_ballots').selectAll().where('vote_id', '=', voteId).where('voter_id', '=', voterId).executeTakeFirst();
}

/** One row per voter and vote: a second ballot replaces the choice of the first (never a second row). */
export async function upsertBallot(executor: Executor, row: VoteBallotRow): Promise<void> {
  await executor
    .insertInto('vote_ballots')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['vote_id', 'voter_id']).doUpdateSet({ option_index: row.option_index, cast_at: row.cast_at }),
    )
    .execute();
}

/** Ballots of an open vote per hall and option. */
export async function countBallots(executor: Executor, voteId: string) {
  const rows = await executor
    .selectFrom('vote_ballots')
    .select((eb) => ['bridge_point_id', 'option_index', eb.fn.countAll().as('count')])
    .where('vote_id', '=', voteId)
    .groupBy(['bridge_point_id', 'option_index'])
    .execute();
  return rows.map((row) => ({ bridgePointId: row.bridge_point_id, option: Number(row.option_index), count: Number(row.count) }));
}

/** Secret vote: records that the voter voted; false when they already had (the insert does nothing). */
export async function insertVoter(executor: Executor, voteId: string, voterId: string, bridgePointId: string): Promise<boolean> {
  const result = await executor
    .insertInto('vote_voters')
    .values({ vote_id: voteId, voter_id: voterId, bridge_point_id: bridgePointId })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Secret vote: whether the voter has voted (their choice is not kept with them). */
export async function hasVoted(executor: Executor, voteId: string, voterId: string): Promise<boolean> {
  const row = await executor
    .selectFrom('vote_voters')
    .select('voter_id')
    .where('vote_id', '=', voteId)
    .where('voter_id', '=', voterId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Secret vote: a zero row per hall and option, written when it opens (so no row's creation tells a first choice). */
export async function createTallies(executor: Executor, rows: readonly VoteTallyRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await executor
      .insertInto('vote_tallies')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

/**
 * Secret vote: adds one to the option at the hall. Every option row of the hall is rewritten
 * (the others with +0), so which row changed is not visible in the stored rows or their versions.
 */
export async function addToTally(executor: Executor, voteId: string, bridgePointId: string, option: number): Promise<boolean> {
  const result = await executor
    .updateTable('vote_tallies')
    .set({ count: sql<number>`count + case when option_index = ${option} then 1 else 0 end` })
    .where('vote_id', '=', voteId)
    .where('bridge_point_id', '=', bridgePointId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listTallies(executor: Executor, voteId: string) {
  const rows = await executor.selectFrom('vote_tallies').selectAll().where('vote_id', '=', voteId).execute();
  return rows.map((row) => ({ bridgePointId: row.bridge_point_id, option: Number(row.option_index), count: Number(row.count) }));
}

/** Ballots cast (open votes) or voters recorded (secret), per hall. */
export async function countCastByHall(executor: Executor, voteId: string, secret: boolean): Promise<Map<string, number>> {
  const table = secret ? 'vote_voters' : 'vote_ballots';
  const rows = await executor
    .selectFrom(table)
    .select((eb) => ['bridge_point_id', eb.fn.countAll().as('count')])
    .where('vote_id', '=', voteId)
    .groupBy('bridge_point_id')
    .execute();
  return new Map(rows.map((row) => [row.bridge_point_id, Number(row.count)]));
}

export async function findHands(executor: Executor, voteId: string, bridgePointId: string): Promise<VoteHandsRow | undefined> {
  return executor
    .selectFrom('vote_hands')
    .selectAll()
    .where('vote_id', '=', voteId)
    .where('bridge_point_id', '=', bridgePointId)
    .executeTakeFirst();
}

export async function saveHands(executor: Executor, row: VoteHandsRow): Promise<void> {
  await executor
    .insertInto('vote_hands')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['vote_id', 'bridge_point_id'])
        .doUpdateSet({ counts_json: row.counts_json, entered_at: row.entered_at, entered_by: row.entered_by }),
    )
    .execute();
}

export async function listHands(executor: Executor, voteId: string) {
  const rows = await executor.selectFrom('vote_hands').selectAll().where('vote_id', '=', voteId).execute();
  return rows.map((row) => ({ bridgePointId: row.bridge_point_id, counts: JSON.parse(row.counts_json) as number[] }));
}

export async function insertRoll(executor: Executor, rows: readonly VoteRollRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await executor
      .insertInto('vote_roll')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

export async function listRoll(executor: Executor, voteId: string) {
  const rows = await executor.selectFrom('vote_roll').selectAll().where('vote_id', '=', voteId).orderBy('voter_id').execute();
  return rows.map((row) => ({ voterId: row.voter_id, bridgePointId: row.bridge_point_id, present: Number(row.present) === 1 }));
}
