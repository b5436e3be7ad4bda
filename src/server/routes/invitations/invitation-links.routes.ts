/**
 * What the holders of links do, without an account: a delegate's personal link reads its
 * invitation and answers it (delegate.answer: attend, decline, or name a substitute, and
 * change their mind until the deadline); a nominator link names the people attending at its
 * bridge point within the quota (delegate.nominate). The confirmation page exchanges the
 * token for a link session first (POST /auth/link), so these routes see a link actor.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { presentDelegate } from '../../../domain/access/present-delegate.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { invitationSchemas as schemas } from './invitations.schema.js';

export const invitationLinkRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, invitationAnswers, nominations } = services;
  const base = '/conferences/:conferenceId';

  app.get(`${base}/invitation`, { schema: schemas.view }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return invitationAnswers.view(request.actor, conference.id);
  });

  app.post(`${base}/invitation/answer`, { schema: schemas.answer }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const actor = request.actor;
    const delegateId = actor.kind === 'link' ? (actor.delegateId ?? null) : null;
    allow(request, 'delegate.answer', { conference, bridgePointId: null, delegateId });
    return invitationAnswers.answer(actor, conference.id, request.body, auditOrigin(request));
  });

  app.get(`${base}/nomination`, { schema: schemas.nomination }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return nominations.view(request.actor, conference.id);
  });

  app.post(`${base}/nomination/delegates`, { schema: schemas.nominate }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const actor = request.actor;
    allow(request, 'delegate.nominate', { conference, bridgePointId: actor.kind === 'link' ? actor.bridgePointId : null });
    const delegate = await nominations.nominate(actor, conference.id, request.body, auditOrigin(request));
    return reply.code(201).send(presentDelegate(actor, conference, delegate));
  });
};
