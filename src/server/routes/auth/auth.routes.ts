/**
 * Sign-in with a password (a new session token every time: a cookie planted before login
 * is revoked, never promoted; the browser becomes a known device of the account), sign-out, the current actor, setting a password through a
 * one-time link, and exchanging an access link for a link session.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { allowedSystemActions } from '../../../domain/access/allowed-actions.js';
import { TooManyAttemptsError } from '../../../services/accounts/rate-limit.js';
import { auditOrigin } from '../../access.js';
import { clearSessionCookie, linkCsrfToken, readCookieCredential, setLinkCookie, setSessionCookie } from '../../plugins/auth-cookie.js';
import { readDeviceCookie, setDeviceCookie } from '../../plugins/device-cookie.js';
import type { RouteOptions } from '../../server-services.js';
import { exchangeLinkSchema, loginSchema, logoutSchema, meSchema, setPasswordSchema } from './auth.schema.js';

const userAgentOf = (request: FastifyRequest) => {
  const value = request.headers['user-agent'];
  return typeof value === 'string' ? value.slice(0, 500) : null;
};

export const authRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { sessions, accounts, accessLinks } = services;

  app.post('/auth/login', { schema: loginSchema, config: { auth: 'public-write' } }, async (request, reply) => {
    const previous = readCookieCredential(request);
    try {
      const result = await sessions.login({
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: userAgentOf(request),
        previousToken: previous?.kind === 'session' ? previous.token : null,
        deviceToken: readDeviceCookie(request),
      });
      setSessionCookie(request, reply, result.token, result.expiresAt);
      setDeviceCookie(request, reply, result.device.token, result.device.expiresAt);
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    } catch (error) {
      if (error instanceof TooManyAttemptsError) reply.header('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  });

  // One audit row: session.logout for a user session, session.link_logout for a link session (the link stays valid).
  app.post('/auth/logout', { schema: logoutSchema }, async (request, reply) => {
    if (request.auth.kind === 'session') await sessions.logout(request.auth.token, auditOrigin(request));
    if (request.auth.kind === 'link') await accessLinks.recordLinkLogout(request.auth.link.id, auditOrigin(request));
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });

  app.get('/auth/me', { schema: meSchema, config: { auth: 'public-read' } }, async (request) => {
    const auth = request.auth;
    const systemActions = allowedSystemActions(request.actor);
    if (auth.kind === 'session') {
      const { user, memberships } = auth.session;
      return { actor: { kind: 'user' as const, user, memberships }, csrfToken: auth.csrfToken, systemActions };
    }
    if (auth.kind === 'link') return { actor: linkView(auth.link), csrfToken: auth.csrfToken, systemActions };
    return { actor: { kind: 'anonymous' as const }, csrfToken: null, systemActions };
  });

  app.post('/auth/password', { schema: setPasswordSchema, config: { auth: 'public-write' } }, async (request) => ({
    user: await accounts.setPasswordWithToken(request.body.token, request.body.password, auditOrigin(request)),
  }));

  // One audit row, session.link_login in the link's name; a user session in this browser ends
  // in the same transaction (one cookie, one identity).
  app.post('/auth/link', { schema: exchangeLinkSchema, config: { auth: 'public-write' } }, async (request, reply) => {
    const endSessionToken = request.auth.kind === 'session' ? request.auth.token : null;
    const { link } = await accessLinks.signInWithLink(
      request.body.token,
      { ip: request.ip, userAgent: userAgentOf(request) },
      endSessionToken,
    );
    setLinkCookie(request, reply, request.body.token, link.expiresAt);
    return { actor: linkView(link), csrfToken: linkCsrfToken(request.body.token) };
  });
};

const linkView = (link: {
  id: string;
  purpose: 'guest' | 'delegate' | 'operator' | 'observer' | 'nominator' | 'display';
  conferenceId: string;
  bridgePointId: string | null;
  participantGroupId: string | null;
  label: string;
  expiresAt: string;
}) => ({
  kind: 'link' as const,
  linkId: link.id,
  purpose: link.purpose,
  conferenceId: link.conferenceId,
  bridgePointId: link.bridgePointId,
  participantGroupId: link.participantGroupId,
  label: link.label,
  expiresAt: link.expiresAt,
});
