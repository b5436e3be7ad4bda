/** Cost lines of the budget, replaced as a whole list (budget.write). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conferenceFor, present, writeFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { replaceCostLinesSchema } from './budget.schema.js';

export const budgetRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const conferences = services.conferences;
  app.put('/conferences/:conferenceId/cost-lines', { schema: replaceCostLinesSchema }, async (request) => {
    const { conferenceId } = request.params;
    await conferenceFor(request, conferences, conferenceId, 'budget.write');
    return present(request, await conferences.replaceCostLines(conferenceId, request.body.lines, writeFor(request, 'budget.replace')));
  });
};
