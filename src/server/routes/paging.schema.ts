/**
 * The query and answer of every paged list (services/paging.ts): `limit` (default 100, at
 * most 500; more is refused with 400 by the schema, not clamped, so a client learns the
 * maximum at once) and the opaque `cursor` of the previous answer's `nextCursor`.
 */
import { Type, type TSchema } from 'typebox';
import { DEFAULT_PAGE, MAX_PAGE } from '../../services/paging.js';

export const PageQueryFields = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, description: `Items per page (default ${DEFAULT_PAGE})` })),
  cursor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 2000, pattern: '^[A-Za-z0-9_-]+$', description: 'nextCursor of the previous page' }),
  ),
};

export const PageQuery = Type.Object(PageQueryFields, { additionalProperties: false });

/** `{ items, nextCursor }`: the page's items and the cursor of the next page (null on the last). */
export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'cursor of the next page; null on the last' }),
  });
