/**
 * A hall's link as the browser measures it (getStats of its publisher connection), turned
 * into the roll-call wall's `good | weak | down`, and the automatic fallback to sound only.
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

/** Consecutive weak samples before video is dropped, and good ones before it returns. */
export const FALLBACK_AFTER = 3;
export const RECOVER_AFTER = 10;

export interface FallbackState {
  audioOnly: boolean;
  /** Samples in a row that argue for the other mode. */
  streak: number;
}

export const initialFallback: FallbackState = { audioOnly: false, streak: 0 };

/**
 * Sound only after FALLBACK_AFTER weak-or-down samples in a row; video again after
 * RECOVER_AFTER good ones (slow to return, so a flapping link does not flap the picture).
 */
export function nextFallback(state: FallbackState, link: HallLink): FallbackState {
  const bad = link === 'weak' || link === 'down';
  const good = link === 'good';
  if (!state.audioOnly) {
    const streak = bad ? state.streak + 1 : 0;
    return streak >= FALLBACK_AFTER ? { audioOnly: true, streak: 0 } : { audioOnly: false, streak };
  }
  const streak = good ? state.streak + 1 : 0;
  return streak >= RECOVER_AFTER ? { audioOnly: false, streak: 0 } : { audioOnly: true, streak };
}
