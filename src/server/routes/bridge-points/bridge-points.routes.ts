/**
 * Bridge points: add, change, remove, reorder, and create from a list of administrative
 * units. The organizer changes every field; an operator changes only the address/room and
 * the operator contact of a point in their scope (`bridge_point.update_own`).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { accessDenied, can } from '../../../domain/access/can.js';
import type { BridgePointInput } from '../../../domain/conference.schema.js';
import { allow, present, presentCreated, readableConference, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { bridgePointSchemas as schemas, expandGroupSchema, unitsToPointsSchema, unitTreeSchema } from './bridge-points.schema.js';

/** The fields an operator may change on their own point. */
export const OWN_POINT_FIELDS: readonly (keyof BridgePointInput)[] = ['address', 'operatorName', 'operatorPhone', 'operatorEmail'];

export const bridgePointRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/bridge-points';

  app.post(base, { schema: schemas.create }, async (request, reply) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    const created = await conferences.addBridgePoint(conferenceId, request.body, writeFor(request, 'bridge_point.create'));
    return reply.code(201).send(presentCreated(request, created));
  });

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) => {
    const { conferenceId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.reorder', { conference, bridgePointId: null });
    return present(
      request,
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
    return reply.code(201).send(present(request, updated));
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
    return reply.code(201).send(present(request, updated));
  });

  app.post(`${base}/:pointId/expand`, { schema: expandGroupSchema }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.create', { conference, bridgePointId: null });
    return present(
      request,
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
    return present(request, await conferences.updateBridgePoint(conferenceId, pointId, request.body, writeFor(request, action)));
  });

  app.delete(`${base}/:pointId`, { schema: schemas.remove }, async (request) => {
    const { conferenceId, pointId } = request.params;
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'bridge_point.delete', { conference, bridgePointId: pointId });
    return present(request, await conferences.removeBridgePoint(conferenceId, pointId, writeFor(request, 'bridge_point.delete')));
  });
};
