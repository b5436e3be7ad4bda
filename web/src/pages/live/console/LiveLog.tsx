/**
 * What happened, newest first: the meeting's events so far (fetched once) and every event
 * applied since, described with the item's content or the speaker's name.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LiveEvent } from '../../../../../src/domain/live/live-commands.js';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import { speakerLabel } from '../../../../../src/domain/live/speaker-label.js';
import { itemOf, requestOf } from '../../../../../src/domain/live/live-view.js';
import { eventsSince } from '../../../live/live-api.js';
import { clockOf } from '../../../live/live-format.js';

const SHOWN = 100;

const subjectOf = (event: LiveEvent, state: LiveState, t: TFunction): string => {
  switch (event.type) {
    case 'item.started':
    case 'item.ended':
    case 'item.skipped':
      return itemOf(state, event.itemId)?.content ?? '';
    case 'item.inserted':
      return event.item.content;
    case 'floor.requested':
      return speakerLabel(event.request);
    case 'floor.given':
    case 'floor.ended':
    case 'floor.withdrawn':
    case 'floor.removed': {
      const request = requestOf(state, event.requestId);
      return request ? speakerLabel(request) : '';
    }
    case 'timer.extended':
      return t(event.target === 'item' ? 'live.log.itemTarget' : 'live.log.floorTarget');
    default:
      return '';
  }
};

export const LiveLog = ({ conferenceId, state, recent }: { conferenceId: string; state: LiveState; recent: LiveEvent[] }) => {
  const { t } = useTranslation();
  const [history, setHistory] = useState<LiveEvent[]>([]);

  useEffect(() => {
    let live = true;
    eventsSince(conferenceId, 0).then(
      (reply) => {
        if (live && 'events' in reply) setHistory(reply.events);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [conferenceId]);

  const events = useMemo(() => {
    const byVersion = new Map<number, LiveEvent>();
    for (const event of [...history, ...recent]) if (event.version <= state.version) byVersion.set(event.version, event);
    return [...byVersion.values()].sort((a, b) => b.version - a.version).slice(0, SHOWN);
  }, [history, recent, state.version]);

  return (
    <section className="panel" aria-labelledby="log-title">
      <h2 id="log-title">{t('live.console.log')}</h2>
      {events.length === 0 ? (
        <p className="empty">{t('live.console.noLog')}</p>
      ) : (
        <ol className="live-log" data-testid="live-log">
          {events.map((event) => (
            <li key={event.version} data-type={event.type}>
              <time className="muted">{clockOf(event.at)}</time>{' '}
              {t(`live.log.${event.type}`, {
                subject: subjectOf(event, state, t),
                minutes: event.type === 'timer.extended' ? Math.round(event.seconds / 60) : 0,
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
