/** Bridge points: add, change, remove, reorder, and create from a list of administrative units. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { bridgePointSchemas as schemas, unitsToPointsSchema } from './bridge-points.schema.js';

export const bridgePointRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  const base = '/conferences/:conferenceId/bridge-points';

  app.post(base, { schema: schemas.create }, async (request, reply) =>
    reply.code(201).send(await conferences.addBridgePoint(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.put(`${base}/order`, { schema: schemas.reorder }, async (request) =>
    conferences.reorderBridgePoints(request.params.conferenceId, request.body.ids, writeOptions(request)),
  );

  app.post(`${base}/from-units`, { schema: unitsToPointsSchema }, async (request, reply) =>
    reply.code(201).send(await conferences.addBridgePointsFromUnits(request.params.conferenceId, request.body, writeOptions(request))),
  );

  app.patch(`${base}/:pointId`, { schema: schemas.update }, async (request) =>
    conferences.updateBridgePoint(request.params.conferenceId, request.params.pointId, request.body, writeOptions(request)),
  );

  app.delete(`${base}/:pointId`, { schema: schemas.remove }, async (request) =>
    conferences.removeBridgePoint(request.params.conferenceId, request.params.pointId, writeOptions(request)),
  );
};
