/**
 * Protocol order (issue 17). `delegates.protocol_rank` held a coarse class for everyone
 * (0 presiding, 10 guests, 20 leaders, 100 everyone else), so a hall of 100s was seated by name.
 * It becomes the explicit rank the secretariat gave (1 first), or null: the old 100 (the default
 * nobody chose) becomes null, 0 becomes 1, 10 and 20 stay. `title_rank` holds the default of the
 * delegate's title (domain/protocol/title-rank.ts), kept by every write of the title, or null when
 * the title is not recognised; lists order by the explicit rank, else the title's, the unranked last.
 * Participant groups get an explicit rank too (`participant_groups.protocol_rank`, null: none).
 */
import type { Kysely, Migration } from 'kysely';
import { titleRank } from '../../domain/protocol/title-rank.js';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Fills title_rank for every distinct title (a conference has few). */
async function fillTitleRanks(db: AnyDb): Promise<void> {
  const titles = (await db.selectFrom('delegates').select('title').distinct().execute()) as { title: string }[];
  for (const { title } of titles) {
    const rank = titleRank(title);
    if (rank !== null) await db.updateTable('delegates').set({ title_rank: rank }).where('title', '=', title).execute();
  }
}

export const protocolOrderSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('delegates').addColumn('explicit_rank', 'integer').execute();
    await db.updateTable('delegates').set({ explicit_rank: 1 }).where('protocol_rank', '<=', 0).execute();
    await db
      .updateTable('delegates')
      .set((eb) => ({ explicit_rank: eb.ref('protocol_rank') }))
      .where('protocol_rank', '>', 0)
      .where('protocol_rank', '<', 100)
      .execute();
    await db.schema.dropIndex('delegates_point_idx').execute();
    await db.schema.alterTable('delegates').dropColumn('protocol_rank').execute();
    await db.schema.alterTable('delegates').renameColumn('explicit_rank', 'protocol_rank').execute();
    await db.schema.alterTable('delegates').addColumn('title_rank', 'integer').execute();
    await fillTitleRanks(db);
    await db.schema.createIndex('delegates_point_idx').on('delegates').columns(['conference_id', 'bridge_point_id']).execute();
    await db.schema.alterTable('participant_groups').addColumn('protocol_rank', 'integer').execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('participant_groups').dropColumn('protocol_rank').execute();
    await db.schema.dropIndex('delegates_point_idx').execute();
    await db.schema.alterTable('delegates').dropColumn('title_rank').execute();
    await db.schema.alterTable('delegates').renameColumn('protocol_rank', 'explicit_rank').execute();
    await db.schema
      .alterTable('delegates')
      .addColumn('protocol_rank', 'integer', (col) => col.notNull().defaultTo(100))
      .execute();
    await db
      .updateTable('delegates')
      .set((eb) => ({ protocol_rank: eb.ref('explicit_rank') }))
      .where('explicit_rank', 'is not', null)
      .execute();
    await db.schema.alterTable('delegates').dropColumn('explicit_rank').execute();
    await db.schema
      .createIndex('delegates_point_idx')
      .on('delegates')
      .columns(['conference_id', 'bridge_point_id', 'protocol_rank'])
      .execute();
  },
};
