/**
 * Serves the built web app (dist/web) and falls back to index.html for the app's own
 * addresses (GET, not under /api, asking for HTML), so that deep links and reloads of
 * /conferences/:id/agenda work. Text files go out brotli- or gzip-compressed when the browser
 * accepts it (precompressed at build); hashed assets are cached for a year. A phone or hall
 * page gets phone.html (the entry of those pages' own build, on Preact) naming that page's
 * chunks (./page-preloads.ts); these variants are made and compressed once, at start. Such a page also names its first API reads, which hold the
 * address's ids: that HTML is made and compressed for each request (about 1.5 kB). Skipped
 * when there is no built app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { acceptedEncoding } from './compression.js';
import { sendRouteNotFound } from './errors.js';
import {
  filesOfModule,
  pageModuleOf,
  pageReadsOf,
  PHONE_HTML,
  PHONE_MANIFEST,
  PRELOADED_PAGES,
  readManifest,
  withPreloads,
  withReads,
} from './page-preloads.js';

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
  const pages = indexPages(root);
  const appPage = (request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsAppPage(request)) return sendRouteNotFound(request, reply);
    const path = request.url.split('?')[0] ?? '';
    const page = pages.get(pageModuleOf(path)) ?? pages.get(null)!;
    const reads = pageReadsOf(path);
    const encoding = acceptedEncoding(request);
    reply.header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding').type('text/html; charset=utf-8');
    if (encoding) reply.header('Content-Encoding', encoding);
    if (reads.length > 0) return reply.send(encode(withReads(page.text, reads), encoding));
    return reply.send(encoding ? page[encoding] : page.identity);
  };
  app.get('/', { schema: { hide: true } }, appPage);
  app.get('/*', { schema: { hide: true } }, appPage);
}

interface IndexPage {
  text: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/**
 * index.html as built (key null), and each preloaded page's HTML with its chunks, in each
 * encoding: phone.html (the phone and hall pages' own build on Preact) when the build has it,
 * else index.html.
 */
const indexPages = (root: string): Map<string | null, IndexPage> => {
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  const phone = existsSync(join(root, PHONE_HTML)) ? readFileSync(join(root, PHONE_HTML), 'utf8') : null;
  const phoneManifest = phone ? readManifest(root, PHONE_MANIFEST) : null;
  const [html, manifest] = phone && phoneManifest ? [phone, phoneManifest] : [index, readManifest(root)];
  const encoded = (text: string): IndexPage => {
    const identity = Buffer.from(text);
    return { text, identity, br: brotliCompressSync(identity), gzip: gzipSync(identity, { level: 9 }) };
  };
  const pages = new Map<string | null, IndexPage>([[null, encoded(index)]]);
  for (const { module } of PRELOADED_PAGES) {
    if (manifest?.[module]) pages.set(module, encoded(withPreloads(html, filesOfModule(manifest, module))));
  }
  return pages;
};

/** A page made for one request: a quick brotli or gzip level (the page is small, the time is the request's). */
const encode = (text: string, encoding: 'br' | 'gzip' | null): Buffer => {
  const data = Buffer.from(text);
  if (encoding === 'br') return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  return encoding === 'gzip' ? gzipSync(data, { level: 6 }) : data;
};

export default fp(webPlugin, { name: 'diemcau-web', fastify: '5.x', dependencies: ['diemcau-errors'] });
