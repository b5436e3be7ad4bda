/**
 * Biên bản: build the draft from the record of the meeting, the secretary edits it (names of
 * the signature blocks, every paragraph), downloads it (.docx, PDF), sends it to the
 * participants for comments until a deadline, then locks it. A participant answers during
 * the review: no comment, or a comment.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSection as Section } from '../../../../src/domain/minutes/minutes.schema.js';
import { ApiError } from '../../api/client.js';
import { Banner } from '../../components/Banner.js';
import {
  answerMinutesReview,
  downloadMinutes,
  draftMinutes,
  getMinutes,
  listMinutesDeliveries,
  lockMinutes,
  openMinutesReview,
  type MinutesDelivery,
  updateMinutes,
  type Minutes,
} from '../../record/record-api.js';
import '../../record/record-i18n.js';
import '../../record/record.css';
import { useEditor } from '../context.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const localTime = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Who the draft was mailed to for review, and whether each mail went out. */
const ReviewMail = (props: { conferenceId: string; version: number }) => {
  const { t } = useTranslation();
  const [items, setItems] = useState<MinutesDelivery[] | null>(null);
  useEffect(() => {
    void listMinutesDeliveries(props.conferenceId).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, [props.conferenceId, props.version]);
  if (items === null) return null;
  return (
    <div className="mail-list">
      <h3>{t('record.minutes.mailed')}</h3>
      {items.length === 0 && <p>{t('record.minutes.noMail')}</p>}
      <ul>
        {items.map((d) => (
          <li key={d.id} data-status={d.status}>
            {d.recipient}: {t(`record.minutes.mailStatus.${d.status}`, { defaultValue: d.status })}
            {d.error ? ` (${d.error})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
};

const ReviewAnswer = (props: { conferenceId: string; onDone: (m: Minutes) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const send = (answer: 'no_comment' | 'comment') =>
    void answerMinutesReview(props.conferenceId, answer, comment).then(props.onDone, props.showError);
  return (
    <div className="record-form">
      <label>
        {t('record.minutes.comment')}
        <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="record-actions">
        <button type="button" onClick={() => send('comment')} disabled={!comment.trim()}>
          {t('record.minutes.sendComment')}
        </button>
        <button type="button" onClick={() => send('no_comment')}>
          {t('record.minutes.sendNoComment')}
        </button>
      </div>
    </div>
  );
};

const MinutesEditor = (props: { minutes: Minutes; onSaved: (m: Minutes) => void; showError: (e: unknown) => void }) => {
  const { t } = useTranslation();
  const { minutes } = props;
  const [secretary, setSecretary] = useState(minutes.secretaryName);
  const [chair, setChair] = useState(minutes.chairName);
  const [subject, setSubject] = useState(minutes.body.subject);
  const [opening, setOpening] = useState(minutes.body.opening.join('\n'));
  const [sections, setSections] = useState<Section[]>(minutes.body.sections);
  const [closing, setClosing] = useState(minutes.body.closing.join('\n'));
  const setSection = (index: number, patch: Partial<Section>) =>
    setSections(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const save = () =>
    void updateMinutes(minutes.conferenceId, minutes.version, {
      secretaryName: secretary.trim(),
      chairName: chair.trim(),
      body: { subject: subject.trim(), opening: lines(opening), sections, closing: lines(closing) },
    }).then(props.onSaved, props.showError);
  return (
    <form className="record-form" onSubmit={(e) => (e.preventDefault(), save())}>
      <div className="record-grid">
        <label>
          {t('record.minutes.secretary')} {!secretary.trim() && <span className="to-fill">{t('record.minutes.toFill')}</span>}
          <input className={secretary.trim() ? undefined : 'missing'} value={secretary} onChange={(e) => setSecretary(e.target.value)} />
        </label>
        <label>
          {t('record.minutes.chair')} {!chair.trim() && <span className="to-fill">{t('record.minutes.toFill')}</span>}
          <input className={chair.trim() ? undefined : 'missing'} value={chair} onChange={(e) => setChair(e.target.value)} />
        </label>
      </div>
      <label>
        {t('record.minutes.subject')}
        <input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label>
        {t('record.minutes.opening')}
        <textarea rows={6} value={opening} onChange={(e) => setOpening(e.target.value)} />
      </label>
      {sections.map((section, index) => (
        <fieldset key={index} className="record-section">
          <legend>{section.heading || '—'}</legend>
          <textarea
            aria-label={section.heading}
            rows={Math.min(12, section.paragraphs.length + 2)}
            value={section.paragraphs.join('\n')}
            onChange={(e) => setSection(index, { paragraphs: e.target.value.split('\n') })}
          />
        </fieldset>
      ))}
      <label>
        {t('record.minutes.closing')}
        <textarea rows={2} value={closing} onChange={(e) => setClosing(e.target.value)} />
      </label>
      <button type="submit">{t('record.minutes.save')}</button>
    </form>
  );
};

export default function MinutesSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [minutes, setMinutes] = useState<Minutes | null | undefined>(undefined);
  const [secretary, setSecretary] = useState('');
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const writes = p.can('minutes.write');

  const refresh = useCallback(async () => {
    try {
      setMinutes(await getMinutes(conference.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setMinutes(null);
      else showError(error);
    }
  }, [conference.id, showError]);
  useEffect(() => void refresh(), [refresh]);
  const took = (m: Minutes) => setMinutes(m);
  const saved = (m: Minutes) => (setMinutes(m), setNote(t('record.minutes.saved')));

  return (
    <section className="record" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('sections.minutes')}</h2>
      <p className="intro">{t('record.minutes.intro')}</p>
      {note && (
        <Banner kind="info" onClose={() => setNote(null)}>
          <p>{note}</p>
        </Banner>
      )}
      {minutes === null && (
        <div className="record-form">
          <p>{t('record.minutes.none')}</p>
          {writes && (
            <>
              <label>
                {t('record.minutes.secretary')}
                <input value={secretary} onChange={(e) => setSecretary(e.target.value)} />
              </label>
              <button type="button" onClick={() => void draftMinutes(conference.id, secretary.trim()).then(took, showError)}>
                {t('record.minutes.build')}
              </button>
            </>
          )}
        </div>
      )}
      {minutes && (
        <>
          <p className="record-status" data-status={minutes.status}>
            {t(`record.minutes.status.${minutes.status}`, {
              deadline: minutes.reviewDeadline ? localTime(minutes.reviewDeadline) : '',
              at: minutes.lockedAt ? localTime(minutes.lockedAt) : '',
            })}
          </p>
          <div className="record-actions">
            <button type="button" onClick={() => void downloadMinutes(conference.id, 'docx').catch(showError)}>
              {t('record.minutes.download')}
            </button>
            <button type="button" className="secondary" onClick={() => void downloadMinutes(conference.id, 'pdf').catch(showError)}>
              {t('record.minutes.downloadPdf')}
            </button>
            {writes && minutes.status === 'draft' && (
              <button type="button" className="secondary" onClick={() => void draftMinutes(conference.id).then(took, showError)}>
                {t('record.minutes.rebuild')}
              </button>
            )}
          </div>
          {writes && minutes.status === 'draft' && (
            <MinutesEditor key={minutes.version} minutes={minutes} onSaved={saved} showError={showError} />
          )}
          {writes && minutes.status === 'draft' && (
            <div className="record-actions">
              <label>
                {t('record.minutes.reviewDeadline')}
                <input type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
              </label>
              <button
                type="button"
                disabled={!deadline}
                onClick={() => void openMinutesReview(conference.id, new Date(`${deadline}:00+07:00`).toISOString()).then(took, showError)}
              >
                {t('record.minutes.openReview')}
              </button>
            </div>
          )}
          {!writes && minutes.status === 'review' && p.can('minutes.review') && (
            <ReviewAnswer conferenceId={conference.id} onDone={took} showError={showError} />
          )}
          {writes && minutes.status !== 'draft' && (
            <>
              <ReviewMail conferenceId={conference.id} version={minutes.version} />
              <h3>{t('record.minutes.reviews')}</h3>
              {minutes.reviews.length === 0 && <p>{t('record.minutes.noReviews')}</p>}
              <ul className="record-reviews">
                {minutes.reviews.map((r) => (
                  <li key={r.reviewerLabel}>
                    <strong>{r.reviewerLabel}</strong>: {r.answer === 'no_comment' ? t('record.minutes.noComment') : r.comment}
                  </li>
                ))}
              </ul>
              {minutes.status === 'review' && (
                <button
                  type="button"
                  title={t('record.minutes.lockConfirm')}
                  onClick={() => void lockMinutes(conference.id).then(took, showError)}
                >
                  {t('record.minutes.lock')}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
