import { describe, expect, it } from 'vitest';
import { WatchTokens, WATCH_TOKEN_TTL_MS } from './watch-tokens.js';

const CONF = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const POINT = '33333333-3333-4333-8333-333333333333';
const LINK = 'link:44444444-4444-4444-8444-444444444444';

describe('signed watching addresses', () => {
  it('verifies its own token for the same conference and point, until it expires', () => {
    let now = 1_800_000_000_000;
    const tokens = new WatchTokens('k', () => now);
    const { token, expiresAt } = tokens.issue(CONF, POINT, LINK);
    expect(expiresAt).toBe(now + WATCH_TOKEN_TTL_MS);
    expect(tokens.verify(CONF, token)).toEqual({ conferenceId: CONF, bridgePointId: POINT, principal: LINK, expiresAt });
    expect(tokens.verify(OTHER, token)).toBeNull();
    now = expiresAt;
    expect(tokens.verify(CONF, token)).toBeNull();
  });

  it('refuses a changed token, another key, and garbage', () => {
    const tokens = new WatchTokens('k');
    const { token } = tokens.issue(CONF, null, LINK);
    expect(tokens.verify(CONF, token)?.bridgePointId).toBeNull();
    const longer = token.replace(/^([0-9a-z]+)\./, (_, e: string) => `${(parseInt(e, 36) + 3_600_000).toString(36)}.`);
    expect(tokens.verify(CONF, longer)).toBeNull();
    expect(new WatchTokens('other').verify(CONF, token)).toBeNull();
    for (const bad of ['', 'a.b.c.d', `${token}x`, '../../etc/passwd']) expect(tokens.verify(CONF, bad)).toBeNull();
  });

  it('a revoked principal loses the tokens it holds, and gets working ones only after', () => {
    let now = 1_800_000_000_000;
    const tokens = new WatchTokens('k', () => now);
    const before = tokens.issue(CONF, POINT, LINK).token;
    now += 1_000;
    tokens.revoke(LINK);
    expect(tokens.verify(CONF, before)).toBeNull();
    now += 1;
    const after = tokens.issue(CONF, POINT, LINK).token;
    expect(tokens.verify(CONF, after)).not.toBeNull();
  });
});
