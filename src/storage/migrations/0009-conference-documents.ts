/**
 * Conference documents (issue 16, item 1): the files read before and during the meeting
 * (reports, drafts, speeches, contributions), attached to a conference and optionally to an
 * agenda item and to the task of the plan that produces them; each upload of a new file is a
 * version (a replaced report keeps its history; the newest is current); the bytes live in the
 * file store by content hash (DATA_DIR/files), the rows hold the hash. Read receipts: who
 * opened which version, first and last, how many times.
 *
 * A deleted document is kept (deleted_at): comments on a draft, contributions and the
 * receipts refer to it, and the audit log names it.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const conferenceDocumentsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('conference_documents')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('agenda_item_id', 'text', (col) => col.references('agenda_items.id').onDelete('set null'))
      .addColumn('task_id', 'text', (col) => col.references('tasks.id').onDelete('set null'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('audience', 'text', (col) => col.notNull())
      .addColumn('audience_point_ids', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('current_version', 'integer', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema
      .createIndex('conference_documents_conference_idx')
      .on('conference_documents')
      .columns(['conference_id', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('conference_document_versions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('document_id', 'text', (col) => col.notNull().references('conference_documents.id').onDelete('cascade'))
      .addColumn('conference_id', 'text', (col) => col.notNull())
      .addColumn('number', 'integer', (col) => col.notNull())
      .addColumn('file_hash', 'text', (col) => col.notNull())
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('media_type', 'text', (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('uploaded_by_user_id', 'text')
      .addColumn('uploaded_by_link_id', 'text')
      .addColumn('uploaded_by_label', 'text', (col) => col.notNull())
      .addColumn('uploaded_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('conference_document_versions_number_uq', ['document_id', 'number'])
      .execute();

    await db.schema
      .createTable('document_read_receipts')
      .addColumn('version_id', 'text', (col) => col.notNull().references('conference_document_versions.id').onDelete('cascade'))
      .addColumn('reader_key', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text', (col) => col.notNull())
      .addColumn('conference_id', 'text', (col) => col.notNull())
      .addColumn('user_id', 'text')
      .addColumn('link_id', 'text')
      .addColumn('delegate_id', 'text')
      .addColumn('bridge_point_id', 'text')
      .addColumn('reader_label', 'text', (col) => col.notNull())
      .addColumn('first_opened_at', 'text', (col) => col.notNull())
      .addColumn('last_opened_at', 'text', (col) => col.notNull())
      .addColumn('open_count', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('document_read_receipts_pk', ['version_id', 'reader_key'])
      .execute();
    await db.schema
      .createIndex('document_read_receipts_document_idx')
      .on('document_read_receipts')
      .columns(['document_id', 'reader_key'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('document_read_receipts').execute();
    await db.schema.dropTable('conference_document_versions').execute();
    await db.schema.dropTable('conference_documents').execute();
  },
};
