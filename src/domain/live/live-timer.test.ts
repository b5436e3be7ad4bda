import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedMs, extendTimer, formatClock, pauseTimer, remainingMs, resumeTimer, startTimer, timerPhase } from './live-timer.js';

const MIN = 60_000;

describe('live timer', () => {
  it('counts down from the start and overruns into negatives', () => {
    const t = startTimer(7 * MIN, MIN, 1000);
    expect(remainingMs(t, 1000)).toBe(7 * MIN);
    expect(timerPhase(t, 1000)).toBe('running');
    expect(remainingMs(t, 1000 + 6 * MIN)).toBe(MIN);
    expect(timerPhase(t, 1000 + 6 * MIN)).toBe('warning');
    expect(timerPhase(t, 1000 + 7 * MIN)).toBe('overrun');
    expect(remainingMs(t, 1000 + 8 * MIN + 5000)).toBe(-65_000);
    expect(elapsedMs(t, 500)).toBe(0);
  });

  it('freezes while paused and goes on from where it stopped', () => {
    let t = startTimer(10 * MIN, MIN, 0);
    t = pauseTimer(t, 3 * MIN);
    expect(t).toMatchObject({ elapsedMs: 3 * MIN, runningSince: null });
    expect(remainingMs(t, 50 * MIN)).toBe(7 * MIN);
    expect(timerPhase(t, 50 * MIN)).toBe('paused');
    expect(pauseTimer(t, 60 * MIN)).toBe(t);
    t = resumeTimer(t, 50 * MIN);
    expect(resumeTimer(t, 55 * MIN)).toBe(t);
    expect(remainingMs(t, 52 * MIN)).toBe(5 * MIN);
  });

  it('adds an extension to the length; an open timer stays open and counts up', () => {
    const t = extendTimer(startTimer(5 * MIN, MIN, 0), 2 * MIN);
    expect(t.durationMs).toBe(7 * MIN);
    expect(remainingMs(t, 6 * MIN)).toBe(MIN);
    const open = extendTimer(startTimer(null, MIN, 0), 2 * MIN);
    expect(open.durationMs).toBeNull();
    expect(remainingMs(open, 10 * MIN)).toBeNull();
    expect(elapsedMs(open, 10 * MIN)).toBe(10 * MIN);
    expect(timerPhase(open, 10 * MIN)).toBe('open');
  });

  it('formats the big-screen clock', () => {
    expect(formatClock(7 * MIN)).toBe('07:00');
    expect(formatClock(-65_000)).toBe('-01:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(-1)).toBe('-00:01');
    expect(formatClock(Number.NaN)).toBe('00:00');
  });

  it('keeps elapsed + remaining = duration over any run of pauses and resumes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 3600_000 }),
        fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 12 }),
        (duration, steps) => {
          let t = startTimer(duration, MIN, 0);
          let now = 0;
          let run = 0;
          steps.forEach((step, k) => {
            now += step;
            if (t.runningSince !== null) run += step;
            t = k % 2 === 0 ? pauseTimer(t, now) : resumeTimer(t, now);
          });
          expect(elapsedMs(t, now)).toBe(run);
          expect(elapsedMs(t, now) + remainingMs(t, now)!).toBe(duration);
        },
      ),
    );
  });
});
