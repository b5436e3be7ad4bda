import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedFailures, countersFor, DEFAULT_LOGIN_LIMITS, delaySeconds, waitSeconds, type DelayRule } from './login-delay.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const rule: DelayRule = { freeFailures: 5, capSeconds: 60, windowMs: 60 * MINUTE, clearedBySuccess: true };
const failuresAt = (...seconds: number[]) => seconds.map((s) => ({ at: s * SECOND, succeeded: false }));

describe('sign-in delays', () => {
  it('cost nothing for the free failures, then 1, 2, 4 … seconds after the last failure', () => {
    expect(waitSeconds(failuresAt(0, 1, 2, 3), rule, 4 * SECOND)).toBeNull();
    // Five failures, the last at 4 s: the sixth attempt waits 2^0 = 1 s.
    expect(waitSeconds(failuresAt(0, 1, 2, 3, 4), rule, 4 * SECOND)).toBe(1);
    expect(waitSeconds(failuresAt(0, 1, 2, 3, 4), rule, 5 * SECOND)).toBeNull();
    // Seven failures: 2^2 = 4 s after the last one.
    expect(waitSeconds(failuresAt(0, 1, 2, 3, 4, 5, 10), rule, 11 * SECOND)).toBe(3);
    expect(waitSeconds(failuresAt(0, 1, 2, 3, 4, 5, 10), rule, 14 * SECOND)).toBeNull();
  });

  it('never wait longer than the cap, however many failures', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3600 }), { maxLength: 300 }), fc.integer({ min: 0, max: 3600 }), (seconds, nowS) => {
        const past = seconds.filter((s) => s <= nowS);
        const wait = waitSeconds(failuresAt(...past), rule, nowS * SECOND);
        return wait === null || (wait >= 1 && wait <= rule.capSeconds);
      }),
    );
    expect(delaySeconds(40, 60)).toBe(60);
    expect(delaySeconds(3, 60)).toBe(8);
  });

  it('forget failures older than the window, and before a success when the rule says so', () => {
    const now = 61 * MINUTE;
    const old = [0, 1, 2, 3, 4].map((s) => ({ at: s * SECOND, succeeded: false }));
    expect(waitSeconds([...old, { at: now - 1, succeeded: false }], rule, now)).toBeNull();
    const attempts = [
      { at: 1, succeeded: false },
      { at: 2, succeeded: true },
      { at: 3, succeeded: false },
    ];
    expect(countedFailures(attempts, true)).toEqual([3]);
    expect(countedFailures(attempts, false)).toEqual([1, 3]);
  });

  it('a known device meets only its own counter; others meet the account, the pair and the address', () => {
    expect(countersFor(true)).toEqual(['device']);
    expect(countersFor(false)).toEqual(['account', 'pair', 'address']);
    // The address is shared behind a proxy: a high threshold and a short cap.
    const { address, account, pair } = DEFAULT_LOGIN_LIMITS;
    expect(address.freeFailures).toBeGreaterThan(20);
    expect(address.capSeconds).toBeLessThanOrEqual(60);
    expect(account.capSeconds).toBeLessThanOrEqual(60);
    expect(pair.capSeconds).toBeGreaterThan(account.capSeconds);
    expect(address.clearedBySuccess).toBe(false);
  });
});
