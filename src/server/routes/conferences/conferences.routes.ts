/** The conference: list, create, read, general information, duplicate, archive, status. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import {
  archiveConferenceSchema,
  changeStatusSchema,
  createConferenceSchema,
  duplicateConferenceSchema,
  getConferenceSchema,
  listConferencesSchema,
  patchConferenceSchema,
} from './conferences.schema.js';

export const conferenceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;

  app.get('/conferences', { schema: listConferencesSchema }, async (request) => conferences.list(request.query));

  app.post('/conferences', { schema: createConferenceSchema }, async (request, reply) =>
    reply.code(201).send(await conferences.create(request.body)),
  );

  app.get('/conferences/:conferenceId', { schema: getConferenceSchema }, async (request) =>
    conferences.get(request.params.conferenceId),
  );

  app.patch('/conferences/:conferenceId', { schema: patchConferenceSchema }, async (request) =>
    conferences.updateInfo(request.params.conferenceId, request.body, writeOptions(request)),
  );

  app.post('/conferences/:conferenceId/duplicate', { schema: duplicateConferenceSchema }, async (request, reply) =>
    reply.code(201).send(await conferences.duplicate(request.params.conferenceId, { shiftYears: request.body.shiftYears })),
  );

  app.post(
    '/conferences/:conferenceId/archive',
    { schema: archiveConferenceSchema('Lưu trữ / archive') },
    async (request) => conferences.setArchived(request.params.conferenceId, true, writeOptions(request)),
  );

  app.post(
    '/conferences/:conferenceId/unarchive',
    { schema: archiveConferenceSchema('Bỏ lưu trữ / unarchive') },
    async (request) => conferences.setArchived(request.params.conferenceId, false, writeOptions(request)),
  );

  app.post('/conferences/:conferenceId/status', { schema: changeStatusSchema }, async (request) =>
    conferences.changeStatus(request.params.conferenceId, request.body.status, writeOptions(request)),
  );
};
