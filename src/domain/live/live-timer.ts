/**
 * Countdown math on server timestamps (epoch ms). A timer is plain data (LiveTimer): the
 * time run before the last pause plus, while it runs, `now - runningSince`. Every screen
 * computes the same figures from the same timer and its estimate of the server clock.
 * Pure: the caller gives `now`.
 */
import type { LiveTimer } from './live-state.js';

export type TimerPhase = 'running' | 'warning' | 'overrun' | 'paused' | 'open';

/** A timer that runs from `now`; `durationMs` null counts up (no planned length). */
export const startTimer = (durationMs: number | null, warningMs: number, now: number): LiveTimer => ({
  durationMs,
  elapsedMs: 0,
  runningSince: now,
  warningMs,
});

/** Time run so far (never negative, even when `now` is a little before `runningSince`). */
export const elapsedMs = (t: LiveTimer, now: number): number =>
  t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));

/** Freezes the elapsed time; a paused timer stays as it is. */
export const pauseTimer = (t: LiveTimer, now: number): LiveTimer =>
  t.runningSince === null ? t : { ...t, elapsedMs: elapsedMs(t, now), runningSince: null };

/** Runs again from `now`; a running timer stays as it is. */
export const resumeTimer = (t: LiveTimer, now: number): LiveTimer => (t.runningSince === null ? { ...t, runningSince: now } : t);

/** Adds `ms` to the planned length; an open timer (no length) stays open. */
export const extendTimer = (t: LiveTimer, ms: number): LiveTimer => (t.durationMs === null ? t : { ...t, durationMs: t.durationMs + ms });

/** Time left; negative once overrun; null for an open timer. */
export const remainingMs = (t: LiveTimer, now: number): number | null => (t.durationMs === null ? null : t.durationMs - elapsedMs(t, now));

/**
 * `paused` while stopped; `open` while an open timer runs; `overrun` once no time is left
 * (remaining ≤ 0); `warning` when `warningMs` or less remains; `running` otherwise.
 */
export const timerPhase = (t: LiveTimer, now: number): TimerPhase => {
  if (t.runningSince === null) return 'paused';
  const left = remainingMs(t, now);
  if (left === null) return 'open';
  if (left <= 0) return 'overrun';
  return left <= t.warningMs ? 'warning' : 'running';
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The big-screen clock: "07:00", "-01:05", "1:02:03". Whole seconds rounded away from zero,
 * so a countdown shows 00:00 only at exactly zero and "-00:01" as soon as it is overrun.
 */
export const formatClock = (ms: number): string => {
  const total = Number.isFinite(ms) ? Math.ceil(Math.abs(ms) / 1000) : 0;
  const sign = ms < 0 && total > 0 ? '-' : '';
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${sign}${hours}:${pad(minutes)}:${pad(seconds)}` : `${sign}${pad(minutes)}:${pad(seconds)}`;
};
