import { afterEach, expect, it } from 'vitest';
import { createConferenceService } from '../../services/conference-service.js';
import { agendaInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareAgendaItem, bareConference, migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-01T00:00:00.000Z';

describeDatabases('migration 0009 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds documents to existing conferences: versions unique per number, gone with the conference; an agenda item deleted leaves the document', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0009');
    const conferences = createConferenceService(database);
    const c = await bareConference(database);
    const { id: itemId } = await bareAgendaItem(database, c.id, agendaInput('Báo cáo'));

    expect((await migrateToLatest(database)).applied).toContain('0009-conference-documents');
    await database.db
      .insertInto('conference_documents')
      .values({
        id: 'd1',
        conference_id: c.id,
        agenda_item_id: itemId,
        task_id: null,
        title: 'Báo cáo',
        kind: 'report',
        audience: 'invited',
        audience_point_ids: '[]',
        current_version: 1,
        revision: 1,
        created_at: AT,
        updated_at: AT,
        deleted_at: null,
      })
      .execute();
    const version = (id: string, number: number) => ({
      id,
      document_id: 'd1',
      conference_id: c.id,
      number,
      file_hash: 'a'.repeat(64),
      file_name: 'bao-cao.pdf',
      media_type: 'application/pdf',
      size: 10,
      uploaded_by_user_id: null,
      uploaded_by_link_id: null,
      uploaded_by_label: 'Sở Nội vụ',
      uploaded_at: AT,
    });
    await database.db.insertInto('conference_document_versions').values(version('v1', 1)).execute();
    await expect(database.db.insertInto('conference_document_versions').values(version('v2', 1)).execute()).rejects.toThrow();

    await conferences.removeAgendaItem(c.id, itemId);
    const kept = await database.db.selectFrom('conference_documents').select(['id', 'agenda_item_id']).execute();
    expect(kept).toEqual([{ id: 'd1', agenda_item_id: null }]);

    await db.deleteFrom('conferences').where('id', '=', c.id).execute();
    expect(await database.db.selectFrom('conference_document_versions').select('id').execute()).toEqual([]);
  });
});
