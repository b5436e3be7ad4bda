/**
 * /hoi-nghi/:conferenceId/khach-moi: a remote guest (khách mời trực tuyến) joins the live
 * conference from their own browser with a guest link: camera and microphone (published as
 * `guest:<id>`, the server fixes the id), the host hall and whoever has the floor, what runs
 * now with its countdown, and one button to ask to speak (retried until acknowledged).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Banner } from '../../components/Banner.js';
import { ConnectionBadge } from '../../live/ConnectionBadge.js';
import { CurrentItem } from '../../live/CurrentItem.js';
import { useLive } from '../../live/useLive.js';
import { PublishingMedia } from '../../media/MediaPanel.js';
import { DelegateRequest, useFloorWrites } from './FloorRequestPanel.js';
import { requesterStanding } from './hall-view.js';
import '../../media/media-i18n.js';
import './live-halls-i18n.js';
import './halls.css';

export default function GuestLivePage() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const live = useLive(conferenceId);
  const requesterId = live.access?.requesterId ?? null;
  const writes = useFloorWrites(conferenceId, 'guest');
  const standing = useMemo(() => requesterStanding(live.state, requesterId), [live.state, requesterId]);
  const allowed = (live.access?.requestFloor ?? false) && live.state?.phase !== 'ended';

  return (
    <div className="live-hall-page live-guest-page">
      <header className="live-hall-header">
        <div>
          <h1>{t('media.guest.title')}</h1>
          {live.title && <p className="muted">{live.title}</p>}
        </div>
        <ConnectionBadge status={live.status} />
      </header>
      {live.error && <Banner kind="error" message={live.error.localized} />}
      {live.access && <PublishingMedia conferenceId={conferenceId} />}
      <div className="live-hall-grid">
        <section className="panel live-now" aria-label={t('live.hall.current')}>
          {live.state ? (
            <CurrentItem state={live.state} serverNow={live.serverNow} showNext />
          ) : (
            <p className="loading">{t('common.loading')}</p>
          )}
        </section>
        {live.access && (
          <section className="panel live-request" aria-label={t('media.guest.ask')}>
            <DelegateRequest standing={standing} writes={writes} allowed={allowed} />
          </section>
        )}
      </div>
    </div>
  );
}
