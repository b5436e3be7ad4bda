import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openTestSqlite, describeDatabases, type TestDatabase } from './test-databases.js';

const TABLES = [
  'conferences',
  'bridge_points',
  'participant_groups',
  'assignments',
  'tasks',
  'agenda_items',
  'cost_lines',
  'distribution_lines',
  'unclassified_lines',
  'administrative_unit_lists',
  'administrative_units',
] as const;

describeDatabases('migrations on $dialect', ({ dialect, open }) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('apply once, then do nothing the second time', async () => {
    database = await open({ migrate: false });
    expect(database.dialect).toBe(dialect);
    expect(await migrateToLatest(database)).toEqual({ applied: Object.keys(migrations) });
    expect(await migrateToLatest(database.db)).toEqual({ applied: [] });
    for (const table of TABLES) {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBe(0);
    }
  });

  it('enforce foreign keys', async () => {
    database = await open();
    const orphan = database.db
      .insertInto('distribution_lines')
      .values({ id: 'x', conference_id: 'no-such-conference', position: 0, text: 'Lưu: VT.' })
      .execute();
    await expect(orphan).rejects.toThrow();
  });

  it('keep large money amounts exact', async () => {
    database = await open();
    await database.db
      .insertInto('conferences')
      .values({
        id: 'c',
        version: 1,
        status: 'draft',
        archived: 0,
        document_type: 'KH',
        governing_body: '',
        issuing_body: 'UBND',
        document_number: '',
        document_symbol: '',
        place: '',
        issue_date: null,
        title: 't',
        purpose: '',
        starts_at: '2021-07-07T08:00',
        first_date: '2021-07-07',
        issuer_kind: 'state',
        telegram_line: '',
        addressees: '[]',
        comment_deadline: null,
        venue: '',
        replaces_invitation: 0,
        closing_text: '',
        programme_note: '',
        funding_source: '',
        signer_authority: '',
        signer_body: '',
        signer_title: '',
        signer_name: '',
        search_text: 't',
        created_at: '',
        updated_at: '',
      })
      .execute();
    await database.db
      .insertInto('cost_lines')
      .values({ id: 'l', conference_id: 'c', position: 0, description: 'x', amount_vnd: 1e15 })
      .execute();
    const row = await database.db.selectFrom('cost_lines').select('amount_vnd').executeTakeFirstOrThrow();
    expect(Number(row.amount_vnd)).toBe(1e15);
  });
});

describe('SQLite file', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('runs in WAL mode with synchronous=FULL, foreign keys and a busy timeout', async () => {
    database = await openTestSqlite();
    const pragma = async (name: string) =>
      Object.values((await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(database!.db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('keeps an acknowledged write when the process is killed right after it', async () => {
    database = await openTestSqlite({ migrate: false });
    await database.db.destroy();
    const dataDir = database.dataDir!;
    const fixture = fileURLToPath(new URL('./durability.fixture.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', fixture, dataDir], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const id = child.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // The write sits in the WAL (no checkpoint happened); a fresh connection must recover it.
    expect(existsSync(join(dataDir, `${SQLITE_FILE_NAME}-wal`))).toBe(true);
    const fresh = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      const conference = fresh.prepare('select title, version from conferences where id = ?').get(id);
      expect(conference).toEqual({ title: 'Hội nghị trực tuyến tỉnh Đồng Tháp', version: 2 });
      const points = fresh.prepare('select name, is_host from bridge_points where conference_id = ?').all(id);
      expect(points).toEqual([{ name: 'Điểm cầu Tỉnh', is_host: 1 }]);
    } finally {
      fresh.close();
    }
  });
});
