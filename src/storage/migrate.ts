/** Applies the pending migrations; safe to run at every start and from several processes. */
import { Migrator, PostgresAdapter, sql, type Kysely, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';
import type { Tables } from './tables.js';
import { errorText } from '../domain/errors.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(target: Database | Kysely<Tables>): Promise<MigrationReport> {
  const db = 'dialect' in target && 'close' in target ? target.db : target;
  // On PostgreSQL the migrator looks for its tables in every schema of the database; pin it
  // to the current one, or a second schema in the same database (tests, staging) fools it.
  const migrationTableSchema = db.getExecutor().adapter instanceof PostgresAdapter ? await currentSchema(db) : undefined;
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const cause = error instanceof Error ? error : new Error(errorText(error));
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${cause.message}`, { cause });
  }
  return { applied: results.filter((result) => result.status === 'Success').map((result) => result.migrationName) };
}

async function currentSchema(db: Kysely<Tables>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return schema;
}
