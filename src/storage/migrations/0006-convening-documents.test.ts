import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { migrations } from './index.js';

/** The migrations up to (and including) 0005: the database as issue 13 left it. */
const before0006: MigrationProvider = {
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006')),
};

const conferenceRow = (id: string, startsAt: string) => ({
  id,
  version: 1,
  status: 'draft',
  archived: 0,
  document_type: 'KH',
  governing_body: '',
  issuing_body: 'UBND',
  document_number: '',
  document_symbol: 'UBND',
  place: 'Đồng Tháp',
  issue_date: '2021-06-05',
  title: 't',
  purpose: '',
  starts_at: startsAt,
  venue: '',
  replaces_invitation: 0,
  closing_text: '',
  programme_note: '',
  funding_source: '',
  signer_authority: '',
  signer_body: '',
  signer_title: '',
  signer_name: '',
  search_text: 't',
  created_at: '2021-06-01T00:00:00.000Z',
  updated_at: '2021-06-01T00:00:00.000Z',
});

describeDatabases('migration 0006 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('gives every conference a session with its start, and makes an invented start unknown again', async () => {
    database = await open({ migrate: false });
    // The tables as they were before 0006, not today's types.
    const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const migrator = new Migrator({ db, provider: before0006 });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await db
      .insertInto('conferences')
      .values([conferenceRow('real', '2021-07-07T08:00'), conferenceRow('invented', '2021-06-05T08:00')])
      .execute();
    await db
      .insertInto('unclassified_lines')
      .values({
        id: 'note',
        conference_id: 'invented',
        position: 0,
        section: 'I. THỜI GIAN, ĐỊA ĐIỂM',
        text: 'Không tìm thấy thời gian tổ chức; tạm đặt ngày 05/06/2021 lúc 08 giờ 00 phút theo ngày ban hành, cần sửa lại.',
      })
      .execute();

    // Later migrations follow it in the same run.
    expect((await migrateToLatest(database)).applied[0]).toBe('0006-convening-documents');

    const conferences = await database.db
      .selectFrom('conferences')
      .select(['id', 'starts_at', 'first_date', 'issuer_kind'])
      .orderBy('id')
      .execute();
    expect(conferences).toEqual([
      { id: 'invented', starts_at: null, first_date: null, issuer_kind: 'state' },
      { id: 'real', starts_at: '2021-07-07T08:00', first_date: '2021-07-07', issuer_kind: 'state' },
    ]);
    const sessions = await database.db
      .selectFrom('conference_sessions')
      .select(['conference_id', 'date', 'start_time', 'position'])
      .orderBy('conference_id')
      .execute();
    expect(sessions).toEqual([
      { conference_id: 'invented', date: null, start_time: null, position: 0 },
      { conference_id: 'real', date: '2021-07-07', start_time: '08:00', position: 0 },
    ]);
    const note = await database.db.selectFrom('unclassified_lines').select('text').executeTakeFirstOrThrow();
    expect(note.text).toContain('chưa xác định');
  });
});
