/**
 * Who opens a live socket, checked before it joins anything: the page's origin (a page of
 * another site must not ride the user's cookie: cross-site WebSocket hijacking), the
 * handshake payload, and the session or link cookie, resolved exactly as an API request
 * (src/server/plugins/auth.ts). A refusal reaches the client as `connect_error` whose
 * `data` is the API's error shape `{ code, message: { vi, en } }`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { authenticationRequired } from '../../domain/access/can.js';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError, type LocalizedMessage } from '../../domain/errors.js';
import { credentialOfCookie, SESSION_COOKIE, type CookieCredential } from '../../server/plugins/auth-cookie.js';
import { CROSS_ORIGIN, SESSION_EXPIRED } from '../../server/plugins/auth.js';
import type { AccessLinkService } from '../../services/accounts/access-link-service.js';
import type { SessionService } from '../../services/accounts/session-service.js';
import type { LiveHandshake } from '../live-protocol.js';

/** What `connect_error` carries in `error.data`. */
export interface ConnectErrorData {
  code: string;
  message: LocalizedMessage;
}

export type ConnectError = Error & { data: ConnectErrorData };

const INTERNAL: LocalizedMessage = {
  vi: 'Máy chủ gặp lỗi khi mở kết nối trực tiếp. Trang sẽ tự kết nối lại.',
  en: 'The server failed to open the live connection. The page will reconnect by itself.',
};

/** A refusal as Socket.IO passes it to the client; anything but a DomainError says only "internal". */
export function connectError(error: unknown): ConnectError {
  const data: ConnectErrorData =
    error instanceof DomainError ? { code: error.code, message: error.localized } : { code: 'realtime.internal', message: INTERNAL };
  return Object.assign(new Error(data.message.en), { data });
}

export const badHandshake = () =>
  new DomainError(400, 'realtime.bad_handshake', {
    vi: 'Yêu cầu kết nối trực tiếp không hợp lệ (thiếu hội nghị hoặc phiên bản sai).',
    en: 'Invalid live connection request (missing conference or a wrong version).',
  });

export const tooManyConnections = () =>
  new DomainError(503, 'realtime.too_many_connections', {
    vi: 'Máy chủ đang có quá nhiều kết nối trực tiếp. Trang sẽ tự kết nối lại sau ít phút.',
    en: 'The server has too many live connections. The page will reconnect by itself shortly.',
  });

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The client's `auth` payload, checked: a conference id and, optionally, what it already holds. */
export function parseHandshake(auth: unknown): LiveHandshake {
  if (typeof auth !== 'object' || auth === null) throw badHandshake();
  const { conferenceId, version, hallSeq } = auth as Record<string, unknown>;
  if (typeof conferenceId !== 'string' || conferenceId.length === 0 || conferenceId.length > 200) throw badHandshake();
  if (version !== undefined && version !== null && !isCount(version)) throw badHandshake();
  if (hallSeq !== undefined && hallSeq !== null && !isCount(hallSeq)) throw badHandshake();
  return {
    conferenceId,
    ...(isCount(version) ? { version } : {}),
    ...(isCount(hallSeq) ? { hallSeq } : {}),
  };
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * A browser sends `Origin` with every WebSocket handshake and every cross-origin request: it
 * must name the host the request was sent to. No Origin (a same-origin polling GET, a
 * command-line client) passes; `Sec-Fetch-Site` refuses a cross-site request that hides it.
 */
export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = first(headers.origin);
  const host = first(headers.host)?.toLowerCase();
  if (origin !== undefined) {
    try {
      return host !== undefined && new URL(origin).host.toLowerCase() === host;
    } catch {
      return false; // "null" and other opaque origins
    }
  }
  const site = first(headers['sec-fetch-site']);
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The value of one cookie of a Cookie header (the first of that name, as @fastify/cookie reads it). */
const cookieValue = (header: string, name: string): string | undefined => {
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const raw = pair
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
};

/** The credential of the handshake's cookie header (null: none). */
export function credentialOfHeaders(headers: IncomingHttpHeaders): CookieCredential {
  const header = first(headers.cookie);
  return header ? credentialOfCookie(cookieValue(header, SESSION_COOKIE)) : null;
}

export interface CredentialServices {
  sessions: Pick<SessionService, 'resolveSession'>;
  accessLinks: Pick<AccessLinkService, 'resolveLink'>;
}

/**
 * The actor of a credential, as the API resolves it: 401 `auth.required` without one,
 * `auth.session_expired` for an ended session, `link.revoked` / `link.expired` /
 * `link.invalid` for a link that no longer opens anything.
 */
export async function resolveActor(services: CredentialServices, credential: CookieCredential, ip: string | null): Promise<Actor> {
  if (!credential) throw authenticationRequired();
  if (credential.kind === 'session') {
    const session = await services.sessions.resolveSession(credential.token);
    if (!session) throw SESSION_EXPIRED();
    return session.actor;
  }
  return (await services.accessLinks.resolveLink(credential.token, ip)).actor;
}

/** Refuses a page of another site (403 `auth.cross_origin`). */
/** The next credential check of a socket, in 80-100 % of `ms` (spread, so a crowd that joined together is not checked together). */
export function revalidateLater(ms: number, check: () => void): NodeJS.Timeout {
  const timer = setTimeout(check, ms * (0.8 + Math.random() * 0.2));
  timer.unref();
  return timer;
}

export function checkOrigin(headers: IncomingHttpHeaders): void {
  if (!isSameOrigin(headers)) throw CROSS_ORIGIN();
}
