/**
 * The waiting requests to speak, in order (points of order marked), with the actions the page
 * passes in (give the floor, move, remove for the chair; withdraw for a hall).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorRequest, LiveState } from '../../../src/domain/live/live-state.js';
import { waitingRequests } from '../../../src/domain/live/live-view.js';
import './live-i18n.js';
import './live.css';

export interface SpeakerQueueProps {
  state: LiveState;
  /** The buttons of one row (its place and the queue's length given). */
  actions?: (request: FloorRequest, index: number, count: number) => ReactNode;
  /** Marks the caller's own requests (a hall's or a delegate's). */
  isOwn?: (request: FloorRequest) => boolean;
  /** At most this many rows (the rest is counted). */
  limit?: number;
}

export const SpeakerQueue = ({ state, actions, isOwn, limit }: SpeakerQueueProps) => {
  const { t } = useTranslation();
  const waiting = waitingRequests(state);
  const shown = limit === undefined ? waiting : waiting.slice(0, limit);
  if (waiting.length === 0)
    return (
      <p className="empty" data-testid="speaker-queue-empty">
        {t('live.queue.empty')}
      </p>
    );
  return (
    <>
      <ol className="speaker-queue" data-testid="speaker-queue" aria-label={t('live.queue.title')}>
        {shown.map((request, index) => (
          <li
            key={request.id}
            className={`speaker-row${request.kind === 'point_of_order' ? ' point-of-order' : ''}${isOwn?.(request) ? ' own' : ''}`}
            data-request-id={request.id}
            data-kind={request.kind}
          >
            <span className="speaker-place">{index + 1}</span>
            <span className="speaker-who">
              <strong>{request.speakerName}</strong>
              <span className="speaker-hall">{request.bridgePointName}</span>
            </span>
            {request.kind === 'point_of_order' && <span className="badge badge-order">{t('live.queue.pointOfOrder')}</span>}
            {isOwn?.(request) && <span className="badge">{t('live.queue.own')}</span>}
            {actions && <span className="speaker-actions">{actions(request, index, waiting.length)}</span>}
          </li>
        ))}
      </ol>
      {shown.length < waiting.length && <p className="hint">{t('live.queue.more', { count: waiting.length - shown.length })}</p>}
    </>
  );
};
