/**
 * Redraws on the server's clock (issue 17): every countdown and clock of every page renders
 * when its figure changes, at instants computed from the server clock (serverNow = local
 * clock + offset), not on an interval of its own. Each redraw is set with setTimeout for the
 * next instant, then drawn with requestAnimationFrame on the next frame (synchronously in it,
 * so that the new figure is painted in that frame): halls thus show a new second apart by
 * their clock errors plus one frame. The schedule is ./server-ticks.ts.
 *
 * Realigned when `key` changes (a paused, resumed or extended timer, a new floor, a new state
 * after a reload), when the clock's offset changes (`serverNow` is a new function then:
 * useLive) and when the page becomes visible again (hidden pages have their timers slowed).
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { browserTimers, startServerTicks, type NextChange } from './server-ticks.js';

export const useServerTicks = (serverNow: () => number, key: unknown, nextChange: NextChange): void => {
  const [, setDrawn] = useState(0);
  const next = useRef(nextChange);
  next.current = nextChange;

  useEffect(() => {
    const ticks = startServerTicks(
      serverNow,
      (now) => next.current(now),
      () => flushSync(() => setDrawn((count) => count + 1)),
      browserTimers,
    );
    const onVisible = () => {
      if (document.visibilityState !== 'hidden') ticks.realign();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      ticks.stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [serverNow, key]);
};
