/**
 * Secrets kept out of the server log. A personal or access link carries its token in the
 * address (`/l/<token>`, `/xac-nhan/<token>`, `/cu-nguoi-du/<token>`); the request line is
 * logged with the token replaced, so a log never grants access. Pure.
 */
import type { FastifyRequest } from 'fastify';

const TOKEN_PATH = /(\/(?:l|xac-nhan|cu-nguoi-du)\/)[^/?#]+/g;
const TOKEN_QUERY = /([?&](?:token|t)=)[^&#]+/gi;

export const REDACTED = '[redacted]';

/** The address with link tokens replaced. */
export const redactUrl = (url: string): string => url.replace(TOKEN_PATH, `$1${REDACTED}`).replace(TOKEN_QUERY, `$1${REDACTED}`);

/** Fastify's request serializer with the address redacted (method, url, host, remote address as usual). */
export const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: redactUrl(request.url),
  host: request.host,
  remoteAddress: request.ip,
  remotePort: request.socket?.remotePort,
});

/** The logger option with the redacting serializer: `true` becomes an object, an object keeps its settings. */
export const withRedaction = (logger: boolean | object | undefined): boolean | object => {
  if (!logger) return false;
  const base = logger === true ? {} : (logger as Record<string, unknown>);
  const serializers = (base.serializers as Record<string, unknown> | undefined) ?? {};
  return { ...base, serializers: { ...serializers, req: requestSerializer } };
};
