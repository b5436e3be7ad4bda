/**
 * A countdown from the server's clock: redrawn when its figure changes, at the instants the
 * server clock gives (useServerTicks), shows "07:00", "-01:05" once the time is over (or the
 * time run for a timer without a duration). `data-remaining-ms` (as of the last redraw; empty
 * for a count-up) and `data-phase` let tests and other screens compare.
 */
import { useTranslation } from 'react-i18next';
import { nextTimerChange, shownTimer } from '../../../src/domain/live/timer-ticks.js';
import type { LiveTimer } from '../../../src/domain/live/live-state.js';
import { useServerTicks } from './useServerTicks.js';
import './live-i18n.js';
import './live.css';

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
  useServerTicks(serverNow, timer, (now) => (timer ? nextTimerChange(timer, now) : null));
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
  const { clock: shown, phase, remainingMs: remaining } = shownTimer(timer, serverNow());
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
