/**
 * The staff's roll-call wall at national scale (issue 18): the provinces' counts with the
 * messages (the first paint of a wall), one province's points a page at a time (opening a
 * province), and, for a batch of changed halls, the counts of their provinces and the halls
 * by province (what the gateway sends after each window). Reads only, from SQL aggregates:
 * never the whole plan.
 */
import { WALL_PAGE_MAX, type WallDelta, type WallSnapshot } from '../../domain/live/hall-wall.js';
import type { HallStatus } from '../../domain/live/live-state.js';
import { DomainError } from '../../domain/errors.js';
import type { Database } from '../../storage/database.js';
import {
  countHallsByProvince,
  listProvinceHalls,
  loadUnitTops,
  provincesOfPoints,
  type ProvinceHallPage,
} from '../../storage/repositories/hall-wall-repository.js';
import { currentHallSeq, findPromotedPoints, listLiveMessages } from '../../storage/repositories/live-repository.js';
import { SNAPSHOT_MESSAGES } from './live-halls.js';
import type { ConferenceFacts } from '../../domain/access/actions.js';
import type { ConferenceStatus } from '../../domain/conference.schema.js';
import { findConferenceFacts } from '../../storage/repositories/check-in-repository.js';
import { countBridgePoints } from '../../storage/repositories/hall-wall-repository.js';
import { conferenceNotFound } from '../input.js';

export interface WallBatch {
  delta: WallDelta;
  /** The changed halls by province (null: the points without one). */
  halls: Map<string | null, HallStatus[]>;
}

export interface HallWallReader {
  /** The conference's facts for the policies, without its points; 404 `conference.not_found`. */
  wallFacts(conferenceId: string): Promise<ConferenceFacts & { pointCount: number }>;
  wall(conferenceId: string): Promise<WallSnapshot>;
  /** 422 `live.invalid_cursor` for a cursor this did not give. */
  provinceHalls(conferenceId: string, province: string | null, page: { after?: string; limit?: number }): Promise<ProvinceHallPage>;
  /** The counts of the provinces of `halls`, and `halls` by province; points no longer in the plan are left out. */
  wallBatch(conferenceId: string, halls: readonly HallStatus[]): Promise<WallBatch>;
}

const invalidCursor = () =>
  new DomainError(422, 'live.invalid_cursor', {
    vi: 'Con trỏ trang không hợp lệ; hãy tải lại danh sách từ đầu.',
    en: 'The page cursor is not valid; load the list again from the start.',
  });

export function createHallWallReader(database: Database): HallWallReader {
  const readOnly = () => database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');
  return {
    async wallFacts(conferenceId) {
      const row = await findConferenceFacts(database.db, conferenceId);
      if (!row) throw conferenceNotFound();
      const pointCount = await countBridgePoints(database.db, conferenceId);
      return { id: row.id, status: row.status as ConferenceStatus, archived: Number(row.archived) === 1, pointCount };
    },

    wall(conferenceId) {
      return readOnly().execute(async (trx) => {
        const seq = await currentHallSeq(trx, conferenceId);
        const provinces = await countHallsByProvince(trx, conferenceId);
        const messages = await listLiveMessages(trx, conferenceId, 'all', { limit: SNAPSHOT_MESSAGES });
        return { provinces, messages, seq };
      });
    },

    async provinceHalls(conferenceId, province, page) {
      const limit = Math.min(Math.max(page.limit ?? WALL_PAGE_MAX, 1), WALL_PAGE_MAX);
      const promoted = await findPromotedPoints(database.db, conferenceId);
      const found = await listProvinceHalls(database.db, conferenceId, province, { after: page.after, limit, promoted });
      if (!found) throw invalidCursor();
      return found;
    },

    async wallBatch(conferenceId, halls) {
      return readOnly().execute(async (trx) => {
        const tops = await loadUnitTops(trx);
        const provinceOf = await provincesOfPoints(
          trx,
          conferenceId,
          halls.map((hall) => hall.bridgePointId),
          tops,
        );
        const byProvince = new Map<string | null, HallStatus[]>();
        for (const hall of halls) {
          const province = provinceOf.get(hall.bridgePointId);
          if (province === undefined) continue;
          const list = byProvince.get(province);
          if (list) list.push(hall);
          else byProvince.set(province, [hall]);
        }
        const seq = await currentHallSeq(trx, conferenceId);
        const counts = await countHallsByProvince(trx, conferenceId);
        return { delta: { seq, provinces: counts.filter((p) => byProvince.has(p.code)) }, halls: byProvince };
      });
    },
  };
}
