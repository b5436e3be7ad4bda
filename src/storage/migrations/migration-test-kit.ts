/**
 * For the tests of one migration: a database brought to the schema just before it, seen as
 * raw tables (the repositories' types already describe the schema after it).
 */
import { randomUUID } from 'node:crypto';
import { Migrator, type Kysely } from 'kysely';
import type { AgendaItemInput, BridgePointInput } from '../../domain/conference.schema.js';
import { blankConferenceInfo } from '../../domain/conference-rules.js';
import { sessionFromStart } from '../../domain/session-time.js';
import { insertRows, nextPosition } from '../repositories/child-rows.js';
import { insertConference } from '../repositories/conference-repository.js';
import { replaceSessions } from '../repositories/convening-repository.js';
import { agendaItemFields, bridgePointFields } from '../repositories/row-mappers.js';
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

/**
 * Plans written straight through the repositories, for a database not yet at the latest
 * schema: the services read and write columns that later migrations add (the bridge point
 * counts of migration 0017), so a migration test builds its rows with these instead. Valid
 * for the schema since migration 0007 (conferences, agenda items and points as then).
 */
export async function bareConference(database: TestDatabase, title = 'Hội nghị'): Promise<{ id: string }> {
  const id = randomUUID();
  const info = { ...blankConferenceInfo(), title, startsAt: '2021-07-07T08:00' };
  const now = new Date().toISOString();
  await insertConference(database.db, { id, info, status: 'draft', archived: false, now });
  await replaceSessions(database.db, id, [sessionFromStart(info.startsAt)], randomUUID);
  return { id };
}

/** A bridge point as the table stood before migration 0017 (no search key, no province, no media tier: 0018). */
export async function barePoint(database: TestDatabase, conferenceId: string, input: BridgePointInput): Promise<{ id: string }> {
  const id = randomUUID();
  const { search_key: _key, media_tier: _tier, ...fields } = bridgePointFields(input);
  const position = await nextPosition(database.db, 'bridge_points', conferenceId);
  await insertRows(database.db, 'bridge_points', [{ id, conference_id: conferenceId, position, ...fields }]);
  return { id };
}

export async function bareAgendaItem(database: TestDatabase, conferenceId: string, input: AgendaItemInput): Promise<{ id: string }> {
  const id = randomUUID();
  const position = await nextPosition(database.db, 'agenda_items', conferenceId, { column: 'parent_id', value: input.parentId });
  await insertRows(database.db, 'agenda_items', [{ id, conference_id: conferenceId, position, ...agendaItemFields(input) }]);
  return { id };
}
