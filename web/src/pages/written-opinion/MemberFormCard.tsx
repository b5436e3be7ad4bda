/** One form on the member's page: the questions and options, the confirmation, the recorded or read-only state. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatDateTime } from '../../format.js';
import { answerForm, type MyForm } from '../../written-opinions/written-opinions-api.js';

export const MemberFormCard = (props: { conferenceId: string; item: MyForm; onAnswered: (next: MyForm) => void }) => {
  const { t, i18n } = useTranslation();
  const { form, answered, canAnswer, choices } = props.item;
  const [picked, setPicked] = useState<(number | null)[]>(() => form.questions.map(() => null));
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const complete = picked.every((choice) => choice !== null);

  const send = async () => {
    setConfirming(false);
    setSending(true);
    setError(null);
    try {
      props.onAnswered(await answerForm(props.conferenceId, form.id, picked as number[]));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="panel member-form" aria-labelledby={`form-${form.id}`} data-testid="member-form" data-form-id={form.id}>
      <h2 id={`form-${form.id}`}>{form.title}</h2>
      <p className="form-deadline" data-testid="form-deadline">
        {t('writtenOpinions.page.deadline', { deadline: formatDateTime(form.deadline, i18n.language) })}
      </p>
      {form.secret && <p className="muted">{t('writtenOpinions.page.secret')}</p>}
      {error && <Banner kind="error" message={error.localized} />}
      {answered && (
        <p className="ballot-sent" role="status" data-testid="form-done">
          {t('writtenOpinions.page.done')}
        </p>
      )}
      {!answered && !canAnswer && (
        <p className="form-closed" role="status" data-testid="form-closed">
          {t('writtenOpinions.page.closed')}
        </p>
      )}
      {form.questions.map((question, q) => {
        const labelId = `form-${form.id}-q${q}`;
        const mine = choices?.[q];
        return (
          <fieldset key={q} className="form-question">
            <legend id={labelId}>
              <span className="muted">{t('writtenOpinions.page.question', { number: q + 1 })}</span>
              <span className="ballot-question">{question.question}</span>
            </legend>
            {canAnswer ? (
              <div className="ballot-options" role="radiogroup" aria-labelledby={labelId}>
                {question.options.map((label, index) => (
                  <button
                    key={label}
                    type="button"
                    role="radio"
                    aria-checked={picked[q] === index}
                    className={picked[q] === index ? 'ballot-option picked' : 'ballot-option'}
                    disabled={sending}
                    onClick={() => setPicked((current) => current.map((value, i) => (i === q ? index : value)))}
                  >
                    {label}
                  </button>
                ))}
              </div>
            ) : (
              mine !== undefined &&
              question.options[mine] !== undefined && (
                <p data-testid="form-choice">{t('writtenOpinions.page.yourChoice', { option: question.options[mine] })}</p>
              )
            )}
          </fieldset>
        );
      })}
      {canAnswer && (
        <>
          <p className="muted">{t('writtenOpinions.page.pick')}</p>
          <button type="button" className="primary ballot-send" disabled={!complete || sending} onClick={() => setConfirming(true)}>
            {sending ? t('writtenOpinions.page.sending') : t('writtenOpinions.page.send')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('writtenOpinions.page.confirmTitle')}
        message={t('writtenOpinions.page.confirmMessage')}
        confirmLabel={t('writtenOpinions.page.confirm')}
        cancelLabel={t('writtenOpinions.page.cancel')}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
};
