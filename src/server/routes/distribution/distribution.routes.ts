/** The distribution list, replaced as a whole list (distribution.write). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conferenceFor, present, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { replaceDistributionSchema } from './distribution.schema.js';

export const distributionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  app.put('/conferences/:conferenceId/distribution', { schema: replaceDistributionSchema }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'distribution.write');
    const updated = await conferences.replaceDistribution(conferenceId, request.body.lines, writeFor(request, 'distribution.replace'));
    return present(request, updated);
  });
};
