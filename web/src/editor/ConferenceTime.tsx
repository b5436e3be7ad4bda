/**
 * The conference's time in the editor's header: the exact start, or the first session as far
 * as it is known with a note that the start is not fixed (never an invented hour).
 */
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { printedSessionTime, sessionsInOrder, sessionTimeEn } from '../../../src/domain/session-time.js';
import { formatDateTime, unknownTime } from '../format.js';

export const ConferenceTime = ({ conference }: { conference: Pick<Conference, 'startsAt' | 'sessions'> }) => {
  const { t, i18n } = useTranslation();
  if (conference.startsAt) return <span data-testid="conference-time">{formatDateTime(conference.startsAt, i18n.language)}</span>;
  const first = sessionsInOrder(conference.sessions)[0];
  const known = first ? (i18n.language === 'en' ? sessionTimeEn(first) : printedSessionTime(first)) : null;
  const text = known && known !== unknownTime(i18n.language) ? known : null;
  return (
    <span data-testid="conference-time" className="time-not-fixed">
      {text ? `${text} · ` : `${t('editor.time')}: `}
      <strong>{text ? t('editor.startUnknown') : unknownTime(i18n.language)}</strong>
    </span>
  );
};
