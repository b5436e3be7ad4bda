/**
 * Scheduled reminders (issue 16): `reminder_claims`, one row per reminder sent by the reminder
 * runner (src/services/reminders). Each server process inserts `(kind, key, day)` before sending;
 * the primary key lets only one insert take the row, so a reminder goes out once however many
 * processes run. `claimed_by` names the process (host and pid) for whoever reads the table.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const reminderClaimsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('reminder_claims')
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('claimed_at', 'text', (col) => col.notNull())
      .addColumn('claimed_by', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('reminder_claims_pk', ['kind', 'key', 'day'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('reminder_claims').execute();
  },
};
