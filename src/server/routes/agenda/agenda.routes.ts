/** Agenda items: add, change, remove (with sub-items), reorder the whole tree (agenda.write); the computed schedule. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { computeSchedule } from '../../../domain/agenda-schedule.js';
import { conferenceFor, present, presentCreated, readableConference, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { agendaItemSchemas as schemas, reorderAgendaSchema, scheduleSchema } from './agenda.schema.js';

export const agendaRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/agenda-items';

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'agenda.write');
    const created = await conferences.addAgendaItem(conferenceId, request.body, writeFor(request, 'agenda_item.create'));
    return reply.code(201).send(presentCreated(request, created));
  });

  app.put(`${base}/order`, { schema: reorderAgendaSchema }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'agenda.write');
    return present(request, await conferences.reorderAgenda(conferenceId, request.body.items, writeFor(request, 'agenda_item.reorder')));
  });

  app.patch(`${base}/:itemId`, { schema: schemas.update }, async (request) => {
    const { conferenceId, itemId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'agenda.write');
    return present(
      request,
      await conferences.updateAgendaItem(conferenceId, itemId, request.body, writeFor(request, 'agenda_item.update')),
    );
  });

  app.delete(`${base}/:itemId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, itemId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'agenda.write');
    return present(request, await conferences.removeAgendaItem(conferenceId, itemId, writeFor(request, 'agenda_item.delete')));
  });

  app.get('/conferences/:conferenceId/schedule', { schema: scheduleSchema }, async (request) => {
    await readableConference(request, conferences, request.params.conferenceId);
    const plan = await conferences.readPlan(request.params.conferenceId);
    return computeSchedule(plan.startsAt, plan.agendaItems);
  });
};
