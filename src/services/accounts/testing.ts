/** Helpers for the account tests: a clock the test moves, and a ready administrator. */
import type { Services } from '../index.js';
import type { AuditOrigin } from './audit-context.js';

export interface ManualClock {
  (): Date;
  advance(ms: number): void;
  set(iso: string): void;
}

export function manualClock(start = '2021-07-01T01:00:00.000Z'): ManualClock {
  let t = Date.parse(start);
  const clock = (() => new Date(t)) as ManualClock;
  clock.advance = (ms) => {
    t += ms;
  };
  clock.set = (iso) => {
    t = Date.parse(iso);
  };
  return clock;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const ADMIN_PASSWORD = 'mật-khẩu-quản-trị';

/** Goes through the first set-up; returns the administrator and an origin acting as them. */
export async function setUpAdmin(services: Services, email = 'admin@dongthap.gov.vn') {
  const { token } = await services.accounts.createFirstAdminSetupLink();
  const admin = await services.accounts.completeSetup(token, { email, displayName: 'Quản trị', password: ADMIN_PASSWORD });
  const origin: AuditOrigin = {
    actor: { kind: 'user', userId: admin.id, linkId: null, label: admin.email },
    ip: '10.0.0.1',
    userAgent: 'vitest',
  };
  return { admin, origin };
}

/** Creates a user with a password through their one-time link. */
export async function userWithPassword(services: Services, origin: AuditOrigin, email: string, password = 'mật-khẩu-dài-đủ') {
  const { user, token } = await services.accounts.createUser(origin, { email, displayName: email.split('@')[0]! });
  await services.accounts.setPasswordWithToken(token, password);
  return { user, password };
}
