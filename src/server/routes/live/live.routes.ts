/**
 * The live conference through HTTP (issue 5). Every change goes through here — validated,
 * authorised, written with its audit row, then broadcast by the service to the sockets
 * (src/realtime/live-protocol.ts), which only carry it out. The conference is read as
 * LiveFacts (no whole plan per request); 404 when the caller may not read it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { boundPoints } from '../../../domain/access/actor.js';
import { can } from '../../../domain/access/can.js';
import { requestOf } from '../../../domain/live/live-view.js';
import { liveErrors } from '../../../domain/live/live-errors.js';
import type { LiveFacts } from '../../../services/live/live-service.types.js';
import { conferenceNotFound } from '../../../services/input.js';
import { pageOfAppendOnly } from '../../../services/paging.js';
import { actorLabelOf, allow, auditOrigin, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { floorRequesterOf, hallScopeOf, liveAccess, requesterIdOf } from './live-access.js';
import { contentDisposition } from '../documents/file-name.js';
import { liveSchemas as schemas } from './live.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const liveRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { live, delegates } = services;
  const base = '/conferences/:conferenceId/live';

  /**
   * 401 for anonymous; 404 when the conference is missing or the caller may not read it. The
   * facts list the points the caller is bound to (and `named`, a point the request names), not
   * every point: each chair's command and each hall's report would read a national plan's 16,242.
   */
  const readable = async (request: FastifyRequest, conferenceId: string, named: readonly (string | null | undefined)[] = []) => {
    const actor = signedIn(request);
    const onlyPoints = [...new Set([...boundPoints(actor, conferenceId), ...named.filter((id): id is string => Boolean(id))])];
    const facts: LiveFacts = await live.facts(conferenceId, { onlyPoints });
    if (!can(actor, 'live.read', { conference: facts, bridgePointId: null })) throw conferenceNotFound();
    return facts;
  };

  app.get(base, { schema: schemas.live }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const [state, access] = await Promise.all([live.state(facts.id), liveAccess(request, signedIn(request), facts, delegates)]);
    return { title: facts.title, state, access };
  });

  app.get(`${base}/events`, { schema: schemas.events }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    const events = await live.eventsSince(facts.id, request.query.since);
    return events === null ? { state: await live.state(facts.id) } : { events };
  });

  app.post(`${base}/commands`, { schema: schemas.command }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'live.run', { conference: facts, bridgePointId: null });
    return live.run(facts.id, request.body, auditOrigin(request));
  });

  app.post(`${base}/requests`, { schema: schemas.requestFloor }, async (request) => {
    const facts = await readable(request, request.params.conferenceId, [request.body.bridgePointId]);
    const requester = await floorRequesterOf(request, signedIn(request), facts, request.body, delegates);
    return live.requestFloor(facts.id, request.body, requester, auditOrigin(request));
  });

  app.post(`${base}/requests/:requestId/withdraw`, { schema: schemas.withdraw }, async (request) => {
    const { conferenceId, requestId } = request.params;
    const facts = await readable(request, conferenceId);
    if (can(request.actor, 'live.run', { conference: facts, bridgePointId: null })) {
      return live.withdraw(facts.id, requestId, null, auditOrigin(request));
    }
    const asked = requestOf(await live.state(facts.id), requestId);
    if (!asked) throw liveErrors.requestNotFound();
    allow(request, 'live.request_floor', { conference: facts, bridgePointId: asked.bridgePointId });
    return live.withdraw(facts.id, requestId, requesterIdOf(signedIn(request)), auditOrigin(request));
  });

  app.get(`${base}/halls`, { schema: schemas.halls }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    return live.halls(facts.id, hallScopeOf(request, facts, request.query.bridgePointId));
  });

  app.put(`${base}/halls/:pointId`, { schema: schemas.reportHall }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const facts = await readable(request, conferenceId);
    allow(request, 'live.report_hall', { conference: facts, bridgePointId: pointId });
    return live.reportHall(facts.id, pointId, request.body, auditOrigin(request));
  });

  app.post(`${base}/playback`, { schema: schemas.reportPlayback }, async (request) => {
    const { bridgePointId, ...report } = request.body;
    const facts = await readable(request, request.params.conferenceId, [bridgePointId]);
    allow(request, 'live.report_playback', { conference: facts, bridgePointId });
    return live.measurePlayback(facts.id, bridgePointId, report);
  });

  app.post(`${base}/messages`, { schema: schemas.message }, async (request, reply) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'live.message', { conference: facts, bridgePointId: request.body.toBridgePointId });
    const message = await live.sendMessage(facts.id, request.body, senderName(request, facts), auditOrigin(request));
    return reply.code(201).send(message);
  });

  app.get(`${base}/timeline`, { schema: schemas.timeline }, async (request) => {
    const facts = await readable(request, request.params.conferenceId);
    allow(request, 'live.read_timeline', { conference: facts, bridgePointId: null });
    const timeline = await live.timeline(facts.id);
    const changes = pageOfAppendOnly(timeline.changes, request.query);
    return { ...timeline, changes: changes.items, nextCursor: changes.nextCursor };
  });

  /** The timeline as a document, with the conference's title, date and issuer. */
  const timelineDocument = async (request: FastifyRequest, conferenceId: string, format: 'docx' | 'xlsx') => {
    const facts = await readable(request, conferenceId);
    allow(request, 'live.read_timeline', { conference: facts, bridgePointId: null });
    const [conference, timeline, render] = await Promise.all([
      services.conferences.head(facts.id),
      live.timeline(facts.id),
      import('../../../documents/timeline/index.js'),
    ]);
    const meeting = {
      title: conference.title,
      startsAt: conference.startsAt,
      issuer: { governingBody: conference.governingBody, issuingBody: conference.issuingBody },
    };
    return format === 'docx' ? render.renderTimelineDocx(meeting, timeline) : render.renderTimelineXlsx(meeting, timeline);
  };

  app.get(`${base}/timeline.docx`, { schema: schemas.timelineDocx }, async (request, reply) => {
    const docx = await timelineDocument(request, request.params.conferenceId, 'docx');
    return reply.type(DOCX).header('Content-Disposition', contentDisposition('dien-bien-hoi-nghi.docx')).send(docx);
  });

  app.get(`${base}/timeline.xlsx`, { schema: schemas.timelineXlsx }, async (request, reply) => {
    const xlsx = await timelineDocument(request, request.params.conferenceId, 'xlsx');
    return reply.type(XLSX).header('Content-Disposition', contentDisposition('dien-bien-hoi-nghi.xlsx')).send(xlsx);
  });
};

/** "Chủ trì" for the chair, else the sender's name as the audit log shows it. */
const senderName = (request: FastifyRequest, facts: LiveFacts): string => {
  const actor = request.actor;
  const chair = actor.kind === 'user' && actor.memberships.some((m) => m.conferenceId === facts.id && m.role === 'chair');
  if (chair) return 'Chủ trì';
  return request.auth.kind === 'session' ? request.auth.session.user.displayName || actorLabelOf(request) : actorLabelOf(request);
};
