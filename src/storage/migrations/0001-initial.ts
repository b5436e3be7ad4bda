/**
 * First schema. Portable between SQLite and PostgreSQL: text ids, ISO text dates,
 * integer 0/1 flags, JSON text lists; every child row cascades with its conference.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's Tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const conferenceFk = 'conferences.id';

async function createChildTable(
  db: AnyDb,
  table: string,
  columns: (builder: ReturnType<AnyDb['schema']['createTable']>) => ReturnType<AnyDb['schema']['createTable']>,
): Promise<void> {
  let builder = db.schema
    .createTable(table)
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references(conferenceFk).onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull());
  builder = columns(builder);
  await builder.execute();
  await db.schema.createIndex(`${table}_conference_idx`).on(table).columns(['conference_id', 'position']).execute();
}

export const initialSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('conferences')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('archived', 'integer', (col) => col.notNull())
      .addColumn('document_type', 'text', (col) => col.notNull())
      .addColumn('governing_body', 'text', (col) => col.notNull())
      .addColumn('issuing_body', 'text', (col) => col.notNull())
      .addColumn('document_number', 'text', (col) => col.notNull())
      .addColumn('document_symbol', 'text', (col) => col.notNull())
      .addColumn('place', 'text', (col) => col.notNull())
      .addColumn('issue_date', 'text')
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('starts_at', 'text', (col) => col.notNull())
      .addColumn('venue', 'text', (col) => col.notNull())
      .addColumn('replaces_invitation', 'integer', (col) => col.notNull())
      .addColumn('closing_text', 'text', (col) => col.notNull())
      .addColumn('programme_note', 'text', (col) => col.notNull())
      .addColumn('funding_source', 'text', (col) => col.notNull())
      .addColumn('signer_authority', 'text', (col) => col.notNull())
      .addColumn('signer_body', 'text', (col) => col.notNull())
      .addColumn('signer_title', 'text', (col) => col.notNull())
      .addColumn('signer_name', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('conferences_list_idx').on('conferences').columns(['archived', 'starts_at']).execute();

    await createChildTable(db, 'bridge_points', (t) =>
      t
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('address', 'text', (col) => col.notNull())
        .addColumn('quota', 'integer')
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('is_host', 'integer', (col) => col.notNull())
        .addColumn('operator_name', 'text', (col) => col.notNull())
        .addColumn('operator_phone', 'text', (col) => col.notNull())
        .addColumn('operator_email', 'text', (col) => col.notNull())
        .addColumn('unit_code', 'text'),
    );
    await createChildTable(db, 'participant_groups', (t) =>
      t
        .addColumn('scope', 'text', (col) => col.notNull())
        // Groups of a bridge point go with it.
        .addColumn('bridge_point_id', 'text', (col) => col.references('bridge_points.id').onDelete('cascade'))
        .addColumn('category', 'text', (col) => col.notNull())
        .addColumn('organisation', 'text', (col) => col.notNull())
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('count', 'integer')
        .addColumn('person_name', 'text', (col) => col.notNull())
        .addColumn('is_representative', 'integer', (col) => col.notNull())
        .addColumn('is_remote', 'integer', (col) => col.notNull())
        .addColumn('is_presiding', 'integer', (col) => col.notNull())
        .addColumn('invited_by', 'text', (col) => col.notNull())
        .addColumn('text', 'text', (col) => col.notNull()),
    );
    await db.schema.createIndex('participant_groups_point_idx').on('participant_groups').column('bridge_point_id').execute();
    await createChildTable(db, 'agenda_items', (t) =>
      t
        .addColumn('parent_id', 'text', (col) => col.references('agenda_items.id').onDelete('cascade'))
        .addColumn('number', 'text', (col) => col.notNull())
        .addColumn('content', 'text', (col) => col.notNull())
        .addColumn('presenter_organisation', 'text', (col) => col.notNull())
        .addColumn('presenter_person', 'text', (col) => col.notNull())
        .addColumn('duration_minutes', 'integer')
        .addColumn('per_speaker_minutes', 'integer')
        .addColumn('duration_text', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull()),
    );
    await db.schema.createIndex('agenda_items_parent_idx').on('agenda_items').column('parent_id').execute();
    await createChildTable(db, 'assignments', (t) =>
      t
        .addColumn('lead_agency', 'text', (col) => col.notNull())
        .addColumn('cooperating_agencies', 'text', (col) => col.notNull())
        .addColumn('heading', 'text', (col) => col.notNull()),
    );
    await createChildTable(db, 'tasks', (t) =>
      t
        .addColumn('assignment_id', 'text', (col) => col.notNull().references('assignments.id').onDelete('cascade'))
        .addColumn('text', 'text', (col) => col.notNull())
        .addColumn('deadline', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('cooperating_agencies', 'text', (col) => col.notNull())
        // A task outlives the agenda item it prepares.
        .addColumn('agenda_item_id', 'text', (col) => col.references('agenda_items.id').onDelete('set null'))
        .addColumn('produces_document', 'text', (col) => col.notNull()),
    );
    await db.schema.createIndex('tasks_assignment_idx').on('tasks').columns(['assignment_id', 'position']).execute();
    await db.schema.createIndex('tasks_agenda_item_idx').on('tasks').column('agenda_item_id').execute();
    await createChildTable(db, 'cost_lines', (t) =>
      t.addColumn('description', 'text', (col) => col.notNull()).addColumn('amount_vnd', 'bigint', (col) => col.notNull()),
    );
    await createChildTable(db, 'distribution_lines', (t) => t.addColumn('text', 'text', (col) => col.notNull()));
    await createChildTable(db, 'unclassified_lines', (t) =>
      t.addColumn('section', 'text', (col) => col.notNull()).addColumn('text', 'text', (col) => col.notNull()),
    );

    await db.schema
      .createTable('administrative_unit_lists')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('valid_on', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('administrative_units')
      .addColumn('list_id', 'text', (col) => col.notNull().references('administrative_unit_lists.id').onDelete('cascade'))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('administrative_units_pk', ['list_id', 'code'])
      .execute();
  },

  async down(db: AnyDb) {
    for (const table of [
      'administrative_units',
      'administrative_unit_lists',
      'unclassified_lines',
      'distribution_lines',
      'cost_lines',
      'tasks',
      'assignments',
      'agenda_items',
      'participant_groups',
      'bridge_points',
      'conferences',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
