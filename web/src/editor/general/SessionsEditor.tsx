/**
 * "Thời gian": the sessions of the conference, added, removed and reordered, with the
 * conference's exact start as it follows from the first session, or why it is not fixed.
 */
import { useTranslation } from 'react-i18next';
import { exactStart } from '../../../../src/domain/session-time.js';
import type { FieldErrors } from '../../components/fields.js';
import { formatStart } from '../../format.js';
import { moveItem } from '../RowActions.js';
import { blankSession, sessionInputOf, type SessionDraft } from './general-draft.js';
import { SessionCard } from './SessionCard.js';

/**
 * A session's problems by field. The route's validation names `/sessions/0/date`; the
 * service's own check names `/0/endTime`: both land on the card.
 */
const errorsOf = (errors: FieldErrors, index: number): FieldErrors => {
  const result: FieldErrors = {};
  for (const prefix of [`sessions.${index}.`, `${index}.`]) {
    for (const [key, message] of Object.entries(errors)) if (key.startsWith(prefix)) result[key.slice(prefix.length)] = message;
  }
  return result;
};

export const SessionsEditor = (props: { sessions: SessionDraft[]; errors: FieldErrors; onChange: (sessions: SessionDraft[]) => void }) => {
  const { t, i18n } = useTranslation();
  const { sessions, onChange } = props;
  const first = sessions[0];
  const start = first ? exactStart(sessionInputOf(first)) : null;

  return (
    <div className="sessions">
      <p className="hint">{t('convening.time.intro')}</p>
      <div className={`conference-start ${start ? 'fixed' : 'not-fixed'}`} data-testid="conference-start" aria-live="polite">
        <p>
          {t('convening.time.conferenceStart')} <strong>{formatStart(start, i18n.language)}</strong>
        </p>
        {!start && <p className="hint warn">{t('convening.time.startNeeds')}</p>}
      </div>
      {sessions.map((session, index) => (
        <SessionCard
          key={session.key}
          session={session}
          index={index}
          count={sessions.length}
          errors={errorsOf(props.errors, index)}
          onChange={(next) => onChange(sessions.map((s, i) => (i === index ? next : s)))}
          onMove={(from, to) => onChange(moveItem(sessions, from, to))}
          onRemove={() => onChange(sessions.filter((_, i) => i !== index))}
        />
      ))}
      <div className="list-actions">
        <button type="button" className="secondary" onClick={() => onChange([...sessions, blankSession()])}>
          + {t('convening.time.add')}
        </button>
      </div>
    </div>
  );
};
