/** Health check (public): the database in use and whether PDF conversion is available. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../../server-services.js';
import { healthSchema } from './health.schema.js';

export interface HealthOptions extends RouteOptions {
  dialect: 'sqlite' | 'postgres';
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, { services, dialect }) => {
  app.get('/health', { schema: healthSchema, config: { auth: 'public-read' } }, async () => ({
    status: 'ok' as const,
    database: dialect,
    pdf: await services.documents.isPdfAvailable(),
  }));
};
