/**
 * The conference list filtered in SQL, on both databases: the administrator reads every
 * conference, a user those where they hold a role (EXISTS on memberships: a conference where
 * they hold two roles is listed once), a link its one conference; paging and totals count only
 * what the reader may see, and each page costs two statements (count and page).
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blankConferenceInfo } from '../../domain/conference-rules.js';
import { describeDatabases, type TestDatabase } from '../test-databases.js';
import { insertConference, listConferences, type ConferenceListFilter } from './conference-repository.js';
import { insertMembership } from './membership-repository.js';
import { insertUser } from './user-repository.js';

class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const NOW = '2021-06-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const user = (n: number) => ({
  id: id(100 + n),
  email: `user${n}@dongthap.gov.vn`,
  display_name: `User ${n}`,
  password_hash: null,
  is_admin: 0,
  disabled: 0,
  created_at: NOW,
  updated_at: NOW,
});

describeDatabases('the conference list filtered by reader on $dialect', ({ open }) => {
  let database: TestDatabase;
  /** Conference ids, newest start first (the list's order). */
  const conferences = Array.from({ length: 10 }, (_, i) => id(i + 1));
  const mine = [conferences[1]!, conferences[4]!, conferences[8]!];
  const reader = user(1);
  const other = user(2);

  beforeAll(async () => {
    database = await open();
    for (const [i, conferenceId] of conferences.entries()) {
      const day = String(28 - i).padStart(2, '0');
      const info = { ...blankConferenceInfo(), title: `Hội nghị số ${i + 1}`, startsAt: `2021-07-${day}T08:00` };
      await insertConference(database.db, { id: conferenceId, info, status: i % 2 === 0 ? 'draft' : 'issued', archived: false, now: NOW });
    }
    await insertUser(database.db, reader);
    await insertUser(database.db, other);
    const grant = (n: number, conferenceId: string, userId: string, role: string) =>
      insertMembership(database.db, {
        id: id(200 + n),
        conference_id: conferenceId,
        user_id: userId,
        role,
        bridge_point_ids: '[]',
        created_at: NOW,
      });
    await grant(1, mine[0]!, reader.id, 'organizer');
    await grant(2, mine[0]!, reader.id, 'chair');
    await grant(3, mine[1]!, reader.id, 'operator');
    await grant(4, mine[2]!, reader.id, 'observer');
    await grant(5, conferences[0]!, other.id, 'organizer');
    await grant(6, conferences[2]!, other.id, 'delegate');
  });
  afterAll(() => database?.close());

  const list = async (filter: Partial<ConferenceListFilter>) => {
    const counter = new StatementCounter();
    const page = await listConferences(database.db.withPlugin(counter), { archived: false, limit: 2, offset: 0, ...filter });
    expect(counter.count, 'statements per page').toBe(2);
    return { ids: page.items.map((item) => item.id), total: page.total };
  };

  it('pages a user with roles in 3 of 10 conferences, 2 per page, each listed once', async () => {
    const member = { kind: 'member', userId: reader.id } as const;
    expect(await list({ readableBy: member })).toEqual({ ids: mine.slice(0, 2), total: 3 });
    expect(await list({ readableBy: member, offset: 2 })).toEqual({ ids: mine.slice(2), total: 3 });
    expect(await list({ readableBy: member, offset: 4 })).toEqual({ ids: [], total: 3 });
    expect(await list({ readableBy: member, limit: 50 })).toEqual({ ids: mine, total: 3 });
  });

  it('combines the reader with the other filters', async () => {
    const member = { kind: 'member', userId: reader.id } as const;
    expect(await list({ readableBy: member, status: 'issued' })).toEqual({ ids: [mine[0]], total: 1 });
    expect(await list({ readableBy: member, q: 'so 5' })).toEqual({ ids: [mine[1]], total: 1 });
    expect(await list({ readableBy: member, q: 'so 1' })).toEqual({ ids: [], total: 0 });
    expect(await list({ readableBy: member, archived: true })).toEqual({ ids: [], total: 0 });
    expect(await list({ readableBy: { kind: 'member', userId: id(999) } })).toEqual({ ids: [], total: 0 });
  });

  it('gives a link its one conference and the administrator all ten', async () => {
    expect(await list({ readableBy: { kind: 'conference', conferenceId: conferences[6]! } })).toEqual({ ids: [conferences[6]], total: 1 });
    expect(await list({ readableBy: { kind: 'conference', conferenceId: id(999) } })).toEqual({ ids: [], total: 0 });
    expect(await list({ readableBy: { kind: 'all' }, offset: 8 })).toEqual({ ids: conferences.slice(8), total: 10 });
    expect(await list({ offset: 2 })).toEqual({ ids: conferences.slice(2, 4), total: 10 });
  });
});
