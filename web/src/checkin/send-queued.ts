/**
 * Sends one queued item over HTTP with the session's CSRF token. Never throws: no answer
 * (network down, 10 s without a reply) is status 0, and an error body gives its code and
 * message, which the queue's rules judge (queue-rules.ts: verdictOf).
 */
import type { ErrorBody } from '../../../src/domain/errors.js';
import { getMe } from '../api/accounts.js';
import { API_BASE, getCsrfToken, setCsrfToken } from '../api/client.js';
import type { QueuedRequest, SendResult } from './queue-rules.js';

export const SEND_TIMEOUT_MS = 10_000;

const errorOf = (body: unknown): ErrorBody['error'] | null =>
  typeof body === 'object' && body !== null && 'error' in body && typeof (body as ErrorBody).error?.code === 'string'
    ? (body as ErrorBody).error
    : null;

/** The session's CSRF token; fetched again when the page started offline (or the token was refused). */
const csrfToken = async (): Promise<string | null> => {
  const known = getCsrfToken();
  if (known) return known;
  try {
    const me = await getMe();
    setCsrfToken(me.csrfToken);
    return me.csrfToken;
  } catch {
    return null;
  }
};

export const sendQueued = async (item: QueuedRequest): Promise<SendResult> => {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const csrf = await csrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${item.path}`, {
      method: item.method ?? 'POST',
      headers,
      body: JSON.stringify(item.body),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch {
    return { status: 0 };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok) return { status: response.status, body };
  const error = errorOf(body);
  if (error?.code === 'auth.csrf_failed') setCsrfToken(null); // fetched again before the next try
  return { status: response.status, ...(error ? { code: error.code, message: error.message } : {}) };
};
