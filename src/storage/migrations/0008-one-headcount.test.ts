import { afterEach, expect, it } from 'vitest';
import { pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, barePoint, migrateBefore } from './migration-test-kit.js';

const ms = (iso: string) => new Date(iso).getTime();

describeDatabases('migration 0008 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it("keeps each hall's newer head count in the one store, with who reported it, and drops the second copy", async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0008');
    const c = await bareConference(database);
    const [newerDesk, newerRollCall, rollCallOnly, deskOnly] = await Promise.all(
      ['A', 'B', 'C', 'D'].map(async (name) => (await barePoint(database, c.id, pointInput(`Điểm cầu ${name}`))).id),
    );
    const hall = (id: string, headcount: number | null, at: string) => ({
      bridge_point_id: id,
      conference_id: c.id,
      ready: 1,
      headcount,
      link: 'good',
      rtt_ms: null,
      loss_percent: null,
      note: '',
      reported_at: ms(at),
      seq: 1,
    });
    await db
      .insertInto('live_halls')
      .values([
        hall(newerDesk!, 10, '2021-07-07T07:50:00.000Z'),
        hall(newerRollCall!, 20, '2021-07-07T07:55:00.000Z'),
        hall(rollCallOnly!, 30, '2021-07-07T07:40:00.000Z'),
        hall(deskOnly!, null, '2021-07-07T07:40:00.000Z'),
      ])
      .execute();
    const desk = (id: string, count: number, at: string) => ({
      bridge_point_id: id,
      conference_id: c.id,
      count,
      reported_at: at,
      reported_by: 'Bàn đón tiếp',
    });
    await db
      .insertInto('headcounts')
      .values([
        desk(newerDesk!, 11, '2021-07-07T07:51:00.000Z'),
        desk(newerRollCall!, 21, '2021-07-07T07:54:00.000Z'),
        desk(deskOnly!, 41, '2021-07-07T07:30:00.000Z'),
      ])
      .execute();
    await db
      .insertInto('audit_log')
      .values({
        id: 'a1',
        at: '2021-07-07T07:40:00.000Z',
        actor_kind: 'link',
        actor_user_id: null,
        actor_link_id: 'l1',
        actor_label: 'Kỹ thuật điểm cầu C',
        ip: null,
        user_agent: null,
        conference_id: c.id,
        action: 'live.report_hall',
        entity_type: 'live',
        entity_id: rollCallOnly,
        before_json: null,
        after_json: '{}',
      })
      .execute();

    expect((await migrateToLatest(database)).applied).toContain('0008-one-headcount');
    const rows = await database.db.selectFrom('headcounts').select(['bridge_point_id', 'count', 'reported_at', 'reported_by']).execute();
    const byPoint = new Map(rows.map((row) => [row.bridge_point_id, { ...row, count: Number(row.count) }]));
    expect(byPoint.get(newerDesk!)).toMatchObject({ count: 11, reported_by: 'Bàn đón tiếp' });
    expect(byPoint.get(newerRollCall!)).toMatchObject({ count: 20, reported_at: '2021-07-07T07:55:00.000Z', reported_by: '' });
    expect(byPoint.get(rollCallOnly!)).toMatchObject({ count: 30, reported_by: 'Kỹ thuật điểm cầu C' });
    expect(byPoint.get(deskOnly!)).toMatchObject({ count: 41 });
    await expect(db.selectFrom('live_halls').select('headcount').execute()).rejects.toThrow();
  });
});
