/**
 * Written opinion forms (phiếu lấy ý kiến, issue 16).
 * - `written_opinion_forms`: the questions (a vote's, or the form's own), rules, deadline and
 *   state (draft → sent → closed); at closing the result (JSON), and the merge with the
 *   meeting's vote when the chair decides it, each written once.
 * - `written_opinion_recipients`: the members asked; the primary key makes one row each, and an
 *   answer flips `answered` from 0 to 1 in one conditional update, so a member answers once.
 *   It says whether and through what they answered, never what; and when they were last reminded.
 * - An open form keeps each member's choices in `written_opinion_answers`; a secret form keeps only
 *   `written_opinion_tallies` (how many per question and option: no member, no time), every row
 *   made when it is sent and every row of the form rewritten by each answer.
 * - `written_opinion_deliveries`: the mail (the form, reminders) as a queue of rows.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const formRef = (col: ColumnDefinitionBuilder) => col.notNull().references('written_opinion_forms.id').onDelete('cascade');

export const writtenOpinionsSchema: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('written_opinion_forms')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conference_id', 'text', (col) => col.notNull().references('conferences.id').onDelete('cascade'))
      .addColumn('vote_id', 'text', (col) => col.references('votes.id').onDelete('set null'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('questions_json', 'text', (col) => col.notNull())
      .addColumn('secret', 'integer', (col) => col.notNull())
      .addColumn('majority_json', 'text', (col) => col.notNull())
      .addColumn('deadline', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('result_json', 'text')
      .addColumn('merged_json', 'text')
      .execute();
    await db.schema
      .createIndex('written_opinion_forms_conference_idx')
      .on('written_opinion_forms')
      .columns(['conference_id', 'created_at'])
      .execute();
    await db.schema.createIndex('written_opinion_forms_state_idx').on('written_opinion_forms').columns(['state', 'deadline']).execute();

    await db.schema
      .createTable('written_opinion_recipients')
      .addColumn('form_id', 'text', formRef)
      .addColumn('delegate_id', 'text', (col) => col.notNull().references('delegates.id').onDelete('cascade'))
      .addColumn('bridge_point_id', 'text', (col) => col.notNull())
      .addColumn('answered', 'integer', (col) => col.notNull())
      .addColumn('answered_via', 'text')
      .addColumn('last_reminded_on', 'text')
      .addPrimaryKeyConstraint('written_opinion_recipients_pk', ['form_id', 'delegate_id'])
      .execute();
    await db.schema.createIndex('written_opinion_recipients_delegate_idx').on('written_opinion_recipients').column('delegate_id').execute();

    await db.schema
      .createTable('written_opinion_answers')
      .addColumn('form_id', 'text', formRef)
      .addColumn('delegate_id', 'text', (col) => col.notNull())
      .addColumn('choices_json', 'text', (col) => col.notNull())
      .addColumn('answered_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('written_opinion_answers_pk', ['form_id', 'delegate_id'])
      .execute();

    await db.schema
      .createTable('written_opinion_tallies')
      .addColumn('form_id', 'text', formRef)
      .addColumn('question_index', 'integer', (col) => col.notNull())
      .addColumn('option_index', 'integer', (col) => col.notNull())
      .addColumn('count', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('written_opinion_tallies_pk', ['form_id', 'question_index', 'option_index'])
      .execute();

    await db.schema
      .createTable('written_opinion_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('form_id', 'text', formRef)
      .addColumn('conference_id', 'text', (col) => col.notNull())
      .addColumn('delegate_id', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('recipient', 'text', (col) => col.notNull())
      .addColumn('public_url', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('error', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('written_opinion_deliveries_status_idx').on('written_opinion_deliveries').column('status').execute();
    await db.schema
      .createIndex('written_opinion_deliveries_form_idx')
      .on('written_opinion_deliveries')
      .columns(['form_id', 'delegate_id', 'created_at'])
      .execute();
  },
  async down(db: AnyDb) {
    for (const table of [
      'written_opinion_deliveries',
      'written_opinion_tallies',
      'written_opinion_answers',
      'written_opinion_recipients',
      'written_opinion_forms',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
