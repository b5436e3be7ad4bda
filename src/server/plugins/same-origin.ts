/**
 * Same-origin check for the unsafe endpoints that need no session (login CSRF): a browser
 * sends `Origin` with every POST made by fetch or a form, so a request from another site
 * shows itself; `Sec-Fetch-Site` and `Referer` are checked when there is no Origin.
 * Requests without any of them (command-line clients, tests) are not from a browser page
 * and pass.
 */
import type { FastifyRequest } from 'fastify';

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** The origin the server answers on, as the browser sees it (no proxy trusted by default). */
export const serverOrigin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

export function isSameOriginRequest(request: FastifyRequest): boolean {
  const expected = serverOrigin(request).toLowerCase();
  const origin = first(request.headers.origin);
  // "null" (sandboxed frames, some redirects) is not our origin.
  if (origin !== undefined) return origin.toLowerCase() === expected;
  const site = first(request.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const referer = first(request.headers.referer);
  if (referer !== undefined) return originOf(referer)?.toLowerCase() === expected;
  return true;
}
