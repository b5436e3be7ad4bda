/**
 * The national roll-call wall through HTTP (issue 18), for the chair and the secretariat
 * (`live.read_halls` over the whole conference): the provinces' counts and one province's
 * points a page at a time. The conference is read as facts and a count, never as its plan;
 * the counts come from SQL aggregates. 404 when the caller may not read the live conference.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../../domain/access/can.js';
import { conferenceNotFound } from '../../../services/input.js';
import { allow, signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { liveWallSchemas as schemas } from './live-wall.schema.js';

export const liveWallRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { live } = services;
  const base = '/conferences/:conferenceId/live/wall';

  const staff = async (request: FastifyRequest, conferenceId: string) => {
    const actor = signedIn(request);
    const facts = await live.wallFacts(conferenceId);
    if (!can(actor, 'live.read', { conference: facts, bridgePointId: null })) throw conferenceNotFound();
    allow(request, 'live.read_halls', { conference: facts, bridgePointId: null });
    return facts;
  };

  app.get(base, { schema: schemas.wall }, async (request) => {
    const facts = await staff(request, request.params.conferenceId);
    return live.wall(facts.id);
  });

  app.get(`${base}/points`, { schema: schemas.points }, async (request) => {
    const facts = await staff(request, request.params.conferenceId);
    const { province, after, limit } = request.query;
    return live.provinceHalls(facts.id, province === '' ? null : province, { after, limit });
  });
};
