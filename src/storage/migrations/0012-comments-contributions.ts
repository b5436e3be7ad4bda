/**
 * Comments on a draft and written contributions (issue 16, items 2 and 3).
 *
 * - `draft_consultations`: a draft (a conference document of migration 0009) opened for
 *   comments, with its deadline and the drafting agency.
 * - `consulted_bodies`: each body asked, bound to a bridge point or a participant group of
 *   the plan (their names kept as they were asked), its answer (agreed / commented) and reminders.
 * - `draft_comments`: a body's comment on the whole draft or on a part as written
 *   ("khoản 2 Điều 5"), and the drafting agency's answer (accepted / explained, with text).
 * - `contributions`: the written contribution of one agenda slot with a presenter, its status
 *   and the document it became (joins the document pack when received).
 * - `body_deliveries`: mail to a body (request, reminder), queued until sent, as invitations.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const commentsContributionsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('draft_consultations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (col) => col.notNull().references('conference_documents.id').onDelete('cascade'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('drafting_agency', 'text', (col) => col.notNull())
      .addColumn('deadline', 'text', (col) => col.notNull())
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema
      .createIndex('draft_consultations_conference_idx')
      .on('draft_consultations')
      .columns(['conference_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('consulted_bodies')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('consultation_id', 'text', (col) => col.notNull().references('draft_consultations.id').onDelete('cascade'))
      .addColumn('conference_id', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('set null'))
      .addColumn('participant_group_id', 'text', (col) => col.references('participant_groups.id').onDelete('set null'))
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('answer', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('answered_by', 'text', (col) => col.notNull())
      .addColumn('reminded_at', 'text')
      .addColumn('remind_count', 'integer', (col) => col.notNull())
      .addUniqueConstraint('consulted_bodies_position_uq', ['consultation_id', 'position'])
      .execute();

    await db.schema
      .createTable('draft_comments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('consultation_id', 'text', (col) => col.notNull().references('draft_consultations.id').onDelete('cascade'))
      .addColumn('body_id', 'text', (col) => col.notNull().references('consulted_bodies.id').onDelete('cascade'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('part', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('response', 'text')
      .addColumn('response_text', 'text', (col) => col.notNull())
      .addColumn('responded_at', 'text')
      .addColumn('responded_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('draft_comments_consultation_idx').on('draft_comments').columns(['consultation_id', 'body_id']).execute();

    await db.schema
      .createTable('contributions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('agenda_item_id', 'text', (col) => col.notNull().unique().references('agenda_items.id').onDelete('cascade'))
      .addColumn('body_name', 'text', (col) => col.notNull())
      .addColumn('bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('set null'))
      .addColumn('participant_group_id', 'text', (col) => col.references('participant_groups.id').onDelete('set null'))
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('deadline', 'text')
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text', (col) => col.references('conference_documents.id').onDelete('set null'))
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'text', (col) => col.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('reminded_at', 'text')
      .addColumn('remind_count', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('contributions_conference_idx').on('contributions').columns(['conference_id', 'status']).execute();

    await db.schema
      .createTable('body_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('subject_kind', 'text', (col) => col.notNull())
      .addColumn('subject_id', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('body_deliveries_status_idx').on('body_deliveries').columns(['status', 'created_at']).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('body_deliveries').execute();
    await db.schema.dropTable('contributions').execute();
    await db.schema.dropTable('draft_comments').execute();
    await db.schema.dropTable('consulted_bodies').execute();
    await db.schema.dropTable('draft_consultations').execute();
  },
};
