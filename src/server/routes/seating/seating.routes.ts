/**
 * The seat plan of a bridge point's hall: read it (delegate.list on the point), save the
 * layout, assign seats automatically, move or swap delegates (seating.write on the point),
 * and download the printable plan (.docx).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { DelegateAction } from '../../../domain/access/actions.js';
import type { ConferenceHead } from '../../../domain/conference.schema.js';
import { conferenceTimeLine } from '../../../documents/seating/seat-plan-docx.js';
import { filePool } from '../../../workers/file-pool.js';
import type { ConferenceService } from '../../../services/conference-service.types.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { cleanForFileName, contentDisposition } from '../documents/file-name.js';
import { seatingSchemas as schemas } from './seating.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The readable conference, once the policy allows `action` on the delegates of the point. */
const hallFor = async (
  request: FastifyRequest,
  conferences: ConferenceService,
  params: { conferenceId: string; pointId: string },
  action: DelegateAction,
): Promise<ConferenceHead> => {
  const conference = await readableConference(request, conferences, params.conferenceId);
  allow(request, action, { conference, bridgePointId: params.pointId });
  return conference;
};

export const seatingRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, seating } = services;
  const base = '/conferences/:conferenceId/bridge-points/:pointId/seating';

  app.get(base, { schema: schemas.get }, async (request) => {
    const { conferenceId, pointId } = request.params;
    await hallFor(request, conferences, request.params, 'delegate.list');
    return seating.getPlan(conferenceId, pointId);
  });

  app.put(`${base}/layout`, { schema: schemas.saveLayout }, async (request) => {
    const { conferenceId, pointId } = request.params;
    await hallFor(request, conferences, request.params, 'seating.write');
    return seating.saveLayout(conferenceId, pointId, request.body, auditOrigin(request));
  });

  app.post(`${base}/auto-assign`, { schema: schemas.autoAssign }, async (request) => {
    const { conferenceId, pointId } = request.params;
    await hallFor(request, conferences, request.params, 'seating.write');
    return seating.autoAssign(conferenceId, pointId, request.body, auditOrigin(request));
  });

  app.post(`${base}/move`, { schema: schemas.move }, async (request) => {
    const { conferenceId, pointId } = request.params;
    await hallFor(request, conferences, request.params, 'seating.write');
    return seating.move(conferenceId, pointId, request.body, auditOrigin(request));
  });

  app.get(`${base}/seat-plan.docx`, { schema: schemas.seatPlanDocx }, async (request, reply) => {
    const { conferenceId, pointId } = request.params;
    const conference = await hallFor(request, conferences, request.params, 'delegate.list');
    const plan = await seating.getPlan(conferenceId, pointId);
    const docx = await filePool().renderSeatPlanDocx({
      conferenceTitle: conference.title,
      hallName: plan.hallName,
      timeLine: conferenceTimeLine(conference.startsAt),
      layout: plan.layout,
      delegates: plan.delegates,
    });
    const hall = cleanForFileName(plan.hallName).slice(0, 80);
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(`Sơ đồ chỗ ngồi - ${hall}.docx`))
      .send(docx);
  });
};
