/**
 * /hoi-nghi/:conferenceId/diem-danh: the attendance wall for the organizer and the chair (an
 * operator sees their own points): totals, one card per bridge point with its bar and
 * figures against the quota, over-quota warnings, the lists to download, and the counts per
 * participant group. Updated live from the conference's event stream, without reloading.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { foldForSearch } from '../../../../src/domain/text.js';
import { downloadAttendanceList } from '../../api/attendance.js';
import { ApiError } from '../../api/client.js';
import { getConference } from '../../api/conferences.js';
import { Banner } from '../../components/Banner.js';
import { ConferenceTime } from '../../editor/ConferenceTime.js';
import { CountBar } from './CountBar.js';
import { CountList } from './CountList.js';
import { GroupTable } from './GroupTable.js';
import { PointCard } from './PointCard.js';
import { useLiveAttendance } from './useLiveAttendance.js';
import './attendance.css';

/** Cards drawn at once; a national conference has thousands of points: the filter finds the others. */
const MAX_CARDS = 300;

export default function AttendancePage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const live = useLiveAttendance(conferenceId);
  const [conference, setConference] = useState<Conference | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filter, setFilter] = useState('');
  const [onlyWarnings, setOnlyWarnings] = useState(false);

  useEffect(() => {
    getConference(conferenceId).then(setConference, (caught: unknown) => {
      if (caught instanceof ApiError) setError(caught);
    });
  }, [conferenceId]);

  const report = live.report;
  const shown = useMemo(() => {
    const words = foldForSearch(filter).split(' ').filter(Boolean);
    return (report?.points ?? []).filter(
      (p) => (!onlyWarnings || p.warnings.length > 0) && words.every((word) => foldForSearch(p.name).includes(word)),
    );
  }, [report, filter, onlyWarnings]);
  const warned = report?.points.filter((p) => p.warnings.length > 0).length ?? 0;

  const download = (pointId: string, format: 'docx' | 'xlsx') => {
    downloadAttendanceList(conferenceId, pointId, format).catch((caught: unknown) => {
      if (caught instanceof ApiError) setError(caught);
    });
  };

  const failure = live.error ?? error;
  return (
    <div className="attendance-page" data-revision={live.revision}>
      <div className="page-head attendance-head">
        <div>
          <h1>{t('attendance.title')}</h1>
          {conference && (
            <p className="section-intro">
              {conference.title} · <ConferenceTime conference={conference} />
            </p>
          )}
        </div>
        <div className="attendance-head-side">
          <span className={`live-state live-${live.stream}`} role="status" data-stream={live.stream}>
            {t(`attendance.stream.${live.stream}`)}
          </span>
          <Link to={`/conferences/${conferenceId}/general`}>{t('attendance.backToPlan')}</Link>
        </div>
      </div>
      {failure && <Banner kind="error" message={failure.localized} onClose={() => setError(null)} />}
      {report === null ? (
        !failure && <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <section className="panel attendance-totals" aria-labelledby="attendance-totals" data-totals>
            <h2 id="attendance-totals">{t('attendance.totals', { count: report.points.length })}</h2>
            <CountBar counts={report.totals} />
            <CountList counts={report.totals} className="count-list large" totals />
            {warned > 0 && <p className="hint warn">{t('attendance.pointsWarned', { count: warned })}</p>}
          </section>
          <div className="attendance-toolbar">
            <label className="field">
              <span>{t('attendance.filter')}</span>
              <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
            </label>
            <label className="field checkbox">
              <input type="checkbox" checked={onlyWarnings} onChange={(event) => setOnlyWarnings(event.target.checked)} />
              <span>{t('attendance.onlyWarnings')}</span>
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="empty">{t('attendance.noPoints')}</p>
          ) : (
            <ul className="point-wall" aria-label={t('attendance.wall')}>
              {shown.slice(0, MAX_CARDS).map((point) => (
                <PointCard key={point.bridgePointId} point={point} onDownload={download} />
              ))}
            </ul>
          )}
          {shown.length > MAX_CARDS && <p className="hint">{t('attendance.truncated', { shown: MAX_CARDS, total: shown.length })}</p>}
          <GroupTable groups={report.groups} />
        </>
      )}
    </div>
  );
}
