/**
 * `diemcau backup` then `diemcau restore` into a fresh place gives back every row of every
 * table and every file under DATA_DIR, on SQLite (backed up while a connection holds its
 * latest writes in the WAL) and, tagged, on PostgreSQL (databases of their own, for pg_dump);
 * a damaged backup, a non-empty target and a backup of the other dialect are refused before
 * anything is written.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoConference } from '../../cli/demo-conference.js';
import { main } from '../../cli/main.js';
import { createServices, loadReferenceUnitLists } from '../../services/index.js';
import { openDatabase, SQLITE_FILE_NAME, type Database } from '../database.js';
import { createLocalFileStore } from '../files/local-file-store.js';
import { migrateToLatest } from '../migrate.js';
import { adminQuery, TEST_DATABASE_URL } from '../test-databases.js';
import { hashFile, listDataFiles, MANIFEST_NAME } from './backup-manifest.js';
import { createBackup, restoreBackup } from './backup.js';

type Rows = Record<string, string[]>;

/** A demo conference, documents in the file store, a recording and a file of another kind. */
async function fill(database: Database, dataDir: string): Promise<void> {
  await migrateToLatest(database);
  await loadReferenceUnitLists(database);
  await createDemoConference(createServices(database).conferences);
  const files = createLocalFileStore(join(dataDir, 'files'));
  for (let i = 0; i < 3; i++) await files.put(randomBytes(20_000 + i));
  mkdirSync(join(dataDir, 'recordings', 'conf-1'), { recursive: true });
  writeFileSync(join(dataDir, 'recordings', 'conf-1', 'hall-1.webm'), randomBytes(150_000));
  writeFileSync(join(dataDir, 'holidays.json'), '[]');
}

/** Every file under DATA_DIR (but the database) by its hash. */
const fileHashes = async (dataDir: string) => {
  const hashes: Record<string, string> = {};
  for (const path of await listDataFiles(dataDir)) hashes[path] = (await hashFile(join(dataDir, path))).sha256;
  return hashes;
};

const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

function sqliteRows(dataDir: string): Rows {
  const connection = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const tables = connection
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as {
      name: string;
    }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sorted(connection.prepare(`select * from "${name}"`).all())]));
  } finally {
    connection.close();
  }
}

async function postgresRows(databaseUrl: string): Promise<Rows> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = current_schema() order by 1')
    ).rows;
    const rows: Rows = {};
    for (const { name } of tables) rows[name] = sorted((await client.query(`select * from "${name}"`)).rows);
    return rows;
  } finally {
    await client.end();
  }
}

/** The demo fills many tables: a comparison of empty tables would prove nothing. */
const expectSubstantial = (rows: Rows) => {
  expect(Object.keys(rows).length).toBeGreaterThan(20);
  expect(rows.conferences?.length).toBe(1);
  expect(Object.values(rows).reduce((sum, list) => sum + list.length, 0)).toBeGreaterThan(100);
};

describe('backup and restore on SQLite', () => {
  let work: string;
  let dataDir: string;
  let folder: string;
  let restored: string;
  let database: Database;

  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'diemcau-backup-'));
    [dataDir, folder, restored] = ['data', 'backup', 'restored'].map((name) => join(work, name)) as [string, string, string];
    database = await openDatabase({ dataDir });
    await fill(database, dataDir);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await database.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('round trip through the command: every table and every file come back, the latest writes from the WAL too', async () => {
    // The server's connection stays open and its writes are still in the WAL, not checkpointed.
    expect(statSync(join(dataDir, `${SQLITE_FILE_NAME}-wal`)).size).toBeGreaterThan(100_000);
    const env = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = dataDir;
      expect(await main(['backup', folder])).toBe(0);
      process.env.DATA_DIR = restored;
      expect(await main(['restore', folder])).toBe(0);
    } finally {
      for (const [key, value] of Object.entries(env))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
    expect(out.join('')).toContain('Backed up: sqlite, 5 tệp / files');
    const before = sqliteRows(dataDir);
    expectSubstantial(before);
    expect(sqliteRows(restored)).toEqual(before);
    const files = await fileHashes(dataDir);
    expect(Object.keys(files)).toHaveLength(5);
    expect(await fileHashes(restored)).toEqual(files);
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST_NAME), 'utf8')) as {
      dialect: string;
      migrations: string[];
      appVersion: string;
    };
    expect(manifest).toMatchObject({ dialect: 'sqlite', appVersion: '0.1.0' });
    expect(manifest.migrations.length).toBeGreaterThan(10);
  });

  it('refuses a damaged backup, naming the file, and writes nothing', async () => {
    await createBackup({ dataDir, databaseUrl: null }, folder);
    const recording = join(folder, 'data', 'recordings', 'conf-1', 'hall-1.webm');
    const bytes = readFileSync(recording);
    bytes[1000] = (bytes[1000] ?? 0) ^ 0xff;
    writeFileSync(recording, bytes);
    await expect(restoreBackup(folder, { dataDir: restored, databaseUrl: null })).rejects.toMatchObject({
      code: 'backup.damaged',
      fields: [{ path: '/data/recordings/conf-1/hall-1.webm', code: 'backup.hash_mismatch' }],
    });
    expect(readdirSync(work)).not.toContain('restored');
  });

  it('refuses a backup whose manifest is missing (an unfinished backup) or whose database was truncated', async () => {
    await createBackup({ dataDir, databaseUrl: null }, folder);
    const manifest = readFileSync(join(folder, MANIFEST_NAME));
    rmSync(join(folder, MANIFEST_NAME));
    await expect(restoreBackup(folder, { dataDir: restored, databaseUrl: null })).rejects.toMatchObject({ code: 'backup.damaged' });
    writeFileSync(join(folder, MANIFEST_NAME), manifest);
    const copy = join(folder, 'database.sqlite');
    writeFileSync(copy, readFileSync(copy).subarray(0, 8192));
    await expect(restoreBackup(folder, { dataDir: restored, databaseUrl: null })).rejects.toMatchObject({
      code: 'backup.damaged',
      fields: [{ path: '/database.sqlite', code: 'backup.hash_mismatch' }],
    });
  });

  it('refuses a non-empty target unless forced, and a forced restore replaces it whole', async () => {
    await createBackup({ dataDir, databaseUrl: null }, folder);
    mkdirSync(restored);
    writeFileSync(join(restored, 'left-over.txt'), 'old');
    await expect(restoreBackup(folder, { dataDir: restored, databaseUrl: null })).rejects.toMatchObject({
      code: 'backup.target_not_empty',
    });
    expect(readdirSync(restored)).toEqual(['left-over.txt']);
    await restoreBackup(folder, { dataDir: restored, databaseUrl: null }, { force: true });
    expect(await fileHashes(restored)).toEqual(await fileHashes(dataDir));
    expect(sqliteRows(restored)).toEqual(sqliteRows(dataDir));
  });

  it('refuses a backup folder that is not empty or lies inside DATA_DIR, and a SQLite backup on a PostgreSQL target', async () => {
    await expect(createBackup({ dataDir, databaseUrl: null }, join(dataDir, 'backups', 'today'))).rejects.toMatchObject({
      code: 'backup.folder_in_data_dir',
    });
    expect(readdirSync(dataDir)).not.toContain('backups');
    mkdirSync(folder);
    writeFileSync(join(folder, 'x'), 'x');
    await expect(createBackup({ dataDir, databaseUrl: null }, folder)).rejects.toMatchObject({ code: 'backup.folder_not_empty' });
    rmSync(folder, { recursive: true });
    await createBackup({ dataDir, databaseUrl: null }, folder);
    await expect(restoreBackup(folder, { dataDir: restored, databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({
      code: 'backup.dialect_mismatch',
    });
  });
});

describe('backup and restore on PostgreSQL (databases of their own: pg_dump takes a whole database)', { tags: ['postgres'] }, () => {
  const urlOf = (name: string) => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };
  let names: string[];
  let work: string;

  beforeEach(async () => {
    const id = randomUUID().replaceAll('-', '').slice(0, 12);
    names = [`diemcau_backup_${id}_a`, `diemcau_backup_${id}_b`];
    for (const name of names) await adminQuery(TEST_DATABASE_URL, `CREATE DATABASE ${name}`);
    work = mkdtempSync(join(tmpdir(), 'diemcau-backup-pg-'));
  });
  afterEach(async () => {
    for (const name of names) await adminQuery(TEST_DATABASE_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it('round trip: every table and every file come back; a non-empty database is refused unless forced', async () => {
    const [sourceUrl, targetUrl] = names.map(urlOf) as [string, string];
    const source = { dataDir: join(work, 'data'), databaseUrl: sourceUrl };
    const target = { dataDir: join(work, 'restored'), databaseUrl: targetUrl };
    const database = await openDatabase({ databaseUrl: sourceUrl });
    try {
      await fill(database, source.dataDir);
      const manifest = await createBackup(source, join(work, 'backup'));
      expect(manifest.dialect).toBe('postgres');
    } finally {
      await database.close();
    }
    await restoreBackup(join(work, 'backup'), target);
    const before = await postgresRows(sourceUrl);
    expectSubstantial(before);
    expect(await postgresRows(targetUrl)).toEqual(before);
    expect(await fileHashes(target.dataDir)).toEqual(await fileHashes(source.dataDir));
    // Now the target holds tables: refused, then replaced when forced.
    rmSync(target.dataDir, { recursive: true });
    await expect(restoreBackup(join(work, 'backup'), target)).rejects.toMatchObject({ code: 'backup.target_not_empty' });
    await adminQuery(targetUrl, 'delete from agenda_items');
    await restoreBackup(join(work, 'backup'), target, { force: true });
    expect(await postgresRows(targetUrl)).toEqual(before);
  });
});
