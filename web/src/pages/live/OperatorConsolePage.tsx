/**
 * /hoi-nghi/:conferenceId/diem-cau/:pointId: the bridge point operator's console (cán bộ
 * điểm cầu). What runs now and who has the floor (from which hall), the host's messages to
 * this hall, asking to speak for the hall and its place in the queue, and the roll call
 * (ready, headcount, link, note), then the hall's camera and microphone in the media room
 * (issue 6) and the way to the check-in screen, the documents and the plan. Opened with an operator link or an account; every write is retried with its key
 * until acknowledged, so it works on a weak link.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allowsPoint } from '../../../../src/domain/access/allowed-points.js';
import { Banner } from '../../components/Banner.js';
import { ConnectionBadge } from '../../live/ConnectionBadge.js';
import { CurrentItem } from '../../live/CurrentItem.js';
import { SpeakerQueue } from '../../live/SpeakerQueue.js';
import { useLive } from '../../live/useLive.js';
import { PublishingMedia, WatchingMedia } from './after-content.js';
import { watchingMode } from '../../../../src/domain/media/watching-mode.js';
import { HallRequestForm, useFloorWrites } from './FloorRequestPanel.js';
import { hallStanding, messagesFor } from './hall-view.js';
import { HallPageLinks } from './HallPageLinks.js';
import { HostMessages } from './HostMessages.js';
import { RollCallForm } from './RollCallForm.js';
import { HallVotes } from './after-content.js';
import './live-halls-i18n.js';
import './halls.css';
import { HallTier } from '../../live/HallTier.js';

export default function OperatorConsolePage() {
  const { t } = useTranslation();
  const { conferenceId = '', pointId = '' } = useParams();
  const live = useLive(conferenceId);
  const writes = useFloorWrites(conferenceId, pointId);
  const hall = live.halls.find((candidate) => candidate.bridgePointId === pointId) ?? null;
  const standing = useMemo(() => hallStanding(live.state, pointId), [live.state, pointId]);
  const messages = useMemo(() => messagesFor(live.messages, pointId), [live.messages, pointId]);
  const access = live.access;
  const mayAsk = access ? allowsPoint({ all: access.requestFloorAtAll, ids: access.requestFloorAt }, pointId) : false;
  const mayReport = access ? allowsPoint({ all: access.reportHallAtAll, ids: access.reportHallAt }, pointId) : false;
  const hallName = hall?.name ?? standing.mine[0]?.request.bridgePointName ?? '';
  // Issue 19: a watching point plays the programme over HLS and joins WebRTC near and at its turn.
  const watching = hall?.tier === 'watching';
  const mode = watchingMode(hall?.tier ?? 'interactive', {
    speaking: standing.speaking !== null,
    places: standing.mine.map((m) => m.place),
  });

  return (
    <div className="live-hall-page">
      <header className="live-hall-header">
        <div>
          <h1>{t('live.hall.title')}</h1>
          <p className="live-hall-name" data-testid="hall-name">
            {hallName}
          </p>
          {hall && <HallTier hall={hall} />}
          {live.title && <p className="muted">{live.title}</p>}
        </div>
        <ConnectionBadge status={live.status} />
      </header>
      {live.error && <Banner kind="error" message={live.error.localized} />}
      {live.access && !mayAsk && !mayReport && !live.access.readHalls && (
        <Banner kind="warning">
          <p>{t('live.hall.noPoint')}</p>
        </Banner>
      )}
      {messages.length > 0 && <HostMessages messages={messages} />}
      <div className="live-hall-grid">
        <section className="panel live-now" aria-label={t('live.hall.current')}>
          {live.state ? (
            <CurrentItem state={live.state} serverNow={live.serverNow} showNext />
          ) : (
            <p className="loading">{t('common.loading')}</p>
          )}
        </section>
        {live.state && <HallVotes conferenceId={conferenceId} pointId={pointId} live={live} />}
        {mayAsk && <HallRequestForm pointId={pointId} standing={standing} writes={writes} />}
        {live.state && (
          <section className="panel live-queue" aria-labelledby="queue-heading">
            <h2 id="queue-heading">{t('live.hall.queueTitle', { count: standing.total })}</h2>
            <SpeakerQueue state={live.state} isOwn={(request) => request.bridgePointId === pointId} limit={20} />
          </section>
        )}
        {mayReport && <RollCallForm conferenceId={conferenceId} pointId={pointId} hall={hall} />}
        {messages.length === 0 && <HostMessages messages={messages} />}
      </div>
      {/* Below the state and the request (issue 17: the state and the next action first). Opened before the live access is known (a reopened console is back sooner); the media socket refuses a page without the right, and it closes when the access says so. */}
      {(live.access === null || mayReport) &&
        (watching ? (
          <WatchingMedia conferenceId={conferenceId} bridgePointId={pointId} mode={mode} serverNow={live.serverNow} />
        ) : (
          <PublishingMedia conferenceId={conferenceId} bridgePointId={pointId} />
        ))}
      <HallPageLinks conferenceId={conferenceId} operator={mayReport} />
    </div>
  );
}
