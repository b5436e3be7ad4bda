import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachePreparedStatements, type CachedDatabase } from './statement-cache.js';

describe('prepared-statement cache for SQLite', () => {
  let connection: BetterSqlite3.Database;
  let cached: CachedDatabase;
  beforeEach(() => {
    connection = new BetterSqlite3(':memory:');
    connection.exec('create table t (id integer primary key, name text)');
    cached = cachePreparedStatements(connection, 3);
  });
  afterEach(() => {
    if (connection.open) connection.close();
  });

  it('hands out the same statement for the same SQL text, and prepares each text once', () => {
    const first = cached.prepare('select * from t where id = ?');
    expect(cached.prepare('select * from t where id = ?')).toBe(first);
    expect(cached.prepare('select * from t where id = ? ')).not.toBe(first);
    expect(cached.stats).toEqual({ hits: 1, misses: 2, busy: 0 });
  });

  it('holds at most its capacity, dropping the least recently used', () => {
    const a = cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a); // 'select 1' is now the most recent
    cached.prepare('select 4'); // drops 'select 2'
    expect(cached.size).toBe(3);
    expect(cached.prepare('select 1')).toBe(a);
    const misses = cached.stats.misses;
    cached.prepare('select 2');
    expect(cached.stats.misses).toBe(misses + 1);
    expect(cached.size).toBe(3);
  });

  it('gives a fresh statement while the cached one is busy iterating, and the cached one again after', () => {
    connection.exec("insert into t (name) values ('a'), ('b'), ('c')");
    const text = 'select name from t order by id';
    const statement = cached.prepare(text);
    const names: string[] = [];
    for (const row of statement.iterate([]) as Iterable<{ name: string }>) {
      // Inside the iteration the same SQL again (a nested read): not the busy statement.
      const inner = cached.prepare(text);
      expect(inner).not.toBe(statement);
      names.push(row.name, (inner.all([]) as { name: string }[]).map((r) => r.name).join(''));
    }
    expect(names).toEqual(['a', 'abc', 'b', 'abc', 'c', 'abc']);
    expect(cached.stats.busy).toBe(3);
    expect(cached.prepare(text)).toBe(statement);
  });

  it('does not keep a statement that fails to prepare', () => {
    expect(() => cached.prepare('select * from missing')).toThrow(/no such table/);
    expect(cached.size).toBe(0);
  });

  it('keeps working across schema changes: a cached statement sees a new column, and fails once its table is gone', () => {
    const select = cached.prepare('select * from t');
    connection.exec("insert into t (name) values ('a')");
    expect(select.all([])).toEqual([{ id: 1, name: 'a' }]);
    connection.exec('alter table t add column note text');
    expect(cached.prepare('select * from t').all([])).toEqual([{ id: 1, name: 'a', note: null }]);
    connection.exec('drop table t');
    expect(() => cached.prepare('select * from t').all([])).toThrow(/no such table/);
    connection.exec('create table t (id integer primary key, other text)');
    expect(cached.prepare('select * from t').all([])).toEqual([]);
  });

  it("serves Kysely's SQLite dialect: queries, streams inside streams, and closing", async () => {
    const db = new Kysely<{ t: { id: Generated<number>; name: string | null } }>({ dialect: new SqliteDialect({ database: cached }) });
    await db
      .insertInto('t')
      .values([{ name: 'a' }, { name: 'b' }])
      .execute();
    const read = () => db.selectFrom('t').select('name').orderBy('id').execute();
    expect(await read()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(await read()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(cached.stats.hits).toBeGreaterThan(0);
    const streamed: string[] = [];
    for await (const row of db.selectFrom('t').select('name').orderBy('id').stream()) streamed.push(row.name ?? '');
    expect(streamed).toEqual(['a', 'b']);
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows).toEqual([{ n: 2 }]);
    await db.destroy();
    expect(connection.open).toBe(false);
    expect(cached.size).toBe(0);
  });
});
