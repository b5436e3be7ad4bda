/**
 * Who holds which role in a conference (conference.manage_access): list, grant (by e-mail
 * or user id; operators with their bridge points), revoke. A membership id of another
 * conference is answered 404, as if it did not exist. Each membership in an answer carries
 * `allowedActions` (presentMembership).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { presentMembership } from '../../../domain/access/present-conference-access.js';
import { invalid } from '../../../domain/errors.js';
import { entityNotFound } from '../../../services/input.js';
import { auditOrigin, conferenceFor } from '../../access.js';
import type { RouteOptions, RouteServices } from '../../server-services.js';
import { Email, PresentedMembershipSchema, RoleSchema } from '../accounts.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';
import { PageQuery, pageOf } from '../paging.schema.js';

const tags = ['memberships'];

const GrantBody = Type.Object(
  {
    email: Type.Optional(Email),
    userId: Type.Optional(Id),
    role: RoleSchema,
    bridgePointIds: Type.Array(Id, { maxItems: 1000, uniqueItems: true, description: 'Operator scope; [] for other roles' }),
  },
  { additionalProperties: false, description: 'The person by e-mail or by user id (exactly one)' },
);

const schemas = {
  list: {
    tags,
    summary: 'Người có vai trò trong hội nghị / memberships of the conference (a page at a time)',
    params: ConferenceParams,
    querystring: PageQuery,
    response: { 200: pageOf(PresentedMembershipSchema), ...errorResponses },
  },
  grant: {
    tags,
    summary: 'Giao vai trò / grant a role',
    params: ConferenceParams,
    body: GrantBody,
    response: { 201: PresentedMembershipSchema, ...errorResponses },
  },
  revoke: {
    tags,
    summary: 'Thu hồi vai trò / revoke a role',
    params: Type.Object({ conferenceId: Id, membershipId: Id }),
    response: { 204: Type.Null(), ...errorResponses },
  },
};

const PERSON_REQUIRED = () =>
  invalid('membership.person_required', {
    vi: 'Hãy chọn đúng một người: theo địa chỉ thư điện tử hoặc theo mã người dùng.',
    en: 'Name exactly one person: by e-mail address or by user id.',
  });
const userNotFound = () => entityNotFound('user.not_found', 'người dùng', 'user');
const membershipNotFound = () => entityNotFound('membership.not_found', 'quyền tham gia', 'membership');

async function userIdOf(accounts: RouteServices['accounts'], body: { email?: string; userId?: string }): Promise<string> {
  if ((body.email === undefined) === (body.userId === undefined)) throw PERSON_REQUIRED();
  if (body.userId !== undefined) return (await accounts.getUser(body.userId)).id;
  const email = body.email!.normalize('NFC').trim().toLowerCase();
  const user = (await accounts.listUsers()).find((candidate) => candidate.email === email);
  if (!user) throw userNotFound();
  return user.id;
}

export const membershipRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, memberships, accounts } = services;
  const base = '/conferences/:conferenceId/memberships';

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await conferenceFor(request, conferences, request.params.conferenceId, 'conference.manage_access');
    const page = await memberships.listPageForConference(conference.id, request.query);
    return { items: page.items.map((membership) => presentMembership(request.actor, conference, membership)), nextCursor: page.nextCursor };
  });

  app.post(base, { schema: schemas.grant }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await conferenceFor(request, conferences, conferenceId, 'conference.manage_access');
    const userId = await userIdOf(accounts, request.body);
    const { role, bridgePointIds } = request.body;
    const granted = await memberships.grant(conferenceId, userId, role, bridgePointIds, auditOrigin(request));
    return reply.code(201).send(presentMembership(request.actor, conference, granted));
  });

  app.delete(`${base}/:membershipId`, { schema: schemas.revoke }, async (request, reply) => {
    const { conferenceId, membershipId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.manage_access');
    const own = (await memberships.listForConference(conferenceId)).some((membership) => membership.id === membershipId);
    if (!own) throw membershipNotFound();
    await memberships.revoke(membershipId, auditOrigin(request));
    return reply.code(204).send(null);
  });
};
