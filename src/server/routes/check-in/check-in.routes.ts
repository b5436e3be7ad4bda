/**
 * Check-in at a hall (đón tiếp, điểm danh). The organizer checks in at every point, an
 * operator at the points in their scope (`delegate.check_in`, `headcount.report`); the
 * conference is read as facts only (no whole plan per scan). With `bridgePointId` (the hall
 * on the operator's screen) a delegate of another point is refused with 409
 * `check_in.wrong_point`, naming the point, before the caller's rights on that point are
 * asked. Check-ins and walk-ins are idempotent by the client's key (offline queue).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { ConferenceFacts } from '../../../domain/access/actions.js';
import { can } from '../../../domain/access/can.js';
import { presentDelegate } from '../../../domain/access/present-delegate.js';
import type { CheckInResult } from '../../../services/participants/check-in-service.js';
import { conferenceNotFound } from '../../../services/input.js';
import { allow, auditOrigin, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { checkInSchemas as schemas } from './check-in.schema.js';

export const checkInRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { checkIns } = services;
  const base = '/conferences/:conferenceId';

  /** 401 for anonymous; 404 when the conference is missing or not readable by the caller. */
  const readableFacts = async (request: FastifyRequest, conferenceId: string): Promise<ConferenceFacts> => {
    const actor = signedIn(request);
    const conference = await checkIns.conferenceFacts(conferenceId);
    if (!can(actor, 'conference.read', conference)) throw conferenceNotFound();
    return conference;
  };

  const shown = (request: FastifyRequest, conference: ConferenceFacts, result: CheckInResult) => ({
    ...result,
    delegate: presentDelegate(request.actor, conference, result.delegate),
  });

  app.post(`${base}/check-ins`, { schema: schemas.checkIn }, async (request) => {
    const conference = await readableFacts(request, request.params.conferenceId);
    const hall = request.body.bridgePointId;
    if (hall !== undefined) allow(request, 'delegate.check_in', { conference, bridgePointId: hall });
    const result = await checkIns.checkIn(conference.id, request.body, {
      origin: auditOrigin(request),
      authorize: (delegate) =>
        allow(request, 'delegate.check_in', { conference, bridgePointId: delegate.bridgePointId, delegateId: delegate.id }),
    });
    return shown(request, conference, result);
  });

  app.post(`${base}/walk-ins`, { schema: schemas.walkIn }, async (request, reply) => {
    const conference = await readableFacts(request, request.params.conferenceId);
    allow(request, 'delegate.check_in', { conference, bridgePointId: request.body.bridgePointId });
    const result = await checkIns.walkIn(conference.id, request.body, auditOrigin(request));
    return reply.code(201).send(shown(request, conference, result));
  });

  app.put(`${base}/headcounts/:pointId`, { schema: schemas.headcount }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableFacts(request, conferenceId);
    allow(request, 'headcount.report', { conference, bridgePointId: pointId });
    return checkIns.reportHeadcount(conference.id, pointId, request.body, auditOrigin(request));
  });

  app.get(`${base}/check-ins/search`, { schema: schemas.search }, async (request) => {
    const conference = await readableFacts(request, request.params.conferenceId);
    const { bridgePointId, q, limit } = request.query;
    allow(request, 'delegate.list', { conference, bridgePointId });
    const page = await checkIns.search(conference.id, bridgePointId, q ?? '', limit);
    return { ...page, items: page.items.map((delegate) => presentDelegate(request.actor, conference, delegate)) };
  });

  /** The caller's halls (none for a caller who checks in nowhere: the screen says so). */
  app.get(`${base}/check-ins/halls`, { schema: schemas.halls }, async (request) => {
    const conference = await readableFacts(request, request.params.conferenceId);
    const { title, points } = await checkIns.hallPoints(conference.id);
    const may = (action: 'delegate.check_in' | 'headcount.report', bridgePointId: string) =>
      can(request.actor, action, { conference, bridgePointId });
    return {
      conferenceTitle: title,
      points: points
        .filter((point) => may('delegate.check_in', point.id))
        .map((point) => ({ id: point.id, name: point.name, mayReportHeadcount: may('headcount.report', point.id) })),
    };
  });

  app.get(`${base}/check-ins/points/:pointId`, { schema: schemas.hall }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableFacts(request, conferenceId);
    allow(request, 'attendance.read', { conference, bridgePointId: pointId });
    return checkIns.hall(conference.id, pointId);
  });
};
