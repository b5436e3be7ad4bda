/**
 * Sign-in limits: the attempts are rows of login_attempts (so the limits hold across
 * processes), under one key per counter; how long a counter makes a sign-in wait is the pure
 * rule of domain/access/login-delay.ts. A known device (known-devices.ts) meets only its own
 * counter. Refusals are not counted, so the wait announced is the real one. Two racing
 * attempts may both pass the check: a limit can be exceeded by the number of concurrent
 * requests, never by more.
 */
import {
  countersFor,
  DEFAULT_LOGIN_LIMITS,
  longestWindowMs,
  waitSeconds,
  type LoginCounter,
  type LoginLimits,
} from '../../domain/access/login-delay.js';
import { DomainError } from '../../domain/errors.js';
import { deleteLoginAttemptsBefore, insertLoginAttempts, listLoginAttempts } from '../../storage/repositories/login-attempt-repository.js';
import type { Executor } from '../../storage/tables.js';

export type { LoginLimits } from '../../domain/access/login-delay.js';
export const DEFAULT_RATE_LIMIT: LoginLimits = DEFAULT_LOGIN_LIMITS;

export class TooManyAttemptsError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const vi = retryAfterSeconds < 60 ? `${retryAfterSeconds} giây` : `${minutes} phút`;
    const en =
      retryAfterSeconds < 60
        ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`
        : `${minutes} minute${minutes === 1 ? '' : 's'}`;
    super(429, 'auth.too_many_attempts', {
      vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${vi}.`,
      en: `Too many failed sign-in attempts. Try again in ${en}.`,
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Who is signing in: the e-mail as typed (normalised), the client's address, the known device of this account if any. */
export interface LoginAttemptBy {
  email: string;
  ip: string;
  deviceId: string | null;
}

const keyOf = (counter: LoginCounter, who: LoginAttemptBy): string => {
  switch (counter) {
    case 'device':
      return `device:${who.deviceId}`;
    case 'account':
      return `account:${who.email}`;
    case 'pair':
      return `pair:${who.ip} ${who.email}`;
    case 'address':
      return `address:${who.ip}`;
  }
};

/** Throws TooManyAttemptsError (429) when a counter this sign-in meets asks it to wait. */
export async function assertLoginAllowed(executor: Executor, who: LoginAttemptBy, now: Date, limits: LoginLimits): Promise<void> {
  const counters = countersFor(who.deviceId !== null);
  const waits = await Promise.all(
    counters.map(async (counter) => {
      const rule = limits[counter];
      const since = new Date(now.getTime() - rule.windowMs).toISOString();
      const rows = await listLoginAttempts(executor, keyOf(counter, who), since);
      const attempts = rows.map((row) => ({ at: Date.parse(row.attempted_at), succeeded: row.succeeded === 1 }));
      return waitSeconds(attempts, rule, now.getTime());
    }),
  );
  const longest = Math.max(0, ...waits.map((wait) => wait ?? 0));
  if (longest > 0) throw new TooManyAttemptsError(longest);
}

/**
 * One row per counter the sign-in met. A success is written only where it clears failures
 * (the address's count is never cleared: a guesser with an account of their own could).
 */
export async function recordLoginAttempt(
  executor: Executor,
  who: LoginAttemptBy,
  succeeded: boolean,
  at: string,
  newId: () => string,
  limits: LoginLimits,
): Promise<void> {
  const counters = countersFor(who.deviceId !== null);
  // A known device's failures still count for its address, so one browser cannot guess unseen.
  if (!succeeded && who.deviceId !== null) counters.push('address');
  const written = counters.filter((counter) => !succeeded || limits[counter].clearedBySuccess);
  await insertLoginAttempts(
    executor,
    written.map((counter) => ({ id: newId(), key: keyOf(counter, who), attempted_at: at, succeeded: succeeded ? 1 : 0 })),
  );
}

/** Deletes the attempts that no counter looks at any more (called now and then, not on every sign-in). */
export const pruneLoginAttempts = (executor: Executor, now: Date, limits: LoginLimits): Promise<number> =>
  deleteLoginAttemptsBefore(executor, new Date(now.getTime() - longestWindowMs(limits)).toISOString());
