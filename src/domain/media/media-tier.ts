/**
 * How a bridge point takes part in the media (issue 19): `interactive` points are WebRTC halls
 * (they see and are heard), `watching` points receive the host programme over HLS and join
 * WebRTC only when they are given the floor or the chair lets them interact for the day.
 * The plan may set a point's tier; when it does not (null), the point's kind decides: a
 * commune point watches, a hall, remote or other point interacts. The host point always
 * interacts. Pure: the server and the web app compute the same tier.
 */
import type { BridgePointKind } from '../conference-values.schema.js';

export const MEDIA_TIERS = ['interactive', 'watching'] as const;
export type MediaTier = (typeof MEDIA_TIERS)[number];

/** Labels used on every screen, Vietnamese first. */
export const MEDIA_TIER_LABELS: Record<MediaTier, { vi: string; en: string }> = {
  interactive: { vi: 'Tương tác (WebRTC)', en: 'Interactive (WebRTC)' },
  watching: { vi: 'Theo dõi (HLS)', en: 'Watching (HLS)' },
};

/** The tier of a point whose plan does not set one. */
export const defaultMediaTier = (kind: BridgePointKind): MediaTier => (kind === 'commune' ? 'watching' : 'interactive');

/** What the plan says of a point, without the day's promotions: the host interacts; else the plan's tier, else the kind's. */
export const plannedMediaTier = (point: { kind: BridgePointKind; isHost: boolean; mediaTier: MediaTier | null }): MediaTier =>
  point.isHost ? 'interactive' : (point.mediaTier ?? defaultMediaTier(point.kind));

/**
 * The tier a point has now: interactive when it is the host or the chair promoted it for the
 * day (`promoted`: live state `promotedPoints`), else what the plan says.
 */
export const effectiveMediaTier = (
  point: { kind: BridgePointKind; isHost: boolean; mediaTier: MediaTier | null },
  promoted: ReadonlySet<string> | readonly string[],
  pointId: string,
): MediaTier => {
  const isPromoted = promoted instanceof Set ? promoted.has(pointId) : (promoted as readonly string[]).includes(pointId);
  return isPromoted ? 'interactive' : plannedMediaTier(point);
};
