/**
 * A hall's link as the browser measures it (getStats of its publisher connection), turned
 * into the roll-call wall's `good | weak | down`, and the automatic fallback: a lighter picture,
 * then sound only.
 * Pure: the web app decides with it, the server checks reports with the same thresholds.
 */
import type { HallLink } from '../live/live-state.js';

export interface LinkSample {
  /** Round trip of the publisher connection (candidate pair), ms; null: not known yet. */
  rttMs: number | null;
  /** Packets lost over the last interval, percent (remote-inbound-rtp of video, else audio). */
  lossPercent: number | null;
  /** Sent bitrate over the last interval, kbit/s. */
  bitrateKbps: number | null;
}

export const WEAK_RTT_MS = 400;
export const WEAK_LOSS_PERCENT = 5;
export const DOWN_LOSS_PERCENT = 30;

export function classifyLink(sample: LinkSample, connected: boolean): HallLink {
  if (!connected) return 'down';
  if (sample.rttMs === null && sample.lossPercent === null) return 'unknown';
  if ((sample.lossPercent ?? 0) >= DOWN_LOSS_PERCENT) return 'down';
  if ((sample.lossPercent ?? 0) >= WEAK_LOSS_PERCENT || (sample.rttMs ?? 0) >= WEAK_RTT_MS) return 'weak';
  return 'good';
}

/** Consecutive weak samples before the video steps down, and good ones before it steps up. */
export const FALLBACK_AFTER = 3;
export const RECOVER_AFTER = 10;

/**
 * What a hall's camera sends: everything; a lighter picture (REDUCED_VIDEO: fewer pixels,
 * frames and bits, changed in place without a new connection); or no video at all.
 */
export type VideoLevel = 'full' | 'reduced' | 'audio_only';
const LADDER: readonly VideoLevel[] = ['full', 'reduced', 'audio_only'];

/** The lighter picture of a weak link: a quarter of the pixels, 10 frames/s, at most 250 kbit/s. */
export const REDUCED_VIDEO = { scaleResolutionDownBy: 2, maxFramerate: 10, maxBitrate: 250_000 } as const;

export interface FallbackState {
  level: VideoLevel;
  /** Weak-or-down samples in a row, and good ones in a row. */
  bad: number;
  good: number;
}

export const initialFallback: FallbackState = { level: 'full', bad: 0, good: 0 };

export const isAudioOnly = (state: FallbackState): boolean => state.level === 'audio_only';

/**
 * One step down the ladder (full → reduced → sound only) after FALLBACK_AFTER weak-or-down
 * samples in a row; one step up after RECOVER_AFTER good ones (slow to return, so a flapping
 * link does not flap the picture). An unknown sample (nothing measured yet) breaks both runs.
 */
export function nextFallback(state: FallbackState, link: HallLink): FallbackState {
  const bad = link === 'weak' || link === 'down' ? state.bad + 1 : 0;
  const good = link === 'good' ? state.good + 1 : 0;
  const at = LADDER.indexOf(state.level);
  if (bad >= FALLBACK_AFTER && at < LADDER.length - 1) return { level: LADDER[at + 1]!, bad: 0, good: 0 };
  if (good >= RECOVER_AFTER && at > 0) return { level: LADDER[at - 1]!, bad: 0, good: 0 };
  return { level: state.level, bad, good };
}
