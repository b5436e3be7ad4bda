/**
 * The meeting regime's warnings (Decision 45/2018/QĐ-TTg, chế độ họp) for the secretariat:
 * documents sent later than 3 working days before the meeting and the conclusion notice due,
 * overdue or issued late. Warnings only: nothing is refused because of them. Read by whoever
 * reads the documents' read receipts or the conclusion notice (the organizer and the chair).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can } from '../../../domain/access/can.js';
import { documentObject } from '../../../domain/access/present-document.js';
import { createMeetingRegimeService } from '../../../services/meeting-regime/meeting-regime-service.js';
import { allow, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { meetingRegimeSchemas as schemas } from './meeting-regime.schema.js';

export const meetingRegimeRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences } = services;
  const regime = createMeetingRegimeService({
    conferences,
    documents: services.conferenceDocuments,
    conclusions: services.conclusions,
    live: services.live,
  });

  app.get('/conferences/:conferenceId/meeting-regime', { schema: schemas.get }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    if (!can(request.actor, 'document.read_receipts', documentObject(conference, null))) allow(request, 'conclusion.read', conference);
    return regime.report(conference.id);
  });
};
