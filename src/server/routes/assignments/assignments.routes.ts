/** Assignments: add, change, remove (with their tasks), reorder; order of an assignment's tasks (assignment.write). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conferenceFor, present, presentCreated, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { assignmentSchemas as schemas, reorderTasksSchema } from './assignments.schema.js';

export const assignmentRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/assignments';
  const permit = (request: Parameters<typeof conferenceFor>[0], conferenceId: string) =>
    conferenceFor(request, conferences, conferenceId, 'assignment.write');

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    await permit(request, conferenceId);
    const created = await conferences.addAssignment(conferenceId, request.body, writeFor(request, 'assignment.create'));
    return reply.code(201).send(presentCreated(request, created));
  });

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) => {
    const { conferenceId } = request.params;
    await permit(request, conferenceId);
    return present(request, await conferences.reorderAssignments(conferenceId, request.body.ids, writeFor(request, 'assignment.reorder')));
  });

  app.patch(`${base}/:assignmentId`, { schema: schemas.update }, async (request) => {
    const { conferenceId, assignmentId } = request.params;
    await permit(request, conferenceId);
    const updated = await conferences.updateAssignment(conferenceId, assignmentId, request.body, writeFor(request, 'assignment.update'));
    return present(request, updated);
  });

  app.delete(`${base}/:assignmentId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, assignmentId } = request.params;
    await permit(request, conferenceId);
    return present(request, await conferences.removeAssignment(conferenceId, assignmentId, writeFor(request, 'assignment.delete')));
  });

  app.put(`${base}/:assignmentId/tasks/order`, { schema: reorderTasksSchema }, async (request) => {
    const { conferenceId, assignmentId } = request.params;
    await permit(request, conferenceId);
    const updated = await conferences.reorderTasks(conferenceId, assignmentId, request.body.ids, writeFor(request, 'task.reorder'));
    return present(request, updated);
  });
};
