/**
 * Lấy ý kiến dự thảo: open a draft for comments, follow who answered (live, from the
 * conference's event stream), remind, answer each comment and download the synthesis table.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openEventStream } from '../../api/attendance.js';
import { Banner } from '../../components/Banner.js';
import { listConsultations, type ConsultationView } from '../../consultations/consultations-api.js';
import '../../consultations/consultations-i18n.js';
import '../../consultations/consultations.css';
import { useEditor } from '../context.js';
import { ConsultationCard } from './ConsultationCard.js';
import { OpenConsultationForm } from './OpenConsultationForm.js';

export default function ConsultationsSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [items, setItems] = useState<ConsultationView[] | null>(null);
  const [sent, setSent] = useState<number | null>(null);

  const refresh = useCallback(async () => {
    try {
      setItems(await listConsultations(conference.id));
    } catch (error) {
      showError(error);
    }
  }, [conference.id, showError]);

  useEffect(() => {
    void refresh();
    return openEventStream(conference.id, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (event.type === 'consultation.changed') void refresh();
      },
      onState: () => undefined,
    });
  }, [conference.id, refresh]);

  const replace = (view?: ConsultationView) => {
    if (view) setItems((current) => current?.map((item) => (item.id === view.id ? view : item)) ?? null);
    else void refresh();
  };

  return (
    <section className="consultations" aria-labelledby="consultations-title">
      <h2 id="consultations-title">{t('sections.consultations')}</h2>
      <p className="intro">{t('consultations.intro')}</p>
      {sent !== null && (
        <Banner kind="success" onClose={() => setSent(null)}>
          <p>{t('consultations.open.sent', { count: sent })}</p>
        </Banner>
      )}
      {items?.length === 0 && <p>{t('consultations.none')}</p>}
      {items?.map((item) => (
        <ConsultationCard key={item.id} consultation={item} onChange={replace} showError={showError} />
      ))}
      {p.can('consultation.manage') && (
        <OpenConsultationForm
          conference={conference}
          showError={showError}
          onOpened={(queued) => {
            setSent(queued);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
