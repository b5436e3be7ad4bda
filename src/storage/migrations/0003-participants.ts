/**
 * Participants (issue 4): delegates per bridge point, their check-ins, the headcounts of
 * halls that only report a number, the deliveries of invitations, and the seating layout of
 * each hall. Access links gain `delegate_id` (a personal link of one delegate).
 *
 * Delegates are not part of the plan aggregate: a national conference may carry hundreds of
 * thousands of them, so they are read and written by page and never bump the plan's version.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const participantsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('delegates')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('bridge_point_id', 'text', (col) => col.notNull().references('bridge_points.id').onDelete('cascade'))
      .addColumn('participant_group_id', 'text', (col) => col.references('participant_groups.id').onDelete('set null'))
      .addColumn('full_name', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('organisation', 'text', (col) => col.notNull())
      .addColumn('phone', 'text', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('seat', 'text', (col) => col.notNull())
      .addColumn('notes', 'text', (col) => col.notNull())
      .addColumn('protocol_rank', 'integer', (col) => col.notNull())
      .addColumn('invitation', 'text', (col) => col.notNull())
      .addColumn('substitute_json', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('attendance', 'text', (col) => col.notNull())
      .addColumn('checked_in_at', 'text')
      .addColumn('walk_in', 'integer', (col) => col.notNull())
      // Name and organisation without diacritics, lower case: search by name ignoring accents.
      .addColumn('search_key', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('delegates_point_idx')
      .on('delegates')
      .columns(['conference_id', 'bridge_point_id', 'protocol_rank'])
      .execute();
    await db.schema.createIndex('delegates_group_idx').on('delegates').column('participant_group_id').execute();

    // One row per check-in; `id` is the client's idempotency key, so a check-in sent twice is stored once.
    await db.schema
      .createTable('check_ins')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('bridge_point_id', 'text', (col) => col.notNull().references('bridge_points.id').onDelete('cascade'))
      .addColumn('delegate_id', 'text', (col) => col.notNull().references('delegates.id').onDelete('cascade'))
      .addColumn('method', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_label', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('check_ins_delegate_idx').on('check_ins').column('delegate_id').unique().execute();

    await db.schema
      .createTable('headcounts')
      .addColumn('bridge_point_id', 'text', (col) => col.primaryKey().references('bridge_points.id').onDelete('cascade'))
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('count', 'integer', (col) => col.notNull())
      .addColumn('reported_at', 'text', (col) => col.notNull())
      .addColumn('reported_by', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('invitation_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('delegate_id', 'text', (col) => col.notNull().references('delegates.id').onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('invitation_deliveries_idx').on('invitation_deliveries').columns(['conference_id', 'status']).execute();
    await db.schema.createIndex('invitation_deliveries_delegate_idx').on('invitation_deliveries').column('delegate_id').execute();

    await db.schema
      .createTable('hall_layouts')
      .addColumn('bridge_point_id', 'text', (col) => col.primaryKey().references('bridge_points.id').onDelete('cascade'))
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('layout_json', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .alterTable('access_links')
      .addColumn('delegate_id', 'text', (col) => col.references('delegates.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('access_links_delegate_idx').on('access_links').column('delegate_id').execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('access_links_delegate_idx').execute();
    await db.schema.alterTable('access_links').dropColumn('delegate_id').execute();
    for (const table of ['hall_layouts', 'invitation_deliveries', 'headcounts', 'check_ins', 'delegates']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
