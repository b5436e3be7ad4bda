/**
 * Issue 15, item 6: every list answers a page at a time. `limit` defaults to 100 and stops at
 * 500 (more is a 400 from the schema); `nextCursor` leads to the next page and is null on the
 * last; a made-up cursor is a 400. Users, memberships, access links, the live timeline's
 * changes, and the audit log (whose paging by `beforeSeq` is older) all refuse limit=501.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { API, apiDatabases, call, expectErrorBody, openTestApp, seedConference, type TestApp } from '../api/helpers.js';
import { START_CONFIRMED } from '../../src/domain/safety/safety.fixture.js';

type Page = { items: { id: string }[]; nextCursor: string | null };

describe('bounded lists through HTTP', () => {
  let t: TestApp;
  let c: Conference;
  const on = (path: string) => `${API}/conferences/${c.id}${path}`;
  /** Every page of a list through HTTP, `limit` at a time. */
  const walk = async (url: string, limit: number) => {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = await call<Page>(t.app, { url: `${url}?${query}` }, 200);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor);
    return pages;
  };

  beforeAll(async () => {
    t = await openTestApp(apiDatabases()[0]!);
    c = await seedConference(t.app, 'Hội nghị có danh sách dài');
    for (let i = 0; i < 120; i += 1) {
      await call(
        t.app,
        { method: 'POST', url: `${API}/users`, payload: { email: `nguoi${String(i).padStart(3, '0')}@b.vn`, displayName: `Người ${i}` } },
        201,
      );
    }
  });
  afterAll(() => t?.close());

  it('answers 100 users by default, then the rest; at most 500 a page', async () => {
    const first = await call<Page>(t.app, { url: `${API}/users` }, 200);
    expect(first.items).toHaveLength(100);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = await call<Page>(t.app, { url: `${API}/users?cursor=${first.nextCursor}` }, 200);
    expect(rest.items).toHaveLength(21);
    expect(rest.nextCursor).toBeNull();
    const ids = [...first.items, ...rest.items].map((user) => user.id);
    expect(new Set(ids).size).toBe(121);
    const pages = await walk(`${API}/users`, 50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 21]);
    expect(pages.flatMap((page) => page.items.map((user) => user.id))).toEqual(ids);
    expect((await call<Page>(t.app, { url: `${API}/users?limit=500` }, 200)).items).toHaveLength(121);
  });

  it('refuses a limit over 500, below 1, and a cursor it did not make', async () => {
    for (const path of ['/users', on('/memberships'), on('/access-links'), on('/live/timeline'), '/audit', on('/audit')]) {
      const url = path.startsWith('/api') ? path : `${API}${path}`;
      expectErrorBody(await t.app.inject({ url: `${url}?limit=501` }), 400);
      expectErrorBody(await t.app.inject({ url: `${url}?limit=0` }), 400);
    }
    for (const path of ['/users', on('/memberships'), on('/access-links')]) {
      const url = path.startsWith('/api') ? path : `${API}${path}`;
      expectErrorBody(await t.app.inject({ url: `${url}?cursor=bWFkZS11cA` }), 400, 'page.invalid_cursor');
      expectErrorBody(await t.app.inject({ url: `${url}?cursor=${encodeURIComponent('not a cursor!')}` }), 400);
    }
  });

  it('pages the memberships and the access links', async () => {
    const users = (await call<Page>(t.app, { url: `${API}/users?limit=5` }, 200)).items;
    for (const user of users)
      await call(
        t.app,
        { method: 'POST', url: on('/memberships'), payload: { userId: user.id, role: 'observer', bridgePointIds: [] } },
        201,
      );
    for (let i = 0; i < 5; i += 1) {
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      await call(t.app, { method: 'POST', url: on('/access-links'), payload: { purpose: 'guest', label: `Khách ${i}`, expiresAt } }, 201);
    }
    for (const list of ['/memberships', '/access-links']) {
      const all = (await call<Page>(t.app, { url: on(`${list}?limit=500`) }, 200)).items.map((item) => item.id);
      expect(all.length, list).toBeGreaterThanOrEqual(5);
      const pages = await walk(on(list), 2);
      expect(pages.slice(0, -1).every((page) => page.items.length === 2)).toBe(true);
      expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(all);
    }
  });

  it("pages the timeline's changes, oldest first, and keeps the rest of the timeline whole", async () => {
    const command = (type: string) => call(t.app, { method: 'POST', url: on('/live/commands'), payload: { type } }, 200);
    await call(t.app, { method: 'POST', url: on('/live/commands'), payload: START_CONFIRMED }, 200);
    await command('start_item');
    for (let i = 0; i < 3; i += 1) {
      await command('pause');
      await command('resume');
    }
    const whole = await call<{ changes: { version: number; kind: string }[]; nextCursor: string | null }>(
      t.app,
      { url: on('/live/timeline') },
      200,
    );
    expect(whole.changes.map((change) => change.kind)).toEqual(['paused', 'resumed', 'paused', 'resumed', 'paused', 'resumed']);
    expect(whole.nextCursor).toBeNull();
    const changes: { version: number }[] = [];
    let cursor: string | null = null;
    do {
      const page: { changes: { version: number }[]; items: unknown[]; nextCursor: string | null } = await call(
        t.app,
        { url: on(`/live/timeline?limit=4${cursor ? `&cursor=${cursor}` : ''}`) },
        200,
      );
      expect(page.changes.length).toBeLessThanOrEqual(4);
      changes.push(...page.changes);
      cursor = page.nextCursor;
    } while (cursor);
    expect(changes).toEqual(whole.changes);
  });
});
