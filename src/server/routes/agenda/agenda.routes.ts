/** Agenda items: add, change, remove (with sub-items), reorder the whole tree; the computed schedule. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { computeSchedule } from '../../../domain/agenda-schedule.js';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { agendaItemSchemas as schemas, reorderAgendaSchema, scheduleSchema } from './agenda.schema.js';

export const agendaRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/agenda-items';

  app.post(base, { schema: schemas.create }, async (request, reply) =>
    reply.code(201).send(await conferences.addAgendaItem(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.put(`${base}/order`, { schema: reorderAgendaSchema }, async (request) =>
    conferences.reorderAgenda(request.params.conferenceId, request.body.items, writeOptions(request)),
  );

  app.patch(`${base}/:itemId`, { schema: schemas.update }, async (request) =>
    conferences.updateAgendaItem(request.params.conferenceId, request.params.itemId, request.body, writeOptions(request)),
  );

  app.delete(`${base}/:itemId`, { schema: schemas.remove }, async (request) =>
    conferences.removeAgendaItem(request.params.conferenceId, request.params.itemId, writeOptions(request)),
  );

  app.get('/conferences/:conferenceId/schedule', { schema: scheduleSchema }, async (request) => {
    const conference = await conferences.get(request.params.conferenceId);
    return computeSchedule(conference.startsAt, conference.agendaItems);
  });
};
