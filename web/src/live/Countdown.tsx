/**
 * A countdown from the server's clock: re-renders every 250 ms, shows "07:00", "-01:05" once
 * the time is over (or the time run for a timer without a duration). `data-remaining-ms`
 * (empty for a count-up) and `data-phase` let tests and other screens compare.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedMs, formatClock, remainingMs, timerPhase } from '../../../src/domain/live/live-timer.js';
import type { LiveTimer } from '../../../src/domain/live/live-state.js';
import './live-i18n.js';
import './live.css';

const TICK_MS = 250;

/** Re-renders the caller every `ms` while `active`. */
export const useTick = (active: boolean, ms = TICK_MS): void => {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), ms);
    return () => clearInterval(timer);
  }, [active, ms]);
};

export interface CountdownProps {
  timer: LiveTimer | null;
  serverNow(): number;
  /** What the countdown measures: tests tell the item's from the speaker's. */
  target: 'item' | 'floor';
  size?: 'normal' | 'large' | 'huge';
  label?: string;
}

export const Countdown = ({ timer, serverNow, target, size = 'normal', label }: CountdownProps) => {
  const { t } = useTranslation();
  useTick(timer !== null && timer.runningSince !== null);
  if (!timer) {
    return (
      <span
        className={`countdown countdown-${size} countdown-idle`}
        data-testid="countdown"
        data-target={target}
        data-remaining-ms=""
        data-phase="idle"
      >
        {label && <span className="countdown-label">{label}</span>}
        <span className="countdown-clock">--:--</span>
      </span>
    );
  }
  const now = serverNow();
  const remaining = remainingMs(timer, now);
  const phase = timerPhase(timer, now);
  const shown = remaining === null ? formatClock(elapsedMs(timer, now)) : formatClock(remaining);
  return (
    <span
      className={`countdown countdown-${size} countdown-${phase}`}
      data-testid="countdown"
      data-target={target}
      data-remaining-ms={remaining === null ? '' : String(Math.round(remaining))}
      data-phase={phase}
      role="timer"
      aria-label={`${label ?? ''} ${shown} ${t(`live.timer.${phase}`)}`.trim()}
    >
      {label && <span className="countdown-label">{label}</span>}
      <span className="countdown-clock">{shown}</span>
      {phase !== 'running' && <span className="countdown-phase">{t(`live.timer.${phase}`)}</span>}
    </span>
  );
};
