/**
 * Bridge points as their own paged resource: the list in the plan's order, filtered by kind,
 * province (the top unit of the point's unit), group or host, and searched without
 * diacritics; one point. Keyset paging: a page costs the same wherever it starts, and a
 * cursor stays valid while points are added after it.
 */
import { Type } from 'typebox';
import { BridgePointKind } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { bridgePointKeys, findBridgePointRow, listBridgePointRows } from '../storage/repositories/bridge-point-repository.js';
import { rowToListedBridgePoint } from '../storage/repositories/row-mappers.js';
import type { ConferenceService } from './conference-service.types.js';
import { entityNotFound, prepareInput } from './input.js';
import { decodeCursor, invalidCursor, pageLimit, pageOf } from './paging.js';
import type { ServiceContext } from './write-context.js';

const PointQuery = Type.Object(
  {
    kind: Type.Optional(BridgePointKind),
    provinceCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    group: Type.Optional(Type.Boolean()),
    host: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    onlyIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 1000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1 })),
    cursor: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const bridgePointNotFound = () => entityNotFound('bridge_point.not_found', 'điểm cầu', 'bridge point');

type BridgePointReads = Pick<ConferenceService, 'listBridgePoints' | 'getBridgePoint'>;

export function bridgePointReads(ctx: ServiceContext): BridgePointReads {
  return {
    async listBridgePoints(conferenceId, query) {
      const q = prepareInput(PointQuery, query);
      const limit = pageLimit(q);
      const after = decodeCursor(q.cursor, 2);
      // A position is a whole number: anything else was not written by this list.
      if (after && !/^\d{1,9}$/.test(after[0]!)) throw invalidCursor();
      const rows = await listBridgePointRows(
        ctx.db,
        conferenceId,
        {
          kind: q.kind,
          provinceCode: q.provinceCode,
          group: q.group,
          host: q.host,
          searchWords: foldForSearch(q.q ?? '')
            .split(' ')
            .filter(Boolean),
          onlyIds: q.onlyIds,
        },
        { limit: limit + 1, after },
      );
      return pageOf(rows, limit, bridgePointKeys, rowToListedBridgePoint);
    },

    async getBridgePoint(conferenceId, pointId) {
      const row = await findBridgePointRow(ctx.db, conferenceId, pointId);
      if (!row) throw bridgePointNotFound();
      return rowToListedBridgePoint(row);
    },
  };
}
