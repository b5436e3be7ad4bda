/**
 * The convening document's own parts, each replaced as a whole: the sessions (the time as
 * exactly as it is known), the chair and co-chairs, the outline. Part of the plan's
 * general information: `conference.update`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conferenceFor, present, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { conveningSchemas as schemas } from './convening.schema.js';

export const conveningRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId';

  app.put(`${base}/sessions`, { schema: schemas.sessions }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.update');
    return present(request, await conferences.replaceSessions(conferenceId, request.body.sessions, writeFor(request, 'sessions.replace')));
  });

  app.put(`${base}/chairs`, { schema: schemas.chairs }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.update');
    return present(request, await conferences.replaceChairs(conferenceId, request.body.chairs, writeFor(request, 'chairs.replace')));
  });

  app.put(`${base}/outline`, { schema: schemas.outline }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.update');
    return present(request, await conferences.replaceOutline(conferenceId, request.body.sections, writeFor(request, 'outline.replace')));
  });
};
