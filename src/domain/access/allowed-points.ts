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

export const allowedPoints = (pointIds: readonly string[], allowed: (pointId: string) => boolean): AllowedPoints => {
  const ids = pointIds.filter(allowed);
  return ids.length > 0 && ids.length === pointIds.length ? { all: true, ids: [] } : { all: false, ids };
};

/** Whether `pointId` is among the allowed points. */
export const allowsPoint = (points: AllowedPoints, pointId: string): boolean => points.all || points.ids.includes(pointId);
