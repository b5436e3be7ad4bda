/**
 * Links instead of accounts (conference.manage_access): list with their last use (never
 * the token), create (the token is in the answer once, as the web address /l/<token>),
 * revoke. A link id of another conference is answered 404. Each link in an answer carries
 * `allowedActions` (presentAccessLink).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { presentAccessLink } from '../../../domain/access/present-conference-access.js';
import { entityNotFound } from '../../../services/input.js';
import { auditOrigin, conferenceFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { LinkPurposeSchema, PresentedAccessLinkSchema } from '../accounts.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';
import { PageQuery, pageOf } from '../paging.schema.js';

const tags = ['access-links'];

const CreateBody = Type.Object(
  {
    purpose: LinkPurposeSchema,
    bridgePointId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Required for an operator link' })),
    participantGroupId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'The participant group a delegate link is for' })),
    delegateId: Type.Optional(Type.Union([Id, Type.Null()], { description: "A delegate's personal link (purpose delegate)" })),
    label: Type.String({ minLength: 1, maxLength: 200, description: 'Who the link is for, e.g. "Kỹ thuật UBND huyện Châu Thành"' }),
    expiresAt: Type.String({ format: 'date-time', description: 'In the future, at most one year ahead' }),
  },
  { additionalProperties: false },
);

const schemas = {
  list: {
    tags,
    summary: 'Liên kết truy cập / access links of the conference (newest first, a page at a time)',
    params: ConferenceParams,
    querystring: PageQuery,
    response: { 200: pageOf(PresentedAccessLinkSchema), ...errorResponses },
  },
  create: {
    tags,
    summary: 'Tạo liên kết truy cập / create an access link',
    params: ConferenceParams,
    body: CreateBody,
    response: {
      201: Type.Object({ link: PresentedAccessLinkSchema, url: Type.String({ description: 'Web address /l/<token>: shown once' }) }),
      ...errorResponses,
    },
  },
  revoke: {
    tags,
    summary: 'Thu hồi liên kết / revoke an access link',
    params: Type.Object({ conferenceId: Id, linkId: Id }),
    response: { 200: Type.Object({ link: PresentedAccessLinkSchema }), ...errorResponses },
  },
};

const linkNotFound = () => entityNotFound('link.not_found', 'liên kết truy cập', 'access link');

export const accessLinkRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, accessLinks } = services;
  const base = '/conferences/:conferenceId/access-links';

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await conferenceFor(request, conferences, request.params.conferenceId, 'conference.manage_access');
    const page = await accessLinks.listLinksPage(conference.id, request.query);
    return { items: page.items.map((link) => presentAccessLink(request.actor, conference, link)), nextCursor: page.nextCursor };
  });

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await conferenceFor(request, conferences, conferenceId, 'conference.manage_access');
    const createdByUserId = request.actor.kind === 'user' ? request.actor.userId : null;
    const { link, token } = await accessLinks.createLink({ ...request.body, conferenceId, createdByUserId }, auditOrigin(request));
    return reply.code(201).send({ link: presentAccessLink(request.actor, conference, link), url: `/l/${token}` });
  });

  app.post(`${base}/:linkId/revoke`, { schema: schemas.revoke }, async (request) => {
    const { conferenceId, linkId } = request.params;
    const conference = await conferenceFor(request, conferences, conferenceId, 'conference.manage_access');
    if (!(await accessLinks.listLinks(conferenceId)).some((link) => link.id === linkId)) throw linkNotFound();
    return { link: presentAccessLink(request.actor, conference, await accessLinks.revokeLink(linkId, auditOrigin(request))) };
  });
};
