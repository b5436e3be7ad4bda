/**
 * User accounts, for the administrator: list, create (the answer holds the one-time link
 * with which the person sets their password: hand it over by a trusted channel), disable or
 * re-enable, and a new password link. The administrator cannot disable their own account.
 * Every account in an answer carries `allowedActions` (presentUser).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SYSTEM } from '../../../domain/access/actions.js';
import { presentUser, presentUsers } from '../../../domain/access/present-user.js';
import { DomainError } from '../../../domain/errors.js';
import { allow, auditOrigin } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { DateTime, Email, PresentedUserSchema } from '../accounts.schema.js';
import { Id, errorResponses } from '../common.schema.js';
import { PageQuery, pageOf } from '../paging.schema.js';

const tags = ['users'];
const UserParams = Type.Object({ userId: Id });
const PasswordLink = Type.Object({
  link: Type.String({ description: 'Path of the web page where the person sets a password: /mat-khau/<token> (shown once)' }),
  expiresAt: DateTime,
});

const schemas = {
  list: {
    tags,
    summary: 'Danh sách tài khoản / list accounts (by e-mail, a page at a time)',
    querystring: PageQuery,
    response: { 200: pageOf(PresentedUserSchema), ...errorResponses },
  },
  create: {
    tags,
    summary: 'Tạo tài khoản / create an account',
    body: Type.Object(
      { email: Email, displayName: Type.String({ minLength: 1, maxLength: 200 }), isAdmin: Type.Optional(Type.Boolean()) },
      { additionalProperties: false },
    ),
    response: { 201: Type.Object({ user: PresentedUserSchema, ...PasswordLink.properties }), ...errorResponses },
  },
  update: {
    tags,
    summary: 'Khoá hoặc mở khoá tài khoản / disable or re-enable an account',
    params: UserParams,
    body: Type.Object({ disabled: Type.Boolean() }, { additionalProperties: false }),
    response: { 200: PresentedUserSchema, ...errorResponses },
  },
  reset: {
    tags,
    summary: 'Cấp liên kết đặt lại mật khẩu / issue a password reset link',
    params: UserParams,
    response: { 200: PasswordLink, ...errorResponses },
  },
};

const passwordLink = (token: string) => `/mat-khau/${token}`;

export const CANNOT_DISABLE_SELF = () =>
  new DomainError(422, 'user.cannot_disable_self', {
    vi: 'Không thể tự khoá tài khoản của chính mình.',
    en: 'You cannot disable your own account.',
  });

export const userRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { accounts } = services;

  app.get('/users', { schema: schemas.list }, async (request) => {
    allow(request, 'user.list', SYSTEM);
    const page = await accounts.listUsersPage(request.query);
    return { items: presentUsers(request.actor, page.items), nextCursor: page.nextCursor };
  });

  app.post('/users', { schema: schemas.create }, async (request, reply) => {
    allow(request, 'user.create', SYSTEM);
    const created = await accounts.createUser(auditOrigin(request), request.body);
    return reply
      .code(201)
      .send({ user: presentUser(request.actor, created.user), link: passwordLink(created.token), expiresAt: created.expiresAt });
  });

  app.patch('/users/:userId', { schema: schemas.update }, async (request) => {
    const { userId } = request.params;
    allow(request, 'user.update', { userId });
    if (request.body.disabled && request.actor.kind === 'user' && request.actor.userId === userId) throw CANNOT_DISABLE_SELF();
    return presentUser(request.actor, await accounts.setDisabled(userId, request.body.disabled, auditOrigin(request)));
  });

  app.post('/users/:userId/password-reset', { schema: schemas.reset }, async (request) => {
    const { userId } = request.params;
    allow(request, 'user.update', { userId });
    const issued = await accounts.resetPassword(userId, auditOrigin(request));
    return { link: passwordLink(issued.token), expiresAt: issued.expiresAt };
  });
};
