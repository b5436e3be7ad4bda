/**
 * Issue 15, item 4: the sign-in limits cannot be used to lock out someone else. Behind the
 * trusted proxy (TRUST_PROXY), the client's address is X-Forwarded-For; an attacker guesses
 * at the chair's e-mail from address X, or sprays random accounts from the office's one
 * address. The clock is the test's, so the waits are checked exactly, not slept through.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { userWithPassword, manualClock, setUpAdmin, type ManualClock } from '../../src/services/accounts/testing.js';
import { createServices } from '../../src/services/index.js';
import { SQLITE_CASE, type TestDatabase } from '../../src/storage/test-databases.js';
import { API, expectErrorBody } from '../api/helpers.js';

const PROXY = '127.0.0.1';
const X = '203.0.113.7';
const Y = '198.51.100.20';
const CHAIR = 'chutri@dongthap.gov.vn';
const CHAIR_PASSWORD = 'Chủ trì hội nghị tỉnh 2021';

const deviceCookieOf = (response: LightMyRequestResponse): string => {
  const header = response.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [String(header ?? '')]).find((cookie) => cookie.startsWith('diemcau_device='));
  return line?.split(';')[0] ?? '';
};

describe('sign-in limits behind the proxy', () => {
  let database: TestDatabase;
  let clock: ManualClock;
  let app: Awaited<ReturnType<typeof buildApp>>;

  const login = (from: string, email: string, password: string, cookie = '') =>
    app.inject({
      method: 'POST',
      url: `${API}/auth/login`,
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': from, cookie },
      payload: { email, password },
    });

  /** Guesses wrong `count` times, each as soon as allowed (the clock moves by the Retry-After it is told). */
  const guessUntilRefusedEachTime = async (from: string, email: (i: number) => string, count: number) => {
    let refusals = 0;
    for (let i = 0; i < count; i += 1) {
      let response = await login(from, email(i), `đoán-sai-lần-${i}-nhé`);
      while (response.statusCode === 429) {
        refusals += 1;
        clock.advance(Number(response.headers['retry-after']) * 1000);
        response = await login(from, email(i), `đoán-sai-lần-${i}-nhé`);
      }
      expectErrorBody(response, 401, 'auth.invalid_credentials');
    }
    return refusals;
  };

  beforeEach(async () => {
    database = await SQLITE_CASE.open();
    clock = manualClock();
    const services = createServices(database, { now: clock });
    const { origin } = await setUpAdmin(services);
    await userWithPassword(services, origin, CHAIR, CHAIR_PASSWORD);
    await userWithPassword(services, origin, 'thuky@dongthap.gov.vn', 'Thư ký hội nghị tỉnh 2021');
    app = await buildApp({ services, database: { dialect: 'sqlite' }, webRoot: null, trustProxy: [PROXY] });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('sets the known-device cookie at sign-in: httpOnly, SameSite=Strict, sent only to /api/v1/auth, 90 days', async () => {
    const response = await login(Y, CHAIR, CHAIR_PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    const header = (response.headers['set-cookie'] as string[]).find((line) => line.startsWith('diemcau_device='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\/api\/v1\/auth(;|$)/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(header)![1]!);
    expect(Math.round((expires - clock().getTime()) / 86_400_000)).toBe(90);
  });

  it("an attacker's guesses at the chair from X slow the attacker, not the chair's known browser, and the chair from Y waits a minute at most", async () => {
    const chairBrowser = deviceCookieOf(await login(Y, CHAIR, CHAIR_PASSWORD));
    expect(chairBrowser).toMatch(/^diemcau_device=[A-Za-z0-9_-]{43}$/);

    const refusals = await guessUntilRefusedEachTime(X, () => CHAIR, 40);
    // The attacker was made to wait, more and more.
    expect(refusals).toBeGreaterThan(20);
    const attacker = await login(X, CHAIR, CHAIR_PASSWORD);
    expectErrorBody(attacker, 429, 'auth.too_many_attempts');
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(60);

    // The chair's own browser signs in at once, even from the attacker's address.
    expect((await login(X, CHAIR, CHAIR_PASSWORD, chairBrowser)).statusCode).toBe(200);
    expect((await login(Y, CHAIR, CHAIR_PASSWORD, chairBrowser)).statusCode).toBe(200);
    // A new browser from Y waits at most a minute.
    await guessUntilRefusedEachTime(X, () => CHAIR, 3);
    const fromY = await login(Y, CHAIR, CHAIR_PASSWORD);
    expectErrorBody(fromY, 429, 'auth.too_many_attempts');
    expect(Number(fromY.headers['retry-after'])).toBeLessThanOrEqual(60);
    clock.advance(Number(fromY.headers['retry-after']) * 1000);
    expect((await login(Y, CHAIR, CHAIR_PASSWORD)).statusCode).toBe(200);
  });

  it('someone spraying random accounts from the office address does not lock out a colleague there', async () => {
    const colleague = deviceCookieOf(await login(X, 'thuky@dongthap.gov.vn', 'Thư ký hội nghị tỉnh 2021'));
    await guessUntilRefusedEachTime(X, (i) => `doan${i}@dongthap.gov.vn`, 20);
    // 20 failures from the address: nobody there is held, with or without a known browser.
    expect((await login(X, 'thuky@dongthap.gov.vn', 'Thư ký hội nghị tỉnh 2021', colleague)).statusCode).toBe(200);
    expect((await login(X, CHAIR, CHAIR_PASSWORD)).statusCode).toBe(200);

    // Past the address's free failures, a new browser waits seconds; the known one not at all.
    const refusals = await guessUntilRefusedEachTime(X, (i) => `khac${i}@dongthap.gov.vn`, 60);
    expect(refusals).toBeGreaterThan(0);
    const held = await login(X, CHAIR, CHAIR_PASSWORD);
    expectErrorBody(held, 429, 'auth.too_many_attempts');
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect((await login(X, 'thuky@dongthap.gov.vn', 'Thư ký hội nghị tỉnh 2021', colleague)).statusCode).toBe(200);
    // Another address is not held by X's failures.
    expect((await login(Y, CHAIR, CHAIR_PASSWORD)).statusCode).toBe(200);
  });

  it('a known-device cookie of another account, or a made-up one, gives no way round the limits', async () => {
    const colleague = deviceCookieOf(await login(Y, 'thuky@dongthap.gov.vn', 'Thư ký hội nghị tỉnh 2021'));
    await guessUntilRefusedEachTime(X, () => CHAIR, 8);
    for (const cookie of [colleague, `diemcau_device=${'A'.repeat(43)}`]) {
      expectErrorBody(await login(X, CHAIR, 'đoán-tiếp-nữa-nào', cookie), 429, 'auth.too_many_attempts');
    }
  });
});
