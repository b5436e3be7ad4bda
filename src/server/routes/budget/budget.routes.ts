/** Cost lines of the budget, replaced as a whole list. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { writeOptions } from '../common.schema.js';
import { replaceCostLinesSchema } from './budget.schema.js';

export const budgetRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  app.put('/conferences/:conferenceId/cost-lines', { schema: replaceCostLinesSchema }, async (request) =>
    services.conferences.replaceCostLines(request.params.conferenceId, request.body.lines, writeOptions(request)),
  );
};
