/**
 * What the countdown bench puts in each page before the app loads (an init script): a local
 * clock shifted by `shiftMs` (Date.now and `new Date()`, which the app reads; the clock-offset
 * logic must undo it), and a recorder of the floor countdown's figures: each new figure with
 * the moment it appeared in the DOM, on a clock common to every page of the browser
 * (performance.timeOrigin + performance.now(), and the unshifted Date.now as a check).
 */
export interface Mark {
  text: string | null;
  /** performance.timeOrigin + performance.now() when the MutationObserver saw the figure. */
  at: number;
  /** The page's real (unshifted) Date.now() at the same moment. */
  real: number;
}

declare global {
  interface Window {
    __countdownMarks: Mark[];
  }
}

/** Runs in the page (serialized by playwright): no imports, no closures over this module. */
export const pageClock = ({ shiftMs }: { shiftMs: number }): void => {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const shifted = () => realNow() + shiftMs;
  const ShiftedDate = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(shifted()).toString();
    return args.length === 0 ? new RealDate(shifted()) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(ShiftedDate, RealDate);
  Object.defineProperty(ShiftedDate, 'prototype', { value: RealDate.prototype });
  ShiftedDate.now = shifted;
  window.Date = ShiftedDate;

  const marks: Mark[] = [];
  window.__countdownMarks = marks;
  let last: string | null | undefined;
  const record = () => {
    const clock = document.querySelector('[data-testid="countdown"][data-target="floor"] .countdown-clock');
    const text = clock ? clock.textContent : null;
    if (text === last) return;
    last = text;
    marks.push({ text, at: performance.timeOrigin + performance.now(), real: realNow() });
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
};
