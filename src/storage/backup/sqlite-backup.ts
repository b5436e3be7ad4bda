/**
 * SQLite's part of a backup: better-sqlite3's online backup API copies the database page by
 * page from a connection of its own, so the copy is consistent (WAL included) while the
 * server goes on writing. The copy is switched to journal mode DELETE: one self-contained file.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../domain/errors.js';
import { SQLITE_FILE_NAME } from '../database.js';
import { damaged } from './backup-manifest.js';

const migrationsOf = (connection: BetterSqlite3.Database): string[] => {
  const table = connection.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!table) return [];
  return (connection.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
};

/** Copies DATA_DIR's database to `target`; returns the migrations it has. */
export async function backupSqlite(dataDir: string, target: string): Promise<string[]> {
  const source = join(dataDir, SQLITE_FILE_NAME);
  if (!existsSync(source))
    throw new DomainError(404, 'backup.no_database', {
      vi: `Không có cơ sở dữ liệu ${source} (DATA_DIR đúng chưa?).`,
      en: `No database at ${source} (is DATA_DIR right?).`,
    });
  const connection = new BetterSqlite3(source, { fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    await connection.backup(target);
  } finally {
    connection.close();
  }
  const copy = new BetterSqlite3(target);
  try {
    copy.pragma('journal_mode = DELETE');
    return migrationsOf(copy);
  } finally {
    copy.close();
  }
}

/** Opens the backup's copy read-only and runs SQLite's integrity check. */
export function checkSqliteCopy(file: string): void {
  let result: string;
  try {
    const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      result = String(copy.pragma('integrity_check', { simple: true }));
    } finally {
      copy.close();
    }
  } catch (error) {
    result = (error as Error).message;
  }
  if (result !== 'ok')
    throw damaged([], {
      vi: `cơ sở dữ liệu SQLite không toàn vẹn (${result}).`,
      en: `the SQLite database fails its integrity check (${result}).`,
    });
}

/** Puts the backup's database in DATA_DIR (a temporary name, then a rename), dropping any old journal. */
export async function restoreSqlite(file: string, dataDir: string, copy: (from: string, to: string) => Promise<unknown>): Promise<void> {
  const target = join(dataDir, SQLITE_FILE_NAME);
  const temporary = `${target}.restoring`;
  await rm(temporary, { force: true });
  await copy(file, temporary);
  for (const journal of ['-wal', '-shm', '-journal']) await rm(`${target}${journal}`, { force: true });
  await rename(temporary, target);
}
