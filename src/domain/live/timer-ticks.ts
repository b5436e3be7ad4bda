/**
 * When a countdown's figure changes, on the server clock (issue 17). Every screen redraws at
 * these instants instead of on an interval of its own, so that the halls show each new second
 * together: apart by their clock errors plus one frame, not by up to one interval.
 *
 * A running timer's figure changes on a grid of whole seconds fixed by the timer itself
 * (`formatClock` of the time left, or run): the instants where the time left is a whole
 * number of seconds, plus the start of the warning. Counting down, the figure changes AT such
 * an instant (07:00 → 06:59 when 59 s are left); overrun or counting up, just AFTER it
 * (-00:01 → -00:02 once more than 1 s is over). A screen therefore redraws once its clock is
 * past the instant given here. Pure: the caller gives `now` (server epoch ms).
 */
import type { LiveTimer } from './live-state.js';
import { elapsedMs, formatClock, remainingMs, timerPhase, type TimerPhase } from './live-timer.js';

const SECOND_MS = 1000;

/** What a screen shows of a timer. */
export interface ShownTimer {
  /** "07:00", "-01:05"; the time run for a timer without a length. */
  clock: string;
  phase: TimerPhase;
  /** Time left (negative once overrun); null for an open timer. */
  remainingMs: number | null;
}

/** What a screen shows of `timer` at server time `now`. */
export const shownTimer = (timer: LiveTimer, now: number): ShownTimer => {
  const remaining = remainingMs(timer, now);
  return {
    clock: formatClock(remaining === null ? elapsedMs(timer, now) : remaining),
    phase: timerPhase(timer, now),
    remainingMs: remaining,
  };
};

/** `a mod b` in [0, b), also for negative `a`. */
const modulo = (a: number, b: number): number => ((a % b) + b) % b;

/** The first instant after `now` on the grid of whole seconds through `anchor` (anchor + k·1000 > now). */
export const nextSecondAfter = (anchor: number, now: number): number => anchor + (Math.floor((now - anchor) / SECOND_MS) + 1) * SECOND_MS;

/**
 * The next instant after `now` at which what a screen shows of `timer` (figure or phase) may
 * change; null while the timer is paused (nothing changes until an event says so).
 */
export const nextTimerChange = (timer: LiveTimer, now: number): number | null => {
  const since = timer.runningSince;
  if (since === null) return null;
  // Once running, the time run is `t - start`; the figure's grid goes through the instant the
  // time left is zero (or, for an open timer, the virtual start).
  const start = since - timer.elapsedMs;
  const zero = timer.durationMs === null ? start : start + timer.durationMs;
  // Before the run begins (this screen's clock a little behind the server's), nothing moves
  // until it does: the first instant of the grid at or after the start.
  const tick = now < since ? since + modulo(zero - since, SECOND_MS) : nextSecondAfter(zero, now);
  if (timer.durationMs === null) return tick;
  const warning = zero - timer.warningMs;
  return warning > now && warning >= since && warning < tick ? warning : tick;
};
