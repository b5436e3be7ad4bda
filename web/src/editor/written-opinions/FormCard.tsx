/** One written opinion form in the section: its state, the members asked, its actions and results. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatDate, formatDateTime, formatInstant } from '../../format.js';
import type { Vote } from '../../votes/votes-api.js';
import {
  closeForm,
  listRecipients,
  mergeForm,
  remindForm,
  sendForm,
  type FormRecipient,
  type ReminderOutcome,
  type WrittenOpinionForm,
} from '../../written-opinions/written-opinions-api.js';
import { useEditor } from '../context.js';
import { FormResultTable, MergedResultTable } from './FormResults.js';
import { usePointNames } from '../../bridge-points/point-names.js';

type Asking = 'close' | 'merge' | null;

export const FormCard = (props: {
  form: WrittenOpinionForm;
  vote: Vote | null;
  generation: number;
  onChange: (form: WrittenOpinionForm) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { conference, showError } = useEditor();
  const { form } = props;
  const [recipients, setRecipients] = useState<FormRecipient[]>([]);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pointName = usePointNames(
    conference,
    recipients.map((recipient) => recipient.bridgePointId),
  );
  const language = i18n.language;

  useEffect(() => {
    listRecipients(conference.id, form.id).then(setRecipients, showError);
  }, [conference.id, form.id, form.answered, form.state, props.generation, showError]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setAsking(null);
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  const send = () =>
    run(async () => {
      const sent = await sendForm(conference.id, form.id);
      setNotice(t('writtenOpinions.section.sentCount', { count: sent.queued }));
      props.onChange(sent.form);
    });
  const remind = () =>
    run(async () => {
      const outcome: ReminderOutcome = await remindForm(conference.id, form.id);
      setNotice(t('writtenOpinions.section.remindedCount', { ...outcome }));
      props.onChange(form);
    });
  const close = () => run(async () => props.onChange(await closeForm(conference.id, form.id)));
  const merge = () => run(async () => props.onChange(await mergeForm(conference.id, form.id)));
  const mergeReady = form.state === 'closed' && props.vote?.state === 'closed';

  return (
    <article className="form-card" aria-labelledby={`form-card-${form.id}`} data-testid="form-card" data-state={form.state}>
      <header>
        <h3 id={`form-card-${form.id}`}>{form.title}</h3>
        <span className="form-state">{t(`writtenOpinions.section.state.${form.state}`)}</span>
        <span>{t('writtenOpinions.section.deadline', { deadline: formatDateTime(form.deadline, language) })}</span>
        <span data-testid="form-answered">{t('writtenOpinions.section.answered', { answered: form.answered, asked: form.asked })}</span>
      </header>
      {props.vote && (
        <p>
          {t('writtenOpinions.section.forVote')}: <strong>{props.vote.question}</strong> ({t(`votes.state.${props.vote.state}`)})
        </p>
      )}
      {!props.vote && (
        <ol>
          {form.questions.map((question, index) => (
            <li key={index}>{question.question}</li>
          ))}
        </ol>
      )}
      {notice && (
        <Banner kind="success" onClose={() => setNotice(null)}>
          <p data-testid="form-notice">{notice}</p>
        </Banner>
      )}
      <div className="form-actions">
        {form.state === 'draft' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void send()}>
            {t('writtenOpinions.section.send')}
          </button>
        )}
        {form.state === 'sent' && (
          <>
            <button type="button" className="secondary" disabled={busy} onClick={() => void remind()}>
              {t('writtenOpinions.section.remind')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setAsking('close')}>
              {t('writtenOpinions.section.close')}
            </button>
          </>
        )}
        {form.state === 'closed' && form.voteId && !form.merged && (
          <button type="button" className="primary" disabled={busy || !mergeReady} onClick={() => setAsking('merge')}>
            {t('writtenOpinions.section.merge')}
          </button>
        )}
      </div>
      {form.state === 'closed' && form.voteId && !form.merged && !mergeReady && (
        <p className="muted">{t('writtenOpinions.section.mergeWait')}</p>
      )}
      <table data-testid="form-recipients">
        <caption className="sr-only">{t('writtenOpinions.section.recipients')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('writtenOpinions.section.who')}</th>
            <th scope="col">{t('writtenOpinions.section.email')}</th>
            <th scope="col">{t('writtenOpinions.section.status')}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.delegateId} data-answered={recipient.answered}>
              <th scope="row">
                {recipient.fullName}
                <span className="muted"> · {pointName(recipient.bridgePointId) ?? ''}</span>
              </th>
              <td>
                {recipient.hasEmail ? (
                  t('writtenOpinions.section.hasEmail')
                ) : (
                  <span className="missing-email">{t('writtenOpinions.section.missingEmail')}</span>
                )}
                {recipient.mail && (
                  <span className="muted">
                    {' '}
                    · {t(`writtenOpinions.section.mail.${recipient.mail.status}`, { defaultValue: recipient.mail.status })}
                  </span>
                )}
              </td>
              <td>
                {recipient.answered
                  ? `${t('writtenOpinions.section.didAnswer')}${recipient.answeredVia ? ` (${t(`writtenOpinions.section.via.${recipient.answeredVia}`)})` : ''}${recipient.answeredAt ? ` · ${formatInstant(recipient.answeredAt, language)}` : ''}`
                  : t('writtenOpinions.section.notAnswered')}
                {!recipient.answered && recipient.lastRemindedOn && (
                  <span className="muted">
                    {' '}
                    · {t('writtenOpinions.section.reminded', { date: formatDate(recipient.lastRemindedOn, language) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form.result && <FormResultTable result={form.result} />}
      {form.merged && <MergedResultTable merged={form.merged} at={formatInstant(form.merged.mergedAt, language)} />}
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'merge' ? 'writtenOpinions.section.mergeTitle' : 'writtenOpinions.section.closeTitle')}
        message={t(asking === 'merge' ? 'writtenOpinions.section.mergeMessage' : 'writtenOpinions.section.closeMessage')}
        confirmLabel={t(asking === 'merge' ? 'writtenOpinions.section.merge' : 'writtenOpinions.section.close')}
        cancelLabel={t('writtenOpinions.section.cancel')}
        onConfirm={() => void (asking === 'merge' ? merge() : close())}
        onCancel={() => setAsking(null)}
      />
    </article>
  );
};
