/**
 * The written contributions received, beside the speaker queue of the chair's and the
 * secretary's consoles: the slot, the body, whether it is to be read or only filed, and its
 * text on demand; the slot running now is marked. Refreshed by the conference's event stream.
 * Shows nothing to a caller who may not read the contributions.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openEventStream } from '../api/attendance.js';
import { listContributions, type ContributionView } from './consultations-api.js';
import './consultations-i18n.js';
import './consultations.css';

export const ContributionsPanel = (props: { conferenceId: string; currentItemId: string | null }) => {
  const { t } = useTranslation();
  const [items, setItems] = useState<ContributionView[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setItems((await listContributions(props.conferenceId)).filter((slot) => slot.status !== 'not_submitted'));
    } catch {
      setItems(null);
    }
  }, [props.conferenceId]);
  useEffect(() => {
    void refresh();
    return openEventStream(props.conferenceId, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (event.type === 'contribution.changed') void refresh();
      },
      onState: () => undefined,
    });
  }, [props.conferenceId, refresh]);

  if (items === null) return null;
  return (
    <section className="panel contributions-panel" aria-labelledby="contributions-panel-title">
      <h2 id="contributions-panel-title">{t('consultations.contributions.panelTitle')}</h2>
      {items.length === 0 && <p className="hint">{t('consultations.contributions.panelEmpty')}</p>}
      <ul>
        {items.map((slot) => (
          <li key={slot.agendaItemId} className={slot.agendaItemId === props.currentItemId ? 'current' : undefined}>
            <button
              type="button"
              className="link-button"
              aria-expanded={open === slot.agendaItemId}
              onClick={() => setOpen(open === slot.agendaItemId ? null : slot.agendaItemId)}
            >
              {slot.number} · {slot.bodyName}
            </button>
            <span className={`badge ${slot.status}`}>{t(`consultations.contributions.statusLabels.${slot.status}`)}</span>
            {slot.agendaItemId === props.currentItemId && <span className="badge current">{t('consultations.contributions.current')}</span>}
            {open === slot.agendaItemId && (
              <div className="contribution-text">
                <strong>{slot.title}</strong>
                {slot.text && <p>{slot.text}</p>}
                {slot.documentId && (
                  <a href={`/hoi-nghi/${props.conferenceId}/tai-lieu/${slot.documentId}`} target="_blank" rel="noreferrer">
                    {t('consultations.contributions.openFile')}
                  </a>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
