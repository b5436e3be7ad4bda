/**
 * The one place the web app talks HTTP. Every failure becomes an ApiError carrying the
 * server's code, its Vietnamese and English message and the per-field problems.
 *
 * The session lives in an httpOnly cookie (sent same-origin); every unsafe request carries
 * the session's CSRF token as X-CSRF-Token. A 401 of a protected call and every 403 are
 * reported to the listeners (the auth context sends the user to the login page, the layout
 * shows a banner).
 */
import type { ErrorBody, FieldProblem, LocalizedMessage } from '../../../src/domain/errors.js';

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly localized: LocalizedMessage;
  readonly fields: FieldProblem[];

  constructor(status: number, code: string, localized: LocalizedMessage, fields: FieldProblem[] = []) {
    super(localized.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.localized = localized;
    this.fields = fields;
  }

  /**
   * Someone else changed what this edit was based on (the version sent is stale): reloading
   * helps. Other 409s (a start not fixed yet, a seat taken, a meeting already opened) are
   * refusals to read, not conflicts to reload.
   */
  get isConflict(): boolean {
    return this.status === 409 && this.code.endsWith('.version_conflict');
  }
}

const NETWORK_ERROR: LocalizedMessage = {
  vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  en: 'Cannot reach the server. Check the network and try again.',
};

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'error' in value && typeof (value as ErrorBody).error?.code === 'string';

/** Turns a failed response into an ApiError, whatever its body looks like. */
export const errorFromResponse = async (response: Response): Promise<ApiError> => {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    const { code, message, fields } = body.error;
    return new ApiError(response.status, code, message, fields ?? []);
  }
  return new ApiError(response.status, `http.${response.status}`, {
    vi: `Máy chủ trả lỗi ${response.status}.`,
    en: `The server answered ${response.status}.`,
  });
};

let csrfToken: string | null = null;
/** The CSRF token of the current session (from /auth/me, login, set-up or link exchange). */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};
export const getCsrfToken = (): string | null => csrfToken;

export type AuthEvent = { kind: 'unauthorized'; error: ApiError } | { kind: 'forbidden'; error: ApiError };
const listeners = new Set<(event: AuthEvent) => void>();
export const onAuthEvent = (listener: (event: AuthEvent) => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** 401 codes that mean "sign in (again)"; wrong passwords and link refusals are the page's own business. */
const SIGN_IN_CODES = new Set(['auth.required', 'auth.session_expired']);
const report = (error: ApiError, quiet: boolean) => {
  if (quiet) return;
  if (error.status === 401 && SIGN_IN_CODES.has(error.code)) for (const l of listeners) l({ kind: 'unauthorized', error });
  if (error.status === 403) for (const l of listeners) l({ kind: 'forbidden', error });
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  body?: unknown;
  /** The conference version the edit was based on, sent as If-Match. */
  version?: number;
  form?: FormData;
  signal?: AbortSignal;
  /** Do not report 401/403 to the listeners (the caller shows the error itself). */
  quiet?: boolean;
}

export const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
  // No Accept header (the API answers JSON whatever it says): a GET then matches the fetch
  // preload that the server names in a phone or hall page (src/server/plugins/page-preloads.ts),
  // which Chromium reuses only when the headers and credentials mode are the same.
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { method, headers, body, signal: options.signal, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network.unreachable', NETWORK_ERROR);
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    report(error, options.quiet === true);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};

/** Downloads a file through fetch so that a refusal (e.g. no LibreOffice) shows the server's message. */
export const download = async (path: string, fallbackName: string): Promise<void> => {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network.unreachable', NETWORK_ERROR);
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    report(error, false);
    throw error;
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Reads the RFC 5987 UTF-8 name first, then the plain ASCII one. */
export const fileNameFrom = (disposition: string | null): string | null => {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() ?? null;
};
