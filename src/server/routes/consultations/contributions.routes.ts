/**
 * Written contributions (issue 16 item 3): the slots with a presenter and their status; the
 * organizer names each slot's body and deadline, reminds, and decides to read or file; the
 * body submits through its point's operator account or its contact link; the chair and the
 * secretariat read them during the meeting (the chair's console panel).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can } from '../../../domain/access/can.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { requestOrigin } from '../invitations/invitations.routes.js';
import { contributionSchemas as schemas } from './consultations.schema.js';

export const contributionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, contributions } = services;
  const base = '/conferences/:conferenceId/contributions';

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'contribution.read', { conference, body: null });
    const items = await contributions.list(conference.id, {
      reads: true,
      manages: can(request.actor, 'contribution.manage', { conference, body: null }),
      maySubmit: (body) => can(request.actor, 'contribution.submit', { conference, body }),
    });
    return { items };
  });

  // A body's own slots (its contact link, its point's operator): what it may submit.
  app.get(`${base}/mine`, { schema: schemas.mine }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const items = await contributions.list(conference.id, {
      reads: false,
      manages: false,
      maySubmit: (body) => can(request.actor, 'contribution.submit', { conference, body }),
    });
    return { items };
  });

  app.put(`${base}/:agendaItemId/body`, { schema: schemas.configure }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'contribution.manage', { conference, body: null });
    await contributions.configure(conference.id, request.params.agendaItemId, request.body, auditOrigin(request));
    return { ok: true as const };
  });

  app.put(`${base}/:agendaItemId/submission`, { schema: schemas.submit }, async (request) => {
    const { conferenceId, agendaItemId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'contribution.submit', { conference, body: await contributions.bodyRef(conference.id, agendaItemId) });
    await contributions.submit(conference.id, agendaItemId, request.body, auditOrigin(request));
    return { ok: true as const };
  });

  app.put(`${base}/:agendaItemId/decision`, { schema: schemas.decide }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'contribution.manage', { conference, body: null });
    await contributions.decide(conference.id, request.params.agendaItemId, request.body, auditOrigin(request));
    return { ok: true as const };
  });

  app.post(`${base}/reminders`, { schema: schemas.remind }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'contribution.manage', { conference, body: null });
    const result = await contributions.remind(conference.id, request.body, requestOrigin(request), auditOrigin(request));
    return reply.code(202).send(result);
  });
};
