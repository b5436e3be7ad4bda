/**
 * What runs now: the current item (number, content, presenter) with its countdown, who has
 * the floor (name, hall, point of order) with theirs, and optionally what comes next.
 */
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../src/domain/live/live-state.js';
import { currentItem, nextItem, speakingRequest } from '../../../src/domain/live/live-view.js';
import { Countdown } from './Countdown.js';
import './live-i18n.js';
import './live.css';

export interface CurrentItemProps {
  state: LiveState;
  serverNow(): number;
  size?: 'normal' | 'large' | 'huge';
  showNext?: boolean;
}

export const CurrentItem = ({ state, serverNow, size = 'normal', showNext = false }: CurrentItemProps) => {
  const { t } = useTranslation();
  const item = currentItem(state);
  const speaker = speakingRequest(state);
  const next = showNext ? nextItem(state) : null;
  return (
    <section className={`current-item current-item-${size}`} data-testid="current-item" data-item-id={item?.id ?? ''} aria-live="polite">
      <div className="current-item-main">
        <p className="current-item-kicker">
          {t(`live.phase.${state.phase}`)}
          {state.itemTimer?.runningSince === null && item ? ` · ${t('live.timer.paused')}` : ''}
        </p>
        {item ? (
          <>
            <h2 className="current-item-title">
              {item.number && <span className="current-item-number">{item.number}. </span>}
              {item.content}
            </h2>
            {item.presenter && <p className="current-item-presenter">{item.presenter}</p>}
          </>
        ) : (
          <h2 className="current-item-title muted">{t(state.phase === 'ended' ? 'live.item.ended' : 'live.item.none')}</h2>
        )}
        {item && <Countdown timer={state.itemTimer} serverNow={serverNow} target="item" size={size} label={t('live.item.time')} />}
      </div>
      {speaker && state.floor && (
        <div className="current-speaker" data-testid="current-speaker" data-request-id={speaker.id}>
          <p className="current-item-kicker">
            {t('live.floor.speaking')}
            {speaker.kind === 'point_of_order' && <span className="badge badge-order"> {t('live.queue.pointOfOrder')}</span>}
          </p>
          <p className="current-speaker-name">{speaker.speakerName}</p>
          <p className="current-speaker-hall">{speaker.bridgePointName}</p>
          <Countdown timer={state.floor.timer} serverNow={serverNow} target="floor" size={size} label={t('live.floor.time')} />
        </div>
      )}
      {next && (
        <p className="current-item-next" data-testid="next-item">
          <span className="muted">{t('live.item.next')}: </span>
          {next.number && `${next.number}. `}
          {next.content}
        </p>
      )}
    </section>
  );
};
