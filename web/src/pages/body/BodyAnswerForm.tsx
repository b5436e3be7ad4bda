/**
 * A body's answer to a draft: agree without comment, or comments, each on the whole draft
 * or on a numbered part as the body writes it ("khoản 2 Điều 5"); a part the server cannot
 * read is shown on its own field, in the language on screen.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { TextField } from '../../components/fields.js';
import { answerForBody, type ConsultationView, type ConsultedBody } from '../../consultations/consultations-api.js';

export const BodyAnswerForm = (props: {
  consultation: ConsultationView;
  body: ConsultedBody;
  onAnswered: (view: ConsultationView) => void;
}) => {
  const { t } = useTranslation();
  const { consultation, body } = props;
  const own = consultation.comments.filter((comment) => comment.bodyId === body.id);
  const [mode, setMode] = useState<'agreed' | 'commented'>(body.status === 'commented' ? 'commented' : 'agreed');
  const [comments, setComments] = useState(own.length ? own.map(({ part, text }) => ({ part, text })) : [{ part: '', text: '' }]);
  const [errors, setErrors] = useState<Record<string, LocalizedMessage>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const locked = own.some((comment) => comment.response !== null);

  const edit = (index: number, key: 'part' | 'text') => (value: string) =>
    setComments((current) => current.map((comment, i) => (i === index ? { ...comment, [key]: value } : comment)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const view = await answerForBody(consultation.conferenceId, consultation.id, body.id, {
        answer: mode,
        comments: mode === 'agreed' ? [] : comments.filter((comment) => comment.text.trim() || comment.part.trim()),
      });
      setErrors({});
      setSent(true);
      props.onAnswered(view);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(Object.fromEntries(caught.fields.map((f) => [f.path, f.message])));
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel body-answer" onSubmit={(event) => void submit(event)} noValidate aria-label={consultation.title}>
      <h2>{consultation.title}</h2>
      <p>{t('consultations.answer.intro', { agency: consultation.draftingAgency, body: body.name, draft: consultation.title })}</p>
      <p>{t('consultations.deadlineLine', { date: consultation.deadline.split('-').reverse().join('/') })}</p>
      {body.status !== 'waiting' && body.status !== 'no_answer' && (
        <p role="status" className="answer-state">
          {t('consultations.answer.yourAnswer', { status: t(`consultations.status.${body.status}`) })}
        </p>
      )}
      {sent && (
        <Banner kind="success">
          <p>{t('consultations.answer.sent')}</p>
        </Banner>
      )}
      {error && <Banner kind="error" message={error.localized} />}
      <fieldset disabled={locked}>
        <label className="choice">
          <input type="radio" name={`answer-${body.id}`} checked={mode === 'agreed'} onChange={() => setMode('agreed')} />{' '}
          {t('consultations.answer.agree')}
        </label>
        <label className="choice">
          <input type="radio" name={`answer-${body.id}`} checked={mode === 'commented'} onChange={() => setMode('commented')} />{' '}
          {t('consultations.answer.withComments')}
        </label>
        {mode === 'commented' &&
          comments.map((comment, index) => (
            <div className="comment-input" key={index}>
              <TextField
                label={t('consultations.part')}
                value={comment.part}
                onChange={edit(index, 'part')}
                placeholder={t('consultations.answer.partHint')}
                error={errors[`/comments/${index}/part`]}
                maxLength={200}
              />
              <TextField
                label={t('consultations.comment')}
                value={comment.text}
                onChange={edit(index, 'text')}
                multiline
                rows={3}
                error={errors[`/comments/${index}/text`]}
                maxLength={10000}
              />
              {comments.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setComments((current) => current.filter((_, i) => i !== index))}
                >
                  {t('consultations.answer.removeComment')}
                </button>
              )}
            </div>
          ))}
        {mode === 'commented' && (
          <button type="button" onClick={() => setComments((current) => [...current, { part: '', text: '' }])}>
            {t('consultations.answer.addComment')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('consultations.answer.send')}
        </button>
      </fieldset>
    </form>
  );
};
