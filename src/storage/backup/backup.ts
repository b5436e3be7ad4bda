/**
 * `diemcau backup DIR` and `diemcau restore DIR`: the database (SQLite's online backup, or
 * pg_dump when DATABASE_URL is set) and every file under DATA_DIR (documents by content
 * hash, recordings, …), with a manifest (backup-manifest.ts).
 *
 * A backup may run while the server runs: the database first, then the files, so every file
 * the copied database refers to is there (the file store writes a file before the row that
 * names it, and never changes one). A restore runs with the server stopped: it reads the
 * manifest, checks every file's size and hash (and the database copy itself) before it
 * writes anything, refuses a target that holds data unless forced, and a backup made by a
 * newer diemcau (a migration this one does not know).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import type { DialectName } from '../database.js';
import { migrations as knownMigrations } from '../migrations/index.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  copyHashing,
  DATA_FOLDER,
  hashFile,
  listDataFiles,
  MANIFEST_NAME,
  readManifest,
  verifyEntries,
  type BackupEntry,
  type BackupManifest,
} from './backup-manifest.js';
import { backupPostgres, checkPostgresDump, postgresTables, restorePostgres } from './postgres-backup.js';
import { backupSqlite, checkSqliteCopy, restoreSqlite } from './sqlite-backup.js';

export interface BackupSource {
  dataDir: string;
  /** PostgreSQL; null: the SQLite file in DATA_DIR. */
  databaseUrl: string | null;
}

const databaseFileName = (dialect: DialectName) => (dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump');

const appVersion = async (): Promise<string> => {
  // src/storage/backup or dist/storage/backup: package.json is three folders up in both.
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
};

const entries = async (folder: string): Promise<string[]> =>
  readdir(folder).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  });

/** A backup inside DATA_DIR would copy itself as it grows, and a forced restore would delete it before reading it. */
const refuseInsideDataDir = (folder: string, dataDir: string) => {
  const path = relative(resolve(dataDir), resolve(folder));
  if (path === '' || (!path.startsWith('..') && !path.startsWith('/')))
    throw new DomainError(409, 'backup.folder_in_data_dir', {
      vi: `Thư mục sao lưu ${folder} nằm trong DATA_DIR (${dataDir}): hãy chọn một thư mục ở ngoài.`,
      en: `The backup folder ${folder} lies inside DATA_DIR (${dataDir}): choose a folder outside it.`,
    });
};

/** Writes a backup of `source` into `folder` (created; it must be empty). */
export async function createBackup(source: BackupSource, folder: string): Promise<BackupManifest> {
  refuseInsideDataDir(folder, source.dataDir);
  if ((await entries(folder)).length > 0)
    throw new DomainError(409, 'backup.folder_not_empty', {
      vi: `Thư mục sao lưu ${folder} đã có dữ liệu: hãy chọn một thư mục mới hoặc trống.`,
      en: `The backup folder ${folder} is not empty: choose a new or empty folder.`,
    });
  await mkdir(folder, { recursive: true });
  const dialect: DialectName = source.databaseUrl ? 'postgres' : 'sqlite';
  const databasePath = databaseFileName(dialect);
  const databaseFile = join(folder, databasePath);
  const migrations = source.databaseUrl
    ? await backupPostgres(source.databaseUrl, databaseFile)
    : await backupSqlite(source.dataDir, databaseFile);
  const database: BackupEntry = { path: databasePath, ...(await hashFile(databaseFile)) };
  const files: BackupEntry[] = [];
  for (const path of await listDataFiles(source.dataDir)) {
    const inBackup = `${DATA_FOLDER}/${path}`;
    files.push({ path: inBackup, ...(await copyHashing(join(source.dataDir, path), join(folder, inBackup))) });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: await appVersion(),
    createdAt: new Date().toISOString(),
    dialect,
    migrations,
    database,
    files,
  };
  // Written last: a folder without a manifest is an unfinished backup, and restore refuses it.
  await writeFile(join(folder, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return manifest;
}

export interface RestoreOptions {
  /** Replace what the target holds (every entry of DATA_DIR, the tables of the PostgreSQL schema). */
  force?: boolean;
}

const dialectMismatch = (manifest: BackupManifest, target: DialectName) =>
  new DomainError(409, 'backup.dialect_mismatch', {
    vi: `Bản sao lưu là của ${manifest.dialect}, còn máy chủ này dùng ${target}${target === 'postgres' ? ' (DATABASE_URL đang đặt)' : ''}: không khôi phục chéo được.`,
    en: `The backup is of ${manifest.dialect} but this server uses ${target}${target === 'postgres' ? ' (DATABASE_URL is set)' : ''}: a restore cannot cross dialects.`,
  });

/** Checks the backup in `folder` whole; returns its manifest, or throws before anything is written. */
export async function verifyBackup(folder: string, target: DialectName, databaseUrl: string | null): Promise<BackupManifest> {
  const manifest = await readManifest(folder);
  if (manifest.dialect !== target) throw dialectMismatch(manifest, target);
  const unknown = manifest.migrations.filter((name) => !(name in knownMigrations));
  if (unknown.length > 0)
    throw new DomainError(409, 'backup.newer_version', {
      vi: `Bản sao lưu do diemcau ${manifest.appVersion} tạo, mới hơn phiên bản này (chưa biết ${unknown.join(', ')}): hãy cập nhật diemcau trước.`,
      en: `The backup was made by diemcau ${manifest.appVersion}, newer than this one (unknown ${unknown.join(', ')}): update diemcau first.`,
    });
  await verifyEntries(folder, manifest);
  const databaseFile = join(folder, manifest.database.path);
  if (databaseUrl) await checkPostgresDump(databaseFile, databaseUrl);
  else checkSqliteCopy(databaseFile);
  return manifest;
}

/** What the target holds already: DATA_DIR's entries and, on PostgreSQL, the schema's tables. */
async function targetContents(target: BackupSource): Promise<string[]> {
  const found = (await entries(target.dataDir)).map((name) => join(target.dataDir, name));
  if (target.databaseUrl) found.push(...(await postgresTables(target.databaseUrl)).map((table) => `table ${table}`));
  return found;
}

/** Restores the backup in `folder` into `target` (the server must be stopped). */
export async function restoreBackup(folder: string, target: BackupSource, options: RestoreOptions = {}): Promise<BackupManifest> {
  refuseInsideDataDir(folder, target.dataDir);
  const manifest = await verifyBackup(folder, target.databaseUrl ? 'postgres' : 'sqlite', target.databaseUrl);
  const present = await targetContents(target);
  if (present.length > 0 && !options.force)
    throw new DomainError(409, 'backup.target_not_empty', {
      vi: `Nơi khôi phục đã có dữ liệu (${present.slice(0, 3).join(', ')}${present.length > 3 ? '…' : ''}): không ghi đè. Dùng --force để thay toàn bộ.`,
      en: `The restore target holds data (${present.slice(0, 3).join(', ')}${present.length > 3 ? '…' : ''}): nothing was overwritten. Use --force to replace all of it.`,
    });
  if (options.force)
    for (const name of await entries(target.dataDir)) await rm(join(target.dataDir, name), { recursive: true, force: true });
  await mkdir(target.dataDir, { recursive: true });
  for (const entry of manifest.files)
    await copyHashing(join(folder, entry.path), join(target.dataDir, entry.path.slice(DATA_FOLDER.length + 1)));
  const databaseFile = join(folder, manifest.database.path);
  if (target.databaseUrl) await restorePostgres(databaseFile, target.databaseUrl, options.force === true);
  else await restoreSqlite(databaseFile, target.dataDir, copyHashing);
  return manifest;
}
