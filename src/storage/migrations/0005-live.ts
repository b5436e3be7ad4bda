/**
 * The live conference (issue 5). Two streams per conference:
 * - the programme: `live_states` holds the current state (JSON) and its version, `live_events`
 *   every event (numbered 1, 2, 3 … by version, no gaps: the primary key refuses a second
 *   event of the same version written by another process);
 * - the halls: `live_halls` each bridge point's roll-call report, `live_messages` the host's
 *   messages, both numbered by one per-conference counter (`live_hall_seqs`).
 * Times are epoch milliseconds (bigint: pg returns them as strings).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const liveSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('live_states')
      .addColumn('conference_id', 'text', (col) => col.primaryKey().references('conferences.id').onDelete('cascade'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('state_json', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('live_events')
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('at', 'bigint', (col) => col.notNull())
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('event_json', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('live_events_pk', ['conference_id', 'version'])
      .execute();

    await db.schema
      .createTable('live_hall_seqs')
      .addColumn('conference_id', 'text', (col) => col.primaryKey().references('conferences.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('live_halls')
      .addColumn('bridge_point_id', 'text', (col) => col.primaryKey().references('bridge_points.id').onDelete('cascade'))
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('ready', 'integer', (col) => col.notNull())
      .addColumn('headcount', 'integer')
      .addColumn('link', 'text', (col) => col.notNull())
      .addColumn('rtt_ms', 'integer')
      .addColumn('loss_percent', 'real')
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('reported_at', 'bigint')
      .addColumn('seq', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('live_halls_seq_idx').on('live_halls').columns(['conference_id', 'seq']).execute();

    await db.schema
      .createTable('live_messages')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('to_bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('cascade'))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'bigint', (col) => col.notNull())
      .addColumn('sent_by', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('live_messages_seq_idx').on('live_messages').columns(['conference_id', 'seq']).unique().execute();
  },
  async down(db: AnyDb) {
    for (const table of ['live_messages', 'live_halls', 'live_hall_seqs', 'live_events', 'live_states']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
