/**
 * The follow-up board of the conclusions' tasks: read it (followup.read: the secretariat, the
 * chair, the agencies' people), report progress or completion (followup.report), remind the
 * tasks due soon or overdue and carry unfinished tasks over (conclusion.write), and the report
 * of every conclusion's state as .docx and .xlsx.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { renderFollowUpDocx, renderFollowUpXlsx } from '../../../documents/conclusions/follow-up-report.js';
import { auditOrigin } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { contentDisposition } from '../documents/file-name.js';
import { conclusionsFor, noticeNotFound } from './conclusions.routes.js';
import { conclusionSchemas as schemas } from './conclusions.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const followUpRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, conclusions, followUp } = services;
  const base = '/conferences/:conferenceId/follow-up';

  app.get(base, { schema: schemas.board }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'followup.read');
    const notice = await conclusions.get(request.params.conferenceId);
    if (!notice || notice.status !== 'issued') throw noticeNotFound();
    return notice;
  });

  app.post(`${base}/conclusions/:conclusionId/reports`, { schema: schemas.report }, async (request) => {
    const { conferenceId, conclusionId } = request.params;
    await conclusionsFor(request, conferences, conferenceId, 'followup.report');
    return followUp.report(conferenceId, conclusionId, request.body, auditOrigin(request));
  });

  app.post(`${base}/reminders`, { schema: schemas.remind }, async (request) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'conclusion.write');
    return followUp.remind(request.params.conferenceId, auditOrigin(request));
  });

  app.post(`${base}/carry-over`, { schema: schemas.carryOver }, async (request) => {
    const { conferenceId } = request.params;
    await conclusionsFor(request, conferences, conferenceId, 'conclusion.write');
    // The earlier conference must be one whose follow-up the caller may read.
    await conclusionsFor(request, conferences, request.body.fromConferenceId, 'followup.read');
    return followUp.carryOver(conferenceId, request.body, auditOrigin(request));
  });

  app.get(`${base}/report.docx`, { schema: schemas.reportDocx }, async (request, reply) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'followup.read');
    const docx = await renderFollowUpDocx(await followUp.reportData(request.params.conferenceId));
    return reply.type(DOCX).header('Content-Disposition', contentDisposition('Tình hình thực hiện kết luận.docx')).send(docx);
  });

  app.get(`${base}/report.xlsx`, { schema: schemas.reportXlsx }, async (request, reply) => {
    await conclusionsFor(request, conferences, request.params.conferenceId, 'followup.read');
    const xlsx = await renderFollowUpXlsx(await followUp.reportData(request.params.conferenceId));
    return reply.type(XLSX).header('Content-Disposition', contentDisposition('Tình hình thực hiện kết luận.xlsx')).send(xlsx);
  });
};
