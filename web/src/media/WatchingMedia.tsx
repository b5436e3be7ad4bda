/**
 * A watching point's media panel (issue 19), on its operator console. By the point's mode
 * (src/domain/media/watching-mode.ts):
 * - watching: the programme over HLS;
 * - standby (its turn is near): the programme still, and the camera and microphone joined to
 *   the media room ahead, hidden (the server shows and hears nobody of a watching point
 *   without the floor);
 * - interactive (it has the floor): the same media client, now shown: the host live and the
 *   point's own picture, with the hall's controls. After the speech the page goes back to
 *   watching without reloading.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchingMode } from '../../../src/domain/media/watching-mode.js';
import { Banner } from '../components/Banner.js';
import { storedChoice, useLocalStream } from './local-media.js';
import { MediaControls } from './MediaControls.js';
import { StageWithSelf } from './MediaPanel.js';
import { useMedia } from './useMedia.js';
import { WatchingProgramme } from './WatchingProgramme.js';
import './media-i18n.js';
import './watching-i18n.js';
import './media.css';

interface ConnectedProps {
  conferenceId: string;
  bridgePointId: string;
  shown: boolean;
}

/** The point's camera and microphone in the media room: hidden while on standby, the stage once it has the floor. */
const ConnectedAhead = ({ conferenceId, bridgePointId, shown }: ConnectedProps) => {
  const { t } = useTranslation();
  const [choice] = useState(storedChoice);
  const local = useLocalStream(choice);
  const { media, client } = useMedia({ conferenceId, bridgePointId, stream: local.stream, ready: true, publish: true });
  const mute = useCallback((muted: boolean) => void client?.setSelfMuted(muted).catch(() => undefined), [client]);
  if (local.error)
    return (
      <Banner kind="warning">
        <p>{t(local.error === 'insecure' ? 'media.setup.insecure' : 'media.setup.denied')}</p>
      </Banner>
    );
  return (
    <div className={shown ? 'watching-connected' : 'watching-connected hidden-ahead'} data-testid="watching-connected" hidden={!shown}>
      {media.error && <Banner kind="warning" message={media.error} />}
      <StageWithSelf media={media} stream={local.stream} />
      {shown && <MediaControls media={media} publishing onMute={mute} />}
    </div>
  );
};

export interface WatchingMediaProps {
  conferenceId: string;
  bridgePointId: string;
  mode: WatchingMode;
  serverNow(): number;
}

export const WatchingMedia = ({ conferenceId, bridgePointId, mode, serverNow }: WatchingMediaProps) => {
  const { t } = useTranslation();
  const note = mode === 'interactive' ? t('watching.speaking') : mode === 'standby' ? t('watching.standby') : t('watching.tierWatching');
  return (
    <section className="panel media-panel watching-panel" aria-label={t('media.title')} data-testid="watching-panel" data-mode={mode}>
      {mode !== 'interactive' && (
        <WatchingProgramme conferenceId={conferenceId} bridgePointId={bridgePointId} serverNow={serverNow} report />
      )}
      <p className={mode === 'watching' ? 'muted watching-note' : 'watching-note emphasis'} data-testid="watching-note">
        {note}
      </p>
      {mode !== 'watching' && <ConnectedAhead conferenceId={conferenceId} bridgePointId={bridgePointId} shown={mode === 'interactive'} />}
    </section>
  );
};
