/**
 * /hoi-nghi/:conferenceId/man-hinh/:pointId: a hall's big screen (projector, 1920×1080), read
 * from the back of the room. The current item (number and content), who speaks and from which
 * hall, a big countdown (warning colour in the last minute, red with a minus sign once over),
 * the clock and the date from the server's clock in Viet Nam, and what comes next. No
 * buttons, no scrollbars; it reconnects by itself. Needs only the display link's cookie;
 * ?lang=en shows it in English. At a watching point (issue 19) the programme itself (the host
 * and the hall with the floor, over HLS) fills the left of the screen, the item and the time
 * the right.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { LiveState } from '../../../../src/domain/live/live-state.js';
import { currentItem, nextItem, speakingRequest } from '../../../../src/domain/live/live-view.js';
import { formatDate } from '../../format.js';
import { localized, showLanguage } from '../../i18n/index.js';
import { nextSecondAfter } from '../../../../src/domain/live/timer-ticks.js';
import { Countdown } from '../../live/Countdown.js';
import { useServerTicks } from '../../live/useServerTicks.js';
import { useLive } from '../../live/useLive.js';
import { vietnamClock } from './hall-view.js';
import { ScreenVote } from '../../votes/VotesOnScreen.js';
import { WatchingProgramme } from './after-content.js';
import './live-halls-i18n.js';
import './bigscreen.css';

const Clock = ({ serverNow }: { serverNow(): number }) => {
  const { i18n } = useTranslation();
  useServerTicks(serverNow, 'clock', (now) => nextSecondAfter(0, now));
  const { date, time } = vietnamClock(serverNow());
  return (
    <div className="screen-clock">
      <span className="screen-time" data-testid="screen-clock">
        {time}
      </span>
      <span className="screen-date" data-testid="screen-date">
        {formatDate(date, i18n.language)}
      </span>
    </div>
  );
};

const Programme = ({ state, serverNow }: { state: LiveState; serverNow(): number }) => {
  const { t } = useTranslation();
  const item = currentItem(state);
  const speaker = speakingRequest(state);
  const next = state.phase === 'ended' ? undefined : nextItem(state);
  const idle =
    state.phase === 'not_started'
      ? t('live.screen.notStarted')
      : state.phase === 'ended'
        ? t('live.screen.ended')
        : t('live.screen.between');
  return (
    <>
      <section className="screen-item" data-testid="screen-item" data-item-id={item?.id ?? ''}>
        {item ? (
          <>
            <div className="screen-item-head">
              <p className="screen-kicker">
                {t('live.screen.current')}
                {item.number ? ` ${item.number}` : ''}
              </p>
              {/* With a speaker on the floor, the item's own time stays visible, small. */}
              {speaker && <Countdown timer={state.itemTimer} serverNow={serverNow} target="item" />}
            </div>
            <h1 className="screen-item-content">{item.content}</h1>
            {item.presenter && <p className="screen-presenter">{t('live.screen.presenter', { name: item.presenter })}</p>}
          </>
        ) : (
          <h1 className="screen-item-content screen-idle">{idle}</h1>
        )}
      </section>
      <section className={speaker ? 'screen-timing with-speaker' : 'screen-timing'}>
        {speaker && state.floor ? (
          <>
            <div className="screen-speaker" data-testid="screen-speaker">
              <p className="screen-kicker">{t('live.screen.speaker')}</p>
              <p className="screen-speaker-name">{speaker.speakerName}</p>
              <p className="screen-speaker-hall">{speaker.bridgePointName}</p>
            </div>
            <Countdown timer={state.floor.timer} serverNow={serverNow} target="floor" size="huge" />
          </>
        ) : (
          item && <Countdown timer={state.itemTimer} serverNow={serverNow} target="item" size="huge" />
        )}
      </section>
      <footer className="screen-next" data-testid="screen-next">
        <span className="screen-kicker">{t('live.screen.next')}: </span>
        {next ? `${next.number ? `${next.number}. ` : ''}${next.content}` : t('live.screen.nothingNext')}
      </footer>
    </>
  );
};

export default function BigScreenPage() {
  const { t, i18n } = useTranslation();
  const { conferenceId = '', pointId = '' } = useParams();
  const [params] = useSearchParams();
  const live = useLive(conferenceId);
  const hall = live.halls.find((candidate) => candidate.bridgePointId === pointId);
  const wanted = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'vi' ? 'vi' : null;

  useEffect(() => {
    // For this screen only: the choice is not remembered for the other pages.
    if (wanted && i18n.language !== wanted) void showLanguage(wanted);
  }, [wanted, i18n]);
  useEffect(() => {
    document.documentElement.classList.add('big-screen-root');
    return () => document.documentElement.classList.remove('big-screen-root');
  }, []);

  const watching = hall?.tier === 'watching';

  return (
    <div className={watching ? 'big-screen with-programme' : 'big-screen'} lang={i18n.language}>
      <header className="screen-header">
        <div className="screen-title">
          <p className="screen-conference">{live.title}</p>
          {hall && (
            <p className="screen-hall" data-testid="screen-hall">
              {hall.name}
            </p>
          )}
        </div>
        <Clock serverNow={live.serverNow} />
      </header>
      {watching && (
        <WatchingProgramme
          conferenceId={conferenceId}
          bridgePointId={pointId}
          serverNow={live.serverNow}
          report
          className="screen-programme"
        />
      )}
      {live.state ? <Programme state={live.state} serverNow={live.serverNow} /> : <p className="screen-idle">{t('common.loading')}</p>}
      <ScreenVote conferenceId={conferenceId} live={live} currentItemId={live.state?.currentItemId ?? null} />
      {live.status !== 'live' && (
        <p className="screen-offline" role="status" data-testid="screen-offline">
          {live.error ? localized(live.error.localized, i18n.language) : t('live.screen.reconnecting')}
        </p>
      )}
    </div>
  );
}
