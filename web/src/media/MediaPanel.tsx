/**
 * The media part of a live page.
 * - PublishingMedia (a hall's operator, a remote guest): the device set-up until "Tham gia",
 *   then the stage with the hall's controls and a small preview of its own picture. Having
 *   joined is remembered per browser and feed, so a reopened console publishes again at once.
 * - ViewingMedia (the chair, the secretariat): the stage with every hall's thumbnail, a page
 *   of them at a time.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner.js';
import { DeviceSetup } from './DeviceSetup.js';
import { storeChoice, storedChoice, useLocalStream, type DeviceChoice } from './local-media.js';
import { MediaControls } from './MediaControls.js';
import { MediaStage } from './MediaStage.js';
import type { MediaSnapshot } from './media-store.js';
import { useMedia } from './useMedia.js';
import { VideoPlayer } from './VideoPlayer.js';
import './media-i18n.js';
import './media.css';

const joinedKey = (conferenceId: string, bridgePointId: string | undefined) =>
  `diemcau.media.joined.${conferenceId}.${bridgePointId ?? 'guest'}`;

const readJoined = (key: string): boolean => {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
};
const writeJoined = (key: string, joined: boolean) => {
  try {
    if (joined) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Private mode: the set-up shows again after a reload.
  }
};

/** The stage, with the hall's own picture small beside it (a hall that publishes). */
export const StageWithSelf = ({ media, stream }: { media: MediaSnapshot; stream: MediaStream | null }) => {
  const { t } = useTranslation();
  return (
    <div className="media-with-self">
      <MediaStage media={media} />
      <figure className="media-self">
        <VideoPlayer stream={stream} muted label={t('media.stage.you')} />
        <figcaption>{t('media.stage.you')}</figcaption>
      </figure>
    </div>
  );
};

export const PublishingMedia = ({ conferenceId, bridgePointId }: { conferenceId: string; bridgePointId?: string }) => {
  const { t } = useTranslation();
  const key = joinedKey(conferenceId, bridgePointId);
  const [joined, setJoined] = useState(() => readJoined(key));
  const [choice, setChoice] = useState<DeviceChoice>(storedChoice);
  const local = useLocalStream(choice);
  const { media, client } = useMedia({
    conferenceId,
    stream: local.stream,
    ...(bridgePointId ? { bridgePointId } : {}),
    ready: joined,
    publish: true,
  });

  const choose = (next: DeviceChoice) => {
    storeChoice(next);
    setChoice(next);
  };
  const join = (value: boolean) => {
    writeJoined(key, value);
    setJoined(value);
  };
  const mute = useCallback((muted: boolean) => void client?.setSelfMuted(muted).catch(() => undefined), [client]);

  if (!joined || local.error) {
    return (
      <DeviceSetup
        choice={choice}
        onChoice={choose}
        stream={local.stream}
        devices={local.devices}
        error={local.error}
        onRetry={local.retry}
        onJoin={() => join(true)}
      />
    );
  }
  return (
    <section className="panel media-panel" aria-label={t('media.title')} data-testid="media-panel">
      {media.error && <Banner kind="warning" message={media.error} />}
      <StageWithSelf media={media} stream={local.stream} />
      <MediaControls media={media} publishing onMute={mute} onChangeDevices={() => join(false)} />
    </section>
  );
};

export const ViewingMedia = ({
  conferenceId,
  onForceMute,
}: {
  conferenceId: string;
  onForceMute: ((feed: string, muted: boolean) => void) | null;
}) => {
  const { t } = useTranslation();
  const { media, client } = useMedia({ conferenceId, stream: null, ready: conferenceId !== '' });
  // A refused or lost turn leaves the page as the room's view says.
  const turnPage = useCallback((page: number) => void client?.setPage(page).catch(() => undefined), [client]);
  return (
    <section className="panel media-panel media-viewing" aria-label={t('media.title')} data-testid="media-panel">
      {media.error && <Banner kind="warning" message={media.error} />}
      <MediaStage media={media} onForceMute={onForceMute} onPage={turnPage} />
      <MediaControls media={media} publishing={false} onMute={() => undefined} />
    </section>
  );
};
