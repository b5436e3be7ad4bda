import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveTimer } from './live-state.js';
import { extendTimer, pauseTimer, remainingMs, resumeTimer, startTimer } from './live-timer.js';
import { nextSecondAfter, nextTimerChange, shownTimer } from './timer-ticks.js';

const MIN = 60_000;
/** Half a millisecond: screens read the server clock as Date.now() plus a fractional offset. */
const TINY = 0.5;
const shown = (t: LiveTimer, now: number) => {
  const { clock, phase } = shownTimer(t, now);
  return `${clock} ${phase}`;
};

/** Timers as the live programme makes them: started, paused and resumed, extended, some open. */
const timers = fc
  .record({
    durationMs: fc.option(fc.integer({ min: 0, max: 3 * 3600_000 }), { nil: null }),
    warningMs: fc.constantFrom(0, 30_000, MIN, 61_500),
    startedAt: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
    steps: fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 6 }),
    extensionMs: fc.constantFrom(0, 60_000, 180_000),
  })
  .map(({ durationMs, warningMs, startedAt, steps, extensionMs }) => {
    let timer = startTimer(durationMs, warningMs, startedAt);
    let now = startedAt;
    steps.forEach((step, k) => {
      now += step;
      timer = k % 2 === 0 ? pauseTimer(timer, now) : resumeTimer(timer, now);
    });
    return { timer: extendTimer(timer, extensionMs), at: now };
  });

describe('when a countdown changes', () => {
  it('shows the figure and phase of the timer at a server time', () => {
    const timer = startTimer(7 * MIN, MIN, 1_000_000);
    expect(shownTimer(timer, 1_000_000)).toEqual({ clock: '07:00', phase: 'running', remainingMs: 7 * MIN });
    expect(shownTimer(timer, 1_000_001)).toMatchObject({ clock: '07:00', remainingMs: 7 * MIN - 1 });
    expect(shownTimer(timer, 1_001_000)).toMatchObject({ clock: '06:59' });
    expect(shownTimer(timer, 1_000_000 + 6 * MIN)).toMatchObject({ clock: '01:00', phase: 'warning' });
    expect(shownTimer(timer, 1_000_000 + 7 * MIN + 1)).toMatchObject({ clock: '-00:01', phase: 'overrun' });
    expect(shownTimer(startTimer(null, MIN, 0), 61_500)).toEqual({ clock: '01:02', phase: 'open', remainingMs: null });
  });

  it('gives the next whole second of a clock through an anchor', () => {
    expect(nextSecondAfter(0, 1_733_000_000_123.4)).toBe(1_733_000_001_000);
    expect(nextSecondAfter(0, 1_733_000_001_000)).toBe(1_733_000_002_000);
    expect(nextSecondAfter(250, 1_000)).toBe(1_250);
    expect(nextSecondAfter(250, 1_250)).toBe(2_250);
    expect(nextSecondAfter(5_250, 1_000)).toBe(1_250);
  });

  it('follows the timer: at each whole second left, the warning, the overrun, after a pause and an extension', () => {
    const since = 1_000_000;
    const timer = startTimer(2 * MIN, 30_000, since);
    expect(nextTimerChange(timer, since)).toBe(since + 1000);
    expect(nextTimerChange(timer, since + 1000)).toBe(since + 2000);
    expect(nextTimerChange(timer, since + 1999.5)).toBe(since + 2000);
    expect(nextTimerChange(timer, since + 2 * MIN - 500)).toBe(since + 2 * MIN);
    expect(nextTimerChange(timer, since + 2 * MIN)).toBe(since + 2 * MIN + 1000);

    // Paused 1.3 s after 10.4 s run: the grid moves with the resume, by 0.3 s (not back to the old one).
    const paused = pauseTimer(timer, since + 10_400);
    expect(nextTimerChange(paused, since + 11_000)).toBeNull();
    const resumed = resumeTimer(paused, since + 11_700);
    expect(nextTimerChange(resumed, since + 11_700)).toBe(since + 12_300);
    expect(shownTimer(resumed, since + 12_299)).toMatchObject({ clock: '01:50' });
    expect(shownTimer(resumed, since + 12_300)).toMatchObject({ clock: '01:49' });

    // A warning that is not a whole number of seconds is an instant of its own.
    const odd = startTimer(2 * MIN, 30_500, since);
    expect(nextTimerChange(odd, since + 89_000)).toBe(since + 89_500);
    expect(shown(odd, since + 89_499)).toBe('00:31 running');
    expect(shown(odd, since + 89_500)).toBe('00:31 warning');

    // +1 minute keeps the grid (whole seconds) and moves the warning.
    expect(nextTimerChange(extendTimer(timer, MIN), since + 90_000.5)).toBe(since + 91_000);
  });

  it('waits for a run that begins after the screen’s now (its clock a little behind)', () => {
    const since = 1_000_000;
    expect(nextTimerChange(startTimer(MIN, 0, since), since - 300)).toBe(since);
    const resumed = resumeTimer(pauseTimer(startTimer(MIN, 0, 0), 2_400), since);
    expect(nextTimerChange(resumed, since - 300)).toBe(since + 600); // 57.6 s left: 57 s after 0.6 s
    expect(nextTimerChange(startTimer(null, 0, since), since - 5_000)).toBe(since);
  });

  it('never misses a change: the figure and phase stay the same until the next change, and change there', () => {
    fc.assert(
      fc.property(
        timers,
        fc.constantFrom('any', 'warning', 'zero'),
        fc.integer({ min: -3_000, max: 4 * 3600_000 }),
        fc.constantFrom(0, 0.25, 0.75),
        ({ timer, at }, near, later, fraction) => {
          // Near the instants that matter (the warning, the end) as often as anywhere.
          const left = remainingMs(timer, at);
          const end = left === null ? at : at + left;
          const mark = near === 'warning' ? end - timer.warningMs : near === 'zero' ? end : at;
          const now = mark + (near === 'any' ? later : (later % 2_000) - 1_000) + fraction;
          const next = nextTimerChange(timer, now);
          if (timer.runningSince === null) {
            expect(next).toBeNull();
            expect(shown(timer, now + 3_600_000)).toBe(shown(timer, now));
            return;
          }
          expect(next).not.toBeNull();
          const change = next!;
          expect(change).toBeGreaterThan(now);
          expect(change - now).toBeLessThanOrEqual(timer.runningSince > now ? timer.runningSince - now + 1000 : 1000);
          // The same figure on the whole open interval (now, change) …
          const during = shown(timer, Math.min(now + TINY, change - TINY));
          for (const t of [change - TINY, (now + change) / 2, now + (change - now) / 7]) expect(shown(timer, t)).toBe(during);
          // … and, once the run has begun, a different one at or just after the change.
          if (now >= timer.runningSince) expect(shown(timer, change + TINY)).not.toBe(during);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('walks a whole countdown change by change, one per second and one for the warning', () => {
    const since = 1_733_000_000_000;
    const timer = startTimer(90_000, 30_000, since);
    const seen: string[] = [];
    let now = since - 2;
    for (let change = nextTimerChange(timer, now); change !== null && change < since + 93_000; change = nextTimerChange(timer, now)) {
      now = change + TINY;
      seen.push(shown(timer, now));
    }
    expect(seen[0]).toBe('01:30 running');
    expect(seen[1]).toBe('01:29 running');
    expect(seen).toContain('00:30 warning');
    expect(seen).toContain('-00:01 overrun');
    expect(seen.at(-1)).toBe('-00:03 overrun');
    expect(seen).toHaveLength(93);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
