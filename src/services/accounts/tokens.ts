/**
 * Secrets handed to people (session cookies, access links, set-up and password links):
 * 256 random bits as base64url, shown once; only their SHA-256 hash is stored.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_BYTES = 32;
/** base64url of 32 bytes, without padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface NewToken {
  /** Give this to the person; never store it. */
  token: string;
  /** Store this (hex SHA-256 of the token). */
  hash: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function newToken(): NewToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** Whether the text could be a token at all (checked before any lookup). */
export const isTokenShaped = (value: unknown): value is string => typeof value === 'string' && TOKEN_SHAPE.test(value);

/** Compares two secrets in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so the length does not leak through an early return.
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
