import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { rejection } from '../testing.js';
import { hashToken } from './tokens.js';
import { ADMIN_PASSWORD, HOUR, manualClock, setUpAdmin, userWithPassword, type ManualClock } from './testing.js';

describeDatabases('accounts on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock });
  });
  afterEach(() => database.close());

  it('sets up the first administrator once, through a one-time link stored only as a hash', async () => {
    const { token, expiresAt } = await services.accounts.createFirstAdminSetupLink();
    expect(expiresAt).toBe('2021-07-02T01:00:00.000Z');
    const stored = await database.db.selectFrom('one_time_tokens').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    // A weak password is refused and leaves the link usable.
    expect((await rejection(services.accounts.completeSetup(token, { email: 'a@b.vn', displayName: 'A', password: 'ngắn' }))).code).toBe(
      'password.too_short',
    );
    const admin = await services.accounts.completeSetup(token, {
      email: ' Admin@DongThap.gov.vn ',
      displayName: ' Quản trị ',
      password: ADMIN_PASSWORD,
    });
    expect(admin).toMatchObject({
      email: 'admin@dongthap.gov.vn',
      displayName: 'Quản trị',
      isAdmin: true,
      disabled: false,
      hasPassword: true,
    });
    const row = await database.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const used = await rejection(services.accounts.completeSetup(token, { email: 'x@b.vn', displayName: 'X', password: ADMIN_PASSWORD }));
    expect([used.status, used.code]).toEqual([422, 'setup.token_used']);
    const again = await rejection(services.accounts.createFirstAdminSetupLink());
    expect([again.status, again.code]).toEqual([409, 'setup.already_done']);
    expect(again.localized.vi).toContain('quản trị viên');
  });

  it('refuses an unknown, expired or second set-up link', async () => {
    const first = await services.accounts.createFirstAdminSetupLink();
    const second = await services.accounts.createFirstAdminSetupLink();
    const input = { email: 'admin@b.vn', displayName: 'A', password: ADMIN_PASSWORD };
    expect((await rejection(services.accounts.completeSetup('not-a-token', input))).code).toBe('setup.token_invalid');
    expect(
      (
        await rejection(
          services.accounts.completeSetup(
            second.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
            input,
          ),
        )
      ).status,
    ).toBe(401);
    clock.advance(25 * HOUR);
    const expired = await rejection(services.accounts.completeSetup(first.token, input));
    expect([expired.status, expired.code]).toEqual([422, 'setup.token_expired']);
  });

  it('a second set-up link cannot make a second administrator', async () => {
    const a = await services.accounts.createFirstAdminSetupLink();
    const b = await services.accounts.createFirstAdminSetupLink();
    await services.accounts.completeSetup(a.token, { email: 'a@b.vn', displayName: 'A', password: ADMIN_PASSWORD });
    expect(
      (await rejection(services.accounts.completeSetup(b.token, { email: 'b@b.vn', displayName: 'B', password: ADMIN_PASSWORD }))).code,
    ).toBe('setup.already_done');
  });

  it('administrators create users who set their password with a one-time link', async () => {
    const { origin } = await setUpAdmin(services);
    const { user, token, expiresAt } = await services.accounts.createUser(origin, {
      email: 'ToChuc@DongThap.gov.vn',
      displayName: 'Văn phòng',
    });
    expect(user).toMatchObject({ email: 'tochuc@dongthap.gov.vn', isAdmin: false, hasPassword: false });
    expect(expiresAt).toBe(new Date(clock().getTime() + 72 * HOUR).toISOString());
    expect((await rejection(services.accounts.setPasswordWithToken(token, 'tochuc@dongthap.gov.vn'))).code).toBe('password.same_as_email');
    const withPassword = await services.accounts.setPasswordWithToken(token, 'một mật khẩu dài');
    expect(withPassword.hasPassword).toBe(true);
    expect((await rejection(services.accounts.setPasswordWithToken(token, 'một mật khẩu khác'))).code).toBe('password_link.token_used');
    const login = await services.sessions.login({
      email: 'tochuc@dongthap.gov.vn',
      password: 'một mật khẩu dài',
      ip: '1.1.1.1',
      userAgent: null,
    });
    expect(login.user.id).toBe(user.id);

    expect((await rejection(services.accounts.createUser(origin, { email: 'TOCHUC@dongthap.gov.vn', displayName: 'X' }))).code).toBe(
      'user.email_taken',
    );
    expect((await rejection(services.accounts.createUser(origin, { email: 'not-an-email', displayName: 'X' }))).code).toBe(
      'user.email_invalid',
    );
    const notAdmin = { ...origin, actor: { ...origin.actor, userId: user.id } };
    const refused = await rejection(services.accounts.createUser(notAdmin, { email: 'x@b.vn', displayName: 'X' }));
    expect([refused.status, refused.code]).toEqual([403, 'user.admin_required']);
    expect((await services.accounts.listUsers()).map((u) => u.email)).toEqual(['admin@dongthap.gov.vn', 'tochuc@dongthap.gov.vn']);
    expect((await rejection(services.accounts.getUser('nobody'))).code).toBe('user.not_found');
  });

  it('a password link expires, and a reset replaces earlier links and ends sessions once used', async () => {
    const { origin } = await setUpAdmin(services);
    const { user, token } = await services.accounts.createUser(origin, { email: 'op@b.vn', displayName: 'Op' });
    clock.advance(73 * HOUR);
    expect((await rejection(services.accounts.setPasswordWithToken(token, 'mật khẩu đủ dài'))).code).toBe('password_link.token_expired');
    const first = await services.accounts.resetPassword(user.id, origin);
    const second = await services.accounts.resetPassword(user.id, origin);
    expect((await rejection(services.accounts.setPasswordWithToken(first.token, 'mật khẩu đủ dài'))).code).toBe('password_link.token_used');
    await services.accounts.setPasswordWithToken(second.token, 'mật khẩu đủ dài');
    const login = await services.sessions.login({ email: 'op@b.vn', password: 'mật khẩu đủ dài', ip: '1.1.1.1', userAgent: null });
    const third = await services.accounts.resetPassword(user.id, origin);
    await services.accounts.setPasswordWithToken(third.token, 'mật khẩu mới đủ dài');
    expect(await services.sessions.resolveSession(login.token)).toBeNull();
    expect((await rejection(services.accounts.resetPassword('nobody', origin))).status).toBe(404);
  });

  it('disabling ends the sessions; the last administrator cannot be disabled', async () => {
    const { admin, origin } = await setUpAdmin(services);
    const { user, password } = await userWithPassword(services, origin, 'op@b.vn');
    const login = await services.sessions.login({ email: 'op@b.vn', password, ip: '1.1.1.1', userAgent: null });
    expect(await services.sessions.resolveSession(login.token)).not.toBeNull();
    expect((await services.accounts.setDisabled(user.id, true, origin)).disabled).toBe(true);
    expect(await services.sessions.resolveSession(login.token)).toBeNull();
    const refused = await rejection(services.sessions.login({ email: 'op@b.vn', password, ip: '1.1.1.1', userAgent: null }));
    expect(refused.code).toBe('auth.invalid_credentials');
    expect((await services.accounts.setDisabled(user.id, false, origin)).disabled).toBe(false);
    expect((await rejection(services.accounts.setDisabled(admin.id, true, origin))).code).toBe('user.last_admin');
  });

  it('audits every account write with its actor, never a secret', async () => {
    const { admin, origin } = await setUpAdmin(services);
    const { user, token } = await services.accounts.createUser(origin, { email: 'op@b.vn', displayName: 'Op' });
    await services.accounts.setPasswordWithToken(token, 'mật khẩu đủ dài');
    await services.accounts.setDisabled(user.id, true, origin);
    const entries = await services.audit.list({});
    expect(entries.map((e) => e.action)).toEqual([
      'user.disable',
      'user.set_password',
      'user.create',
      'user.setup_admin',
      'setup.link_create',
    ]);
    expect(entries[2]).toMatchObject({
      actor: { kind: 'user', userId: admin.id },
      ip: '10.0.0.1',
      entityId: user.id,
      after: { email: 'op@b.vn' },
    });
    const text = JSON.stringify(await database.db.selectFrom('audit_log').selectAll().execute());
    expect(text).not.toContain(token);
    expect(text).not.toContain('argon2');
  });
});
