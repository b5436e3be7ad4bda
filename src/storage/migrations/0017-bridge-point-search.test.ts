import { afterEach, expect, it } from 'vitest';
import { loadReferenceUnitLists } from '../../services/index.js';
import { pointInput } from '../../services/testing.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { bareConference, barePoint, migrateBefore } from './migration-test-kit.js';

describeDatabases('migration 0017 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('gives the stored points a search key without diacritics and the province of their unit', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0017');
    await loadReferenceUnitLists(database);
    const c = await bareConference(database);
    const province = await barePoint(database, c.id, pointInput('UBND Tỉnh Đồng Tháp', { unitCode: '01' }));
    // Phường Hà Đông (00013) is a commune-level unit of Hà Nội (01) in the 2025 list.
    const commune = await barePoint(database, c.id, pointInput('UBND Phường Hà Đông', { unitCode: '00013', address: 'Số 1 Quang Trung' }));
    const group = await barePoint(
      database,
      c.id,
      pointInput('Điểm cầu cấp xã thuộc Thành phố Hà Nội', { groupCount: 126, unitListId: 'vn-2025', parentUnitCode: '01' }),
    );
    const byHand = await barePoint(database, c.id, pointInput('Hội trường Sở Nội vụ'));

    expect((await migrateToLatest(database)).applied).toContain('0017-bridge-point-search');
    const rows = await db.selectFrom('bridge_points').select(['id', 'search_key', 'province_code']).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(province.id)).toMatchObject({ search_key: 'ubnd tinh dong thap', province_code: '01' });
    expect(byId.get(commune.id)).toMatchObject({ search_key: 'ubnd phuong ha dong so 1 quang trung', province_code: '01' });
    expect(byId.get(group.id)).toMatchObject({ province_code: '01' });
    expect(byId.get(byHand.id)).toMatchObject({ search_key: 'hoi truong so noi vu', province_code: null });
  });
});
