/**
 * The manifest of a backup folder (`diemcau backup DIR`): what was backed up, by which
 * version, when, from which dialect, and every file with its size and SHA-256, so that
 * `diemcau restore DIR` checks the whole backup before it writes anything.
 *
 *   DIR/manifest.json
 *   DIR/database.sqlite   (SQLite: an online backup, journal mode DELETE)
 *   DIR/database.pgdump   (PostgreSQL: pg_dump's custom format)
 *   DIR/data/…            (everything else under DATA_DIR: files/ by content hash, recordings/, …)
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, type FieldProblem } from '../../domain/errors.js';
import type { DialectName } from '../database.js';
import { SQLITE_FILE_NAME } from '../database.js';

export const BACKUP_FORMAT = 'diemcau-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
/** The folder of the backup that holds DATA_DIR's files. */
export const DATA_FOLDER = 'data';

export interface BackupEntry {
  /** Relative to the backup folder, with `/` separators. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** diemcau's version (package.json) that made it. */
  appVersion: string;
  createdAt: string;
  dialect: DialectName;
  /** The migrations applied to the backed-up database, in order. */
  migrations: string[];
  database: BackupEntry;
  files: BackupEntry[];
}

/** The database's own files in DATA_DIR (SQLite and its journals), which the online backup replaces. */
const isDatabaseFile = (name: string) => name === SQLITE_FILE_NAME || name.startsWith(`${SQLITE_FILE_NAME}-`);
/** A file store write in progress (local-file-store.ts: `.<uuid>.tmp`, renamed into place when complete). */
const isTemporary = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/** Every file under `root` that a backup keeps, relative, sorted; none when `root` is missing. */
export async function listDataFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile() && !isTemporary(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !(dirname(path) === '.' && isDatabaseFile(path)))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

const hasher = (hash: ReturnType<typeof createHash>, counter: { size: number }) =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      counter.size += chunk.length;
      done(null, chunk);
    },
  });

/** Copies a file and returns the size and hash of what was copied (a recording still growing is taken as read). */
export async function copyHashing(from: string, to: string): Promise<{ size: number; sha256: string }> {
  await mkdir(dirname(to), { recursive: true });
  const hash = createHash('sha256');
  const counter = { size: 0 };
  await pipeline(createReadStream(from), hasher(hash, counter), createWriteStream(to, { flags: 'wx' }));
  return { size: counter.size, sha256: hash.digest('hex') };
}

export async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  const counter = { size: 0 };
  for await (const chunk of createReadStream(path).pipe(hasher(hash, counter))) void chunk;
  return { size: counter.size, sha256: hash.digest('hex') };
}

export const damaged = (problems: FieldProblem[], detail: { vi: string; en: string }) =>
  new DomainError(
    422,
    'backup.damaged',
    {
      vi: `Bản sao lưu bị hỏng hoặc không đầy đủ, không khôi phục gì: ${detail.vi}`,
      en: `The backup is damaged or incomplete; nothing was restored: ${detail.en}`,
    },
    problems,
  );

/** A manifest path must stay inside the backup (and so inside DATA_DIR on restore). */
const safePath = (path: unknown): path is string =>
  typeof path === 'string' && path.length > 0 && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');

const isEntry = (value: unknown): value is BackupEntry => {
  const entry = value as Partial<BackupEntry> | null;
  return (
    !!entry &&
    safePath(entry.path) &&
    Number.isSafeInteger(entry.size) &&
    (entry.size ?? -1) >= 0 &&
    typeof entry.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.sha256)
  );
};

/** Reads DIR/manifest.json; a missing, unreadable or malformed manifest is a damaged backup. */
export async function readManifest(folder: string): Promise<BackupManifest> {
  let parsed: Partial<BackupManifest>;
  try {
    parsed = JSON.parse(await readFile(join(folder, MANIFEST_NAME), 'utf8')) as Partial<BackupManifest>;
  } catch {
    throw damaged([], {
      vi: `không đọc được ${MANIFEST_NAME} trong ${folder}.`,
      en: `cannot read ${MANIFEST_NAME} in ${folder}.`,
    });
  }
  const valid =
    parsed.format === BACKUP_FORMAT &&
    (parsed.dialect === 'sqlite' || parsed.dialect === 'postgres') &&
    Array.isArray(parsed.migrations) &&
    parsed.migrations.every((name) => typeof name === 'string') &&
    isEntry(parsed.database) &&
    Array.isArray(parsed.files) &&
    parsed.files.every(isEntry) &&
    parsed.files.every((entry) => entry.path.startsWith(`${DATA_FOLDER}/`));
  if (!valid) throw damaged([], { vi: `${MANIFEST_NAME} không đúng định dạng.`, en: `${MANIFEST_NAME} is malformed.` });
  if (parsed.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new DomainError(422, 'backup.unknown_format', {
      vi: `Bản sao lưu có định dạng phiên bản ${parsed.formatVersion}, phiên bản diemcau này chỉ đọc được ${BACKUP_FORMAT_VERSION}.`,
      en: `The backup has format version ${parsed.formatVersion}; this diemcau reads version ${BACKUP_FORMAT_VERSION} only.`,
    });
  return parsed as BackupManifest;
}

/** Checks the size and hash of every file the manifest lists; throws `backup.damaged` naming each one that differs. */
export async function verifyEntries(folder: string, manifest: BackupManifest): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const entry of [manifest.database, ...manifest.files]) {
    const actual = await hashFile(join(folder, entry.path)).catch(() => null);
    if (actual && actual.size === entry.size && actual.sha256 === entry.sha256) continue;
    problems.push({
      path: `/${entry.path}`,
      code: actual ? 'backup.hash_mismatch' : 'backup.file_missing',
      message: actual
        ? { vi: `${entry.path}: nội dung khác với khi sao lưu.`, en: `${entry.path}: its content differs from the backup's.` }
        : { vi: `${entry.path}: thiếu tệp.`, en: `${entry.path}: the file is missing.` },
    });
  }
  if (problems.length > 0)
    throw damaged(problems, {
      vi: `${problems.length} tệp không khớp với ${MANIFEST_NAME} (${problems[0]?.path.slice(1)}…).`,
      en: `${problems.length} file(s) do not match ${MANIFEST_NAME} (${problems[0]?.path.slice(1)}…).`,
    });
}
