/**
 * The first set-up through the session service (POST /setup): the administrator is created
 * and signed in within one transaction that leaves one audit row; a refused set-up leaves no
 * user, no session and no row.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../../storage/test-databases.js';
import { createServices, type Services } from '../index.js';
import { rejection } from '../testing.js';
import { ADMIN_PASSWORD, HOUR, manualClock, type ManualClock } from './testing.js';

const client = { ip: '10.0.0.7', userAgent: 'Firefox' };
const input = { email: ' Admin@DongThap.gov.vn ', displayName: ' Quản trị ', password: ADMIN_PASSWORD };

describeDatabases('the first set-up with sign-in on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let clock: ManualClock;
  const count = async (table: 'users' | 'sessions' | 'audit_log') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeEach(async () => {
    database = await open();
    clock = manualClock();
    services = createServices(database, { now: clock, sessions: { absoluteTimeoutMs: 2 * HOUR } });
  });
  afterEach(() => database.close());

  it('creates the administrator, opens their session and writes one row naming it', async () => {
    const { token } = await services.accounts.createFirstAdminSetupLink();
    const rowsBefore = await count('audit_log');
    const signedIn = await services.sessions.setUpFirstAdmin(token, input, client);
    expect(signedIn.user).toMatchObject({ email: 'admin@dongthap.gov.vn', displayName: 'Quản trị', isAdmin: true, hasPassword: true });
    expect(signedIn.expiresAt).toBe(new Date(clock().getTime() + 2 * HOUR).toISOString());
    const resolved = await services.sessions.resolveSession(signedIn.token);
    expect(resolved).toMatchObject({
      user: { id: signedIn.user.id },
      session: { id: signedIn.session.id, ip: '10.0.0.7', userAgent: 'Firefox' },
    });
    expect(await count('audit_log')).toBe(rowsBefore + 1);
    const [row] = await services.audit.list({ limit: 1 });
    expect(row).toMatchObject({
      action: 'user.setup_admin',
      actor: { kind: 'user', userId: signedIn.user.id, label: 'admin@dongthap.gov.vn' },
      ip: '10.0.0.7',
      entityId: signedIn.user.id,
      after: { email: 'admin@dongthap.gov.vn', isAdmin: true, session: { id: signedIn.session.id, expiresAt: signedIn.expiresAt } },
    });
    // The password works for a later sign-in.
    expect(
      (await services.sessions.login({ email: 'admin@dongthap.gov.vn', password: ADMIN_PASSWORD, ip: '10.0.0.7', userAgent: null })).user
        .id,
    ).toBe(signedIn.user.id);
  });

  it('leaves nothing behind when the set-up is refused', async () => {
    const { token } = await services.accounts.createFirstAdminSetupLink();
    const rowsBefore = await count('audit_log');
    expect((await rejection(services.sessions.setUpFirstAdmin(token, { ...input, password: 'ngắn' }, client))).code).toBe(
      'password.too_short',
    );
    expect((await rejection(services.sessions.setUpFirstAdmin('B'.repeat(43), input, client))).code).toBe('setup.token_invalid');
    expect([await count('users'), await count('sessions'), await count('audit_log')]).toEqual([0, 0, rowsBefore]);
    // The token was not used up by the refusals; once used, it is refused with nothing written.
    await services.sessions.setUpFirstAdmin(token, input, client);
    const after = [await count('users'), await count('sessions'), await count('audit_log')];
    expect((await rejection(services.sessions.setUpFirstAdmin(token, { ...input, email: 'other@b.vn' }, client))).code).toBe(
      'setup.token_used',
    );
    expect([await count('users'), await count('sessions'), await count('audit_log')]).toEqual(after);
  });
});
