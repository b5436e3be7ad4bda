import { afterEach, expect, it } from 'vitest';
import { pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, barePoint, migrateBefore } from './migration-test-kit.js';

describeDatabases('migration 0018 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('leaves the stored points to their kind (no tier) and their halls without a playback report', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0018');
    const c = await bareConference(database);
    const hall = await barePoint(database, c.id, pointInput('Hội trường UBND tỉnh'));
    const commune = await barePoint(database, c.id, pointInput('UBND xã Tân Hộ Cơ', { kind: 'commune' }));
    await db
      .insertInto('live_halls')
      .values({
        bridge_point_id: commune.id,
        conference_id: c.id,
        ready: 1,
        link: 'good',
        rtt_ms: null,
        loss_percent: null,
        note: '',
        reported_at: null,
        seq: 1,
      })
      .execute();

    expect((await migrateToLatest(database)).applied).toContain('0018-media-tier');
    const points = await db.selectFrom('bridge_points').select(['id', 'media_tier']).orderBy('position').execute();
    expect(points).toEqual([
      { id: hall.id, media_tier: null },
      { id: commune.id, media_tier: null },
    ]);
    expect(await db.selectFrom('live_halls').select(['bridge_point_id', 'playback_json']).execute()).toEqual([
      { bridge_point_id: commune.id, playback_json: null },
    ]);
    await db.updateTable('bridge_points').set({ media_tier: 'watching' }).where('id', '=', hall.id).execute();
    expect(await db.selectFrom('bridge_points').select('media_tier').where('id', '=', hall.id).executeTakeFirst()).toEqual({
      media_tier: 'watching',
    });
  });
});
