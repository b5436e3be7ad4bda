/**
 * GET /conferences/:conferenceId/events: the conference's domain events as Server-Sent
 * Events, for whoever may read its attendance. The organizer and the chair receive every
 * event; an operator the events of their own points and those of the whole conference. The
 * policy is asked when the stream opens; the stream ends when the caller's access is revoked
 * (at once) or after a few minutes, and the browser reconnects through the authentication
 * again (src/server/realtime/sse.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bridgePointsOf } from '../../../realtime/events.js';
import { principalOf } from '../../../realtime/principals.js';
import { readableConference } from '../../access.js';
import { EventStreams } from '../../realtime/sse.js';
import type { RouteOptions } from '../../server-services.js';
import { readablePointIds } from './attendance-access.js';
import { attendanceSchemas as schemas } from './attendance.schema.js';

export const attendanceEventRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const streams = new EventStreams({ bus: services.events }).attach(app);

  app.get(
    '/conferences/:conferenceId/events',
    // HEAD would run the handler and hold a stream open that nobody reads.
    { schema: schemas.events, exposeHeadRoute: false },
    async (request, reply) => {
      const conference = await readableConference(request, services.conferences, request.params.conferenceId);
      const ids = readablePointIds(request, conference);
      const scope = ids ? new Set(ids) : null;
      return streams.open(request, reply, {
        conferenceId: conference.id,
        principal: principalOf(request.actor) ?? '',
        accepts: (event) => {
          if (!scope) return true;
          const points = bridgePointsOf(event);
          return points === null || points.some((id) => scope.has(id));
        },
      });
    },
  );
};
