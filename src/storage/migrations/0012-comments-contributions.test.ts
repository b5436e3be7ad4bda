import { afterEach, expect, it } from 'vitest';
import { agendaInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareAgendaItem, bareConference, migrateBefore } from './migration-test-kit.js';

const AT = '2021-06-20T00:00:00.000Z';

describeDatabases('migration 0012 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds consultations, comments and contributions to existing conferences; one contribution per slot; gone with the conference', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0012');
    const c = await bareConference(database);
    const { id: itemId } = await bareAgendaItem(database, c.id, agendaInput('Tham luận'));
    await db
      .insertInto('conference_documents')
      .values({
        id: 'd1',
        conference_id: c.id,
        agenda_item_id: null,
        task_id: null,
        title: 'Dự thảo Quyết định',
        kind: 'draft',
        audience: 'invited',
        audience_point_ids: '[]',
        current_version: 1,
        revision: 1,
        created_at: AT,
        updated_at: AT,
        deleted_at: null,
      })
      .execute();

    expect((await migrateToLatest(database)).applied).toContain('0012-comments-contributions');
    const t = database.db;
    await t
      .insertInto('draft_consultations')
      .values({
        id: 'k1',
        conference_id: c.id,
        document_id: 'd1',
        title: 'Dự thảo',
        drafting_agency: 'Sở Nội vụ',
        deadline: '2021-06-30',
        public_url: 'http://x',
        created_at: AT,
        updated_at: AT,
        closed_at: null,
      })
      .execute();
    const body = {
      consultation_id: 'k1',
      conference_id: c.id,
      name: 'UBND huyện Châu Thành',
      bridge_point_id: null,
      participant_group_id: null,
    };
    const rest = { email: '', answer: null, answered_at: null, answered_by: '', reminded_at: null, remind_count: 0 };
    await t
      .insertInto('consulted_bodies')
      .values({ id: 'b1', position: 0, ...body, ...rest })
      .execute();
    await expect(
      t
        .insertInto('consulted_bodies')
        .values({ id: 'b2', position: 0, ...body, ...rest })
        .execute(),
    ).rejects.toThrow();
    await t
      .insertInto('draft_comments')
      .values({
        id: 'm1',
        consultation_id: 'k1',
        body_id: 'b1',
        position: 0,
        part: 'khoản 2 Điều 5',
        text: 'Đề nghị bổ sung',
        response: null,
        response_text: '',
        responded_at: null,
        responded_by: '',
        created_at: AT,
      })
      .execute();
    const contribution = (id: string) => ({
      id,
      conference_id: c.id,
      agenda_item_id: itemId,
      body_name: 'UBND huyện Hồng Ngự',
      bridge_point_id: null,
      participant_group_id: null,
      email: '',
      deadline: null,
      status: 'not_submitted',
      title: '',
      text: '',
      document_id: 'd1',
      submitted_at: null,
      submitted_by: '',
      decided_at: null,
      reminded_at: null,
      remind_count: 0,
      created_at: AT,
      updated_at: AT,
    });
    await t.insertInto('contributions').values(contribution('t1')).execute();
    await expect(t.insertInto('contributions').values(contribution('t2')).execute()).rejects.toThrow();

    await db.deleteFrom('conferences').where('id', '=', c.id).execute();
    for (const table of ['draft_consultations', 'consulted_bodies', 'draft_comments', 'contributions'] as const) {
      expect(await t.selectFrom(table).select('id').execute(), table).toEqual([]);
    }
  });
});
