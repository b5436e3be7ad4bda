/**
 * Accounts and access (issue 3): users, sessions, memberships, access links, one-time
 * tokens, login attempts and the append-only audit log. Tokens are stored only as
 * SHA-256 hashes. The audit log has no foreign key (it outlives what it describes) and
 * triggers refuse UPDATE and DELETE on both dialects.
 */
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb) => db.getExecutor().adapter instanceof PostgresAdapter;

async function createAuditLog(db: AnyDb): Promise<void> {
  const postgres = isPostgres(db);
  let table = db.schema.createTable('audit_log');
  table = postgres
    ? table.addColumn('seq', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    : table.addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement());
  await table
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_kind', 'text', (col) => col.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_link_id', 'text')
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('conference_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity_type', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_log_conference_idx').on('audit_log').columns(['conference_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_user_id', 'seq']).execute();

  if (postgres) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}

export const accountsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      // Stored lower-cased (and NFC, trimmed) by the service.
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('is_admin', 'integer', (col) => col.notNull())
      .addColumn('disabled', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('last_seen_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('memberships')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('bridge_point_ids', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('memberships_conference_user_role_key', ['conference_id', 'user_id', 'role'])
      .execute();
    await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();
    await db.schema.createIndex('memberships_conference_idx').on('memberships').column('conference_id').execute();

    await db.schema
      .createTable('access_links')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('cascade'))
      .addColumn('participant_group_id', 'text', (col) => col.references('participant_groups.id').onDelete('cascade'))
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('created_by_user_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('last_used_at', 'text')
      .addColumn('last_used_ip', 'text')
      .addColumn('use_count', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('access_links_conference_idx').on('access_links').column('conference_id').execute();

    await db.schema
      .createTable('one_time_tokens')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('user_id', 'text', (col) => col.references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .execute();

    await db.schema
      .createTable('login_attempts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('attempted_at', 'text', (col) => col.notNull())
      .addColumn('succeeded', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('login_attempts_key_idx').on('login_attempts').columns(['key', 'attempted_at']).execute();

    await createAuditLog(db);
  },

  async down(db: AnyDb) {
    for (const table of ['audit_log', 'login_attempts', 'one_time_tokens', 'access_links', 'memberships', 'sessions', 'users']) {
      await db.schema.dropTable(table).execute();
    }
    if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
  },
};
