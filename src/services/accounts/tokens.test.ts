import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwords.js';
import { constantTimeEqual, hashToken, isTokenShaped, newToken } from './tokens.js';

describe('tokens', () => {
  it('are 256-bit base64url, distinct, and hashed with sha-256', () => {
    const tokens = Array.from({ length: 200 }, () => newToken());
    for (const { token, hash } of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(hashToken(token));
      expect(hash).not.toContain(token);
    }
    expect(new Set(tokens.map((t) => t.token)).size).toBe(200);
    expect(isTokenShaped(tokens[0]!.token)).toBe(true);
    expect(isTokenShaped(`${tokens[0]!.token}=`)).toBe(false);
    expect(isTokenShaped('short')).toBe(false);
    expect(isTokenShaped(undefined)).toBe(false);
  });

  it('constantTimeEqual is plain equality, for any strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => constantTimeEqual(a, b) === (a === b)));
    fc.assert(fc.property(fc.string(), (a) => constantTimeEqual(a, a)));
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
  });
});

describe('password rules', () => {
  it('ask for 10 characters (not bytes), at most 200, and not the e-mail', () => {
    expect(passwordProblems('ngắn', 'a@b.vn')[0]?.code).toBe('password.too_short');
    expect(passwordProblems('ệệệệệệệệệ', 'a@b.vn')[0]?.code).toBe('password.too_short');
    expect(passwordProblems('ệệệệệệệệệệ', 'a@b.vn')).toEqual([]);
    expect(passwordProblems('x'.repeat(201), 'a@b.vn')[0]?.code).toBe('password.too_long');
    expect(passwordProblems(' Canbo@DongThap.gov.vn', 'canbo@dongthap.gov.vn')[0]?.code).toBe('password.same_as_email');
    const [problem] = passwordProblems('abc', 'a@b.vn');
    expect(problem?.message.vi).toContain('ít nhất 10 ký tự');
    expect(problem?.message.en).toContain('at least 10 characters');
  });
});
