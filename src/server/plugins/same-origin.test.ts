import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { linkCsrfToken, readCookieCredential, setSessionCookie } from './auth-cookie.js';
import { isSameOriginRequest } from './same-origin.js';

const request = (headers: Record<string, string>, protocol: 'http' | 'https' = 'http') =>
  ({ headers, protocol, host: 'diemcau.dongthap.gov.vn:3000' }) as unknown as FastifyRequest;

describe('isSameOriginRequest', () => {
  it('accepts our own origin, and requests that no browser page sent', () => {
    expect(isSameOriginRequest(request({ origin: 'http://diemcau.dongthap.gov.vn:3000' }))).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'HTTP://DIEMCAU.DONGTHAP.GOV.VN:3000' }))).toBe(true);
    expect(isSameOriginRequest(request({ referer: 'http://diemcau.dongthap.gov.vn:3000/dang-nhap' }))).toBe(true);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginRequest(request({}))).toBe(true);
  });

  it('refuses other sites, other schemes or ports, and the opaque "null" origin', () => {
    expect(isSameOriginRequest(request({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'https://diemcau.dongthap.gov.vn:3000' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'http://diemcau.dongthap.gov.vn:3001' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOriginRequest(request({ referer: 'not a url' }))).toBe(false);
  });
});

describe('the session cookie', () => {
  const captured = () => {
    const calls: { name: string; value: string; options: Record<string, unknown> }[] = [];
    const reply = { setCookie: (name: string, value: string, options: Record<string, unknown>) => calls.push({ name, value, options }) };
    return { calls, reply: reply as unknown as FastifyReply };
  };

  it('is httpOnly, SameSite=Lax, Path=/, and Secure only over HTTPS', () => {
    for (const protocol of ['http', 'https'] as const) {
      const { calls, reply } = captured();
      setSessionCookie(request({}, protocol), reply, 'token', '2021-07-08T00:00:00.000Z');
      expect(calls[0]).toMatchObject({
        name: 'diemcau_session',
        value: 'token',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: protocol === 'https' },
      });
    }
  });

  it('tells a user session from a link session, and derives a link CSRF token that is not the link token', () => {
    const read = (value: string) => readCookieCredential({ cookies: { diemcau_session: value } } as unknown as FastifyRequest);
    expect(read('abc')).toEqual({ kind: 'session', token: 'abc' });
    expect(read('l.abc')).toEqual({ kind: 'link', token: 'abc' });
    expect(read('')).toBeNull();
    expect(linkCsrfToken('abc')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkCsrfToken('abc')).not.toContain('abc');
    expect(linkCsrfToken('abc')).not.toBe(linkCsrfToken('abd'));
  });
});
