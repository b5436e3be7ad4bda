/**
 * Known devices (issue 15): a browser that has signed in to an account holds a random token
 * (a cookie), stored here only as its SHA-256 hash. With it, that browser meets only its own
 * sign-in failures, so guesses against the account from elsewhere cannot lock its owner out
 * (services/accounts/known-devices.ts).
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const knownDevicesSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('known_devices')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('last_used_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('known_devices_user_idx').on('known_devices').columns(['user_id', 'expires_at']).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('known_devices').execute();
  },
};
