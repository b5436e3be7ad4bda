/**
 * Attendance for the organizer, the chair and the operators: the counts of the points the
 * caller may read (set-based: an operator gets their own points, the organizer and the chair
 * every point), the printed attendance list of one point (.docx, .xlsx), and the live event
 * stream that tells the screens when to refetch.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AttendanceList } from '../../../documents/attendance/attendance-list.js';
import { pointHeading } from '../../../documents/attendance/attendance-list.js';
import { conferenceNotFound } from '../../../services/input.js';
import { filePool } from '../../../workers/file-pool.js';
import { allow, readableConference, signedIn } from '../../access.js';
import { can } from '../../../domain/access/can.js';
import type { RouteOptions } from '../../server-services.js';
import { cleanForFileName, contentDisposition } from '../documents/file-name.js';
import { readablePointIds } from './attendance-access.js';
import { attendanceEventRoutes } from './attendance-events.routes.js';
import { attendanceSchemas as schemas, DOCX, XLSX } from './attendance.schema.js';

/** `Danh sách đại biểu - Điểm cầu Tỉnh.docx` */
export const listFileName = (list: AttendanceList, extension: 'docx' | 'xlsx'): string => {
  const point = cleanForFileName(pointHeading(list.bridgePoint.name)).slice(0, 80);
  return `Danh sách đại biểu - ${point}.${extension}`;
};

export const attendanceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, options) => {
  const { conferences, attendance } = options.services;
  const base = '/conferences/:conferenceId/attendance';

  app.get(base, { schema: schemas.report }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const { bridgePointId } = request.query;
    if (bridgePointId) {
      allow(request, 'attendance.read', { conference, bridgePointId });
      return attendance.reportOf(conference.id, { bridgePointIds: [bridgePointId], detail: true });
    }
    const ids = readablePointIds(request, conference);
    return attendance.reportOf(conference.id, ids ? { bridgePointIds: ids } : {});
  });

  /**
   * The attendance wall of a national conference (issue 18): counts per province, for whoever
   * reads the whole conference's attendance; the conference as facts and a count, not its plan.
   */
  app.get(`${base}/provinces`, { schema: schemas.provinces }, async (request) => {
    const actor = signedIn(request);
    const facts = await options.services.live.wallFacts(request.params.conferenceId);
    if (!can(actor, 'conference.read', facts)) throw conferenceNotFound();
    allow(request, 'attendance.read', { conference: facts, bridgePointId: null });
    return { provinces: await attendance.byProvince(facts.id) };
  });

  /** The list of one point, once the caller may list its delegates. */
  const listOf = async (request: FastifyRequest, params: { conferenceId: string; pointId: string }) => {
    const conference = await readableConference(request, conferences, params.conferenceId);
    allow(request, 'delegate.list', { conference, bridgePointId: params.pointId });
    return attendance.list(conference, params.pointId);
  };

  app.get(`${base}/:pointId/list.docx`, { schema: schemas.listDocx }, async (request, reply) => {
    const list = await listOf(request, request.params);
    const docx = await filePool().renderAttendanceDocx(list); // off the event loop: 12,000 rows take seconds
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(listFileName(list, 'docx')))
      .send(docx);
  });

  app.get(`${base}/:pointId/list.xlsx`, { schema: schemas.listXlsx }, async (request, reply) => {
    const list = await listOf(request, request.params);
    const xlsx = await filePool().renderAttendanceXlsx(list);
    return reply
      .type(XLSX)
      .header('Content-Disposition', contentDisposition(listFileName(list, 'xlsx')))
      .send(xlsx);
  });

  await app.register(attendanceEventRoutes, options);
};
