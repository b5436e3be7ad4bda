/**
 * Databases for tests: a SQLite file in a fresh temporary directory, and PostgreSQL at
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) in a fresh schema of its
 * own, so that test files running in parallel never see each other's rows.
 *
 *   describe.each(testDatabases())('conferences on $dialect', ({ open }) => {
 *     let database: TestDatabase;
 *     beforeEach(async () => { database = await open(); });
 *     afterEach(() => database.close());
 *   });
 *
 * `close()` also removes the directory or drops the schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DialectName } from './database.js';
import { migrateToLatest } from './migrate.js';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends Database {
  /** The SQLite data directory, or null on PostgreSQL. */
  dataDir: string | null;
  /** The PostgreSQL schema, or null on SQLite. */
  schema: string | null;
}

export interface TestDatabaseOptions {
  /** Apply the migrations before returning (default true). */
  migrate?: boolean;
}

export interface TestDatabaseCase {
  dialect: DialectName;
  open(options?: TestDatabaseOptions): Promise<TestDatabase>;
}

export function testDatabases(): TestDatabaseCase[] {
  return [
    { dialect: 'sqlite', open: openTestSqlite },
    { dialect: 'postgres', open: openTestPostgres },
  ];
}

export async function openTestSqlite(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diemcau-test-'));
  const database = await openDatabase({ dataDir });
  if (options.migrate !== false) {
    await migrateToLatest(database).catch(async (error: unknown) => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    });
  }
  return {
    ...database,
    dataDir,
    schema: null,
    async close() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openTestPostgres(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const schema = `diemcau_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: 4 });
    if (options.migrate !== false) await migrateToLatest(database);
  } catch (error) {
    await database?.close();
    await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    throw error;
  }
  const opened = database;
  return {
    ...database,
    dataDir: null,
    schema,
    async close() {
      await opened.close();
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
