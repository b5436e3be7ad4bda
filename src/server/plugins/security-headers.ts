/**
 * Security headers on every response: a strict Content-Security-Policy for the web app (no
 * inline script or `<style>`; React sets style attributes through the CSSOM, which CSP
 * allows), a slightly wider one for the Swagger UI at /api/docs (its stylesheet sets inline
 * styles), no framing, no referrer, no MIME sniffing, a Permissions-Policy that keeps camera
 * and microphone for this origin only (live media later), HSTS when served over HTTPS, and
 * `Cache-Control: no-store` on the API (responses hold private data and CSRF tokens).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // The watching tier's player (hls.js, issue 19) feeds the video element through Media Source
  // Extensions (a blob: address) and repackages segments in a worker it makes from a blob.
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Swagger UI: its bundle sets style attributes from HTML strings, so styles need 'unsafe-inline' there only. */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const PERMISSIONS_POLICY =
  'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** Two years, as the HSTS preload list asks; only sent over HTTPS (browsers ignore it otherwise). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '';

async function securityHeadersPlugin(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = pathOf(request);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    const docs = path === '/api/docs' || path.startsWith('/api/docs/');
    reply.header('Content-Security-Policy', docs ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    if (path.startsWith('/api/v1/') && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}

export default fp(securityHeadersPlugin, { name: 'diemcau-security-headers', fastify: '5.x' });
