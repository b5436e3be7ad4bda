/**
 * PostgreSQL's part of a backup: `pg_dump --format=custom` (a consistent snapshot while the
 * server runs) and `pg_restore` in one transaction. The password travels in PGPASSWORD, not
 * on the command line where `ps` shows it. The client tools come with `postgresql-client`.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { DomainError } from '../../domain/errors.js';
import { damaged } from './backup-manifest.js';

/** The URL without its password, and the environment that carries the password instead. */
const connection = (databaseUrl: string) => {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
};

async function run(tool: string, args: string[], databaseUrl: string): Promise<string> {
  const { env } = connection(databaseUrl);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new DomainError(503, 'backup.tool_missing', {
              vi: `Không tìm thấy ${tool}: hãy cài postgresql-client (cùng phiên bản chính với máy chủ PostgreSQL).`,
              en: `${tool} not found: install postgresql-client (the same major version as the PostgreSQL server).`,
            })
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new DomainError(503, 'backup.tool_failed', {
            vi: `${tool} thất bại (mã ${code}): ${errors.trim().slice(0, 2000)}`,
            en: `${tool} failed (exit ${code}): ${errors.trim().slice(0, 2000)}`,
          }),
        );
    });
  });
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const tablesOf = async (client: pg.Client): Promise<string[]> =>
  (await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = current_schema() order by 1')).rows.map(
    (row) => row.name,
  );

/** Dumps the database to `target`; returns the migrations it has. */
export async function backupPostgres(databaseUrl: string, target: string): Promise<string[]> {
  const migrations = await withClient(databaseUrl, async (client) =>
    (await tablesOf(client)).includes('kysely_migration')
      ? (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map((row) => row.name)
      : [],
  );
  await run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${connection(databaseUrl).url}`],
    databaseUrl,
  );
  return migrations;
}

/** pg_restore reads the archive's table of contents: a truncated or foreign file fails here, before anything is written. */
export async function checkPostgresDump(file: string, databaseUrl: string): Promise<void> {
  try {
    await run('pg_restore', ['--list', file], databaseUrl);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'backup.tool_failed')
      throw damaged([], { vi: `pg_restore không đọc được database.pgdump.`, en: `pg_restore cannot read database.pgdump.` });
    throw error;
  }
}

/** The tables in the database's current schema (a restore refuses to write over them unless forced). */
export const postgresTables = (databaseUrl: string) => withClient(databaseUrl, tablesOf);

/**
 * A forced restore first drops the current schema with everything in it (tables, the audit
 * log's trigger functions) and creates it anew; then the dump goes in, in one transaction.
 */
export async function restorePostgres(file: string, databaseUrl: string, force: boolean): Promise<void> {
  if (force)
    await withClient(databaseUrl, async (client) => {
      const schema = (await client.query<{ schema: string }>('select current_schema() as schema')).rows[0]?.schema ?? 'public';
      const quoted = `"${schema.replaceAll('"', '""')}"`;
      await client.query(`begin; drop schema ${quoted} cascade; create schema ${quoted}; commit`);
    });
  await run(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${connection(databaseUrl).url}`, file],
    databaseUrl,
  );
}
