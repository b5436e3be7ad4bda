import { afterEach, expect, it } from 'vitest';
import { createConferenceService } from '../../services/conference-service.js';
import { pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, barePoint, migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-08T10:00:00.000Z';

describeDatabases('migration 0014 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('binds existing conclusions to no body, unbinds one whose point is removed, and keeps review mail per delegate', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0014');
    const conferences = createConferenceService(database);
    const c = await bareConference(database);
    const point = await barePoint(database, c.id, pointInput('Điểm cầu huyện Tân Hồng'));
    const conclusion = (id: string) => ({
      id,
      conference_id: c.id,
      position: 1,
      text: 'Kết luận',
      lead_agency: 'UBND huyện Tân Hồng',
      cooperating_agencies: '[]',
      task_text: '',
      deadline: null,
      task_id: null,
      carried_from: null,
    });
    await db.insertInto('conclusions').values(conclusion('old')).execute();

    expect((await migrateToLatest(database)).applied).toContain('0014-record-bodies-review-mail');
    // A conclusion written before the migration is bound to no body.
    expect(
      await database.db
        .selectFrom('conclusions')
        .select(['lead_bridge_point_id', 'lead_participant_group_id'])
        .where('id', '=', 'old')
        .executeTakeFirst(),
    ).toEqual({ lead_bridge_point_id: null, lead_participant_group_id: null });
    await database.db
      .insertInto('conclusions')
      .values({ ...conclusion('bound'), lead_bridge_point_id: point.id, lead_participant_group_id: null })
      .execute();
    // A body that is not a point of any plan is refused by the database too.
    await expect(
      database.db
        .insertInto('conclusions')
        .values({ ...conclusion('stray'), lead_bridge_point_id: 'no-such-point', lead_participant_group_id: null })
        .execute(),
    ).rejects.toThrow();

    const delegate = await database.db
      .insertInto('delegates')
      .values({
        id: 'd1',
        conference_id: c.id,
        bridge_point_id: point.id,
        participant_group_id: null,
        full_name: 'Lê Văn Đại',
        title: '',
        organisation: '',
        phone: '',
        email: 'dai@example.vn',
        seat: '',
        notes: '',
        protocol_rank: 0,
        invitation: 'invited',
        substitute_json: null,
        answered_at: null,
        attendance: 'unknown',
        checked_in_at: null,
        walk_in: 0,
        search_key: 'le van dai',
        version: 1,
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('minutes_deliveries')
      .values({
        id: 'm1',
        conference_id: c.id,
        delegate_id: delegate.id,
        recipient: 'dai@example.vn',
        public_url: 'http://127.0.0.1:3000',
        status: 'queued',
        error: null,
        message_id: null,
        created_at: AT,
        sent_at: null,
      })
      .execute();

    // The point removed from the plan: the agency's name stays, the binding goes; the delegate's mail goes with the delegate.
    await conferences.removeBridgePoint(c.id, point.id);
    expect(
      await database.db
        .selectFrom('conclusions')
        .select(['lead_agency', 'lead_bridge_point_id'])
        .where('id', '=', 'bound')
        .executeTakeFirst(),
    ).toEqual({ lead_agency: 'UBND huyện Tân Hồng', lead_bridge_point_id: null });
    expect(await database.db.selectFrom('minutes_deliveries').selectAll().execute()).toEqual([]);
  });
});
