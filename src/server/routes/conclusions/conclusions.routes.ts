/**
 * The conclusion notice (Thông báo kết luận): draft from the record, edit, conclusions, issue
 * (tasks on the assignment board, mail to the recipients), the mail deliveries, and the
 * Thông báo as .docx and PDF. conclusion.read to read, conclusion.write for every change.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { ConclusionAction } from '../../../domain/access/actions.js';
import { renderNoticeDocx } from '../../../documents/conclusions/notice-docx.js';
import type { ConferenceService } from '../../../services/conference-service.types.js';
import { entityNotFound } from '../../../services/input.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { expectedVersionOf } from '../common.schema.js';
import { PDF_UNAVAILABLE } from '../documents/documents.routes.js';
import { cleanForFileName, contentDisposition } from '../documents/file-name.js';
import { conclusionSchemas as schemas } from './conclusions.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const conclusionsFor = async (
  request: FastifyRequest,
  conferences: ConferenceService,
  conferenceId: string,
  action: ConclusionAction,
) => {
  const conference = await readableConference(request, conferences, conferenceId);
  allow(request, action, conference);
  return conference;
};

export const noticeNotFound = () => entityNotFound('conclusion_notice.not_found', 'thông báo kết luận', 'conclusion notice');

export const conclusionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, conclusions, documents, noticeMail } = services;
  const base = '/conferences/:conferenceId/conclusion-notice';
  app.addHook('onReady', async () => {
    await noticeMail.resume();
  });
  app.addHook('onClose', async () => {
    await noticeMail.close();
  });

  app.get(base, { schema: schemas.get }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.read');
    return (await conclusions.get(request.params.conferenceId)) ?? Promise.reject(noticeNotFound());
  });

  app.post(`${base}/draft`, { schema: schemas.draft }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.write');
    return conclusions.draft(request.params.conferenceId, auditOrigin(request));
  });

  app.patch(base, { schema: schemas.update }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.write');
    return conclusions.update(
      request.params.conferenceId,
      request.body,
      expectedVersionOf(request.headers['if-match']),
      auditOrigin(request),
    );
  });

  app.post(`${base}/conclusions`, { schema: schemas.addConclusion }, async (request, reply) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.write');
    return reply.code(201).send(await conclusions.addConclusion(request.params.conferenceId, request.body, auditOrigin(request)));
  });

  app.patch(`${base}/conclusions/:conclusionId`, { schema: schemas.updateConclusion }, async (request) => {
    const { conferenceId, conclusionId } = request.params;
    await conclusionsFor(request, conferences, conferenceId, 'conclusion.write');
    return conclusions.updateConclusion(conferenceId, conclusionId, request.body, auditOrigin(request));
  });

  app.delete(`${base}/conclusions/:conclusionId`, { schema: schemas.removeConclusion }, async (request) => {
    const { conferenceId, conclusionId } = request.params;
    await conclusionsFor(request, conferences, conferenceId, 'conclusion.write');
    return conclusions.removeConclusion(conferenceId, conclusionId, auditOrigin(request));
  });

  app.post(`${base}/issue`, { schema: schemas.issue }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.write');
    return conclusions.issue(request.params.conferenceId, auditOrigin(request));
  });

  app.get(`${base}/deliveries`, { schema: schemas.deliveries }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.read');
    return { items: await conclusions.deliveries(request.params.conferenceId) };
  });

  const docxOf = async (request: FastifyRequest, conferenceId: string) => {
    await conclusionsFor(request, conferences, conferenceId, 'conclusion.read');
    const doc = await conclusions.document(conferenceId);
    return { name: `Thông báo kết luận ${cleanForFileName(doc.conference.title).slice(0, 80)}`.trim(), docx: await renderNoticeDocx(doc) };
  };

  app.get(`${base}/notice.docx`, { schema: schemas.docx }, async (request, reply) => {
    const { name, docx } = await docxOf(request, request.params.conferenceId);
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(`${name}.docx`))
      .send(docx);
  });

  app.get(`${base}/notice.pdf`, { schema: schemas.pdf }, async (request, reply) => {
    const { name, docx } = await docxOf(request, request.params.conferenceId);
    if (!(await documents.isPdfAvailable())) throw PDF_UNAVAILABLE;
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(`${name}.pdf`))
      .send(await documents.convertDocxToPdf(docx));
  });
};
