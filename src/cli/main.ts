/**
 * The `diemcau` command:
 *   diemcau [serve]        start the server (PORT, HOST, DATA_DIR, DATABASE_URL); creates the demo on an empty database
 *   diemcau import FILE    import a plan (.txt in the seed's shape, .md, .docx) as a new draft conference
 *   diemcau migrate        apply the database migrations and exit
 *   diemcau admin create   print a one-time link that creates the first administrator
 *   diemcau backup DIR     copy the database and DATA_DIR's files into DIR (while the server runs)
 *   diemcau restore DIR    put a backup back (server stopped; --force replaces existing data)
 */
import { DomainError } from '../domain/errors.js';
import { runImportCommand } from '../import/import-command.js';
import { createServices, loadReferenceUnitLists } from '../services/index.js';
import { readServerConfig, type ServerConfig } from '../server/server-config.js';
import { printSetupLink, startServer } from '../server/start.js';
import { migrateToLatest, openDatabase, type Database } from '../storage/index.js';
import { ensureDemoConference } from './demo-conference.js';
import { runBackupCommand, runRestoreCommand } from './backup-command.js';

const USAGE = `Cách dùng / Usage:
  diemcau [serve]        chạy máy chủ / start the server (PORT, HOST, DATA_DIR, DATABASE_URL)
  diemcau import FILE    nhập kế hoạch (.txt, .md, .docx) / import a plan as a new draft
  diemcau migrate        cập nhật cơ sở dữ liệu / apply database migrations
  diemcau admin create   in liên kết tạo quản trị viên đầu tiên / print the first administrator's set-up link
  diemcau backup DIR     sao lưu CSDL và tệp vào DIR (máy chủ vẫn chạy) / back up the database and files into DIR
  diemcau restore DIR [--force]
                         khôi phục từ DIR (dừng máy chủ trước) / restore from DIR (stop the server first)`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

async function withDatabase<T>(config: ServerConfig, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrateToLatest(database);
    await loadReferenceUnitLists(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function serve(config: ServerConfig): Promise<number> {
  if (process.env.DIEMCAU_DEMO !== '0') {
    const demo = await withDatabase(config, (database) => ensureDemoConference(createServices(database).conferences));
    if (demo) say(`Đã tạo hội nghị mẫu / Demo conference created: ${demo.title.slice(0, 80)}…`);
  }
  const server = await startServer(config, { logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  say(`diemcau: ${server.url.replace('0.0.0.0', '127.0.0.1')}  (API: ${server.url}/api/docs)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  try {
    const config = readServerConfig(process.env);
    switch (command) {
      case 'serve':
        return await serve(config);
      case 'import': {
        const file = rest[0];
        if (!file) {
          complain('Thiếu tên tệp / Missing file name.\n' + USAGE);
          return 2;
        }
        return await withDatabase(config, (database) =>
          runImportCommand(file, { createFromDraft: (draft) => createServices(database).conferences.createFromDraft(draft) }, say),
        );
      }
      case 'admin': {
        if (rest[0] !== 'create') {
          complain(USAGE);
          return 2;
        }
        const baseUrl = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
        return await withDatabase(config, async (database) => {
          const link = await printSetupLink(createServices(database), baseUrl, say);
          if (link) return 0;
          complain(
            'Đã có quản trị viên: hãy tạo thêm tài khoản trong Quản trị → Người dùng.\n' +
              'An administrator exists already: create further accounts under Administration → Users.',
          );
          return 1;
        });
      }
      case 'backup':
      case 'restore': {
        if (!rest.some((arg) => !arg.startsWith('--'))) {
          complain('Thiếu thư mục sao lưu / Missing backup folder.\n' + USAGE);
          return 2;
        }
        return command === 'backup'
          ? await runBackupCommand(config, rest.find((arg) => !arg.startsWith('--')) ?? '', say)
          : await runRestoreCommand(config, rest, say);
      }
      case 'migrate':
        return await withDatabase(config, async () => {
          say('Cơ sở dữ liệu đã cập nhật / Database is up to date.');
          return 0;
        });
      case 'help':
      case '--help':
      case '-h':
        say(USAGE);
        return 0;
      default:
        complain(`Lệnh không rõ / Unknown command: ${command}\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      complain(`${error.localized.vi}\n${error.localized.en}`);
      for (const field of error.fields) complain(`  ${field.path}: ${field.message.vi} / ${field.message.en}`);
      return 1;
    }
    throw error;
  }
}
