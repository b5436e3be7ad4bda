/**
 * Bridge points as their own resource: the paged list (filters, search without diacritics,
 * keyset cursor) and one point, each with what the caller may do there; add, change,
 * remove, reorder, create from a list of administrative units, expand a group. Writes
 * answer what changed (BridgePointChanges), not the plan. The organizer changes every
 * field; an operator changes only the address/room and the operator contact of a point in
 * their scope (`bridge_point.update_own`); an operator link lists only its own point.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { listedPointScope } from '../../../domain/access/bridge-point-policy.js';
import { accessDenied, can } from '../../../domain/access/can.js';
import { presentBridgePoint } from '../../../domain/access/present-conference.js';
import type { BridgePointInput, ConferenceHead } from '../../../domain/conference.schema.js';
import { bridgePointNotFound } from '../../../services/bridge-point-reads.js';
import type { BridgePointChanges } from '../../../services/conference-service.types.js';
import { allow, readableConference, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { bridgePointSchemas as schemas, expandGroupSchema, unitsToPointsSchema, unitTreeSchema } from './bridge-points.schema.js';

const presentChanges = <C extends BridgePointChanges>(request: FastifyRequest, conference: ConferenceHead, changes: C) => ({
  ...changes,
  points: changes.points.map((point) => presentBridgePoint(request.actor, conference, point)),
});

/** The fields an operator may change on their own point. */
export const OWN_POINT_FIELDS: readonly (keyof BridgePointInput)[] = ['address', 'operatorName', 'operatorPhone', 'operatorEmail'];

export const bridgePointRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/bridge-points';

  app.get(base, { schema: schemas.list }, async (request) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    const { province, ids, ...query } = request.query;
    const scope = listedPointScope(request.actor, conferenceId);
    const asked = ids?.split(',');
    const onlyIds = scope && asked ? asked.filter((id) => scope.includes(id)) : (scope ?? asked);
    const page = await conferences.listBridgePoints(conferenceId, {
      ...query,
      ...(province ? { provinceCode: province } : {}),
      ...(onlyIds ? { onlyIds } : {}),
    });
    return { ...page, items: page.items.map((point) => presentBridgePoint(request.actor, conference, point)) };
  });

  app.get(`${base}/:pointId`, { schema: schemas.get }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    const scope = listedPointScope(request.actor, conferenceId);
    if (scope && !scope.includes(pointId)) throw bridgePointNotFound();
    return presentBridgePoint(request.actor, conference, await conferences.getBridgePoint(conferenceId, pointId));
  });

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    const created = await conferences.addBridgePoint(conferenceId, request.body, writeFor(request, 'bridge_point.create'));
    return reply.code(201).send(presentChanges(request, conference, created));
  });

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.reorder', { conference, bridgePointId: null });
    return presentChanges(
      request,
      conference,
      await conferences.reorderBridgePoints(conferenceId, request.body.ids, writeFor(request, 'bridge_point.reorder')),
    );
  });

  app.post(`${base}/from-units`, { schema: unitsToPointsSchema }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    const updated = await conferences.addBridgePointsFromUnits(
      conferenceId,
      request.body,
      writeFor(request, 'bridge_point.create_from_units'),
    );
    return reply.code(201).send(presentChanges(request, conference, updated));
  });

  app.post(`${base}/from-unit-tree`, { schema: unitTreeSchema }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    const updated = await conferences.addBridgePointsFromUnitTree(
      conferenceId,
      request.body,
      writeFor(request, 'bridge_point.create_from_unit_tree'),
    );
    return reply.code(201).send(presentChanges(request, conference, updated));
  });

  app.post(`${base}/:pointId/expand`, { schema: expandGroupSchema }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    return presentChanges(
      request,
      conference,
      await conferences.expandBridgePointGroup(conferenceId, pointId, writeFor(request, 'bridge_point.expand_group')),
    );
  });

  app.patch(`${base}/:pointId`, { schema: schemas.update }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    const object = { conference, bridgePointId: pointId };
    const ownFieldsOnly = Object.keys(request.body).every((field) => OWN_POINT_FIELDS.includes(field as keyof BridgePointInput));
    let action: 'bridge_point.update' | 'bridge_point.update_own' = 'bridge_point.update';
    if (!can(request.actor, 'bridge_point.update', object)) {
      if (!ownFieldsOnly && can(request.actor, 'bridge_point.update_own', object)) throw accessDenied();
      action = 'bridge_point.update_own';
    }
    allow(request, action, object);
    const changes = await conferences.updateBridgePoint(conferenceId, pointId, request.body, writeFor(request, action));
    return presentChanges(request, conference, changes);
  });

  app.delete(`${base}/:pointId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.delete', { conference, bridgePointId: pointId });
    return presentChanges(
      request,
      conference,
      await conferences.removeBridgePoint(conferenceId, pointId, writeFor(request, 'bridge_point.delete')),
    );
  });
};
