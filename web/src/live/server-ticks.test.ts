import { describe, expect, it } from 'vitest';
import { startTimer } from '../../../src/domain/live/live-timer.js';
import { nextSecondAfter, nextTimerChange, shownTimer } from '../../../src/domain/live/timer-ticks.js';
import { startServerTicks, type TickTimers } from './server-ticks.js';

const FRAME_MS = 1000 / 60;

/** A page's timers on a simulated monotonic clock: timers fire `late()` ms after due, frames every 1/60 s. */
class FakePage implements TickTimers {
  now = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; run: () => void }>();
  private frames = new Map<number, () => void>();
  constructor(
    private readonly late: () => number,
    private readonly drawsFrames = true,
  ) {}
  setTimeout(run: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms + this.late(), run });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number);
  }
  requestFrame(draw: () => void) {
    if (!this.drawsFrames) return null;
    const id = this.nextId++;
    this.frames.set(id, draw);
    return id;
  }
  cancelFrame(handle: unknown) {
    this.frames.delete(handle as number);
  }
  /** Runs every timer and frame due until `end`, in order. */
  runUntil(end: number) {
    for (;;) {
      const timer = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      const frameAt = this.frames.size > 0 ? Math.floor(this.now / FRAME_MS + 1) * FRAME_MS : Infinity;
      const at = Math.min(timer?.[1].at ?? Infinity, frameAt);
      if (at > end) break;
      this.now = at;
      if (timer && timer[1].at === at) {
        this.timers.delete(timer[0]);
        timer[1].run();
      } else {
        const frames = [...this.frames.values()];
        this.frames.clear();
        for (const draw of frames) draw();
      }
    }
    this.now = end;
  }
}

/** A fixed pseudo-random sequence in [0, 1). */
const randoms = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('the redraws of a countdown on the server clock', () => {
  const since = 1_733_000_000_000;
  const timer = startTimer(10 * 60_000, 60_000, since);

  const run = (page: FakePage, serverNow: () => number, minutes: number) => {
    const draws: { clock: string; late: number }[] = [];
    let due = nextTimerChange(timer, serverNow())!;
    const ticks = startServerTicks(
      serverNow,
      (now) => nextTimerChange(timer, now),
      () => {
        const now = serverNow();
        const clock = shownTimer(timer, now).clock;
        draws.push({ clock, late: now - due });
        due = nextTimerChange(timer, now)!;
      },
      page,
    );
    page.runUntil(minutes * 60_000);
    ticks.stop();
    return draws;
  };

  it('draws each new second once, in the frame after its instant, for 11 minutes without drift', () => {
    const random = randoms(7);
    const page = new FakePage(() => random() * 4);
    // This page's clock is 37 s ahead of the server; its offset estimate is 2.4 ms off.
    const local = since - 37_000 - 250.7;
    const serverNow = () => local + 37_000 + page.now - 2.4;
    const draws = run(page, serverNow, 11);
    const clocks = draws.map((draw) => draw.clock);
    // 09:59 … 00:00 skips 00:00 (shown only at exactly zero); the warning's instant (01:00) is a second anyway.
    expect(clocks[0]).toBe('10:00');
    expect(clocks).toContain('09:59');
    expect(clocks).toContain('-00:01');
    expect(new Set(clocks).size).toBe(clocks.length);
    expect(clocks.at(-1)).toBe('-01:00');
    expect(draws).toHaveLength(660);
    for (const draw of draws.slice(1)) {
      expect(draw.late).toBeGreaterThan(0);
      expect(draw.late).toBeLessThanOrEqual(FRAME_MS + 4 + 1);
    }
  });

  it('waits when its timer wakes before the instant on the server clock, and draws at once on a hidden page', () => {
    const random = randoms(11);
    // Date.now (whole milliseconds) runs 0.05 % slower than the timers' clock (as when NTP slews
    // it): a timer set for an instant wakes up to 0.5 ms before it on the server clock.
    const page = new FakePage(() => random() * 3, false);
    const serverNow = () => since - 1_000 + Math.floor(page.now * 0.9995) + 0.6;
    const draws = run(page, serverNow, 3);
    expect(draws.length).toBeGreaterThan(175);
    expect(new Set(draws.map((draw) => draw.clock)).size).toBe(draws.length);
    for (const draw of draws.slice(1)) {
      expect(draw.late).toBeGreaterThan(0);
      expect(draw.late).toBeLessThanOrEqual(5); // the timer’s own lateness (3 ms here) and 1 ms; no frame to wait for
    }
  });

  it('stops, and redraws at once when realigned', () => {
    const page = new FakePage(() => 0);
    let draws = 0;
    const ticks = startServerTicks(
      () => page.now,
      (now) => nextSecondAfter(0, now),
      () => (draws += 1),
      page,
    );
    page.runUntil(5_500);
    expect(draws).toBe(5);
    ticks.realign();
    expect(draws).toBe(6);
    ticks.stop();
    page.runUntil(10_000);
    expect(draws).toBe(6);
  });
});
