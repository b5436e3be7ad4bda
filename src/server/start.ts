/**
 * Starts the server for real: opens the database of the configuration (SQLite under
 * DATA_DIR, or PostgreSQL at DATABASE_URL), applies the migrations, loads the reference
 * lists of administrative units, builds the app and listens, then starts the scheduled
 * reminders (every `reminderIntervalMs`; none when it is absent or 0). `stop()` stops the
 * reminders, closes the server (in-flight requests finish), then the database. While no administrator exists, the
 * start prints a one-time set-up link (there is no default password).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createServices, loadReferenceUnitLists, type Services } from '../services/index.js';
import { openDatabase } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { buildApp } from './app.js';
import { closeFilePool } from '../workers/file-pool.js';
import { InProcessEventBus, type EventBus } from '../realtime/event-bus.js';
import { connectRedisEventBus } from '../realtime/redis-event-bus.js';
import type { ServerConfig } from './server-config.js';
import { createLocalFileStore } from '../storage/files/local-file-store.js';
import { loadInstallationDays } from './holidays-config.js';

export interface RunningServer {
  app: FastifyInstance;
  /** The address the server listens on, e.g. http://127.0.0.1:3000 */
  url: string;
  /** The set-up link printed at start (null when an administrator already exists). */
  setupLink: string | null;
  stop(): Promise<void>;
}

/**
 * When no active administrator exists: issues a one-time set-up token and returns the web
 * address where the first administrator is created, `<baseUrl>/cai-dat/<token>` (printed
 * through `print`, the console by default). Returns null, and prints nothing, otherwise.
 * The CLI's `diemcau admin create` can call it too.
 */
export async function printSetupLink(
  services: Pick<Services, 'accounts'>,
  baseUrl: string,
  print: (line: string) => void = (line) => console.log(line),
): Promise<string | null> {
  const users = await services.accounts.listUsers();
  if (users.some((user) => user.isAdmin && !user.disabled)) return null;
  const { token, expiresAt } = await services.accounts.createFirstAdminSetupLink();
  const link = `${baseUrl.replace(/\/+$/, '')}/cai-dat/${token}`;
  print(`Chưa có quản trị viên. Mở liên kết sau (dùng một lần, hết hạn ${expiresAt}) để tạo tài khoản quản trị:`);
  print(`No administrator yet. Open this one-time link (expires ${expiresAt}) to create the administrator account:`);
  print(`  ${link}`);
  return link;
}

/** dist/web next to the package (from src/server or dist/server alike), or null when not built. */
export const defaultWebRoot = (): string | null => {
  const candidate = fileURLToPath(new URL('../../dist/web', import.meta.url));
  return existsSync(candidate) ? candidate : null;
};

export async function startServer(
  config: ServerConfig,
  options: { webRoot?: string | null; logger?: boolean | object; print?: (line: string) => void } = {},
): Promise<RunningServer> {
  if (config.holidaysFile) loadInstallationDays(config.holidaysFile);
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  let events: EventBus | null = null;
  try {
    await migrateToLatest(database);
    await loadReferenceUnitLists(database);
    // With REDIS_URL, one event backbone for every process (an unreachable Redis fails the start).
    events = config.redisUrl
      ? await connectRedisEventBus(config.redisUrl, { log: (message, error) => console.error(message, error) })
      : new InProcessEventBus();
    let listening = '';
    const services = createServices(database, {
      events,
      files: createLocalFileStore(join(config.dataDir, 'files')),
      publicUrl: () => listening,
    });
    const app = await buildApp({
      services,
      database: { dialect: database.dialect },
      webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
      logger: options.logger ?? true,
      redisUrl: config.redisUrl,
      trustProxy: config.trustProxy,
      media: { config: config.media, recordingsDir: join(config.dataDir, 'recordings'), hlsDir: join(config.dataDir, 'hls') },
    });
    const url = await app.listen({ port: config.port, host: config.host });
    listening = url;
    if (config.reminderIntervalMs) services.reminders.start(config.reminderIntervalMs);
    const setupLink = await printSetupLink(services, url, options.print);
    let stopping: Promise<void> | null = null;
    return {
      app,
      url,
      setupLink,
      stop: () =>
        (stopping ??= (async () => {
          await services.reminders.stop();
          await app.close();
          await closeFilePool();
          await events?.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await events?.close();
    await database.close();
    throw error;
  }
}
