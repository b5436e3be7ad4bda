/**
 * Bridge points as their own paged resource (issue 18): a national conference has 16,242 of
 * them, so the list is filtered, searched and paged in SQL. Each point gets `search_key`
 * (name and address without diacritics, lower case: `dong thap` finds `Đồng Tháp`) and
 * `province_code` (the top unit of the point's administrative unit: a commune's province, a
 * province's own code, a group's parent unit; null for a point made by hand without a unit),
 * and the indexes that serve the list's filters in position order.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { foldForSearch } from '../../domain/text.js';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Search keys in batches of a thousand points (name and address are all it needs). */
async function fillSearchKeys(db: AnyDb): Promise<void> {
  for (;;) {
    const rows = (await db
      .selectFrom('bridge_points')
      .select(['id', 'name', 'address'])
      .where('search_key', '=', '')
      .where((eb) => eb.or([eb('name', '!=', ''), eb('address', '!=', '')]))
      .limit(1000)
      .execute()) as { id: string; name: string; address: string }[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const key = foldForSearch(`${row.name} ${row.address}`) || ' ';
      await db.updateTable('bridge_points').set({ search_key: key }).where('id', '=', row.id).execute();
    }
  }
}

export const bridgePointSearchSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('bridge_points')
      .addColumn('search_key', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('bridge_points').addColumn('province_code', 'text').execute();
    await fillSearchKeys(db);
    await db.schema.createIndex('administrative_units_code_idx').on('administrative_units').column('code').execute();
    // The same statement the repository runs after every point write (bridge-point-repository.ts).
    await sql`update bridge_points set province_code = case when parent_unit_code is not null then parent_unit_code else (
        select coalesce(p.parent_code, u.parent_code, u.code)
        from administrative_units u
        join administrative_unit_lists l on l.id = u.list_id
        left join administrative_units p on p.list_id = u.list_id and p.code = u.parent_code
        where u.code = bridge_points.unit_code
        order by l.valid_on desc, l.id
        limit 1) end
      where unit_code is not null or parent_unit_code is not null`.execute(db);
    await db.schema
      .createIndex('bridge_points_province_idx')
      .on('bridge_points')
      .columns(['conference_id', 'province_code', 'position'])
      .execute();
    await db.schema.createIndex('bridge_points_kind_idx').on('bridge_points').columns(['conference_id', 'kind', 'position']).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('bridge_points_kind_idx').execute();
    await db.schema.dropIndex('bridge_points_province_idx').execute();
    await db.schema.dropIndex('administrative_units_code_idx').execute();
    await db.schema.alterTable('bridge_points').dropColumn('province_code').execute();
    await db.schema.alterTable('bridge_points').dropColumn('search_key').execute();
  },
};
