/**
 * First start: whether an administrator is still missing, and the set-up itself (the
 * one-time token printed by the server at start or by `diemcau admin create`), which
 * creates the first administrator and signs them in: one transaction, one audit row
 * (`user.setup_admin`, which names the session opened).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { auditOrigin } from '../../access.js';
import { setSessionCookie } from '../../plugins/auth-cookie.js';
import type { RouteOptions } from '../../server-services.js';
import { Email, Password, SignedInSchema, Token } from '../accounts.schema.js';
import { errorResponses } from '../common.schema.js';

const tags = ['setup'];

export const setupStatusSchema = {
  tags,
  summary: 'Cần cài đặt? / does the first administrator still need to be created',
  response: { 200: Type.Object({ needsSetup: Type.Boolean() }), ...errorResponses },
};

export const completeSetupSchema = {
  tags,
  summary: 'Tạo quản trị viên đầu tiên / create the first administrator (sets the session cookie)',
  body: Type.Object(
    { token: Token, email: Email, displayName: Type.String({ minLength: 1, maxLength: 200 }), password: Password },
    { additionalProperties: false },
  ),
  response: { 200: SignedInSchema, ...errorResponses },
};

export const setupRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { accounts, sessions } = services;

  app.get('/setup/status', { schema: setupStatusSchema, config: { auth: 'public-read' } }, async () => ({
    needsSetup: !(await accounts.listUsers()).some((user) => user.isAdmin && !user.disabled),
  }));

  app.post('/setup', { schema: completeSetupSchema, config: { auth: 'public-write' } }, async (request, reply) => {
    const { token, email, displayName, password } = request.body;
    const { ip, userAgent } = auditOrigin(request);
    const signedIn = await sessions.setUpFirstAdmin(token, { email, displayName, password }, { ip, userAgent });
    setSessionCookie(request, reply, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
  });
};
