/**
 * One draft open for comments: its deadline and counts, each body's answer (a silent body past
 * the deadline is listed as counted as agreeing), reminders, each comment with the drafting
 * agency's answer (tiếp thu / giải trình), and the synthesis table to download.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { longDateWithWeekdayVi, parseDate } from '../../../../src/domain/vietnamese-dates.js';
import {
  downloadSynthesis,
  remindBodies,
  respondToComment,
  type ConsultationView,
  type DraftComment,
} from '../../consultations/consultations-api.js';

const CommentResponse = (props: {
  comment: DraftComment;
  editable: boolean;
  onSave: (response: 'accepted' | 'explained', text: string) => Promise<void>;
}) => {
  const { t } = useTranslation();
  const [response, setResponse] = useState<'accepted' | 'explained'>(props.comment.response ?? 'accepted');
  const [text, setText] = useState(props.comment.responseText);
  if (!props.editable) {
    return (
      <p>
        {props.comment.response
          ? `${t(`consultations.${props.comment.response}`)}: ${props.comment.responseText}`
          : t('consultations.noResponse')}
      </p>
    );
  }
  return (
    <form className="comment-response" onSubmit={(event) => (event.preventDefault(), void props.onSave(response, text))}>
      <select
        aria-label={t('consultations.response')}
        value={response}
        onChange={(e) => setResponse(e.target.value as 'accepted' | 'explained')}
      >
        <option value="accepted">{t('consultations.accepted')}</option>
        <option value="explained">{t('consultations.explained')}</option>
      </select>
      <textarea aria-label={t('consultations.responseText')} value={text} rows={2} onChange={(e) => setText(e.target.value)} />
      <button type="submit">{t('consultations.saveResponse')}</button>
    </form>
  );
};

export const ConsultationCard = (props: {
  consultation: ConsultationView;
  onChange: (view?: ConsultationView) => void;
  showError: (error: unknown) => void;
}) => {
  const { t, i18n } = useTranslation();
  const c = props.consultation;
  const manages = c.allowedActions.includes('consultation.manage');
  const [note, setNote] = useState<string | null>(null);
  const date = (local: string) => (i18n.language === 'vi' ? longDateWithWeekdayVi(parseDate(local)) : local);
  const bodyName = (id: string) => c.bodies.find((b) => b.id === id)?.name ?? '';
  const waiting = c.bodies.filter((b) => b.status === 'waiting' || b.status === 'no_answer');

  const remind = async (bodyIds?: string[]) => {
    try {
      const result = await remindBodies(c.conferenceId, c.id, bodyIds);
      const noEmail = result.skipped.filter((s) => s.reason === 'no_email').length;
      setNote(
        [
          t('consultations.remindedCount', { count: result.queued }),
          noEmail ? t('consultations.noEmailSkipped', { count: noEmail }) : '',
        ].join(' '),
      );
      props.onChange();
    } catch (error) {
      props.showError(error);
    }
  };
  const respond = async (comment: DraftComment, response: 'accepted' | 'explained', text: string) => {
    try {
      props.onChange(await respondToComment(c.conferenceId, c.id, comment.id, { response, text }));
    } catch (error) {
      props.showError(error);
    }
  };

  return (
    <article className="panel consultation" aria-label={c.title}>
      <h3>{c.title}</h3>
      <p>
        {c.draftingAgency} · {t('consultations.deadlineLine', { date: date(c.deadline) })}
        {c.deadlinePassed && <span className="badge warning"> {t('consultations.deadlinePassed')}</span>}
      </p>
      <p className="counts">{t('consultations.counts', c.counts)}</p>
      <table className="consultation-bodies">
        <thead>
          <tr>
            <th scope="col">{t('consultations.body')}</th>
            <th scope="col">{t('consultations.contributions.status')}</th>
            <th scope="col">{t('consultations.reminded')}</th>
            {manages && (
              <th scope="col">
                <span className="sr-only">{t('consultations.remindOne')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {c.bodies.map((body) => (
            <tr key={body.id} data-status={body.status}>
              <td>{body.name}</td>
              <td>{t(`consultations.status.${body.status}`)}</td>
              <td>{body.remindCount > 0 ? `${body.remindCount}×` : ''}</td>
              {manages && (
                <td>
                  {(body.status === 'waiting' || body.status === 'no_answer') && (
                    <button type="button" className="link-button" onClick={() => void remind([body.id])}>
                      {t('consultations.remindOne')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {manages && waiting.length > 0 && (
        <button type="button" onClick={() => void remind()}>
          {t('consultations.remind')}
        </button>
      )}
      {note && <p role="status">{note}</p>}
      <h4>{t('consultations.comments')}</h4>
      <ol className="draft-comments">
        {c.comments.map((comment) => (
          <li key={comment.id}>
            <p>
              <strong>{bodyName(comment.bodyId)}</strong> · {comment.part || t('consultations.whole')}
            </p>
            <p className="comment-text">{comment.text}</p>
            <CommentResponse comment={comment} editable={manages} onSave={(response, text) => respond(comment, response, text)} />
          </li>
        ))}
      </ol>
      {c.allowedActions.includes('consultation.read') && (
        <p className="downloads">
          {t('consultations.download')}:{' '}
          <button type="button" onClick={() => void downloadSynthesis(c.conferenceId, c.id, 'docx').catch(props.showError)}>
            .docx
          </button>{' '}
          <button type="button" onClick={() => void downloadSynthesis(c.conferenceId, c.id, 'xlsx').catch(props.showError)}>
            .xlsx
          </button>
        </p>
      )}
    </article>
  );
};
