/**
 * The one cookie of the app, `diemcau_session`: httpOnly, SameSite=Lax, Path=/, Secure when
 * the request came over HTTPS. It holds either a user session token (43 base64url
 * characters) or, after a link exchange, `l.` followed by the access link's token: the link
 * is re-checked (expiry, revocation) on every request, so revoking it ends the session at
 * once. For a link session the CSRF token is derived from the link token (a hash the
 * attacker cannot compute without the token itself).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'diemcau_session';
const LINK_PREFIX = 'l.';

export type CookieCredential = { kind: 'session'; token: string } | { kind: 'link'; token: string } | null;

/** What a value of the cookie carries (null when absent or empty); the socket gateway parses its own headers. */
export const credentialOfCookie = (value: string | undefined): CookieCredential => {
  if (!value) return null;
  return value.startsWith(LINK_PREFIX) ? { kind: 'link', token: value.slice(LINK_PREFIX.length) } : { kind: 'session', token: value };
};

/** What the cookie carries (null when absent or empty). */
export const readCookieCredential = (request: FastifyRequest): CookieCredential => credentialOfCookie(request.cookies?.[SESSION_COOKIE]);

const cookieOptions = (request: FastifyRequest, expiresAt: string) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/',
  secure: request.protocol === 'https',
  expires: new Date(expiresAt),
});

export const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void => {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, expiresAt));
};

export const setLinkCookie = (request: FastifyRequest, reply: FastifyReply, linkToken: string, expiresAt: string): void => {
  reply.setCookie(SESSION_COOKIE, `${LINK_PREFIX}${linkToken}`, cookieOptions(request, expiresAt));
};

export const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply): void => {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' });
};

/** The CSRF token of a link session: SHA-256 of the link token, base64url. */
export const linkCsrfToken = (linkToken: string): string =>
  createHash('sha256').update(`diemcau-csrf:${linkToken}`, 'utf8').digest('base64url');
