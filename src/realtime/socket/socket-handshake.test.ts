import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { connectError, credentialOfHeaders, isSameOrigin, parseHandshake } from './socket-handshake.js';

const codeOf = (run: () => unknown): string => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('socket handshake', () => {
  it('accepts a conference id with optional counts, and nothing else', () => {
    expect(parseHandshake({ conferenceId: 'c1' })).toEqual({ conferenceId: 'c1' });
    expect(parseHandshake({ conferenceId: 'c1', version: 0, hallSeq: 12, extra: 'x' })).toEqual({
      conferenceId: 'c1',
      version: 0,
      hallSeq: 12,
    });
    expect(parseHandshake({ conferenceId: 'c1', version: null })).toEqual({ conferenceId: 'c1' });
    for (const bad of [
      null,
      'c1',
      {},
      { conferenceId: '' },
      { conferenceId: 'x'.repeat(201) },
      { conferenceId: 7 },
      { conferenceId: 'c1', version: -1 },
      { conferenceId: 'c1', version: 1.5 },
      { conferenceId: 'c1', hallSeq: '3' },
    ]) {
      expect(codeOf(() => parseHandshake(bad))).toBe('realtime.bad_handshake');
    }
  });

  it('refuses a page of another site (cross-site WebSocket hijacking) and lets the same origin through', () => {
    expect(isSameOrigin({ host: 'diemcau.dongthap.gov.vn', origin: 'https://diemcau.dongthap.gov.vn' })).toBe(true);
    expect(isSameOrigin({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })).toBe(true);
    expect(isSameOrigin({ host: 'Diemcau.Dongthap.gov.vn', origin: 'https://diemcau.dongthap.gov.vn' })).toBe(true);
    expect(isSameOrigin({ host: 'diemcau.dongthap.gov.vn', origin: 'https://evil.example' })).toBe(false);
    expect(isSameOrigin({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3001' })).toBe(false);
    expect(isSameOrigin({ host: 'diemcau.dongthap.gov.vn', origin: 'null' })).toBe(false);
    expect(isSameOrigin({ origin: 'https://diemcau.dongthap.gov.vn' })).toBe(false);
    expect(isSameOrigin({ host: 'a', 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(isSameOrigin({ host: 'a', 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(isSameOrigin({ host: 'a' })).toBe(true);
  });

  it('reads the session or link cookie among others', () => {
    expect(credentialOfHeaders({})).toBeNull();
    expect(credentialOfHeaders({ cookie: 'theme=dark' })).toBeNull();
    expect(credentialOfHeaders({ cookie: 'theme=dark; diemcau_session=abc' })).toEqual({ kind: 'session', token: 'abc' });
    expect(credentialOfHeaders({ cookie: 'diemcau_session=l.xyz' })).toEqual({ kind: 'link', token: 'xyz' });
  });

  it("passes a refusal's code and both messages to the client, and nothing of an internal error", () => {
    const refused = connectError(new DomainError(403, 'auth.cross_origin', { vi: 'Từ chối', en: 'Refused' }));
    expect(refused.data).toEqual({ code: 'auth.cross_origin', message: { vi: 'Từ chối', en: 'Refused' } });
    const internal = connectError(new Error('SELECT * FROM sessions failed'));
    expect(internal.data.code).toBe('realtime.internal');
    expect(JSON.stringify(internal.data)).not.toContain('SELECT');
  });
});
