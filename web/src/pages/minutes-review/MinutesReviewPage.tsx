/**
 * /bien-ban/:token — the page a participant opens from the mail that sends the draft minutes for
 * review: the draft read-only (opening, the items as they ran, closing, the signature names), the
 * end of the review window, and a remark ("no comment" or a comment) until it closes; once the
 * minutes are locked the page says so and takes nothing. Works on a phone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import { formatInstant } from '../../format.js';
import { answerMinutesReview, getMinutes, type Minutes } from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';
import { LinkGate, useLinkData } from '../confirmation/useLinkData.js';
import '../confirmation/confirmation-i18n.js';
import '../confirmation/confirmation.css';

const Draft = ({ minutes }: { minutes: Minutes }) => {
  const { t } = useTranslation();
  return (
    <article className="minutes-draft" aria-label={t('record.minutes.review.title')}>
      <h2>{minutes.body.subject}</h2>
      {minutes.body.opening.map((text, i) => (
        <p key={`o${i}`}>{text}</p>
      ))}
      {minutes.body.sections.map((section, i) => (
        <section key={`s${i}`}>
          {section.heading && <h3>{section.heading}</h3>}
          {section.paragraphs.map((text, j) => (
            <p key={j}>{text}</p>
          ))}
        </section>
      ))}
      {minutes.body.closing.map((text, i) => (
        <p key={`c${i}`}>{text}</p>
      ))}
      <div className="minutes-signatures">
        <p>
          <strong>{t('record.minutes.secretary')}</strong>: {minutes.secretaryName || '……………………'}
        </p>
        <p>
          <strong>{t('record.minutes.chair')}</strong>: {minutes.chairName || '……………………'}
        </p>
      </div>
    </article>
  );
};

export default function MinutesReviewPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { actor, data: minutes, refused, reload, setData: setMinutes } = useLinkData(token, getMinutes);
  const [error, setError] = useState<ApiError | null>(null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!minutes || !actor) return <LinkGate refused={refused} />;

  const answer = (kind: 'no_comment' | 'comment') => {
    setBusy(true);
    setError(null);
    void answerMinutesReview(actor.conferenceId, kind, kind === 'comment' ? comment : '')
      .then((m) => (setMinutes(m), setSent(true), setComment('')))
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught : null);
        void reload();
      })
      .finally(() => setBusy(false));
  };
  const own = minutes.reviews.at(-1);
  const open = minutes.status === 'review';
  return (
    <main className="link-page record minutes-review" aria-labelledby="link-title">
      <h1 id="link-title">{t('record.minutes.review.title')}</h1>
      {open && minutes.reviewDeadline && (
        <p className="record-status" data-status="review">
          {t('record.minutes.review.intro', { deadline: formatInstant(minutes.reviewDeadline, i18n.language) })}
        </p>
      )}
      {minutes.status === 'locked' && (
        <p className="record-status" data-status="locked">
          {t('record.minutes.review.closed', { at: minutes.lockedAt ? formatInstant(minutes.lockedAt, i18n.language) : '' })}
        </p>
      )}
      {error && <Banner kind="error" message={error.localized} />}
      {sent && (
        <Banner kind="success">
          <p>{t('record.minutes.review.sent')}</p>
        </Banner>
      )}
      {own && (
        <p className="answer-state" role="status">
          {t('record.minutes.review.yours', { answer: own.answer === 'no_comment' ? t('record.minutes.noComment') : own.comment })}
        </p>
      )}
      <Draft minutes={minutes} />
      {open && (
        <form className="record-form" onSubmit={(e) => (e.preventDefault(), answer('comment'))}>
          <label>
            {t('record.minutes.comment')}
            <textarea rows={4} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={10000} />
          </label>
          <div className="record-actions">
            <button type="submit" className="primary" disabled={busy || !comment.trim()}>
              {t('record.minutes.sendComment')}
            </button>
            <button type="button" disabled={busy} onClick={() => answer('no_comment')}>
              {t('record.minutes.sendNoComment')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
