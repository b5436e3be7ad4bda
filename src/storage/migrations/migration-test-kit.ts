/**
 * For the tests of one migration: a database brought to the schema just before it, seen as
 * raw tables (the repositories' types already describe the schema after it).
 */
import { Migrator, type Kysely } from 'kysely';
import type { TestDatabase } from '../test-databases.js';
import { migrations } from './index.js';

export type RawTables = Kysely<Record<string, Record<string, unknown>>>;

/** Applies every migration whose name sorts before `name` (e.g. '0016') and returns the raw view. */
export async function migrateBefore(database: TestDatabase, name: string): Promise<RawTables> {
  const db = database.db as unknown as RawTables;
  const provider = { getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([key]) => key < name)) };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migrations before ${name} failed`);
  return db;
}
