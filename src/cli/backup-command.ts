/**
 * `diemcau backup DIR` and `diemcau restore DIR [--force]` (src/storage/backup/backup.ts):
 * the database of the configuration (DATA_DIR's SQLite or DATABASE_URL) and DATA_DIR's files.
 */
import type { ServerConfig } from '../server/server-config.js';
import { createBackup, restoreBackup } from '../storage/backup/backup.js';

type Print = (line: string) => void;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function runBackupCommand(config: ServerConfig, folder: string, say: Print): Promise<number> {
  const manifest = await createBackup({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, folder);
  const bytes = manifest.files.reduce((sum, entry) => sum + entry.size, manifest.database.size);
  say(`Đã sao lưu / Backed up: ${manifest.dialect}, ${manifest.files.length} tệp / files, ${megabytes(bytes)} → ${folder}`);
  return 0;
}

export async function runRestoreCommand(config: ServerConfig, args: string[], say: Print): Promise<number> {
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (!folder) throw new Error('restore needs a folder');
  const manifest = await restoreBackup(
    folder,
    { dataDir: config.dataDir, databaseUrl: config.databaseUrl },
    { force: args.includes('--force') },
  );
  say(
    `Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (diemcau ${manifest.appVersion}): ${manifest.files.length} tệp đã kiểm tra mã băm.\n` +
      `Restored the backup of ${manifest.createdAt} (diemcau ${manifest.appVersion}): ${manifest.files.length} files, hashes checked.`,
  );
  return 0;
}
