import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { rejection } from '../testing.js';
import { rowToUser } from './account-records.js';
import { TooManyAttemptsError } from './rate-limit.js';
import { verifyCsrf } from './session-service.js';
import { ADMIN_PASSWORD, HOUR, MINUTE, manualClock, setUpAdmin, userWithPassword, type ManualClock } from './testing.js';
import { hashToken } from './tokens.js';

const EMAIL = 'admin@dongthap.gov.vn';

describeDatabases('sessions on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  const login = (over: Partial<{ email: string; password: string; ip: string; previousToken: string; deviceToken: string }> = {}) =>
    services.sessions.login({ email: EMAIL, password: ADMIN_PASSWORD, ip: '10.0.0.9', userAgent: 'Firefox', ...over });
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock });
    await setUpAdmin(services, EMAIL);
  });
  afterEach(() => database.close());

  it('logs in with a new token each time, stores only its hash, and resolves it', async () => {
    const first = await login({ email: ' ADMIN@DongThap.gov.vn ' });
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.expiresAt).toBe(new Date(clock().getTime() + 7 * 24 * HOUR).toISOString());
    const rows = await database.db.selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(first.token)]);
    expect(JSON.stringify(rows)).not.toContain(first.token);
    const resolved = await services.sessions.resolveSession(first.token);
    expect(resolved).toMatchObject({
      user: { email: EMAIL, isAdmin: true },
      session: { id: first.session.id, ip: '10.0.0.9' },
      memberships: [],
    });
    expect(resolved!.actor).toEqual({ kind: 'user', userId: resolved!.user.id, isAdmin: true, memberships: [] });
    expect(verifyCsrf(resolved!.session, first.csrfToken)).toBe(true);
    expect(verifyCsrf(resolved!.session, first.token)).toBe(false);
    expect(verifyCsrf(resolved!.session, undefined)).toBe(false);

    // Rotation: the token held before logging in (fixed by an attacker, or the old session) is never reused and stops working.
    const second = await login({ previousToken: first.token });
    expect(second.token).not.toBe(first.token);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect(await services.sessions.resolveSession(first.token)).toBeNull();
    expect(await services.sessions.resolveSession(second.token)).not.toBeNull();
    const fixated = 'A'.repeat(43);
    const third = await login({ previousToken: fixated });
    expect(third.token).not.toBe(fixated);
    expect(await services.sessions.resolveSession(fixated)).toBeNull();
  });

  it('resolves the session and its user in one read: the user as stored, and nobody once the user is disabled', async () => {
    const signed = await login();
    const stored = await database.db.selectFrom('users').selectAll().where('email', '=', EMAIL).executeTakeFirstOrThrow();
    const resolved = await services.sessions.resolveSession(signed.token);
    expect(resolved!.user).toEqual(rowToUser(stored));
    expect(resolved!.user).toMatchObject({ email: EMAIL, isAdmin: true, disabled: false, hasPassword: true });
    expect(resolved!.session).toMatchObject({ id: signed.session.id, userId: stored.id });
    // Disabled in the table directly (the service also revokes the sessions): the read itself refuses the user.
    await database.db.updateTable('users').set({ disabled: 1 }).where('id', '=', stored.id).execute();
    expect(await services.sessions.resolveSession(signed.token)).toBeNull();
  });

  it('refuses a wrong password, an unknown e-mail and a disabled account with the same message', async () => {
    const wrong = await rejection(login({ password: 'sai-mật-khẩu-rồi' }));
    const unknown = await rejection(login({ email: 'nobody@b.vn' }));
    expect([wrong.status, wrong.code, wrong.localized]).toEqual([401, 'auth.invalid_credentials', unknown.localized]);
    expect(unknown.code).toBe('auth.invalid_credentials');
    expect(wrong.localized.vi).toBe('Địa chỉ thư điện tử hoặc mật khẩu không đúng.');
    // A user who has not set a password yet cannot log in with anything.
    const { origin } = await setUpAdminOrigin();
    await services.accounts.createUser(origin, { email: 'new@b.vn', displayName: 'New' });
    expect((await rejection(login({ email: 'new@b.vn', password: '' }))).code).toBe('auth.invalid_credentials');
  });

  const setUpAdminOrigin = async () => {
    const admin = (await services.accounts.listUsers())[0]!;
    return { origin: { actor: { kind: 'user' as const, userId: admin.id, linkId: null, label: admin.email }, ip: null, userAgent: null } };
  };

  it('slows guessing at an account: after 5 failures 1, 2, 4 … seconds, from any address, at most a minute', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await rejection(login({ password: `sai mật khẩu ${i}`, ip: `10.0.1.${i}` }))).code).toBe('auth.invalid_credentials');
    }
    const limited = await rejection(login({ ip: '10.0.2.1' }));
    expect([limited.status, limited.code]).toEqual([429, 'auth.too_many_attempts']);
    expect(limited).toBeInstanceOf(TooManyAttemptsError);
    expect((limited as TooManyAttemptsError).retryAfterSeconds).toBe(1);
    expect(limited.localized.vi).toContain('1 giây');
    expect(limited.localized.en).toContain('1 second.');
    // Each further failure doubles the wait, up to a minute.
    let waits: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const refused = (await rejection(login({ ip: '10.0.3.1' }))) as TooManyAttemptsError;
      waits = [...waits, refused.retryAfterSeconds];
      clock.advance(refused.retryAfterSeconds * 1000);
      expect((await rejection(login({ password: `lại sai ${i}`, ip: `10.0.4.${i}` }))).code).toBe('auth.invalid_credentials');
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    clock.advance(60_000);
    expect((await login({ ip: '10.0.2.1' })).user.email).toBe(EMAIL);
    // A success clears the account's count.
    expect((await rejection(login({ password: 'sai lần nữa rồi' }))).code).toBe('auth.invalid_credentials');
    expect((await login()).user.email).toBe(EMAIL);
  });

  it('limits failures per address gently: 50 free whatever the accounts, then short waits; a known device is not held', async () => {
    const { device } = await login();
    for (let i = 0; i < 50; i += 1) {
      expect((await rejection(login({ email: `guess${i}@b.vn`, password: 'đoán mật khẩu' }))).code).toBe('auth.invalid_credentials');
    }
    const refused = (await rejection(login())) as TooManyAttemptsError;
    expect([refused.code, refused.retryAfterSeconds]).toEqual(['auth.too_many_attempts', 1]);
    expect((await login({ ip: '10.0.0.10' })).user.email).toBe(EMAIL);
    expect((await login({ deviceToken: device.token })).user.email).toBe(EMAIL);
    clock.advance(1000);
    expect((await login()).user.email).toBe(EMAIL);
  });

  it('remembers the browser for 90 days: the same token is extended, another user cannot use it', async () => {
    const first = await login();
    expect(first.device.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await database.db.selectFrom('known_devices').selectAll().execute();
    expect(rows.map((row) => row.token_hash)).toEqual([hashToken(first.device.token)]);
    clock.advance(HOUR);
    const again = await login({ deviceToken: first.device.token });
    expect(again.device.token).toBe(first.device.token);
    expect(again.device.expiresAt).toBe(new Date(clock().getTime() + 90 * 24 * HOUR).toISOString());
    // Another account in the same browser gets a device of its own.
    const { origin } = await setUpAdminOrigin();
    const { password } = await userWithPassword(services, origin, 'khac@b.vn');
    const other = await login({ email: 'khac@b.vn', password, deviceToken: first.device.token });
    expect(other.device.token).not.toBe(first.device.token);
    // An expired device is not known any more.
    clock.advance(91 * 24 * HOUR);
    expect((await login({ deviceToken: first.device.token })).device.token).not.toBe(first.device.token);
  });

  it('expires after 12 idle hours (sliding) and after 7 days whatever the use', async () => {
    const { token } = await login();
    clock.advance(11 * HOUR);
    expect(await services.sessions.resolveSession(token)).not.toBeNull();
    clock.advance(11 * HOUR);
    expect(await services.sessions.resolveSession(token)).not.toBeNull();
    clock.advance(12 * HOUR + 1);
    expect(await services.sessions.resolveSession(token)).toBeNull();

    const { token: busy } = await login();
    // Used every 11 hours: alive until the 7th day (165 h), gone at 176 h although never idle for 12 h.
    for (let step = 0; step < 15; step += 1) {
      clock.advance(11 * HOUR);
      expect(await services.sessions.resolveSession(busy)).not.toBeNull();
    }
    clock.advance(11 * HOUR);
    expect(await services.sessions.resolveSession(busy)).toBeNull();
  });

  it('touches last_seen_at at most once a minute; timeouts are configurable', async () => {
    const short = createServices(database, { now: clock, sessions: { idleTimeoutMs: 5 * MINUTE, absoluteTimeoutMs: HOUR } });
    const { token, session } = await short.sessions.login({ email: EMAIL, password: ADMIN_PASSWORD, ip: '1.1.1.1', userAgent: null });
    const seen = async () =>
      (await database.db.selectFrom('sessions').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow()).last_seen_at;
    const start = await seen();
    clock.advance(30_000);
    await short.sessions.resolveSession(token);
    expect(await seen()).toBe(start);
    clock.advance(30_000);
    await short.sessions.resolveSession(token);
    expect(await seen()).toBe(clock().toISOString());
    clock.advance(5 * MINUTE);
    expect(await short.sessions.resolveSession(token)).toBeNull();
  });

  it('logout and revokeAllSessions end sessions and are audited', async () => {
    const a = await login();
    const b = await login();
    await services.sessions.logout(a.token);
    expect(await services.sessions.resolveSession(a.token)).toBeNull();
    expect(await services.sessions.resolveSession(b.token)).not.toBeNull();
    const user = (await services.sessions.resolveSession(b.token))!.user;
    const c = await login();
    expect(await services.sessions.revokeAllSessions(user.id)).toBe(2);
    expect(await services.sessions.resolveSession(b.token)).toBeNull();
    expect(await services.sessions.resolveSession(c.token)).toBeNull();
    expect(await services.sessions.resolveSession('garbage')).toBeNull();
    await services.sessions.logout('garbage');
    const actions = (await services.audit.list({ actorUserId: user.id })).map((e) => e.action);
    expect(actions).toEqual(['session.login', 'session.logout', 'session.login', 'session.login', 'user.setup_admin']);
    expect((await services.audit.list({ action: 'session.revoke_all' })).map((e) => e.after)).toEqual([{ revokedSessions: 2 }]);
  });

  it('a user of several memberships resolves with them all', async () => {
    const conference = await services.conferences.create({ title: 'Hội nghị', startsAt: '2021-07-07T08:00' });
    const { origin } = await setUpAdminOrigin();
    const { user, password } = await userWithPassword(services, origin, 'op@b.vn');
    await services.memberships.grant(conference.id, user.id, 'chair', []);
    await services.memberships.grant(conference.id, user.id, 'delegate', []);
    const { token } = await login({ email: 'op@b.vn', password });
    const resolved = await services.sessions.resolveSession(token);
    expect(resolved!.memberships.map((m) => m.role).sort()).toEqual(['chair', 'delegate']);
    expect(resolved!.actor.memberships).toEqual(resolved!.memberships);
  });
});
