import { afterEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { migrateToLatest } from '../migrate.js';
import { migrateBefore } from './migration-test-kit.js';

const AT = '2021-07-01T00:00:00.000Z';
const device = (id: string, tokenHash: string) => ({
  id,
  token_hash: tokenHash,
  user_id: 'u1',
  created_at: AT,
  last_used_at: AT,
  expires_at: '2021-09-29T00:00:00.000Z',
});

describeDatabases('migration 0007 on $dialect', ({ open }) => {
  let database: TestDatabase;
  afterEach(() => database.close());

  it('adds known devices to existing users: one row per token, gone with the user', async () => {
    database = await open({ migrate: false });
    const db = await migrateBefore(database, '0007');
    await db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'a@b.vn',
        display_name: 'A',
        password_hash: null,
        is_admin: 0,
        disabled: 0,
        created_at: AT,
        updated_at: AT,
      })
      .execute();

    expect((await migrateToLatest(database)).applied).toContain('0007-known-devices');
    await database.db.insertInto('known_devices').values(device('d1', 'h1')).execute();
    await expect(database.db.insertInto('known_devices').values(device('d2', 'h1')).execute()).rejects.toThrow();
    expect(await database.db.selectFrom('known_devices').select(['id', 'user_id']).execute()).toEqual([{ id: 'd1', user_id: 'u1' }]);
    await db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect(await database.db.selectFrom('known_devices').select('id').execute()).toEqual([]);
  });
});
