/** Assignments: add, change, remove (with their tasks), reorder; order of an assignment's tasks. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { assignmentSchemas as schemas, reorderTasksSchema } from './assignments.schema.js';

export const assignmentRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/assignments';

  app.post(base, { schema: schemas.create }, async (request, reply) =>
    reply.code(201).send(await conferences.addAssignment(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) =>
    conferences.reorderAssignments(request.params.conferenceId, request.body.ids, writeOptions(request)),
  );

  app.patch(`${base}/:assignmentId`, { schema: schemas.update }, async (request) =>
    conferences.updateAssignment(request.params.conferenceId, request.params.assignmentId, request.body, writeOptions(request)),
  );

  app.delete(`${base}/:assignmentId`, { schema: schemas.remove }, async (request) =>
    conferences.removeAssignment(request.params.conferenceId, request.params.assignmentId, writeOptions(request)),
  );

  app.put(`${base}/:assignmentId/tasks/order`, { schema: reorderTasksSchema }, async (request) =>
    conferences.reorderTasks(request.params.conferenceId, request.params.assignmentId, request.body.ids, writeOptions(request)),
  );
};
