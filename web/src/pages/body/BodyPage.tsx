/**
 * /y-kien/:token — the page of a body of the plan (a district's UBND, a department), opened
 * from the link of its mail: the drafts it is asked to comment on, with its answer, the
 * written contributions its agenda slots owe, and the tasks of the conclusion notice it leads,
 * with their reports. Works on a phone.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { listConsultations, listMyContributions } from '../../consultations/consultations-api.js';
import '../../consultations/consultations-i18n.js';
import '../../consultations/consultations.css';
import { LinkGate, useLinkData } from '../confirmation/useLinkData.js';
import '../confirmation/confirmation-i18n.js';
import '../confirmation/confirmation.css';
import { BodyAnswerForm } from './BodyAnswerForm.js';
import { BodyTasks } from './BodyTasks.js';
import { ContributionForm } from './ContributionForm.js';

/** The drafts it is asked about and the slots it may submit to. */
const loadBody = async (conferenceId: string) => {
  const [consultations, slots] = await Promise.all([listConsultations(conferenceId), listMyContributions(conferenceId)]);
  return { consultations, slots: slots.filter((slot) => slot.canSubmit) };
};

export default function BodyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { actor, data, refused, reload, setData } = useLinkData(token, loadBody);

  if (!data || !actor) return <LinkGate refused={refused} />;
  const { consultations, slots } = data;
  const answers = consultations.flatMap((c) => c.bodies.filter((body) => body.canAnswer).map((body) => ({ consultation: c, body })));
  return (
    <main className="link-page body-page" aria-labelledby="link-title">
      <h1 id="link-title">{answers[0]?.body.name ?? t('consultations.answer.title')}</h1>
      {answers.length === 0 && slots.length === 0 && <p>{t('consultations.answer.nothing')}</p>}
      <BodyTasks conferenceId={actor.conferenceId} />
      {answers.map(({ consultation, body }) => (
        <BodyAnswerForm
          key={`${consultation.id}-${body.id}`}
          consultation={consultation}
          body={body}
          onAnswered={(view) => setData({ ...data, consultations: consultations.map((c) => (c.id === view.id ? view : c)) })}
        />
      ))}
      {slots.map((slot) => (
        <ContributionForm key={slot.agendaItemId} conferenceId={actor.conferenceId} slot={slot} onSubmitted={() => void reload()} />
      ))}
    </main>
  );
}
