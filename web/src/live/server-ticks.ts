/**
 * The schedule behind useServerTicks, without React: wakes at each instant `nextChange` gives
 * on the server clock, then draws on the next animation frame (at once when the page draws
 * no frames: a hidden page), then asks for the next instant from the server clock again (so
 * no error accumulates). A timer that wakes before the instant on the server clock (timers
 * run on the monotonic clock, serverNow on Date.now plus an offset) waits for the rest.
 * The browser's timers and frames are given, so that tests can drive them.
 */
export type NextChange = (now: number) => number | null;

export interface TickTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `draw` in the next frame; null when the page draws no frames (the caller draws at once). */
  requestFrame(draw: () => void): unknown;
  cancelFrame(handle: unknown): void;
}

export interface ServerTicks {
  /** Draws now and schedules again from the server clock (a page visible again). */
  realign(): void;
  stop(): void;
}

export const startServerTicks = (serverNow: () => number, nextChange: NextChange, draw: () => void, timers: TickTimers): ServerTicks => {
  let timeout: unknown = null;
  let frame: unknown = null;
  let stopped = false;

  const redraw = () => {
    frame = null;
    if (stopped) return;
    draw();
    schedule();
  };
  const wake = (at: number) => {
    timeout = null;
    const early = at - serverNow();
    if (early >= 0) timeout = timers.setTimeout(() => wake(at), Math.floor(early) + 1);
    else {
      frame = timers.requestFrame(redraw);
      if (frame === null) redraw();
    }
  };
  const schedule = () => {
    const at = nextChange(serverNow());
    if (at === null || stopped) return;
    timeout = timers.setTimeout(() => wake(at), Math.max(0, Math.floor(at - serverNow())) + 1);
  };
  const cancel = () => {
    if (timeout !== null) timers.clearTimeout(timeout);
    if (frame !== null) timers.cancelFrame(frame);
    timeout = null;
    frame = null;
  };

  schedule();
  return {
    realign: () => {
      cancel();
      redraw();
    },
    stop: () => {
      stopped = true;
      cancel();
    },
  };
};

/** The page's own timers; no frames while the page is hidden. */
export const browserTimers: TickTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestFrame: (draw) => (document.visibilityState === 'hidden' ? null : requestAnimationFrame(draw)),
  cancelFrame: (handle) => cancelAnimationFrame(handle as number),
};
