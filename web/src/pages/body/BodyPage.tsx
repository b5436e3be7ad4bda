/**
 * /y-kien/:token — the page of a body of the plan (a district's UBND, a department), opened
 * from the link of its mail: the drafts it is asked to comment on, with its answer, and the
 * written contributions its agenda slots owe. Works on a phone.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import {
  listConsultations,
  listMyContributions,
  type ConsultationView,
  type ContributionView,
} from '../../consultations/consultations-api.js';
import '../../consultations/consultations-i18n.js';
import '../../consultations/consultations.css';
import { useLinkSession } from '../confirmation/useLinkSession.js';
import '../confirmation/confirmation-i18n.js';
import '../confirmation/confirmation.css';
import { BodyAnswerForm } from './BodyAnswerForm.js';
import { ContributionForm } from './ContributionForm.js';

export default function BodyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { actor, error: linkError } = useLinkSession(token);
  const [consultations, setConsultations] = useState<ConsultationView[] | null>(null);
  const [slots, setSlots] = useState<ContributionView[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async (conferenceId: string) => {
    try {
      const [c, s] = await Promise.all([listConsultations(conferenceId), listMyContributions(conferenceId)]);
      setConsultations(c);
      setSlots(s.filter((slot) => slot.canSubmit));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : null);
    }
  }, []);
  useEffect(() => {
    if (actor) void load(actor.conferenceId);
  }, [actor, load]);

  const refused = linkError ?? (consultations ? null : error);
  if (refused) {
    return (
      <main className="link-page" aria-labelledby="link-title">
        <h1 id="link-title">{t('confirmation.refusedTitle')}</h1>
        <Banner kind="error" message={refused.localized} />
      </main>
    );
  }
  if (!consultations || !actor) return <p className="loading">{t('confirmation.opening')}</p>;
  const answers = consultations.flatMap((c) => c.bodies.filter((body) => body.canAnswer).map((body) => ({ consultation: c, body })));
  return (
    <main className="link-page body-page" aria-labelledby="link-title">
      <h1 id="link-title">{answers[0]?.body.name ?? t('consultations.answer.title')}</h1>
      {answers.length === 0 && slots.length === 0 && <p>{t('consultations.answer.nothing')}</p>}
      {answers.map(({ consultation, body }) => (
        <BodyAnswerForm
          key={`${consultation.id}-${body.id}`}
          consultation={consultation}
          body={body}
          onAnswered={(view) => setConsultations((current) => current?.map((c) => (c.id === view.id ? view : c)) ?? null)}
        />
      ))}
      {slots.map((slot) => (
        <ContributionForm
          key={slot.agendaItemId}
          conferenceId={actor.conferenceId}
          slot={slot}
          onSubmitted={() => void load(actor.conferenceId)}
        />
      ))}
    </main>
  );
}
