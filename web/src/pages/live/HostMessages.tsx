/**
 * The host's short messages to this hall (to every point or to this one), newest first. The
 * newest is shown large and highlighted for a while when it arrives (no sound: halls are on
 * air), so the operator sees it from across the desk.
 */
import { useTranslation } from 'react-i18next';
import type { LiveMessage } from '../../../../src/domain/live/live-state.js';
import { vietnamClock } from './hall-view.js';

const SHOWN = 5;

export const HostMessages = ({ messages }: { messages: LiveMessage[] }) => {
  const { t } = useTranslation();
  return (
    <section className="panel live-messages" aria-labelledby="messages-heading" aria-live="polite">
      <h2 id="messages-heading">{t('live.hall.messages.title')}</h2>
      {messages.length === 0 && <p className="muted">{t('live.hall.messages.none')}</p>}
      <ol className="live-message-list">
        {messages.slice(0, SHOWN).map((message, index) => (
          // The key changes with the newest message, so its highlight animation plays again.
          <li key={message.id} className={index === 0 ? 'live-message live-message-newest' : 'live-message'} data-testid="host-message">
            <p className="live-message-text">{message.text}</p>
            <p className="muted">
              {message.sentBy} · {message.toBridgePointId ? t('live.hall.messages.toThis') : t('live.hall.messages.toAll')} ·{' '}
              {t('live.hall.messages.at', { time: vietnamClock(message.sentAt).time.slice(0, 5) })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
};
