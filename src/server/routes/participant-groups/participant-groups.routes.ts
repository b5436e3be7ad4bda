/** Participant groups: add, change, remove, reorder. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { participantGroupSchemas as schemas } from './participant-groups.schema.js';

export const participantGroupRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/participant-groups';

  app.post(base, { schema: schemas.create }, async (request, reply) =>
    reply.code(201).send(await conferences.addParticipantGroup(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) =>
    conferences.reorderParticipantGroups(request.params.conferenceId, request.body.ids, writeOptions(request)),
  );

  app.patch(`${base}/:groupId`, { schema: schemas.update }, async (request) =>
    conferences.updateParticipantGroup(request.params.conferenceId, request.params.groupId, request.body, writeOptions(request)),
  );

  app.delete(`${base}/:groupId`, { schema: schemas.remove }, async (request) =>
    conferences.removeParticipantGroup(request.params.conferenceId, request.params.groupId, writeOptions(request)),
  );
};
