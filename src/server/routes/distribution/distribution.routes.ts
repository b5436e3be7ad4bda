/** The distribution list, replaced as a whole list. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { replaceDistributionSchema } from './distribution.schema.js';

export const distributionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  app.put('/conferences/:conferenceId/distribution', { schema: replaceDistributionSchema }, async (request) =>
    services.conferences.replaceDistribution(request.params.conferenceId, request.body.lines, writeOptions(request)),
  );
};
