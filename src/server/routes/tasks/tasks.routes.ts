/** Tasks: add, change (including moving to another assignment or status), remove. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { taskSchemas as schemas } from './tasks.schema.js';

export const taskRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/tasks';

  app.post(base, { schema: schemas.create }, async (request, reply) =>
    reply.code(201).send(await conferences.addTask(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.patch(`${base}/:taskId`, { schema: schemas.update }, async (request) =>
    conferences.updateTask(request.params.conferenceId, request.params.taskId, request.body, writeOptions(request)),
  );

  app.delete(`${base}/:taskId`, { schema: schemas.remove }, async (request) =>
    conferences.removeTask(request.params.conferenceId, request.params.taskId, writeOptions(request)),
  );
};
