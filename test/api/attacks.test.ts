/**
 * Attacks tried through the real HTTP API: forged writes (CSRF, login CSRF), a session
 * fixed before login, password guessing, other people's ids in the URL (IDOR), an
 * oversized body, and error bodies that would leak internals.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { as, createUser, grant, linkSession, USER_PASSWORD, type TestUser } from './actors.js';
import {
  API,
  call,
  expectErrorBody,
  json,
  openTestApp,
  seedConference,
  sessionCookieOf,
  describeDatabases,
  apiDatabases,
  type TestApp,
} from './helpers.js';

describeDatabases(
  'attacks on $dialect',
  (dbCase) => {
    let t: TestApp;
    let a: Conference;
    let b: Conference;
    let organizerA: TestUser;
    beforeAll(async () => {
      t = await openTestApp(dbCase, {
        documents: {
          renderPlanDocx: async () => {
            throw new Error('SELECT secret FROM users WHERE id = 1 at /src/documents/plan-docx.ts:42');
          },
          convertDocxToPdf: async () => Buffer.from(''),
          isPdfAvailable: async () => false,
        },
      });
      a = await seedConference(t.app, 'Hội nghị A');
      b = await seedConference(t.app, 'Hội nghị B bí mật');
      organizerA = await createUser(t, 'organizer-a');
      await grant(t, a.id, organizerA, 'organizer');
    }, 60_000);
    afterAll(() => t?.close());

    const patchA = (headers: Record<string, string>) =>
      t.rawInject({ method: 'PATCH', url: `${API}/conferences/${a.id}`, headers, payload: { purpose: 'Giả mạo' } });

    it('refuses a cookie-authenticated write without the right CSRF token (403) and changes nothing', async () => {
      const { cookie, csrfToken } = organizerA.credentials;
      expectErrorBody(await patchA({ cookie }), 403, 'auth.csrf_failed');
      expectErrorBody(await patchA({ cookie, 'x-csrf-token': 'x'.repeat(43) }), 403, 'auth.csrf_failed');
      expectErrorBody(await patchA({ cookie, 'x-csrf-token': t.admin.credentials.csrfToken }), 403, 'auth.csrf_failed');
      expect((await call<Conference>(t.app, { url: `${API}/conferences/${a.id}` }, 200)).purpose).toBe(a.purpose);
      expect((await patchA({ cookie, 'x-csrf-token': csrfToken })).statusCode).toBe(200);
    });

    it('asks link sessions for their CSRF token too', async () => {
      const link = await linkSession(t, a.id, 'operator', { bridgePointId: a.bridgePoints[0]!.id });
      const url = `${API}/conferences/${a.id}/bridge-points/${a.bridgePoints[0]!.id}`;
      const response = await t.rawInject({
        method: 'PATCH',
        url,
        headers: { cookie: link.credentials.cookie },
        payload: { address: 'Phòng 2' },
      });
      expectErrorBody(response, 403, 'auth.csrf_failed');
      expect((await as(t, link.credentials)({ method: 'PATCH', url, payload: { address: 'Phòng 2' } })).statusCode).toBe(200);
    });

    it('refuses a sign-in posted from another site (login CSRF), accepts one from the same origin', async () => {
      const login = (headers: Record<string, string>) =>
        t.rawInject({ method: 'POST', url: `${API}/auth/login`, headers, payload: { email: organizerA.email, password: USER_PASSWORD } });
      expectErrorBody(await login({ origin: 'https://ke-gian.example' }), 403, 'auth.cross_origin');
      expectErrorBody(await login({ origin: 'null' }), 403, 'auth.cross_origin');
      expectErrorBody(await login({ 'sec-fetch-site': 'cross-site' }), 403, 'auth.cross_origin');
      expectErrorBody(await login({ referer: 'https://ke-gian.example/trang' }), 403, 'auth.cross_origin');
      expect((await login({ origin: 'http://localhost:80' })).statusCode).toBe(200);
    });

    it('never keeps a session fixed before login: the planted cookie is revoked, a new one is issued', async () => {
      // The attacker signs in, then plants their own valid cookie in the victim's browser.
      const planted = organizerA.credentials.cookie;
      const attacker = await createUser(t, 'ke-gian');
      const response = await t.rawInject({
        method: 'POST',
        url: `${API}/auth/login`,
        headers: { cookie: attacker.credentials.cookie },
        payload: { email: attacker.email, password: USER_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const issued = sessionCookieOf(response);
      expect(issued).toMatch(/^diemcau_session=[A-Za-z0-9_-]{43}$/);
      expect(issued).not.toBe(attacker.credentials.cookie);
      // The session's cookie (the known-device cookie beside it is tested in test/security/login-limits.test.ts).
      const sessionLine = [response.headers['set-cookie']].flat().find((line) => line?.startsWith('diemcau_session='));
      expect(sessionLine).toMatch(/HttpOnly/i);
      expect(sessionLine).toMatch(/SameSite=Lax/i);
      expect(sessionLine).toMatch(/Path=\/(;|$)/);
      // The cookie presented before login no longer authenticates anyone.
      expectErrorBody(
        await t.rawInject({ url: `${API}/conferences`, headers: { cookie: attacker.credentials.cookie } }),
        401,
        'auth.session_expired',
      );
      expect((await t.rawInject({ url: `${API}/conferences`, headers: { cookie: issued } })).statusCode).toBe(200);
      // A made-up cookie value is not a session either.
      const forged = await t.rawInject({ url: `${API}/conferences`, headers: { cookie: `diemcau_session=${'A'.repeat(43)}` } });
      expectErrorBody(forged, 401, 'auth.session_expired');
      expect((await t.rawInject({ url: `${API}/conferences`, headers: { cookie: planted } })).statusCode).toBe(200);
    });

    it('stops password guessing after 5 failures for that account (429 + Retry-After, even with the right password)', async () => {
      const victim = await createUser(t, 'nan-nhan');
      const bystander = await createUser(t, 'nguoi-khac');
      const remoteAddress = '203.0.113.7';
      const login = (email: string, password: string) =>
        t.rawInject({ method: 'POST', url: `${API}/auth/login`, remoteAddress, payload: { email, password } });
      for (let i = 0; i < 5; i++) expectErrorBody(await login(victim.email, `sai-mat-khau-${i}-dai`), 401, 'auth.invalid_credentials');
      const refused = await login(victim.email, USER_PASSWORD);
      const error = expectErrorBody(refused, 429, 'auth.too_many_attempts');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(error.message.vi).toMatch(/thử lại sau \d+ (giây|phút)/);
      // Another account from the same address still signs in.
      expect((await login(bystander.email, USER_PASSWORD)).statusCode).toBe(200);
    });

    it('answers 404 for another conference and 403 for another user id: nothing leaks (IDOR)', async () => {
      const asOrganizer = as(t, organizerA.credentials);
      const bBase = `${API}/conferences/${b.id}`;
      for (const request of [
        { url: bBase },
        { url: `${bBase}/schedule` },
        { url: `${bBase}/documents/plan.docx` },
        { url: `${bBase}/memberships` },
        { url: `${bBase}/access-links` },
        { url: `${bBase}/audit` },
        { url: `${API}/audit?conferenceId=${b.id}` },
        { method: 'PATCH' as const, url: bBase, payload: { title: 'Chiếm quyền' } },
        { method: 'DELETE' as const, url: `${bBase}/bridge-points/${b.bridgePoints[0]!.id}` },
      ]) {
        const response = await asOrganizer(request);
        expectErrorBody(response, 404, 'conference.not_found');
        expect(response.body).not.toContain('bí mật');
      }
      // B's children addressed through A, where the organizer has rights.
      expectErrorBody(
        await asOrganizer({
          method: 'PATCH',
          url: `${API}/conferences/${a.id}/bridge-points/${b.bridgePoints[0]!.id}`,
          payload: { quota: 1 },
        }),
        404,
      );
      const bMembership = await grant(t, b.id, await createUser(t, 'thanh-vien-b'), 'observer');
      expectErrorBody(
        await asOrganizer({ method: 'DELETE', url: `${API}/conferences/${a.id}/memberships/${bMembership}` }),
        404,
        'membership.not_found',
      );
      const bLink = await linkSession(t, b.id, 'guest');
      expectErrorBody(
        await asOrganizer({ method: 'POST', url: `${API}/conferences/${a.id}/access-links/${bLink.id}/revoke` }),
        404,
        'link.not_found',
      );
      expect((await call<Conference>(t.app, { url: bBase }, 200)).title).toBe('Hội nghị B bí mật');
      // Accounts are the administrator's.
      expectErrorBody(
        await asOrganizer({ method: 'PATCH', url: `${API}/users/${t.admin.id}`, payload: { disabled: true } }),
        403,
        'access.denied',
      );
      expectErrorBody(await asOrganizer({ method: 'POST', url: `${API}/users/${t.admin.id}/password-reset` }), 403, 'access.denied');
      expectErrorBody(await asOrganizer({ url: `${API}/users` }), 403, 'access.denied');
      expect((await asOrganizer({ url: `${API}/conferences` })).body).not.toContain('bí mật');
    });

    it('refuses an oversized body with 413 before it reaches a service', async () => {
      const huge = { purpose: 'x'.repeat(1024 * 1024 + 10) };
      const response = await t.app.inject({ method: 'PATCH', url: `${API}/conferences/${a.id}`, payload: huge });
      expectErrorBody(response, 413, 'request.too_large');
    });

    it('never answers with a stack trace or SQL, whatever the error', async () => {
      const base = `${API}/conferences/${a.id}`;
      const cases: [Promise<import('fastify').LightMyRequestResponse>, number][] = [
        [t.app.inject({ url: `${base}/documents/plan.docx` }), 500],
        [t.app.inject({ url: `${API}/conferences/not-a-uuid` }), 400],
        [t.app.inject({ method: 'PATCH', url: base, headers: { 'if-match': '"1"' }, payload: { title: 'x' } }), 409],
        [t.app.inject({ method: 'POST', url: `${base}/status`, payload: { status: 'closed' } }), 422],
        [t.rawInject({ url: `${API}/conferences` }), 401],
        [t.app.inject({ method: 'POST', url: `${API}/auth/link`, headers: { cookie: '' }, payload: { token: 'A'.repeat(43) } }), 401],
        [t.app.inject({ method: 'POST', url: base, headers: { 'content-type': 'application/json' }, payload: '{"a":' }), 400],
      ];
      for (const [pending, status] of cases) {
        const response = await pending;
        expectErrorBody(response, status);
        expect(response.body).not.toMatch(/SELECT|secret|plan-docx\.ts|\n\s+at /);
      }
      // Text is data: a script typed into a field comes back as JSON text, never as HTML.
      const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const saved = await t.app.inject({ method: 'PATCH', url: base, payload: { purpose: script } });
      expect(saved.headers['content-type']).toMatch(/^application\/json/);
      expect(json<Conference>(saved).purpose).toBe(script);
    });
  },
  apiDatabases(),
);
