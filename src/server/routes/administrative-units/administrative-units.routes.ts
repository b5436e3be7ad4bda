/** The lists of administrative units a conference can create bridge points from (reference data: any signed-in caller). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { listUnitListsSchema } from './administrative-units.schema.js';

export const administrativeUnitRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  app.get('/administrative-unit-lists', { schema: listUnitListsSchema }, async (request) => {
    signedIn(request);
    return { items: await services.administrativeUnits.list() };
  });
};
