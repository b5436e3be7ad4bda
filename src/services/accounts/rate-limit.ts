/**
 * Login rate limit: at most 5 failures per account and 20 per address in 15 minutes
 * (configurable), counted in login_attempts so that it holds across processes. A success
 * clears the account's count (not the address's). Refusals are not counted, so the wait
 * announced is the real one. Two racing attempts may both pass the check: the limit can
 * be exceeded by the number of concurrent requests, never by more.
 */
import { DomainError } from '../../domain/errors.js';
import { insertLoginAttempts, listLoginAttempts } from '../../storage/repositories/login-attempt-repository.js';
import type { Executor } from '../../storage/tables.js';

export interface RateLimitConfig {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

export class TooManyAttemptsError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'auth.too_many_attempts', {
      vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const accountKey = (email: string): string => `account:${email}`;
export const addressKey = (ip: string): string => `address:${ip}`;

export interface Attempt {
  at: string;
  succeeded: boolean;
}

/** Times of the failures that count: those in the window, after the last success when `clearedBySuccess`. Pure. */
export function countedFailures(attempts: readonly Attempt[], clearedBySuccess: boolean): number[] {
  let failures: number[] = [];
  for (const attempt of attempts) {
    if (attempt.succeeded) {
      if (clearedBySuccess) failures = [];
    } else failures.push(Date.parse(attempt.at));
  }
  return failures.sort((a, b) => a - b);
}

/** Seconds until one more attempt is allowed, or null when it is allowed now. Pure. */
export function retryAfterSeconds(failures: readonly number[], limit: number, windowMs: number, now: Date): number | null {
  const inWindow = failures.filter((t) => t > now.getTime() - windowMs);
  if (inWindow.length < limit) return null;
  // Allowed again once enough of the oldest failures leave the window.
  const freedAt = inWindow[inWindow.length - limit]! + windowMs;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}

const attemptsOf = async (executor: Executor, key: string, since: string): Promise<Attempt[]> =>
  (await listLoginAttempts(executor, key, since)).map((row) => ({ at: row.attempted_at, succeeded: row.succeeded === 1 }));

/** Throws TooManyAttemptsError (429) when the account or the address has used up its failures. */
export async function assertLoginAllowed(
  executor: Executor,
  who: { email: string; ip: string },
  now: Date,
  config: RateLimitConfig = DEFAULT_RATE_LIMIT,
): Promise<void> {
  const since = new Date(now.getTime() - config.windowMs).toISOString();
  const [account, address] = await Promise.all([
    attemptsOf(executor, accountKey(who.email), since),
    attemptsOf(executor, addressKey(who.ip), since),
  ]);
  const waits = [
    retryAfterSeconds(countedFailures(account, true), config.maxFailuresPerAccount, config.windowMs, now),
    retryAfterSeconds(countedFailures(address, false), config.maxFailuresPerAddress, config.windowMs, now),
  ].filter((wait): wait is number => wait !== null);
  if (waits.length > 0) throw new TooManyAttemptsError(Math.max(...waits));
}

export async function recordLoginAttempt(
  executor: Executor,
  who: { email: string; ip: string },
  succeeded: boolean,
  at: string,
  newId: () => string,
): Promise<void> {
  const flag = succeeded ? 1 : 0;
  await insertLoginAttempts(executor, [
    { id: newId(), key: accountKey(who.email), attempted_at: at, succeeded: flag },
    { id: newId(), key: addressKey(who.ip), attempted_at: at, succeeded: flag },
  ]);
}
