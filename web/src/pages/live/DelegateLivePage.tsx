/**
 * /hoi-nghi/:conferenceId/dai-bieu: the delegate's view on a phone (360 px wide). What runs
 * now, who speaks and from which hall, the time left, and one large button to ask to speak
 * (or withdraw), with the delegate's place in the queue. Opened with the delegate's personal
 * link (or an account); the request is retried with its key until acknowledged.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Banner } from '../../components/Banner.js';
import { ConnectionBadge } from '../../live/ConnectionBadge.js';
import { CurrentItem } from '../../live/CurrentItem.js';
import { useLive } from '../../live/useLive.js';
import { DelegateRequest, useFloorWrites } from './FloorRequestPanel.js';
import { requesterStanding } from './hall-view.js';
import { HallPageLinks } from './HallPageLinks.js';
import { DelegateVotes } from './after-content.js';
import './live-halls-i18n.js';
import './halls.css';

export default function DelegateLivePage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const live = useLive(conferenceId);
  const requesterId = live.access?.requesterId ?? null;
  // One delegate per browser (their link's cookie): a request waiting to be sent survives a reload.
  const writes = useFloorWrites(conferenceId, 'delegate');
  const standing = useMemo(() => requesterStanding(live.state, requesterId), [live.state, requesterId]);
  const ownPoint = live.access?.ownBridgePointId ?? null;
  const hallName =
    live.halls.find((hall) => hall.bridgePointId === ownPoint)?.name ??
    standing.speaking?.bridgePointName ??
    standing.mine[0]?.request.bridgePointName ??
    null;
  const allowed = (live.access?.requestFloor ?? false) && live.state?.phase !== 'ended';

  return (
    <div className="live-delegate-page">
      <header className="live-delegate-header">
        <p className="live-delegate-title">{live.title || t('live.delegate.title')}</p>
        <ConnectionBadge status={live.status} />
      </header>
      {hallName && <p className="muted">{t('live.delegate.hall', { hall: hallName })}</p>}
      {live.error && <Banner kind="error" message={live.error.localized} />}
      {live.state ? <CurrentItem state={live.state} serverNow={live.serverNow} /> : <p className="loading">{t('common.loading')}</p>}
      {/* After the current item (its chunks would share a weak link with the page's own). */}
      {live.state && <DelegateVotes conferenceId={conferenceId} live={live} />}
      {live.access && <DelegateRequest standing={standing} writes={writes} allowed={allowed} />}
      <HallPageLinks conferenceId={conferenceId} operator={false} />
    </div>
  );
}
