/**
 * The live conference's Socket.IO gateway (src/realtime/socket) on the app's HTTP server.
 * It emits what the event backbone delivers (services.events: with REDIS_URL, the changes of
 * every process) to this process's sockets. The gateway is closed in `preClose`, before the HTTP server
 * stops accepting and long before the database closes (its sockets would keep the server
 * open, and a late revalidation would find the database gone).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LiveGateway, type LiveGatewayOptions } from '../../realtime/socket/live-gateway.js';

export interface LiveSocketOptions {
  services: LiveGatewayOptions['services'];
  /** Limits and timings (tests shorten the revalidation). */
  gateway?: Pick<
    LiveGatewayOptions,
    'maxConnections' | 'connectionsPerPrincipal' | 'revalidateMs' | 'pingIntervalMs' | 'pingTimeoutMs' | 'wallWindowMs'
  >;
}

declare module 'fastify' {
  interface FastifyInstance {
    liveGateway: LiveGateway;
  }
}

async function liveSocketPlugin(app: FastifyInstance, options: LiveSocketOptions) {
  const log = (message: string, error?: unknown) => app.log.error({ err: error }, message);
  const gateway = new LiveGateway({ ...options.gateway, services: options.services, log }).attach(app.server);
  app.decorate('liveGateway', gateway);
  app.addHook('preClose', async () => {
    await gateway.close();
  });
}

export default fp(liveSocketPlugin, { name: 'diemcau-live-socket', fastify: '5.x' });
