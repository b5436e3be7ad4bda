/**
 * Behind the documented reverse proxy (TRUST_PROXY): HTTPS at the proxy makes the session
 * cookie Secure and sends HSTS; the same forwarded headers from anyone else are ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/server/server-config.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, API, apiDatabases, openTestApp, type TestApp } from './helpers.js';

const login = (t: TestApp, remoteAddress: string) =>
  t.rawInject({
    method: 'POST',
    url: `${API}/auth/login`,
    remoteAddress,
    headers: {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.7',
      origin: 'https://hoinghi.example.vn',
      host: 'hoinghi.example.vn',
    },
    payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });

describe('TRUST_PROXY', () => {
  it('reads a list of addresses, and nothing when blank', () => {
    expect(parseTrustProxy(' 127.0.0.1, 10.0.0.0/8 ')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
  });

  describe('through the app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(apiDatabases()[0]!, {}, { trustProxy: ['127.0.0.1'] });
    });
    afterAll(() => t?.close());

    it('behind the trusted proxy over HTTPS: a Secure cookie and HSTS', async () => {
      const response = await login(t, '127.0.0.1');
      expect(response.statusCode, response.body).toBe(200);
      expect(String(response.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });

    it('from any other sender the forwarded headers count for nothing', async () => {
      const response = await login(t, '198.51.100.20');
      expect(response.statusCode, response.body).not.toBe(500);
      expect(String(response.headers['set-cookie'] ?? '')).not.toMatch(/;\s*Secure/i);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });
  });
});
