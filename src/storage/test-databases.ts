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
 *
 * On PostgreSQL each Vitest worker has a database of its own on the server, and each test a
 * schema in it. Kysely's migrator lists the tables of every schema of its database and asks
 * `has_schema_privilege` by name, which fails ("schema … does not exist") when another test
 * drops its schema at that moment; a database per worker keeps the workers' schemas apart.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openDatabase, type Database, type DialectName } from './database.js';
import { migrateToLatest } from './migrate.js';

/** The PostgreSQL server of the run (unset: the `postgres` tests are skipped). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? '';

export interface TestDatabase extends Database {
  /** The SQLite data directory, or null on PostgreSQL. */
  dataDir: string | null;
  /** The PostgreSQL schema, or null on SQLite. */
  schema: string | null;
  /** The PostgreSQL database holding the schema (for a server process of its own), or null on SQLite. */
  databaseUrl: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's id in the names of the workers' PostgreSQL databases (test/support/postgres-run.ts). */
    postgresRun: string | null;
  }
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
    databaseUrl: null,
    async close() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openTestPostgres(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('DATABASE_URL is not set: tag this test `postgres` so that it is skipped without it');
  const databaseUrl = await workerDatabaseUrl();
  const schema = `diemcau_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(databaseUrl, `CREATE SCHEMA ${schema}`);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl, schema, poolSize: 4 });
    if (options.migrate !== false) await migrateToLatest(database);
  } catch (error) {
    await database?.close();
    await adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    throw error;
  }
  const opened = database;
  return {
    ...database,
    dataDir: null,
    schema,
    databaseUrl,
    async close() {
      await opened.close();
      await adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/** `diemcau_test_<run>_w<worker>`: the database of one worker of one run. */
export const workerDatabaseName = (run: string, worker: string): string => `diemcau_test_${run}_w${worker}`;

let workerDatabase: Promise<string> | null = null;

/**
 * This worker's database: made on first use, dropped at the end of the run by the project's
 * global teardown. Outside a Vitest run with that set-up (the benches), or where the role may
 * not create databases, the database of DATABASE_URL itself.
 */
export const workerDatabaseUrl = (): Promise<string> => (workerDatabase ??= createWorkerDatabase());

const postgresRunOfThisProcess = (): string | null => {
  if (!process.env.VITEST) return null;
  try {
    return inject('postgresRun') ?? null;
  } catch {
    return null;
  }
};

async function createWorkerDatabase(): Promise<string> {
  const run = postgresRunOfThisProcess();
  if (!run) return TEST_DATABASE_URL;
  const name = workerDatabaseName(run, process.env.VITEST_POOL_ID ?? '0');
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(TEST_DATABASE_URL, `CREATE DATABASE ${name}`);
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '42P04') break; // duplicate_database: an earlier file of this worker made it
      if (code === '42501') {
        console.warn(`PostgreSQL tests: cannot create ${name} (no CREATEDB); using the database of DATABASE_URL`);
        return TEST_DATABASE_URL;
      }
      // object_in_use: another worker is copying template1 at this moment.
      if (code === '55006' && attempt < 10) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      else throw error;
    }
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
