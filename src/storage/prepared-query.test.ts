import { afterEach, beforeEach, expect, it } from 'vitest';
import { prepareQuery, prepareRowQuery } from './prepared-query.js';
import { AUDIT_LOG_COLUMNS, type NewAuditLogRow } from './repositories/audit-log-repository.js';
import { describeDatabases, type TestDatabase } from './test-databases.js';

const entry = (id: string, action: string, entityType: string, entityId: string | null): NewAuditLogRow => ({
  id,
  at: '2026-12-07T08:00:00.000Z',
  actor_kind: 'system',
  actor_user_id: null,
  actor_link_id: null,
  actor_label: 'Hệ thống',
  ip: null,
  user_agent: null,
  conference_id: null,
  action,
  entity_type: entityType,
  entity_id: entityId,
  before_json: null,
  after_json: '{"a":1}',
});

// Built from a test's own definitions, so that their first compile happens in the test.
const insertEntry = prepareRowQuery<NewAuditLogRow, never>(AUDIT_LOG_COLUMNS, (executor, row) =>
  executor.insertInto('audit_log').values(row),
);

// Two arguments and a constant ('delegate') between them in the compiled parameters.
const byActionAndId = prepareQuery(2, (executor, action: string, id: string) =>
  executor
    .selectFrom('audit_log')
    .select(['id', 'action', 'entity_type', 'entity_id', 'after_json'])
    .where('action', '=', action)
    .where('entity_type', '=', 'delegate')
    .where('id', '=', id),
);

describeDatabases('prepared queries on $dialect', ({ open }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await open();
  });
  afterEach(() => database.close());

  it('runs the query compiled once with each call’s values, keeping the constants as written', async () => {
    await insertEntry(database.db, entry('a1', 'delegate.check_in', 'delegate', 'd1'));
    await insertEntry(database.db, entry('a2', 'delegate.check_in', 'bridge_point', 'p1'));
    await insertEntry(database.db, entry('a3', 'headcount.report', 'delegate', null));
    const rows = await database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows.map((row) => [row.id, row.action, row.entity_type, row.entity_id, row.after_json])).toEqual([
      ['a1', 'delegate.check_in', 'delegate', 'd1', '{"a":1}'],
      ['a2', 'delegate.check_in', 'bridge_point', 'p1', '{"a":1}'],
      ['a3', 'headcount.report', 'delegate', null, '{"a":1}'],
    ]);
    expect((await byActionAndId(database.db, 'delegate.check_in', 'a1')).rows).toEqual([
      { id: 'a1', action: 'delegate.check_in', entity_type: 'delegate', entity_id: 'd1', after_json: '{"a":1}' },
    ]);
    // The constant stays: a2's entity type is not 'delegate'.
    expect((await byActionAndId(database.db, 'delegate.check_in', 'a2')).rows).toEqual([]);
    // The arguments are not swapped or stuck at their first values.
    expect((await byActionAndId(database.db, 'headcount.report', 'a3')).rows.map((row) => row.id)).toEqual(['a3']);
    expect((await byActionAndId(database.db, 'headcount.report', 'a1')).rows).toEqual([]);
  });

  it('runs inside a transaction as on the database, and a rollback takes its writes', async () => {
    await database.db
      .transaction()
      .execute(async (trx) => {
        await insertEntry(trx, entry('t1', 'delegate.check_in', 'delegate', 'd1'));
        expect((await byActionAndId(trx, 'delegate.check_in', 't1')).rows).toHaveLength(1);
        throw new Error('rolled back');
      })
      .catch((error: unknown) => expect((error as Error).message).toBe('rolled back'));
    expect((await byActionAndId(database.db, 'delegate.check_in', 't1')).rows).toEqual([]);
  });

  it('refuses, when first compiled, a query that an argument does not reach', async () => {
    const careless = prepareQuery(1, (executor, _id: string) => executor.selectFrom('audit_log').select('id'));
    await expect(careless(database.db, 'a1')).rejects.toThrow(/argument 0 does not reach the SQL/);
  });
});

it('compiles once per database: SQLite and PostgreSQL each get their own SQL from one definition', async () => {
  const { openTestSqlite, openTestPostgres, TEST_DATABASE_URL } = await import('./test-databases.js');
  const sqlite = await openTestSqlite();
  const postgres = TEST_DATABASE_URL ? await openTestPostgres() : null;
  try {
    const seen: string[] = [];
    const query = prepareQuery(1, (executor, id: string) => {
      const built = executor.selectFrom('audit_log').select('id').where('id', '=', id);
      seen.push(built.compile().sql);
      return built;
    });
    for (const [i, database] of [sqlite, postgres, sqlite, postgres].entries()) {
      if (database === null) continue;
      await insertEntry(database.db, entry(`x${i}`, 'delegate.check_in', 'delegate', null));
      expect((await query(database.db, `x${i}`)).rows.map((row) => row.id)).toEqual([`x${i}`]);
    }
    // Built once on SQLite (`?`), once on PostgreSQL (`$1`), never again.
    expect(seen).toEqual(postgres ? [expect.stringContaining('?'), expect.stringContaining('$1')] : [expect.stringContaining('?')]);
  } finally {
    await sqlite.close();
    await postgres?.close();
  }
});
