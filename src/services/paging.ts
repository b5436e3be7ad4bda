/**
 * Pages of a list (users, memberships, access links, the timeline's changes): at most `limit`
 * items (default 100, at most 500: the route's schema refuses more with 400) after an opaque
 * `cursor`, and `nextCursor` for the next page (null on the last). A cursor is the keys of the
 * last item of a page, base64url-encoded JSON; a client never builds one.
 */
import { DomainError } from '../domain/errors.js';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

export interface PageRequest {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const invalidCursor = () =>
  new DomainError(400, 'page.invalid_cursor', {
    vi: 'Con trỏ trang không hợp lệ: hãy tải lại danh sách từ đầu.',
    en: 'Invalid page cursor: load the list again from the start.',
  });

export const encodeCursor = (keys: readonly string[]): string => Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');

/** The keys in a cursor (400 page.invalid_cursor when it is not one of ours with `arity` keys). */
export function decodeCursor(cursor: string | undefined, arity: number): string[] | undefined {
  if (cursor === undefined) return undefined;
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(keys) || keys.length !== arity || keys.some((key) => typeof key !== 'string')) throw invalidCursor();
  return keys as string[];
}

/** The limit to read: the request's, or the default; never more than the maximum. */
export const pageLimit = (request: PageRequest): number => Math.min(Math.max(1, request.limit ?? DEFAULT_PAGE), MAX_PAGE);

/**
 * A page from rows read with one more than the limit: the extra row only says that there is a
 * next page, whose cursor is the keys of the page's last row.
 */
export function pageOf<R, T>(rows: readonly R[], limit: number, keysOf: (row: R) => string[], present: (row: R) => T): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null };
}

/**
 * A page of a list computed in memory that only grows at its end (the timeline's changes, in
 * the order they happened): the cursor is the position of the next item.
 */
export function pageOfAppendOnly<T>(list: readonly T[], request: PageRequest): Page<T> {
  const limit = pageLimit(request);
  const [start = '0'] = decodeCursor(request.cursor, 1) ?? [];
  const from = /^\d{1,9}$/.test(start) ? Number(start) : NaN;
  if (!Number.isSafeInteger(from)) throw invalidCursor();
  const to = from + limit;
  return { items: list.slice(from, to), nextCursor: to < list.length ? encodeCursor([String(to)]) : null };
}
