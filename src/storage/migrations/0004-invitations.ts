/**
 * Invitations (issue 4): per conference, the deadline for answering through the personal
 * link and the public address the links in the messages start with (so that deliveries
 * queued before a restart are sent with the same address).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const invitationsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('invitation_settings')
      .addColumn('conference_id', 'text', (col) => col.primaryKey().references('conferences.id').onDelete('cascade'))
      // Local YYYY-MM-DDTHH:mm in Asia/Ho_Chi_Minh; null: answers accepted until the conference starts.
      .addColumn('answer_deadline', 'text')
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('invitation_settings').execute();
  },
};
