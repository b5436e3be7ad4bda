/**
 * What a watching point's page does now (issue 19), from its place in the speaker queue:
 * - `watching`: it plays the host programme over HLS, a few seconds behind;
 * - `standby`: its turn is near (among the next PRECONNECT_PLACES): it also joins the media
 *   room with its camera and microphone, muted and shown to nobody, so that the floor, when
 *   it comes, switches at once instead of after a WebRTC connection;
 * - `interactive`: it has the floor: it is seen and heard through WebRTC and sees the host
 *   live; after the speech it goes back to watching.
 * An interactive point (the tier of the plan, or promoted for the day) is always interactive.
 */
export type WatchingMode = 'watching' | 'standby' | 'interactive';

/** How many places before its turn a watching point connects ahead. */
export const PRECONNECT_PLACES = 2;

export interface QueuePosition {
  /** The point has the floor now. */
  speaking: boolean;
  /** Its waiting requests' places in the queue (1 = next). */
  places: readonly number[];
}

export function watchingMode(tier: 'interactive' | 'watching', position: QueuePosition, preconnect = PRECONNECT_PLACES): WatchingMode {
  if (tier === 'interactive' || position.speaking) return 'interactive';
  return position.places.some((place) => place <= preconnect) ? 'standby' : 'watching';
}
