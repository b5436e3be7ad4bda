/** Tasks: add, change (including moving to another assignment or status), remove (assignment.write). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conferenceFor, present, presentCreated, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { taskSchemas as schemas } from './tasks.schema.js';

export const taskRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/tasks';

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'assignment.write');
    const created = await conferences.addTask(conferenceId, request.body, writeFor(request, 'task.create'));
    return reply.code(201).send(presentCreated(request, created));
  });

  app.patch(`${base}/:taskId`, { schema: schemas.update }, async (request) => {
    const { conferenceId, taskId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'assignment.write');
    return present(request, await conferences.updateTask(conferenceId, taskId, request.body, writeFor(request, 'task.update')));
  });

  app.delete(`${base}/:taskId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, taskId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'assignment.write');
    return present(request, await conferences.removeTask(conferenceId, taskId, writeFor(request, 'task.delete')));
  });
};
