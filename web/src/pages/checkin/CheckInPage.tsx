/**
 * /hoi-nghi/:conferenceId/don-tiep: the operator's screen for one hall (đón tiếp, điểm
 * danh), made for a phone held at the door. The point is one of those the operator checks
 * in at (?diem=<pointId> when there are several). Scan the QR code of the invitation, or
 * find the person by name, add a walk-in, report a headcount; counts of present and
 * registered delegates. Everything goes through the offline queue, so the screen keeps
 * working through a network loss, and after a reload without network (the conference and
 * the list are kept on the device, the page itself by the service worker).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext.js';
import { Banner } from '../../components/Banner.js';
import { hallQueue, useOnline, useQueueRunner, useQueueState } from '../../checkin/hall-queue.js';
import { registerHallWorker } from '../../checkin/hall-worker.js';
import { HeadcountForm, WalkInForm } from './HallForms.js';
import type { HallPoint } from './hall-cache.js';
import { QueueBanner } from './QueueBanner.js';
import { queuedOutcome } from './queued-notice.js';
import { ScanPanel } from './ScanPanel.js';
import { SearchPanel } from './SearchPanel.js';
import { useCheckInActions } from './useCheckInActions.js';
import { useHallInfo, useRoster } from './useHall.js';
import './checkin.css';

const timeOf = (iso: string, language: string) =>
  new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });

const HallScreen = ({ conferenceId, point, online }: { conferenceId: string; point: HallPoint; online: boolean }) => {
  const { t, i18n } = useTranslation();
  const roster = useRoster(conferenceId, point.id, online);
  const actions = useCheckInActions(conferenceId, point.id, roster);
  const queue = useQueueState();
  const pending = useMemo(() => queue.pending.filter((item) => item.scope === actions.scope), [queue, actions.scope]);
  const refused = useMemo(() => queue.refused.filter((item) => item.scope === actions.scope), [queue, actions.scope]);
  const pendingIds = useMemo(
    () => new Set(pending.map((item) => item.body.delegateId).filter((id): id is string => typeof id === 'string')),
    [pending],
  );

  // Items sent in the background (the link came back): the counts and the list change.
  const before = useRef(pending.length);
  const { reload } = roster;
  useEffect(() => {
    if (pending.length < before.current && online) void reload();
    before.current = pending.length;
  }, [pending.length, online, reload]);

  // "Saved, will send when online" turns into "sent" once the queue has sent it (or goes, when refused: the banner says why).
  // Sent only once it was seen waiting (the queue's state may reach this screen after the notice).
  const { notice, setNotice } = actions;
  const seenWaiting = useRef<string | null>(null);
  useEffect(() => {
    if (!notice?.queued) return;
    const outcome = queuedOutcome(notice.queued.key, queue);
    if (outcome === 'waiting') seenWaiting.current = notice.queued.key;
    else if (outcome === 'refused') setNotice(null);
    else if (seenWaiting.current === notice.queued.key) {
      setNotice({ kind: 'success', text: t('checkIn.result.sentLater', { name: notice.queued.name }) });
    }
  }, [notice, queue, setNotice, t]);

  const summary = roster.value?.summary ?? null;
  return (
    <>
      <QueueBanner online={online} pending={pending} refused={refused} persistent={hallQueue().persistent} />
      {roster.fromCache && roster.value && (
        <p className="hint">{t('checkIn.fromCache', { time: timeOf(roster.value.savedAt, i18n.language) })}</p>
      )}
      {roster.error && <Banner kind="error" message={roster.error.localized} />}
      <section className="panel checkin-counts" aria-label={t('checkIn.counts.title')}>
        <p className="checkin-present">
          {t('checkIn.counts.present', { present: summary?.counts.present ?? 0, total: summary?.counts.delegates ?? 0 })}
        </p>
        <p className="muted">
          {[
            pending.length > 0 ? t('checkIn.counts.pending', { count: pending.length }) : null,
            summary && summary.counts.walkIns > 0 ? t('checkIn.counts.walkIns', { count: summary.counts.walkIns }) : null,
            summary?.quota ? t('checkIn.counts.quota', { count: summary.quota }) : null,
            summary?.headcount ? t('checkIn.counts.headcount', { count: summary.headcount.count }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </section>
      {actions.notice && (
        <div className={`banner banner-${actions.notice.kind} checkin-notice`} role={actions.notice.kind === 'error' ? 'alert' : 'status'}>
          <div className="banner-body">
            <p>{actions.notice.text}</p>
          </div>
        </div>
      )}
      <div className="checkin-grid">
        <ScanPanel onCode={(code) => void actions.checkIn({ code })} />
        <SearchPanel
          conferenceId={conferenceId}
          pointId={point.id}
          roster={roster.value}
          online={online}
          pendingIds={pendingIds}
          onCheckIn={(entry) => void actions.checkIn({ delegateId: entry.id, name: entry.fullName })}
        />
        <WalkInForm onSubmit={actions.walkIn} />
        {point.mayReportHeadcount && <HeadcountForm last={summary?.headcount ?? null} onSubmit={actions.reportHeadcount} />}
      </div>
    </>
  );
};

export default function CheckInPage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const online = useOnline();
  const { refresh } = useAuth();
  useQueueRunner(refresh);
  useEffect(() => registerHallWorker(), []);
  const hall = useHallInfo(conferenceId, online);
  const points = hall.value?.points ?? [];
  const point = points.find((candidate) => candidate.id === params.get('diem')) ?? points[0] ?? null;

  if (hall.error) return <Banner kind="error" message={hall.error.localized} />;
  if (!hall.value) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="checkin-page">
      <header className="checkin-header">
        <h1>{t('checkIn.title')}</h1>
        <p className="muted">{hall.value.conferenceTitle}</p>
        {points.length > 1 && point && (
          <div className="field">
            <label htmlFor="checkin-point">{t('checkIn.point')}</label>
            <select id="checkin-point" value={point.id} onChange={(event) => setParams({ diem: event.target.value }, { replace: true })}>
              {points.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {points.length === 1 && point && <p className="checkin-point-name">{point.name}</p>}
      </header>
      {point ? (
        <HallScreen key={point.id} conferenceId={conferenceId} point={point} online={online} />
      ) : (
        <p className="empty">{t('checkIn.noPoint')}</p>
      )}
    </div>
  );
}
