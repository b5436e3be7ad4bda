/**
 * The acceptance scenarios of issue 3 beyond the matrix: a district operator and their
 * point, a delegate and other people's contacts, a guest link of A on B, expired and
 * revoked links, what /auth/me says, and lists filtered to what one may read.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { as, createUser, exchangeLink, grant, linkSession, type TestUser } from './actors.js';
import {
  API,
  call,
  expectErrorBody,
  openTestApp,
  participantGroupInput,
  seedConference,
  describeDatabases,
  apiDatabases,
  type TestApp,
} from './helpers.js';

describeDatabases(
  'access scenarios on $dialect',
  (dbCase) => {
    let t: TestApp;
    let a: Conference;
    let b: Conference;
    let operator: TestUser;
    beforeAll(async () => {
      t = await openTestApp(dbCase);
      a = await seedConference(t.app, 'Hội nghị A');
      b = await seedConference(t.app, 'Hội nghị B');
      operator = await createUser(t, 'ky-thuat-chau-thanh');
      await grant(t, a.id, operator, 'operator', [a.bridgePoints[1]!.id]);
    }, 60_000);
    afterAll(() => t?.close());

    const base = (c: Conference) => `${API}/conferences/${c.id}`;

    it('an operator changes their own point and its groups, never another point or its groups', async () => {
      const asOperator = as(t, operator.credentials);
      const [host, district] = a.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
      const seen = await call<Conference & { allowedActions: { bridgePoints: Record<string, string[]> } }>(
        asOperator,
        { url: base(a) },
        200,
      );
      expect(seen.allowedActions.bridgePoints[district.id]).toEqual(
        expect.arrayContaining(['bridge_point.update_own', 'participant_group.create']),
      );
      expect(seen.allowedActions.bridgePoints[host.id]).toEqual([]);
      expect(seen.bridgePoints.find((p) => p.id === host.id)!.operatorPhone).toBe('');
      expect(seen.assignments).toEqual([]);

      await call(
        asOperator,
        {
          method: 'PATCH',
          url: `${base(a)}/bridge-points/${district.id}`,
          payload: { address: 'Hội trường huyện', operatorPhone: '0277 3000 111' },
        },
        200,
      );
      expectErrorBody(
        await asOperator({ method: 'PATCH', url: `${base(a)}/bridge-points/${district.id}`, payload: { quota: 500 } }),
        403,
        'access.denied',
      );
      expectErrorBody(
        await asOperator({ method: 'PATCH', url: `${base(a)}/bridge-points/${host.id}`, payload: { address: 'Chiếm' } }),
        403,
        'access.denied',
      );
      expectErrorBody(await asOperator({ method: 'DELETE', url: `${base(a)}/bridge-points/${district.id}` }), 403, 'access.denied');

      const own = await call<{ id: string }>(
        asOperator,
        { method: 'POST', url: `${base(a)}/participant-groups`, payload: participantGroupInput(district.id) },
        201,
      );
      expectErrorBody(
        await asOperator({ method: 'POST', url: `${base(a)}/participant-groups`, payload: participantGroupInput(host.id) }),
        403,
        'access.denied',
      );
      expectErrorBody(
        await asOperator({ method: 'POST', url: `${base(a)}/participant-groups`, payload: participantGroupInput(null) }),
        403,
        'access.denied',
      );
      // Moving their group to the host point would change another point's delegates.
      expectErrorBody(
        await asOperator({ method: 'PATCH', url: `${base(a)}/participant-groups/${own.id}`, payload: { bridgePointId: host.id } }),
        403,
        'access.denied',
      );
      const hostGroup = a.participantGroups.find((g) => g.bridgePointId === host.id)!;
      expectErrorBody(
        await asOperator({ method: 'PATCH', url: `${base(a)}/participant-groups/${hostGroup.id}`, payload: { count: 9 } }),
        403,
        'access.denied',
      );
      expectErrorBody(await asOperator({ method: 'DELETE', url: `${base(a)}/participant-groups/${hostGroup.id}` }), 403, 'access.denied');
      const after = await call<Conference>(t.app, { url: base(a) }, 200);
      expect(after.bridgePoints.find((p) => p.id === host.id)).toEqual(a.bridgePoints[0]);
      expect(after.bridgePoints.find((p) => p.id === district.id)!.address).toBe('Hội trường huyện');
    });

    it("a delegate reads the public plan without anyone's contact details or other delegates' records", async () => {
      const delegate = await createUser(t, 'dai-bieu');
      await grant(t, a.id, delegate, 'delegate');
      const seen = await call<Conference>(as(t, delegate.credentials), { url: base(a) }, 200);
      expect(seen.title).toBe(a.title);
      expect(seen.agendaItems.length).toBe(a.agendaItems.length);
      for (const point of seen.bridgePoints) expect([point.operatorName, point.operatorPhone, point.operatorEmail]).toEqual(['', '', '']);
      expect(seen.participantGroups).toEqual([]);
      expect(JSON.stringify(seen)).not.toContain('diemcau@dongthap.gov.vn');
      // A delegate link sees its own record only.
      const ownGroup = a.participantGroups[0]!;
      const link = await linkSession(t, a.id, 'delegate', { participantGroupId: ownGroup.id });
      const viaLink = await call<Conference>(as(t, link.credentials), { url: base(a) }, 200);
      expect(viaLink.participantGroups.map((g) => g.id)).toEqual([ownGroup.id]);
      expect(JSON.stringify(viaLink)).not.toContain('0277 3851 234');
    });

    it('a guest link for conference A opens nothing of conference B', async () => {
      const guest = await linkSession(t, a.id, 'guest');
      const asGuest = as(t, guest.credentials);
      expect((await call<Conference>(asGuest, { url: base(a) }, 200)).id).toBe(a.id);
      for (const url of [base(b), `${base(b)}/schedule`, `${base(b)}/documents/plan.docx`, `${base(b)}/audit`]) {
        expectErrorBody(await asGuest({ url }), 404, 'conference.not_found');
      }
      expectErrorBody(await asGuest({ method: 'PATCH', url: base(b), payload: { title: 'x' } }), 404, 'conference.not_found');
      expectErrorBody(
        await asGuest({ method: 'POST', url: `${API}/conferences`, payload: { title: 'x', startsAt: '2021-07-07T08:00' } }),
        403,
        'access.denied',
      );
      const list = await call<{ items: { id: string }[]; total: number }>(asGuest, { url: `${API}/conferences` }, 200);
      expect(list).toMatchObject({ total: 1, items: [{ id: a.id }] });
      const me = await call<{ actor: { kind: string; conferenceId: string; purpose: string }; csrfToken: string }>(
        asGuest,
        { url: `${API}/auth/me` },
        200,
      );
      expect(me.actor).toMatchObject({ kind: 'link', conferenceId: a.id, purpose: 'guest' });
      expect(me.csrfToken).toBe(guest.credentials.csrfToken);
    });

    it('a revoked link stops at once and an expired one is refused, each with a clear message', async () => {
      const link = await linkSession(t, a.id, 'operator', { bridgePointId: a.bridgePoints[1]!.id });
      await call(t.app, { method: 'POST', url: `${base(a)}/access-links/${link.id}/revoke` }, 200);
      const revoked = await as(t, link.credentials)({ url: base(a) });
      expect(expectErrorBody(revoked, 401, 'link.revoked').message.vi).toMatch(/thu hồi/);
      expect(String(revoked.headers['set-cookie'])).toMatch(/^diemcau_session=;/);
      expectErrorBody(await t.rawInject({ method: 'POST', url: `${API}/auth/link`, payload: { token: link.token } }), 401, 'link.revoked');

      const soon = new Date(Date.now() + 1500).toISOString();
      const created = await call<{ url: string }>(
        t.app,
        { method: 'POST', url: `${base(a)}/access-links`, payload: { purpose: 'guest', label: 'Khách', expiresAt: soon } },
        201,
      );
      const credentials = await exchangeLink(t, created.url.slice(3));
      await new Promise((done) => setTimeout(done, 1600));
      expect(expectErrorBody(await as(t, credentials)({ url: base(a) }), 401, 'link.expired').message.vi).toMatch(/hết hạn/);
      expectErrorBody(
        await t.rawInject({ method: 'POST', url: `${API}/auth/link`, payload: { token: created.url.slice(3) } }),
        401,
        'link.expired',
      );
      // The organizer sees each link's state and last use, never its token.
      const links = await call<{ items: { id: string; state: string; lastUsedAt: string | null; useCount: number }[] }>(
        t.app,
        { url: `${base(a)}/access-links` },
        200,
      );
      expect(links.items.find((l) => l.id === link.id)).toMatchObject({ state: 'revoked', lastUsedAt: expect.any(String) });
      expect(JSON.stringify(links)).not.toContain(link.token);
    });

    it('says on every user, membership, link and audit entry what the caller may do with it', async () => {
      type WithActions = { id: string; allowedActions: string[] };
      const organizer = await createUser(t, 'to-chuc-lien-ket');
      const chair = await createUser(t, 'chu-tri-lien-ket');
      await grant(t, a.id, organizer, 'organizer');
      await grant(t, a.id, chair, 'chair');
      const link = await linkSession(t, a.id, 'guest');
      const asOrganizer = as(t, organizer.credentials);
      const asChair = as(t, chair.credentials);

      // Links: the organizer of A may revoke every link of A; the chair sees none, B's organizer neither.
      const links = await call<{ items: WithActions[] }>(asOrganizer, { url: `${base(a)}/access-links` }, 200);
      expect(links.items.find((l) => l.id === link.id)!.allowedActions).toEqual(['conference.manage_access']);
      expect(links.items.every((l) => l.allowedActions.includes('conference.manage_access'))).toBe(true);
      expectErrorBody(await asChair({ url: `${base(a)}/access-links` }), 403, 'access.denied');
      expectErrorBody(await asOrganizer({ url: `${base(b)}/access-links` }), 404, 'conference.not_found');
      const created = await call<{ link: WithActions }>(
        asOrganizer,
        {
          method: 'POST',
          url: `${base(a)}/access-links`,
          payload: { purpose: 'observer', label: 'Báo chí', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        },
        201,
      );
      expect(created.link.allowedActions).toEqual(['conference.manage_access']);
      const revoked = await call<{ link: WithActions & { state: string } }>(
        asOrganizer,
        { method: 'POST', url: `${base(a)}/access-links/${created.link.id}/revoke` },
        200,
      );
      expect(revoked.link).toMatchObject({ state: 'revoked', allowedActions: ['conference.manage_access'] });
      expectErrorBody(await asChair({ method: 'POST', url: `${base(a)}/access-links/${link.id}/revoke` }), 403, 'access.denied');

      // Memberships: the same rule, conference.manage_access.
      const members = await call<{ items: (WithActions & { userId: string })[] }>(asOrganizer, { url: `${base(a)}/memberships` }, 200);
      expect(members.items.map((m) => m.allowedActions)).toEqual(members.items.map(() => ['conference.manage_access']));
      expectErrorBody(await asChair({ url: `${base(a)}/memberships` }), 403, 'access.denied');
      const observer = await createUser(t, 'bao-chi');
      const granted = await call<WithActions>(
        asOrganizer,
        { method: 'POST', url: `${base(a)}/memberships`, payload: { userId: observer.id, role: 'observer', bridgePointIds: [] } },
        201,
      );
      expect(granted.allowedActions).toEqual(['conference.manage_access']);

      // Users: the administrator may update every account, their own included; nobody else lists them.
      const users = await call<{ items: (WithActions & { email: string })[] }>(t.app, { url: `${API}/users` }, 200);
      expect(new Set(users.items.map((u) => u.allowedActions.join()))).toEqual(new Set(['user.update']));
      const newUser = await call<{ user: WithActions }>(
        t.app,
        { method: 'POST', url: `${API}/users`, payload: { email: `moi.${Date.now()}@dongthap.gov.vn`, displayName: 'Mới' } },
        201,
      );
      expect(newUser.user.allowedActions).toEqual(['user.update']);
      const disabled = await call<WithActions & { disabled: boolean }>(
        t.app,
        { method: 'PATCH', url: `${API}/users/${newUser.user.id}`, payload: { disabled: true } },
        200,
      );
      expect(disabled).toMatchObject({ disabled: true, allowedActions: ['user.update'] });
      expectErrorBody(await asOrganizer({ url: `${API}/users` }), 403, 'access.denied');

      // Audit entries: the log is append-only, so every entry says [].
      const audit = await call<{ items: { allowedActions: string[] }[] }>(asOrganizer, { url: `${base(a)}/audit?limit=20` }, 200);
      expect(audit.items.length).toBeGreaterThan(0);
      expect(audit.items.every((entry) => Array.isArray(entry.allowedActions) && entry.allowedActions.length === 0)).toBe(true);
    });

    it('tells each caller who they are and what they may do outside conferences', async () => {
      const anonymous = await call<{ actor: { kind: string }; csrfToken: null; systemActions: string[] }>(
        t.rawInject,
        { url: `${API}/auth/me` },
        200,
      );
      expect(anonymous).toEqual({ actor: { kind: 'anonymous' }, csrfToken: null, systemActions: [] });
      const me = await call<{ actor: { kind: string; user: { id: string }; memberships: unknown[] }; systemActions: string[] }>(
        as(t, operator.credentials),
        { url: `${API}/auth/me` },
        200,
      );
      expect(me.actor).toMatchObject({
        kind: 'user',
        user: { id: operator.id },
        memberships: [{ conferenceId: a.id, role: 'operator', bridgePointIds: [a.bridgePoints[1]!.id] }],
      });
      expect(me.systemActions).toEqual(['conference.create', 'conference.import']);
      const admin = await call<{ systemActions: string[] }>(t.app, { url: `${API}/auth/me` }, 200);
      expect(admin.systemActions).toEqual(expect.arrayContaining(['audit.read_all', 'user.list', 'user.create']));
      expectErrorBody(await t.rawInject({ url: `${API}/conferences` }), 401, 'auth.required');
      expect((await t.rawInject({ url: `${API}/health` })).statusCode).toBe(200);
    });

    it('makes the creator of a conference its organizer, and lists only the conferences one may read', async () => {
      const creator = await createUser(t, 'nguoi-tao');
      const asCreator = as(t, creator.credentials);
      const created = await call<Conference & { allowedActions: { conference: string[] } }>(
        asCreator,
        { method: 'POST', url: `${API}/conferences`, payload: { title: 'Hội nghị riêng', startsAt: '2021-08-01T08:00' } },
        201,
      );
      expect(created.allowedActions.conference).toEqual(expect.arrayContaining(['conference.update', 'conference.manage_access']));
      const memberships = await call<{ items: { userId: string; role: string }[] }>(
        asCreator,
        { url: `${API}/conferences/${created.id}/memberships` },
        200,
      );
      expect(memberships.items).toEqual([expect.objectContaining({ userId: creator.id, role: 'organizer' })]);
      const list = await call<{ items: { id: string }[]; total: number }>(asCreator, { url: `${API}/conferences?limit=1` }, 200);
      expect(list).toMatchObject({ total: 1, items: [{ id: created.id }] });
      const logout = await asCreator({ method: 'POST', url: `${API}/auth/logout` });
      expect(logout.statusCode).toBe(204);
      expectErrorBody(await asCreator({ url: `${API}/conferences` }), 401, 'auth.session_expired');
    });
  },
  apiDatabases(),
);
