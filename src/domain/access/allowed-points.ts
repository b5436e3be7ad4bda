/**
 * The bridge points where a caller may do something, as a screen is told: `all` when that is
 * every point of the conference (the chair's and the secretariat's case; a national conference
 * has 16,242, not worth sending), else the ids. No point allowed is `{ all: false, ids: [] }`,
 * also in a conference without points.
 */
export interface AllowedPoints {
  all: boolean;
  ids: string[];
}

/** Whether `pointId` is among the allowed points. */
export const allowsPoint = (points: AllowedPoints, pointId: string): boolean => points.all || points.ids.includes(pointId);

/**
 * A point id that no scope holds (ids are UUIDs): the rules decide there by conference-wide
 * roles alone, and what they allow there they allow at every point.
 */
export const UNSCOPED_POINT = 'every-point';

/**
 * `allowedPoints` without listing every point: `all` when the action holds at every point
 * (asked at UNSCOPED_POINT) or at each of the conference's `pointCount` points; else the ids
 * among `boundIds` (the only points the rules can allow below the whole conference).
 */
export const allowedPointsOf = (pointCount: number, boundIds: readonly string[], allowed: (pointId: string) => boolean): AllowedPoints => {
  if (pointCount > 0 && allowed(UNSCOPED_POINT)) return { all: true, ids: [] };
  const ids = boundIds.filter(allowed);
  return ids.length > 0 && ids.length === pointCount ? { all: true, ids: [] } : { all: false, ids };
};
