/**
 * Serves the built web app (dist/web) and falls back to index.html for the app's own
 * addresses (GET, not under /api, asking for HTML), so that deep links and reloads of
 * /conferences/:id/agenda work. Text files go out brotli- or gzip-compressed when the browser
 * accepts it (precompressed at build). Skipped when there is no built app.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendRouteNotFound } from './errors.js';

export interface WebOptions {
  webRoot: string | null | undefined;
}

/** True when the request is a page load of the single-page app; the root always is. */
export const wantsAppPage = (request: FastifyRequest): boolean => {
  const path = request.url.split('?')[0] ?? '';
  if (path === '/') return true;
  if (path === '/api' || path.startsWith('/api/')) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
};

async function webPlugin(app: FastifyInstance, options: WebOptions) {
  if (!options.webRoot) return;
  const root = resolve(options.webRoot);
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: only the API is served');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each text file (vite.config.ts): sent to a browser that accepts them.
    preCompressed: true,
    setHeaders(reply, filePath) {
      const immutable = filePath.startsWith(join(root, 'assets'));
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const appPage = (request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsAppPage(request)) return sendRouteNotFound(request, reply);
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html', root);
  };
  app.get('/', { schema: { hide: true } }, appPage);
  app.get('/*', { schema: { hide: true } }, appPage);
}

export default fp(webPlugin, { name: 'diemcau-web', fastify: '5.x', dependencies: ['diemcau-errors'] });
