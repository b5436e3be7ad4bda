/**
 * Minutes and the conclusion notice with its follow-up (issue 16, items 5-7).
 * - `minutes`: one per conference: its state (draft → review → locked), the secretary and the
 *   chair named for the signature blocks, the body as the secretary edits it (JSON), the
 *   review deadline and when it was locked (a locked row is never written again).
 * - `minutes_notes`: the secretary's notes per agenda item during the meeting; every save is a
 *   new revision (the older ones are kept).
 * - `minutes_reviews`: one answer per participant during the review window ("no comment" or a comment).
 * - `conclusion_notices`: the Thông báo kết luận (draft → issued) with its own header, signer and Nơi nhận.
 * - `conclusions`: the numbered conclusions; each may name agencies, a task and a deadline, and
 *   once the notice is issued the task of the plan it became (`task_id`).
 * - `conclusion_reports`: progress and completion reported for a conclusion's task.
 * - `conclusion_deliveries`: the notice sent by mail to each recipient (queued → sent / failed).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const conferenceRef = 'conferences.id';

export const minutesConclusionsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('minutes')
      .addColumn('conference_id', 'text', (col) => col.primaryKey().references(conferenceRef).onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('secretary_name', 'text', (col) => col.notNull())
      .addColumn('chair_name', 'text', (col) => col.notNull())
      .addColumn('body_json', 'text', (col) => col.notNull())
      .addColumn('review_deadline', 'text')
      .addColumn('locked_at', 'text')
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('minutes_notes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceRef).onDelete('cascade'))
      .addColumn('item_id', 'text', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('author_label', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('minutes_notes_revision_uq', ['conference_id', 'item_id', 'revision'])
      .execute();

    await db.schema
      .createTable('minutes_reviews')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceRef).onDelete('cascade'))
      .addColumn('reviewer_key', 'text', (col) => col.notNull())
      .addColumn('reviewer_label', 'text', (col) => col.notNull())
      .addColumn('answer', 'text', (col) => col.notNull())
      .addColumn('comment', 'text', (col) => col.notNull())
      .addColumn('answered_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('minutes_reviews_reviewer_uq', ['conference_id', 'reviewer_key'])
      .execute();

    await db.schema
      .createTable('conclusion_notices')
      .addColumn('conference_id', 'text', (col) => col.primaryKey().references(conferenceRef).onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('governing_body', 'text', (col) => col.notNull())
      .addColumn('issuing_body', 'text', (col) => col.notNull())
      .addColumn('document_number', 'text', (col) => col.notNull())
      .addColumn('document_symbol', 'text', (col) => col.notNull())
      .addColumn('place', 'text', (col) => col.notNull())
      .addColumn('issue_date', 'text')
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('preamble', 'text', (col) => col.notNull())
      .addColumn('closing', 'text', (col) => col.notNull())
      .addColumn('signer_authority', 'text', (col) => col.notNull())
      .addColumn('signer_body', 'text', (col) => col.notNull())
      .addColumn('signer_title', 'text', (col) => col.notNull())
      .addColumn('signer_name', 'text', (col) => col.notNull())
      .addColumn('distribution_json', 'text', (col) => col.notNull())
      .addColumn('recipients_json', 'text', (col) => col.notNull())
      .addColumn('issued_at', 'text')
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('conclusions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceRef).onDelete('cascade'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('lead_agency', 'text', (col) => col.notNull())
      .addColumn('cooperating_agencies', 'text', (col) => col.notNull())
      .addColumn('task_text', 'text', (col) => col.notNull())
      .addColumn('deadline', 'text')
      .addColumn('task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
      .addColumn('carried_from', 'text')
      .execute();
    await db.schema.createIndex('conclusions_conference_idx').on('conclusions').columns(['conference_id', 'position']).execute();

    await db.schema
      .createTable('conclusion_reports')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceRef).onDelete('cascade'))
      .addColumn('conclusion_id', 'text', (col) => col.notNull().references('conclusions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('file_ref', 'text')
      .addColumn('reported_by', 'text', (col) => col.notNull())
      .addColumn('reported_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('conclusion_reports_idx').on('conclusion_reports').columns(['conclusion_id', 'reported_at']).execute();

    await db.schema
      .createTable('conclusion_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceRef).onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .execute();
  },
  async down(db: AnyDb) {
    for (const table of [
      'conclusion_deliveries',
      'conclusion_reports',
      'conclusions',
      'conclusion_notices',
      'minutes_reviews',
      'minutes_notes',
      'minutes',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
