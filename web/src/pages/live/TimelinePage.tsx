/**
 * /hoi-nghi/:conferenceId/dien-bien — the timeline of the meeting (diễn biến hội nghị):
 * planned against actual per item, the speeches, the live changes and the totals, fetched
 * again whenever the programme moves, with the .docx and .xlsx for the minutes, and the recordings of the host programme (issue 6).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../format.js';
import { Banner } from '../../components/Banner.js';
import type { ApiError } from '../../api/client.js';
import { ConnectionBadge } from '../../live/ConnectionBadge.js';
import { downloadTimeline, timeline as getTimeline, type Timeline } from '../../live/live-api.js';
import { localDateTimeOf } from '../../live/live-format.js';
import { useLive } from '../../live/useLive.js';
import { asApiError } from './console/useCommands.js';
import { RecordingsPanel } from './RecordingsPanel.js';
import { TimelineChanges, TimelineItems, TimelineSpeeches, TimelineTotals } from './TimelineTables.js';
import './timeline-i18n.js';
import './console.css';

export default function TimelinePage() {
  const { t, i18n } = useTranslation();
  const { conferenceId = '' } = useParams();
  const live = useLive(conferenceId);
  const version = live.state?.version ?? -1;
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  useEffect(() => {
    let current = true;
    getTimeline(conferenceId).then(
      (fetched) => current && (setTimeline(fetched), setError(null)),
      (caught: unknown) => current && setError(asApiError(caught)),
    );
    return () => {
      current = false;
    };
  }, [conferenceId, version]);

  const fetchDocument = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadTimeline(conferenceId, format);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const when = (ms: number) => formatDateTime(localDateTimeOf(ms), i18n.language);

  return (
    <div className="live-timeline" data-version={timeline ? version : ''}>
      <div className="page-head console-head">
        <div>
          <h1>{t('live.timeline.title')}</h1>
          {live.title && <p className="section-intro">{live.title}</p>}
          <p className="hint">{t('live.timeline.intro')}</p>
        </div>
        <div className="console-head-side">
          <ConnectionBadge status={live.status} />
          {live.access?.run && <Link to={`/hoi-nghi/${conferenceId}/dieu-hanh`}>{t('live.console.chairTitle')}</Link>}
          <Link to={`/conferences/${conferenceId}/general`}>{t('live.console.backToPlan')}</Link>
        </div>
      </div>
      {error && <Banner kind="error" message={error.localized} onClose={() => setError(null)} />}
      {!timeline ? (
        !error && <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <section className="panel">
            <p>
              {timeline.startedAt === null
                ? t('live.timeline.notStarted')
                : t('live.timeline.startedAt', { start: when(timeline.startedAt) })}
              {timeline.endedAt !== null && `, ${t('live.timeline.endedAt', { end: when(timeline.endedAt) })}`}
            </p>
            <div className="document-actions" role="group" aria-label={t('live.timeline.download')}>
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => void fetchDocument('docx')}>
                {busy === 'docx' ? t('live.timeline.preparing') : t('live.timeline.downloadDocx')}
              </button>
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => void fetchDocument('xlsx')}>
                {busy === 'xlsx' ? t('live.timeline.preparing') : t('live.timeline.downloadXlsx')}
              </button>
            </div>
          </section>
          <TimelineSection id="timeline-items" title={t('live.timeline.items')}>
            <TimelineItems timeline={timeline} />
          </TimelineSection>
          <TimelineSection id="timeline-speeches" title={t('live.timeline.speeches')}>
            <TimelineSpeeches timeline={timeline} />
          </TimelineSection>
          <TimelineSection id="timeline-changes" title={t('live.timeline.changes')}>
            <TimelineChanges timeline={timeline} />
          </TimelineSection>
          <TimelineSection id="timeline-totals" title={t('live.timeline.totals')}>
            <TimelineTotals timeline={timeline} />
          </TimelineSection>
          <RecordingsPanel conferenceId={conferenceId} recording={live.state?.recording ?? false} />
        </>
      )}
    </div>
  );
}

const TimelineSection = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section className="panel" aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    <div className="table-scroll">{children}</div>
  </section>
);
