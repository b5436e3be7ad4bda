/**
 * The record after the meeting, second step (issue 16, items 5 and 7).
 * - `conclusions.lead_bridge_point_id`, `conclusions.lead_participant_group_id`: the lead agency
 *   of a conclusion bound to a body of the plan (a bridge point, a participant group, or both);
 *   null when the agency is free text only. The body's people report on its task. A body
 *   removed from the plan leaves the agency's text and unbinds it (set null).
 * - `minutes_deliveries`: the minutes sent by mail to each participant for review (queued →
 *   sent / failed), with the address the review page is at (`public_url`); the personal link
 *   is made when the mail is sent, not stored.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const recordBodiesReviewMailSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('conclusions')
      .addColumn('lead_bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('set null'))
      .execute();
    await db.schema
      .alterTable('conclusions')
      .addColumn('lead_participant_group_id', 'text', (col) => col.references('participant_groups.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('minutes_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('delegate_id', 'text', (col) => col.notNull().references('delegates.id').onDelete('cascade'))
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('minutes_deliveries_conference_idx')
      .on('minutes_deliveries')
      .columns(['conference_id', 'created_at'])
      .execute();
    await db.schema.createIndex('minutes_deliveries_status_idx').on('minutes_deliveries').columns(['status']).execute();
  },

  async down(db: AnyDb) {
    await db.schema.dropTable('minutes_deliveries').execute();
    await db.schema.alterTable('conclusions').dropColumn('lead_participant_group_id').execute();
    await db.schema.alterTable('conclusions').dropColumn('lead_bridge_point_id').execute();
  },
};
