/**
 * How long a sign-in must wait after failures (pure: no clock, no database). A counter is a
 * list of attempts under one key; after `freeFailures` failures in the window each further
 * attempt waits 2^k seconds after the last failure (k = failures beyond the free ones),
 * never more than `capSeconds`. A wait slows guessing; it never shuts the door for long.
 *
 * Which counters a sign-in meets (docs/security.md, "Sign-in limits"):
 * - from a browser that has signed in to this account before (a known device): only that
 *   browser's own failures, so nobody elsewhere can hold the owner back;
 * - otherwise: the account's failures from every address (a short cap: a distributed guess
 *   stays slow, the owner elsewhere waits a minute at most), the failures for this account
 *   from this address (a longer cap: one source guessing one account), and the failures from
 *   this address for any account (a high threshold and a short cap: behind a proxy every
 *   user shares the address, so it must not lock them out).
 */

export interface DelayRule {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  /** Whether a success forgets the failures before it. */
  clearedBySuccess: boolean;
}

export type LoginCounter = 'device' | 'account' | 'pair' | 'address';
export type LoginLimits = Record<LoginCounter, DelayRule>;

const MINUTE = 60_000;

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  device: { freeFailures: 10, capSeconds: 300, windowMs: 60 * MINUTE, clearedBySuccess: true },
  account: { freeFailures: 5, capSeconds: 60, windowMs: 60 * MINUTE, clearedBySuccess: true },
  pair: { freeFailures: 5, capSeconds: 300, windowMs: 60 * MINUTE, clearedBySuccess: true },
  address: { freeFailures: 50, capSeconds: 30, windowMs: 15 * MINUTE, clearedBySuccess: false },
};

/** The counters that a sign-in meets: a known device's own, or the account's, the pair's and the address's. */
export const countersFor = (knownDevice: boolean): LoginCounter[] => (knownDevice ? ['device'] : ['account', 'pair', 'address']);

export interface Attempt {
  /** Epoch milliseconds. */
  at: number;
  succeeded: boolean;
}

/** Times of the failures that count, oldest first: after the last success when the rule says so. */
export function countedFailures(attempts: readonly Attempt[], clearedBySuccess: boolean): number[] {
  let failures: number[] = [];
  for (const attempt of [...attempts].sort((a, b) => a.at - b.at)) {
    if (attempt.succeeded) {
      if (clearedBySuccess) failures = [];
    } else failures.push(attempt.at);
  }
  return failures;
}

/** Seconds the attempt `k` failures beyond the free ones must wait after the last failure. */
export const delaySeconds = (beyondFree: number, capSeconds: number): number => Math.min(2 ** beyondFree, capSeconds);

/** Seconds until one more attempt is allowed under this rule, or null when it is allowed now. */
export function waitSeconds(attempts: readonly Attempt[], rule: DelayRule, now: number): number | null {
  const failures = countedFailures(attempts, rule.clearedBySuccess).filter((at) => at > now - rule.windowMs);
  const beyondFree = failures.length - rule.freeFailures;
  if (beyondFree < 0) return null;
  const allowedAt = failures[failures.length - 1]! + delaySeconds(beyondFree, rule.capSeconds) * 1000;
  return allowedAt <= now ? null : Math.max(1, Math.ceil((allowedAt - now) / 1000));
}

/** The longest window: attempts older than this count nowhere and may be deleted. */
export const longestWindowMs = (limits: LoginLimits): number => Math.max(...Object.values(limits).map((rule) => rule.windowMs));
