/**
 * A plan edit that changes what a point's media tier follows from (its tier, kind or being the
 * host) sends its hall again on the roll-call stream (issue 19), so an open wall shows the new
 * tier without a reload. Only the points the write answers (the point and any host it demoted).
 */
import type { ConferenceService } from '../conference-service.types.js';
import type { LiveService } from './live-service.types.js';

const TIER_FIELDS = ['mediaTier', 'kind', 'isHost'] as const;

export function refreshingTiers(conferences: ConferenceService, live: Pick<LiveService, 'refreshHalls'>): ConferenceService {
  return {
    ...conferences,
    async updateBridgePoint(conferenceId, pointId, patch, options) {
      const result = await conferences.updateBridgePoint(conferenceId, pointId, patch, options);
      if (TIER_FIELDS.some((field) => patch[field] !== undefined)) {
        await live.refreshHalls(
          conferenceId,
          result.points.map((point) => point.id),
        );
      }
      return result;
    },
  };
}
