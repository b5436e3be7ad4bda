/**
 * Comments on a draft (issue 16 item 2): the organizer opens a draft for comments from bodies
 * of the plan and reminds them; a body answers through its point's operator account or its
 * contact link; the drafting agency (the organizer's accounts) answers each comment and
 * downloads the synthesis table (.docx, .xlsx), rendered in the file pool, off the event loop.
 * The mail queue to the bodies is resumed when the app is ready and stopped when it closes.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../../domain/access/can.js';
import { CONSULTATION_ACTIONS } from '../../../domain/access/actions.js';
import type { ConferenceHead } from '../../../domain/conference.schema.js';
import type { Viewer } from '../../../services/consultations/consultation-service.js';
import { filePool } from '../../../workers/file-pool.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { contentDisposition, cleanForFileName } from '../documents/file-name.js';
import { requestOrigin } from '../invitations/invitations.routes.js';
import { consultationSchemas as schemas } from './consultations.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the caller sees and may do, as the policies say. */
export const consultationViewer = (request: FastifyRequest, conference: ConferenceHead): Viewer => {
  const whole = { conference, body: null };
  return {
    reads: can(request.actor, 'consultation.read', whole),
    manages: can(request.actor, 'consultation.manage', whole),
    mayAnswer: (body) => can(request.actor, 'consultation.answer', { conference, body }),
    allowedActions: CONSULTATION_ACTIONS.filter((action) => action !== 'consultation.answer' && can(request.actor, action, whole)),
  };
};

export const consultationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, consultations, bodyMail } = services;
  const base = '/conferences/:conferenceId/consultations';

  app.addHook('onReady', async () => {
    await bodyMail.resume();
  });
  app.addHook('onClose', async () => {
    await bodyMail.close();
  });

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return { items: await consultations.list(conference.id, consultationViewer(request, conference)) };
  });

  app.post(base, { schema: schemas.open }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'consultation.manage', { conference, body: null });
    const { id, queued } = await consultations.open(conference.id, request.body, requestOrigin(request), auditOrigin(request));
    const consultation = await consultations.get(conference.id, id, consultationViewer(request, conference));
    return reply.code(201).send({ id, queued, consultation });
  });

  app.get(`${base}/:consultationId`, { schema: schemas.get }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return consultations.get(conference.id, request.params.consultationId, consultationViewer(request, conference));
  });

  app.put(`${base}/:consultationId/bodies/:bodyId/answer`, { schema: schemas.answer }, async (request) => {
    const { conferenceId, consultationId, bodyId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'consultation.answer', { conference, body: await consultations.bodyRef(conference.id, consultationId, bodyId) });
    await consultations.answer(conference.id, consultationId, bodyId, request.body, auditOrigin(request));
    return consultations.get(conference.id, consultationId, consultationViewer(request, conference));
  });

  app.put(`${base}/:consultationId/comments/:commentId/response`, { schema: schemas.respond }, async (request) => {
    const { conferenceId, consultationId, commentId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'consultation.manage', { conference, body: null });
    await consultations.respond(conference.id, consultationId, commentId, request.body, auditOrigin(request));
    return consultations.get(conference.id, consultationId, consultationViewer(request, conference));
  });

  app.post(`${base}/:consultationId/reminders`, { schema: schemas.remind }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'consultation.manage', { conference, body: null });
    const result = await consultations.remind(
      conference.id,
      request.params.consultationId,
      request.body,
      requestOrigin(request),
      auditOrigin(request),
    );
    return reply.code(202).send(result);
  });

  const synthesis = async (request: FastifyRequest, params: { conferenceId: string; consultationId: string }) => {
    const conference = await readableConference(request, conferences, params.conferenceId);
    allow(request, 'consultation.read', { conference, body: null });
    const document = await consultations.synthesis(conference.id, params.consultationId);
    const name = cleanForFileName(`Bảng tổng hợp ý kiến ${document.draftTitle}`).slice(0, 100);
    return { document, name };
  };

  app.get(`${base}/:consultationId/synthesis.docx`, { schema: schemas.synthesisDocx }, async (request, reply) => {
    const { document, name } = await synthesis(request, request.params);
    const docx = await filePool().renderSynthesis(document, 'docx');
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(`${name}.docx`))
      .send(docx);
  });

  app.get(`${base}/:consultationId/synthesis.xlsx`, { schema: schemas.synthesisXlsx }, async (request, reply) => {
    const { document, name } = await synthesis(request, request.params);
    const xlsx = await filePool().renderSynthesis(document, 'xlsx');
    return reply
      .type(XLSX)
      .header('Content-Disposition', contentDisposition(`${name}.xlsx`))
      .send(xlsx);
  });
};
