import type { BridgePointInput } from '../../../../src/domain/conference.schema.js';

/** Points a plan stands for: a group kept as a count counts as its members. */
export const pointCount = (points: readonly Pick<BridgePointInput, 'groupCount'>[]): number =>
  points.reduce((sum, point) => sum + (point.groupCount ?? 1), 0);
