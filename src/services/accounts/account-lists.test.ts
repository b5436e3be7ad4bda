/**
 * Keyset paging of the account lists (issue 15, item 6) on both dialects: walking every page
 * gives the whole list in its order, once each, ties included (links made in the same
 * millisecond, several roles of one person), and a forged cursor is refused.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Conference } from '../../domain/conference.schema.js';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import type { Page, PageRequest } from '../paging.js';
import { sampleDraft } from '../plan-draft.fixture.js';
import { rejection } from '../testing.js';
import { manualClock, setUpAdmin, type ManualClock } from './testing.js';

/** Every page of a list, `limit` at a time. */
async function walk<T>(read: (request: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit, ...(cursor ? { cursor } : {}) });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describeDatabases('paged account lists on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  let plan: Conference;
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock });
    plan = await services.conferences.createFromDraft(sampleDraft());
  });
  afterEach(() => database.close());

  it('pages the users by e-mail: every user once, in order', async () => {
    const { origin } = await setUpAdmin(services);
    // Out of order, and e-mails that share a beginning.
    for (const name of ['b', 'a', 'ab', 'a.b', 'c', 'aa', 'ba']) {
      await services.accounts.createUser(origin, { email: `${name}@dongthap.gov.vn`, displayName: name });
    }
    const all = (await services.accounts.listUsers()).map((user) => user.email);
    expect(all).toHaveLength(8);
    const pages = await walk((request) => services.accounts.listUsersPage(request), 3);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
    expect(pages.flat().map((user) => user.email)).toEqual(all);
    expect((await services.accounts.listUsersPage({})).items).toHaveLength(8);
    expect((await services.accounts.listUsersPage({})).nextCursor).toBeNull();
  });

  it("pages the memberships by the person's e-mail and role: several roles of one person split across pages", async () => {
    const { origin } = await setUpAdmin(services);
    for (const name of ['c', 'a', 'b']) {
      const { user } = await services.accounts.createUser(origin, { email: `${name}@b.vn`, displayName: name });
      for (const role of ['delegate', 'chair', 'observer'] as const) await services.memberships.grant(plan.id, user.id, role, []);
    }
    const all = await services.memberships.listForConference(plan.id);
    expect(all.map((m) => `${m.userEmail} ${m.role}`).slice(0, 3)).toEqual(['a@b.vn chair', 'a@b.vn delegate', 'a@b.vn observer']);
    const pages = await walk((request) => services.memberships.listPageForConference(plan.id, request), 2);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2, 1]);
    expect(pages.flat().map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('pages the access links newest first, links made in the same millisecond included', async () => {
    const make = (label: string) =>
      services.accessLinks.createLink({
        conferenceId: plan.id,
        purpose: 'guest',
        label,
        expiresAt: new Date(clock().getTime() + 86_400_000).toISOString(),
        createdByUserId: null,
      });
    for (let i = 0; i < 7; i += 1) {
      if (i % 3 === 0) clock.advance(1000);
      await make(`Liên kết ${i}`);
    }
    const all = await services.accessLinks.listLinks(plan.id);
    const pages = await walk((request) => services.accessLinks.listLinksPage(plan.id, request), 2);
    expect(pages.flat().map((link) => link.id)).toEqual(all.map((link) => link.id));
    expect(new Set(pages.flat().map((link) => link.id)).size).toBe(7);
    expect(pages.flat()[0]!.label).toBe('Liên kết 6');
  });

  it('refuses a cursor it did not make', async () => {
    for (const cursor of ['not-json', Buffer.from('["a","b"]').toString('base64url'), Buffer.from('{"x":1}').toString('base64url')]) {
      const error = await rejection(services.accounts.listUsersPage({ cursor }));
      expect([error.status, error.code]).toEqual([400, 'page.invalid_cursor']);
    }
  });
});
