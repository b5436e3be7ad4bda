/**
 * Known devices: at each successful sign-in the browser gets (or keeps) a random token, valid
 * 90 days from its last sign-in, stored only as its SHA-256 hash. A sign-in for the same
 * account that presents it meets only that browser's own failures (rate-limit.ts), so an
 * attacker's guesses at the account from elsewhere do not lock its owner out. The token
 * grants nothing by itself: it never replaces the password.
 */
import {
  deleteExpiredKnownDevices,
  extendKnownDevice,
  findKnownDeviceByTokenHash,
  insertKnownDevice,
} from '../../storage/repositories/known-device-repository.js';
import type { Executor } from '../../storage/tables.js';
import { hashToken, isTokenShaped, newToken } from './tokens.js';

export const KNOWN_DEVICE_DAYS = 90;
const DAY = 24 * 60 * 60_000;

export interface KnownDevice {
  /** The cookie's value; shown to this browser only. */
  token: string;
  expiresAt: string;
}

/** The id of the live device this token names for this user, or null (absent, unknown, expired, another user's). */
export async function findKnownDevice(executor: Executor, token: unknown, userId: string | null, now: Date): Promise<string | null> {
  // Looked up whenever a token is presented, so that the answer's time does not tell whether the e-mail exists.
  if (!isTokenShaped(token)) return null;
  const row = await findKnownDeviceByTokenHash(executor, hashToken(token));
  if (!row || row.user_id !== userId || Date.parse(row.expires_at) <= now.getTime()) return null;
  return row.id;
}

/** After a successful sign-in: extends the browser's device, or gives it a new one (and forgets the user's expired ones). */
export async function rememberDevice(
  executor: Executor,
  input: { userId: string; deviceId: string | null; token: string | null | undefined },
  now: Date,
  newId: () => string,
): Promise<KnownDevice> {
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + KNOWN_DEVICE_DAYS * DAY).toISOString();
  if (input.deviceId !== null && typeof input.token === 'string') {
    await extendKnownDevice(executor, input.deviceId, at, expiresAt);
    return { token: input.token, expiresAt };
  }
  await deleteExpiredKnownDevices(executor, input.userId, at);
  const { token, hash } = newToken();
  await insertKnownDevice(executor, {
    id: newId(),
    token_hash: hash,
    user_id: input.userId,
    created_at: at,
    last_used_at: at,
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}
