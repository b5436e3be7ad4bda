/**
 * Global set-up of the projects with PostgreSQL tests (vitest.config.ts): names the run, so
 * that each worker makes a database of its own on the server (src/storage/test-databases.ts:
 * `diemcau_test_<run>_w<worker>`), and drops those databases when the project is over. Does
 * nothing without DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { workerDatabaseName } from '../../src/storage/test-databases.js';

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('postgresRun', null);
    return undefined;
  }
  const run = randomBytes(4).toString('hex');
  project.provide('postgresRun', run);
  return async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const prefix = workerDatabaseName(run, '');
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
