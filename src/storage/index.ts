export { openDatabase, SQLITE_FILE_NAME, type Database, type DatabaseConfig, type DialectName } from './database.js';
export { migrateToLatest, type MigrationReport } from './migrate.js';
export type { Tables, Executor } from './tables.js';
