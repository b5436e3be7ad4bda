/**
 * The follow-up board of the conclusions' tasks: read it (followup.read: the secretariat, the
 * chair, operators, delegates and guests), report progress or completion (followup.report, for
 * the conclusion's lead body: its people and the secretariat), the tasks a body reports on (its
 * page), remind the tasks due soon or overdue and carry unfinished tasks over (conclusion.write),
 * and the report of every conclusion's state as .docx and .xlsx.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../../domain/access/can.js';
import type { ConclusionNotice } from '../../../domain/conclusions/conclusion.schema.js';
import type { ConferenceHead } from '../../../domain/conference.schema.js';
import { renderFollowUpDocx, renderFollowUpXlsx } from '../../../documents/conclusions/follow-up-report.js';
import type { ConclusionService } from '../../../services/conclusions/conclusion-service.js';
import type { ConferenceService } from '../../../services/conference-service.types.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { contentDisposition } from '../documents/file-name.js';
import { conclusionsFor, noticeNotFound } from './conclusions.routes.js';
import { conclusionSchemas as schemas } from './conclusions.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Each conclusion with whether the caller may report on its task (the screens show the form by it). */
export const withReportRights = (request: FastifyRequest, conference: ConferenceHead, notice: ConclusionNotice): ConclusionNotice => ({
  ...notice,
  conclusions: notice.conclusions.map((c) => ({
    ...c,
    canReport: c.taskId !== null && can(request.actor, 'followup.report', { conference, body: c.leadBody }),
  })),
});

/**
 * The policy for a report on one conclusion: its lead body decides (a conclusion not found has
 * none, so only the secretariat passes, and then learns it is not there).
 */
export const reportingFor = async (
  request: FastifyRequest,
  conferences: ConferenceService,
  conclusions: Pick<ConclusionService, 'get'>,
  conferenceId: string,
  conclusionId: string,
) => {
  const conference = await readableConference(request, conferences, conferenceId);
  const notice = await conclusions.get(conference.id);
  const conclusion = notice?.conclusions.find((c) => c.id === conclusionId) ?? null;
  allow(request, 'followup.report', { conference, body: conclusion?.leadBody ?? null });
  return { conference, notice, conclusion };
};

export const followUpRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, conclusions, followUp } = services;
  const base = '/conferences/:conferenceId/follow-up';

  app.get(base, { schema: schemas.board }, async (request) => {
    const conference = await conclusionsFor(request, conferences, request.params.conferenceId, 'followup.read');
    const notice = await conclusions.get(request.params.conferenceId);
    if (!notice || notice.status !== 'issued') throw noticeNotFound();
    return withReportRights(request, conference, notice);
  });

  app.get(`${base}/my-tasks`, { schema: schemas.myTasks }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const notice = await conclusions.get(conference.id);
    if (!notice || notice.status !== 'issued') return { items: [] };
    const bodies = withReportRights(request, conference, notice).conclusions.filter((c) => c.canReport && c.leadBody !== null);
    return { items: bodies };
  });

  app.post(`${base}/conclusions/:conclusionId/reports`, { schema: schemas.report }, async (request) => {
    const { conferenceId, conclusionId } = request.params;
    const { conference } = await reportingFor(request, conferences, conclusions, conferenceId, conclusionId);
    const notice = await followUp.report(conferenceId, conclusionId, request.body, auditOrigin(request));
    return withReportRights(request, conference, notice);
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
