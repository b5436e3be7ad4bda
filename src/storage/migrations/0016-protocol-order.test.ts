import { Migrator } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createConferenceService } from '../../services/conference-service.js';
import { pointInput } from '../../services/testing.js';
import { listAllDelegateRows, listDelegateRows } from '../repositories/delegate-repository.js';
import { listSeatingRows } from '../repositories/hall-layout-repository.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { migrations } from './index.js';
import { bareConference, barePoint, migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-08T10:00:00.000Z';

describeDatabases('migration 0016 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('keeps the ranks that were chosen, drops the default 100, fills the title ranks; lists follow protocol order', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0016');
    const conferences = createConferenceService(database);
    const c = await bareConference(database);
    const point = await barePoint(database, c.id, pointInput('Hội trường UBND Tỉnh'));
    const delegate = (id: string, name: string, title: string, rank: number) => ({
      id,
      conference_id: c.id,
      bridge_point_id: point.id,
      participant_group_id: null,
      full_name: name,
      title,
      organisation: '',
      phone: '',
      email: '',
      seat: '',
      notes: '',
      protocol_rank: rank,
      invitation: 'invited',
      substitute_json: null,
      answered_at: null,
      attendance: 'unknown',
      checked_in_at: null,
      walk_in: 0,
      search_key: name.toLowerCase(),
      version: 1,
      created_at: AT,
      updated_at: AT,
    });
    await db
      .insertInto('delegates')
      .values([
        delegate('an', 'An Văn Chuyên', 'Chuyên viên', 100),
        delegate('bach', 'Bạch Thị Giám', 'Giám đốc Sở Nội vụ', 100),
        delegate('chu', 'Chu Văn Chủ', 'Chủ tịch UBND Tỉnh', 100),
        delegate('dinh', 'Đinh Khách', 'Chuyên gia UNDP', 10),
        delegate('chair', 'Lý Chủ Trì', '', 0),
      ])
      .execute();

    expect((await migrateToLatest(database)).applied).toContain('0016-protocol-order');
    const rows = await listAllDelegateRows(database.db, c.id);
    expect(
      rows.map((r) => [
        r.id,
        r.protocol_rank === null ? null : Number(r.protocol_rank),
        r.title_rank === null ? null : Number(r.title_rank),
      ]),
    ).toEqual([
      ['chair', 1, null],
      ['chu', null, 4],
      ['bach', null, 10],
      ['dinh', 10, null],
      ['an', null, null],
    ]);
    // Equal ranks (10 given, 10 from the title) keep the name order. The paged list and the hall's seating
    // list share the order; the unranked come last on both dialects.
    const page = await listDelegateRows(database.db, { conferenceId: c.id }, { offset: 1, limit: 3 });
    expect(page.rows.map((r) => r.id)).toEqual(['chu', 'bach', 'dinh']);
    expect((await listSeatingRows(database.db, c.id, point.id)).map((r) => r.id)).toEqual(['chair', 'chu', 'bach', 'dinh', 'an']);
    // The rank is optional now: a new row without one is stored as null.
    await database.db.updateTable('delegates').set({ protocol_rank: null }).where('id', '=', 'chair').execute();
    expect((await listAllDelegateRows(database.db, c.id)).map((r) => r.id)).toEqual(['chu', 'bach', 'dinh', 'an', 'chair']);

    // Participant groups carry an explicit rank too, null by default.
    const withGroup = await conferences.addParticipantGroup(c.id, {
      scope: 'point',
      bridgePointId: point.id,
      category: '',
      organisation: 'Tỉnh ủy',
      role: 'Thường trực',
      count: null,
      personName: '',
      isRepresentative: false,
      isRemote: false,
      isPresiding: false,
      invitedBy: '',
      text: 'Thường trực Tỉnh ủy.',
    });
    const group = (await conferences.get(c.id)).participantGroups.find((g) => g.id === withGroup.id)!;
    expect(group.protocolRank).toBeNull();
    await conferences.updateParticipantGroup(c.id, group.id, { protocolRank: 1 });
    expect((await conferences.get(c.id)).participantGroups.find((g) => g.id === group.id)!.protocolRank).toBe(1);

    // And back down: the class column returns, 100 where no rank was given.
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0015-reminder-claims')).error).toBeUndefined();
    const down = await db.selectFrom('delegates').select(['id', 'protocol_rank']).orderBy('id').execute();
    expect(down.map((r) => [r.id, Number(r.protocol_rank)])).toEqual([
      ['an', 100],
      ['bach', 100],
      ['chair', 100],
      ['chu', 100],
      ['dinh', 10],
    ]);
  });
});
