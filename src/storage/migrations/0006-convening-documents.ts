/**
 * Real convening documents (issue 14): sessions with honest time (the conference's start
 * becomes nullable: unknown stays unknown), the chair and co-chairs, the document's own
 * outline, addressees and the Công điện line, Party documents, groups of bridge points,
 * and unit lists with a hierarchy and a source. Existing conferences get one session
 * holding their exact start, so nothing they printed changes.
 */
import { sql, type Kysely, type Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const childTable = (db: AnyDb, table: string) =>
  db.schema
    .createTable(table)
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull());

const positionIndex = (db: AnyDb, table: string) =>
  db.schema.createIndex(`${table}_conference_idx`).on(table).columns(['conference_id', 'position']).execute();

/** NOT NULL dropped the portable way: a new nullable column takes the values and the name. */
async function makeStartsAtNullable(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('conferences_list_idx').execute();
  await db.schema.alterTable('conferences').addColumn('starts_at_nullable', 'text').execute();
  await db
    .updateTable('conferences')
    .set({ starts_at_nullable: sql`starts_at` })
    .execute();
  await db.schema.alterTable('conferences').dropColumn('starts_at').execute();
  await db.schema.alterTable('conferences').renameColumn('starts_at_nullable', 'starts_at').execute();
  await db.schema.createIndex('conferences_list_idx').on('conferences').columns(['archived', 'starts_at']).execute();
}

export const conveningDocumentsSchema: Migration = {
  async up(db: AnyDb) {
    await makeStartsAtNullable(db);
    await db.schema
      .alterTable('conferences')
      .addColumn('issuer_kind', 'text', (col) => col.notNull().defaultTo('state'))
      .execute();
    await db.schema
      .alterTable('conferences')
      .addColumn('telegram_line', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('conferences')
      .addColumn('addressees', 'text', (col) => col.notNull().defaultTo('[]'))
      .execute();
    await db.schema.alterTable('conferences').addColumn('comment_deadline', 'text').execute();
    await db.schema.alterTable('conferences').addColumn('first_date', 'text').execute();

    await childTable(db, 'conference_sessions')
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('date', 'text')
      .addColumn('date_is_approximate', 'integer', (col) => col.notNull())
      .addColumn('start_time', 'text')
      .addColumn('end_time', 'text')
      .addColumn('part_of_day', 'text')
      .addColumn('time_text', 'text', (col) => col.notNull())
      .execute();
    await positionIndex(db, 'conference_sessions');
    const conferences = (await db.selectFrom('conferences').select(['id', 'starts_at']).execute()) as {
      id: string;
      starts_at: string | null;
    }[];
    for (const conference of conferences) {
      const startsAt = conference.starts_at;
      await db
        .insertInto('conference_sessions')
        .values({
          id: crypto.randomUUID(),
          conference_id: conference.id,
          position: 0,
          label: '',
          date: startsAt ? startsAt.slice(0, 10) : null,
          date_is_approximate: 0,
          start_time: startsAt ? startsAt.slice(11, 16) : null,
          end_time: null,
          part_of_day: null,
          time_text: '',
        })
        .execute();
      await db
        .updateTable('conferences')
        .set({ first_date: startsAt ? startsAt.slice(0, 10) : null })
        .where('id', '=', conference.id)
        .execute();
    }

    // Imports before this migration stored the issue date at 08:00 when the document gave no
    // time, with a note saying so. That time was invented: it becomes unknown again.
    const INVENTED = 'Không tìm thấy thời gian tổ chức; tạm đặt ngày%';
    const invented = (await db.selectFrom('unclassified_lines').select('conference_id').where('text', 'like', INVENTED).execute()) as {
      conference_id: string;
    }[];
    for (const { conference_id: id } of invented) {
      await db.updateTable('conferences').set({ starts_at: null, first_date: null }).where('id', '=', id).execute();
      await db.updateTable('conference_sessions').set({ date: null, start_time: null }).where('conference_id', '=', id).execute();
      await db
        .updateTable('unclassified_lines')
        .set({ text: 'Văn bản không ghi thời gian tổ chức; thời gian để trống (chưa xác định), cần nhập.' })
        .where('conference_id', '=', id)
        .where('text', 'like', INVENTED)
        .execute();
    }

    await childTable(db, 'conference_chairs')
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('person_name', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .execute();
    await positionIndex(db, 'conference_chairs');

    await childTable(db, 'outline_sections')
      .addColumn('parent_id', 'text', (col) => col.references('outline_sections.id').onDelete('cascade'))
      .addColumn('numbering', 'text', (col) => col.notNull())
      .addColumn('heading', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('paragraphs', 'text', (col) => col.notNull())
      .execute();
    await positionIndex(db, 'outline_sections');

    for (const [column, type] of [
      ['group_count', 'integer'],
      ['unit_list_id', 'text'],
      ['parent_unit_code', 'text'],
    ] as const) {
      await db.schema.alterTable('bridge_points').addColumn(column, type).execute();
    }
    for (const column of ['venue_pattern', 'invited_by', 'lent_by']) {
      await db.schema
        .alterTable('bridge_points')
        .addColumn(column, 'text', (col) => col.notNull().defaultTo(''))
        .execute();
    }

    await db.schema.alterTable('administrative_units').addColumn('parent_code', 'text').execute();
    await db.schema
      .alterTable('administrative_unit_lists')
      .addColumn('source', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('administrative_unit_lists')
      .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    // The reference lists are loaded at every start: a list whose content has not changed is not rewritten.
    await db.schema
      .alterTable('administrative_unit_lists')
      .addColumn('content_hash', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('outline_sections').execute();
    await db.schema.dropTable('conference_chairs').execute();
    await db.schema.dropTable('conference_sessions').execute();
  },
};
