/**
 * Votes (biểu quyết, issue 16).
 * - `votes`: the question, options, rules and state (draft → open → closed); at closing the
 *   result (JSON) is written once and never changed.
 * - `vote_ballots`: the ballots of an OPEN (not secret) vote: one row per voter and vote (the
 *   primary key refuses a second); casting again replaces the choice while the vote is open.
 * - Secret votes keep who voted and how in two tables with nothing to join them:
 *   `vote_voters` (who: vote, voter, hall; no time, no choice) and `vote_tallies` (how many per
 *   hall and option; no voter, no time). Every tally row of a vote is created when it opens, and
 *   a ballot adds to its option's row in a statement that rewrites every option row of the hall,
 *   so neither the rows, their order nor (PostgreSQL) their row versions tell which option moved.
 * - `vote_hands`: a hall's show-of-hands count entered by its operator (replaces its ballots).
 * - `vote_roll`: who was entitled and who present when the vote closed, kept with the result.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const voteRef = (col: ColumnDefinitionBuilder) => col.notNull().references('votes.id').onDelete('cascade');

export const votesSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('votes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('item_id', 'text')
      .addColumn('item_label', 'text', (col) => col.notNull())
      .addColumn('question', 'text', (col) => col.notNull())
      .addColumn('options_json', 'text', (col) => col.notNull())
      .addColumn('secret', 'integer', (col) => col.notNull())
      .addColumn('electorate', 'text', (col) => col.notNull())
      .addColumn('quorum_json', 'text')
      .addColumn('majority_json', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('opened_with_json', 'text')
      .addColumn('result_json', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('opened_at', 'text')
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema.createIndex('votes_conference_idx').on('votes').columns(['conference_id', 'created_at']).execute();

    await db.schema
      .createTable('vote_ballots')
      .addColumn('vote_id', 'text', voteRef)
      .addColumn('voter_id', 'text', (col) => col.notNull())
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addColumn('option_index', 'integer', (col) => col.notNull())
      .addColumn('cast_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('vote_ballots_pk', ['vote_id', 'voter_id'])
      .execute();

    await db.schema
      .createTable('vote_voters')
      .addColumn('vote_id', 'text', voteRef)
      .addColumn('voter_id', 'text', (col) => col.notNull())
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('vote_voters_pk', ['vote_id', 'voter_id'])
      .execute();

    await db.schema
      .createTable('vote_tallies')
      .addColumn('vote_id', 'text', voteRef)
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addColumn('option_index', 'integer', (col) => col.notNull())
      .addColumn('count', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('vote_tallies_pk', ['vote_id', 'bridge_point_id', 'option_index'])
      .execute();

    await db.schema
      .createTable('vote_hands')
      .addColumn('vote_id', 'text', voteRef)
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addColumn('counts_json', 'text', (col) => col.notNull())
      .addColumn('entered_at', 'text', (col) => col.notNull())
      .addColumn('entered_by', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('vote_hands_pk', ['vote_id', 'bridge_point_id'])
      .execute();

    await db.schema
      .createTable('vote_roll')
      .addColumn('vote_id', 'text', voteRef)
      .addColumn('voter_id', 'text', (col) => col.notNull())
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addColumn('present', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('vote_roll_pk', ['vote_id', 'voter_id'])
      .execute();
  },
  async down(db: AnyDb) {
    for (const table of ['vote_roll', 'vote_hands', 'vote_tallies', 'vote_voters', 'vote_ballots', 'votes']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
