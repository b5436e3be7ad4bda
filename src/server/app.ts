/**
 * The HTTP server: Fastify with named plugins (errors, body parsing, security headers,
 * OpenAPI, authentication + CSRF, the API under /api/v1, the live Socket.IO gateway, the built web app). Routes are thin; they validate with
 * the TypeBox schemas of the domain and call the services.
 */
import { withRedaction } from './log-redaction.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import auth from './plugins/auth.js';
import bodyParsing from './plugins/body-parsing.js';
import compression from './plugins/compression.js';
import errors from './plugins/errors.js';
import liveSocket, { type LiveSocketOptions } from './plugins/live-socket.js';
import media, { type MediaSetup } from './plugins/media.js';
import openapi from './plugins/openapi.js';
import securityHeaders from './plugins/security-headers.js';
import web from './plugins/web.js';
import { apiRoutes } from './routes/index.js';
import { recordRoutes } from './route-catalog.js';
import { withDefaultServices, type Services } from './server-services.js';
import { createValidatorCompiler } from './validation/ajv-compilers.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  services: Services;
  database: { dialect: 'sqlite' | 'postgres' };
  /** Folder of the built web app (dist/web); null or missing: API only. */
  webRoot?: string | null;
  logger?: boolean | object;
  /** The reverse proxy to believe (TRUST_PROXY, server-config.ts); default: none. */
  trustProxy?: string[] | false;
  /** Largest JSON body in bytes (default 1 MiB); imports have their own 10 MB limit. */
  bodyLimit?: number;
  /**
   * Redis of several server processes (the media rooms' leases); null: this process only. The
   * events of every process reach this one through `services.events` (a RedisEventBus, start.ts).
   */
  redisUrl?: string | null;
  /** Limits and timings of the live socket gateway (defaults in src/realtime/socket/live-gateway.ts). */
  liveSocket?: LiveSocketOptions['gateway'];
  /** Video and sound (issue 6): the engine's configuration and the recordings folder; default: the embedded engine, recordings in the temp folder. */
  media?: MediaSetup;
}

/** Fastify's trustProxy from the setting: a list of addresses, a number of hops, or nothing. */
const trustProxyOf = (value: AppOptions['trustProxy']): string[] | boolean => (Array.isArray(value) && value.length > 0 ? value : false);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Link tokens in addresses never reach the log (issue 15).
    logger: withRedaction(options.logger),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    trustProxy: trustProxyOf(options.trustProxy),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(createValidatorCompiler());
  recordRoutes(app);

  const services = await withDefaultServices(options.services);
  await app.register(errors);
  await app.register(bodyParsing);
  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(openapi);
  await app.register(auth, { services });
  await app.register(apiRoutes, { prefix: '/api/v1', services, dialect: options.database.dialect });
  await app.register(liveSocket, { services, gateway: options.liveSocket });
  await app.register(media, {
    services,
    redisUrl: options.redisUrl ?? null,
    media: options.media ?? { recordingsDir: join(tmpdir(), 'diemcau-recordings') },
  });
  await app.register(web, { webRoot: options.webRoot });
  await app.ready();
  return app;
}
