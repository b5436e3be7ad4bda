/**
 * Starts the server for real: opens the database of the configuration (SQLite under
 * DATA_DIR, or PostgreSQL at DATABASE_URL), applies the migrations, loads the reference
 * lists of administrative units, builds the app and listens. `stop()` closes the server
 * first (in-flight requests finish), then the database.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createServices, loadReferenceUnitLists } from '../services/index.js';
import { openDatabase } from '../storage/database.js';
import { migrateToLatest } from '../storage/migrate.js';
import { buildApp } from './app.js';
import type { ServerConfig } from './server-config.js';

export interface RunningServer {
  app: FastifyInstance;
  /** The address the server listens on, e.g. http://127.0.0.1:3000 */
  url: string;
  stop(): Promise<void>;
}

/** dist/web next to the package (from src/server or dist/server alike), or null when not built. */
export const defaultWebRoot = (): string | null => {
  const candidate = fileURLToPath(new URL('../../dist/web', import.meta.url));
  return existsSync(candidate) ? candidate : null;
};

export async function startServer(
  config: ServerConfig,
  options: { webRoot?: string | null; logger?: boolean | object } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrateToLatest(database);
    await loadReferenceUnitLists(database);
    const app = await buildApp({
      services: createServices(database),
      database: { dialect: database.dialect },
      webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
      logger: options.logger ?? true,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | null = null;
    return {
      app,
      url,
      stop: () =>
        (stopping ??= (async () => {
          await app.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
