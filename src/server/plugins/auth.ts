/**
 * Who is calling: every request gets `request.actor` (anonymous, a user from the session
 * cookie, or a link actor from an exchanged access link) and `request.auth` (the
 * credential and its CSRF token).
 *
 * CSRF: an unsafe request (POST, PUT, PATCH, DELETE) authenticated by the cookie must carry
 * `X-CSRF-Token` equal to the session's token (constant-time), else 403 `auth.csrf_failed`.
 * The few unsafe endpoints that work without a session (set-up, login, link exchange,
 * password link) are marked `config: { auth: 'public-write' }` and checked for a same-origin
 * request instead (login CSRF). A cookie that no longer authenticates (expired session,
 * revoked or expired link) is cleared; on protected routes the request is refused with the
 * reason (401 `auth.session_expired`, `link.revoked`, `link.expired`, `link.invalid`).
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ANONYMOUS, type Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { AccessLink } from '../../services/accounts/account-records.js';
import type { ResolvedSession } from '../../services/accounts/session-service.js';
import { constantTimeEqual } from '../../services/accounts/tokens.js';
import type { RouteServices } from '../server-services.js';
import { clearSessionCookie, linkCsrfToken, readCookieCredential } from './auth-cookie.js';
import { isSameOriginRequest } from './same-origin.js';

/** 'protected' (default): cookie writes need the CSRF header. 'public-read': no requirement.
 * 'public-write': an unsafe endpoint usable without a session, checked for same origin. */
export type AuthMode = 'protected' | 'public-read' | 'public-write';

export type RequestAuth =
  | { kind: 'none' }
  | { kind: 'session'; token: string; csrfToken: string; session: ResolvedSession }
  | { kind: 'link'; token: string; csrfToken: string; link: AccessLink };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthMode;
  }
  interface FastifyRequest {
    actor: Actor;
    auth: RequestAuth;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CSRF_FAILED = () =>
  new DomainError(403, 'auth.csrf_failed', {
    vi: 'Yêu cầu bị từ chối vì thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.',
    en: 'The request was refused: the anti-forgery (CSRF) token is missing or wrong. Reload the page and try again.',
  });

export const CROSS_ORIGIN = () =>
  new DomainError(403, 'auth.cross_origin', {
    vi: 'Yêu cầu đến từ một trang web khác nên bị từ chối.',
    en: 'The request came from another web site and was refused.',
  });

export const SESSION_EXPIRED = () =>
  new DomainError(401, 'auth.session_expired', {
    vi: 'Phiên đăng nhập đã hết hạn hoặc đã bị thu hồi. Hãy đăng nhập lại.',
    en: 'Your session has expired or was revoked. Sign in again.',
  });

export interface AuthOptions {
  services: Pick<RouteServices, 'sessions' | 'accessLinks'>;
}

const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AuthOptions['services'],
  mode: AuthMode,
): Promise<void> {
  const credential = readCookieCredential(request);
  if (!credential) return;
  if (credential.kind === 'session') {
    const session = await services.sessions.resolveSession(credential.token);
    if (session) {
      request.actor = session.actor;
      request.auth = { kind: 'session', token: credential.token, csrfToken: session.session.csrfToken, session };
      return;
    }
    clearSessionCookie(request, reply);
    if (mode === 'protected') throw SESSION_EXPIRED();
    return;
  }
  try {
    const { actor, link } = await services.accessLinks.resolveLink(credential.token, request.ip);
    request.actor = actor;
    request.auth = { kind: 'link', token: credential.token, csrfToken: linkCsrfToken(credential.token), link };
  } catch (error) {
    clearSessionCookie(request, reply);
    if (mode === 'protected' || !(error instanceof DomainError)) throw error;
  }
}

async function authPlugin(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie, { hook: 'onRequest' });
  app.decorateRequest('actor', null as never);
  app.decorateRequest('auth', null as never);

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    request.auth = { kind: 'none' };
    // The web app's files and pages carry no data: no session lookup for them.
    if (!request.url.startsWith('/api/v1/')) return;
    const mode: AuthMode = request.routeOptions.config?.auth ?? 'protected';
    const unsafe = UNSAFE_METHODS.has(request.method);
    if (mode === 'public-write' && unsafe && !isSameOriginRequest(request)) throw CROSS_ORIGIN();
    await authenticate(request, reply, options.services, mode);
    const auth = (request as { auth: RequestAuth }).auth;
    if (mode !== 'protected' || !unsafe || auth.kind === 'none') return;
    const presented = headerValue(request.headers['x-csrf-token']);
    if (!presented || !constantTimeEqual(auth.csrfToken, presented)) throw CSRF_FAILED();
  });
}

export default fp(authPlugin, { name: 'diemcau-auth', fastify: '5.x', dependencies: ['diemcau-errors'] });
