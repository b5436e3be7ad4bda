/**
 * Opens the database: a SQLite file under the data directory (default, zero set-up) or
 * PostgreSQL when a connection URL is given. Both sit behind the same Kysely<Tables>.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { cachePreparedStatements } from './statement-cache.js';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  dialect: DialectName;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { dataDir: string }
  | {
      databaseUrl: string;
      /** Schema put first on the search path of every connection (used by the tests). */
      schema?: string;
      /** Largest number of pooled connections (default 10). */
      poolSize?: number;
    };

export const SQLITE_FILE_NAME = 'diemcau.sqlite';

/** Opens (and creates when needed) the database. Run `migrateToLatest` afterwards. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl, config.schema, config.poolSize);
  return openSqlite(config.dataDir);
}

function openSqlite(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true });
  const connection = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
  connection.pragma('journal_mode = WAL');
  // FULL: a write acknowledged to the caller is on disk, even in WAL mode after power loss.
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // Kysely's SQLite driver prepares every statement anew: keep them by SQL text (statement-cache.ts).
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachePreparedStatements(connection) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(databaseUrl: string, schema: string | undefined, poolSize = 10): Promise<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Fail at start, not at the first request, when the server is unreachable.
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  client.release();
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
