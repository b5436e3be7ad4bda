/**
 * Delegates of a conference. The organizer manages every point; an operator the points in
 * their scope (list, add, change, remove); the chair reads the lists without contacts.
 * A list without `bridgePointId` is narrowed to the points the caller may list.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { accessDenied } from '../../../domain/access/can.js';
import { listablePointScope, presentDelegate } from '../../../domain/access/present-delegate.js';
import type { ConferenceHead } from '../../../domain/conference.schema.js';
import type { Delegate } from '../../../domain/participants/delegate.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { delegateSchemas as schemas } from './delegates.schema.js';

export const delegateRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, delegates } = services;
  const base = '/conferences/:conferenceId/delegates';
  const show = (request: FastifyRequest, conference: ConferenceHead, delegate: Delegate) =>
    presentDelegate(request.actor, conference, delegate);

  /** The delegate (404 when missing), or 403 when the caller may not list its point. */
  const visibleDelegate = async (request: FastifyRequest, conference: ConferenceHead, delegateId: string) => {
    const delegate = await delegates.get(conference.id, delegateId);
    allow(request, 'delegate.list', { conference, bridgePointId: delegate.bridgePointId, delegateId });
    return delegate;
  };

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const { bridgePointId, ...query } = request.query;
    let bridgePointIds: string[];
    if (bridgePointId) {
      allow(request, 'delegate.list', { conference, bridgePointId });
      bridgePointIds = [bridgePointId];
    } else {
      // Every point for the organizer and the chair; an operator's own points (never the 16,242 ids of a national conference).
      const scope = listablePointScope(request.actor, conference);
      if (scope?.length === 0) throw accessDenied();
      bridgePointIds = scope ?? [];
    }
    const everyPoint = !bridgePointId && bridgePointIds.length === 0;
    const page = await delegates.list(conference.id, { ...query, ...(everyPoint ? {} : { bridgePointIds }) });
    return { ...page, items: page.items.map((delegate) => show(request, conference, delegate)) };
  });

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'delegate.create', { conference, bridgePointId: request.body.bridgePointId });
    const created = await delegates.create(conference.id, request.body, auditOrigin(request));
    return reply.code(201).send(show(request, conference, created));
  });

  app.get(`${base}/:delegateId`, { schema: schemas.get }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return show(request, conference, await visibleDelegate(request, conference, request.params.delegateId));
  });

  app.patch(`${base}/:delegateId`, { schema: schemas.update }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const current = await visibleDelegate(request, conference, request.params.delegateId);
    allow(request, 'delegate.update', { conference, bridgePointId: current.bridgePointId, delegateId: current.id });
    // Moving a delegate to another point needs the right to add there too.
    const target = request.body.bridgePointId;
    if (target && target !== current.bridgePointId) allow(request, 'delegate.create', { conference, bridgePointId: target });
    const updated = await delegates.update(conference.id, current.id, request.body, auditOrigin(request));
    return show(request, conference, updated);
  });

  app.post(`${base}/:delegateId/protocol-position`, { schema: schemas.moveInOrder }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const current = await visibleDelegate(request, conference, request.params.delegateId);
    allow(request, 'delegate.update', { conference, bridgePointId: current.bridgePointId, delegateId: current.id });
    return { changes: await delegates.moveInOrder(conference.id, current.id, request.body, auditOrigin(request)) };
  });

  app.delete(`${base}/:delegateId`, { schema: schemas.remove }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const current = await visibleDelegate(request, conference, request.params.delegateId);
    allow(request, 'delegate.delete', { conference, bridgePointId: current.bridgePointId, delegateId: current.id });
    await delegates.remove(conference.id, current.id, auditOrigin(request));
    return reply.code(204).send(null);
  });
};
