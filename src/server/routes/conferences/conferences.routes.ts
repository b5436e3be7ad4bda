/**
 * The conference: list (only those the caller may read), create (the creator becomes its
 * organizer), read, general information, duplicate, archive, status. Every answer goes
 * through the presenter.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SYSTEM } from '../../../domain/access/actions.js';
import { allow, conferenceFor, present, readableConference, signedIn, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { listReadableConferences } from './conference-list.js';
import {
  archiveConferenceSchema,
  changeStatusSchema,
  createConferenceSchema,
  duplicateConferenceSchema,
  getConferenceSchema,
  listConferencesSchema,
  patchConferenceSchema,
} from './conferences.schema.js';
import { asOrganizer, createOptions } from './organizer.js';

export const conferenceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences } = services;

  app.get('/conferences', { schema: listConferencesSchema }, async (request) =>
    listReadableConferences(signedIn(request), conferences, request.query),
  );

  app.post('/conferences', { schema: createConferenceSchema }, async (request, reply) => {
    allow(request, 'conference.create', SYSTEM);
    const created = await conferences.create(request.body, createOptions(request, 'conference.create'));
    return reply.code(201).send(present(request, asOrganizer(request, created)));
  });

  // The plan with its bridge points inline up to 500 and their counts always (see PresentedConference).
  app.get('/conferences/:conferenceId', { schema: getConferenceSchema }, async (request) => {
    await readableConference(request, conferences, request.params.conferenceId);
    return present(request, await conferences.readPlan(request.params.conferenceId));
  });

  app.patch('/conferences/:conferenceId', { schema: patchConferenceSchema }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.update');
    return present(request, await conferences.updateInfo(conferenceId, request.body, writeFor(request, 'conference.update')));
  });

  app.post('/conferences/:conferenceId/duplicate', { schema: duplicateConferenceSchema }, async (request, reply) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.duplicate');
    const copy = await conferences.duplicate(
      conferenceId,
      { shiftYears: request.body.shiftYears },
      createOptions(request, 'conference.duplicate'),
    );
    return reply.code(201).send(present(request, asOrganizer(request, copy)));
  });

  for (const [path, archived, summary] of [
    ['archive', true, 'Lưu trữ / archive'],
    ['unarchive', false, 'Bỏ lưu trữ / unarchive'],
  ] as const) {
    app.post(`/conferences/:conferenceId/${path}`, { schema: archiveConferenceSchema(summary) }, async (request) => {
      const { conferenceId } = request.params;
      await conferenceFor(request, conferences, conferenceId, 'conference.archive');
      return present(request, await conferences.setArchived(conferenceId, archived, writeFor(request, `conference.${path}`)));
    });
  }

  app.post('/conferences/:conferenceId/status', { schema: changeStatusSchema }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'conference.change_status');
    const status = request.body.status;
    return present(request, await conferences.changeStatus(conferenceId, status, writeFor(request, 'conference.change_status')));
  });
};
