/**
 * Databases for tests: a SQLite file in a fresh temporary directory, and PostgreSQL at
 * DATABASE_URL in a fresh schema of its own, so that test files running in parallel never
 * see each other's rows.
 *
 *   describeDatabases('conferences on $dialect', ({ open }) => {
 *     let database: TestDatabase;
 *     beforeEach(async () => { database = await open(); });
 *     afterEach(() => database.close());
 *   });
 *
 * declares the suite once per dialect; the PostgreSQL one carries the `postgres` tag, so it
 * is skipped (and counted as such) when DATABASE_URL is not set. `close()` also removes the
 * directory or drops the schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database, type DialectName } from './database.js';
import { migrateToLatest } from './migrate.js';

/** The PostgreSQL server of the run (unset: the `postgres` tests are skipped). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? '';

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
  /** The requirement tags of a suite on this dialect (test/support/requirements.ts). */
  tags: string[];
}

export const SQLITE_CASE: TestDatabaseCase = { dialect: 'sqlite', open: openTestSqlite, tags: [] };
export const POSTGRES_CASE: TestDatabaseCase = { dialect: 'postgres', open: openTestPostgres, tags: ['postgres'] };

/** Both dialects: where SQL runs (repositories, services) or the test is about a difference between them. */
export function testDatabases(): TestDatabaseCase[] {
  return [SQLITE_CASE, POSTGRES_CASE];
}

/**
 * Declares `name` (where `$dialect` stands for the dialect's name) once per case, each with
 * its case's tags, so that a run without PostgreSQL skips that suite and says so.
 */
export function describeDatabases(
  name: string,
  body: (dbCase: TestDatabaseCase) => void,
  cases: TestDatabaseCase[] = testDatabases(),
): void {
  for (const dbCase of cases) describe(name.replaceAll('$dialect', dbCase.dialect), { tags: dbCase.tags }, () => body(dbCase));
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
  if (!TEST_DATABASE_URL) throw new Error('DATABASE_URL is not set: tag this test `postgres` so that it is skipped without it');
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
