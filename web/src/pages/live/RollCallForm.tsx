/**
 * The hall's answer to the roll call: ready, headcount, the state of the link and a note,
 * sent with PUT /live/halls/:pointId (the last report wins, so a retry is harmless). The form
 * starts from the hall's last report and follows it while the operator has not edited it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallLink, HallStatus } from '../../../../src/domain/live/live-state.js';
import { Banner } from '../../components/Banner.js';
import { reportHall, type HallReportInput } from '../../live/live-api.js';
import { useUntilAcknowledged } from './useUntilAcknowledged.js';

const LINKS: readonly HallLink[] = ['good', 'weak', 'down', 'unknown'];

const inputOf = (hall: HallStatus | null): HallReportInput => ({
  ready: hall?.ready ?? false,
  headcount: hall?.headcount ?? null,
  link: hall?.link ?? 'unknown',
  note: hall?.note ?? '',
});

const timeOf = (epochMs: number, language: string) =>
  new Date(epochMs).toLocaleTimeString(language === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const RollCallForm = ({ conferenceId, pointId, hall }: { conferenceId: string; pointId: string; hall: HallStatus | null }) => {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<HallReportInput>(() => inputOf(hall));
  const [edited, setEdited] = useState(false);
  const sender = useUntilAcknowledged<HallReportInput>(`diemcau.live.hall.${conferenceId}.${pointId}`, (input) =>
    reportHall(conferenceId, pointId, input),
  );

  useEffect(() => {
    if (!edited && !sender.pending) setDraft(inputOf(hall));
  }, [hall, edited, sender.pending]);

  const change = (patch: Partial<HallReportInput>) => {
    setEdited(true);
    setDraft((previous) => ({ ...previous, ...patch }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    sender.start({ ...draft, note: draft.note.trim() });
    setEdited(false);
  };

  return (
    <section className="panel live-rollcall" aria-labelledby="rollcall-heading">
      <h2 id="rollcall-heading">{t('live.hall.rollCall.title')}</h2>
      <form onSubmit={submit} noValidate>
        <label className="live-ready-toggle">
          <input type="checkbox" checked={draft.ready} onChange={(event) => change({ ready: event.target.checked })} />
          <span>{t('live.hall.rollCall.ready')}</span>
        </label>
        <div className="field">
          <label htmlFor="rollcall-headcount">{t('live.hall.rollCall.headcount')}</label>
          <input
            id="rollcall-headcount"
            type="number"
            inputMode="numeric"
            min={0}
            max={100000}
            value={draft.headcount ?? ''}
            onChange={(event) => {
              const value = event.target.value === '' ? null : Math.max(0, Math.min(100000, Math.trunc(Number(event.target.value))));
              change({ headcount: value === null || Number.isNaN(value) ? null : value });
            }}
          />
        </div>
        <fieldset className="live-link-choice">
          <legend>{t('live.hall.rollCall.link')}</legend>
          {LINKS.map((link) => (
            <label key={link} className={`live-link-option link-${link}`}>
              <input type="radio" name="rollcall-link" value={link} checked={draft.link === link} onChange={() => change({ link })} />
              <span>{t(`live.hall.rollCall.links.${link}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="rollcall-note">{t('live.hall.rollCall.note')}</label>
          <input
            id="rollcall-note"
            maxLength={300}
            value={draft.note}
            placeholder={t('live.hall.rollCall.notePlaceholder')}
            onChange={(event) => change({ note: event.target.value })}
          />
        </div>
        <button type="submit" className="primary live-big-button" disabled={sender.pending !== null}>
          {sender.pending ? t('live.hall.request.sending') : t('live.hall.rollCall.send')}
        </button>
      </form>
      <p className="muted" role="status">
        {hall?.reportedAt ? t('live.hall.rollCall.sent', { time: timeOf(hall.reportedAt, i18n.language) }) : t('live.hall.rollCall.never')}
      </p>
      {sender.error && <Banner kind="error" message={sender.error.localized} onClose={sender.dismissError} />}
    </section>
  );
};
