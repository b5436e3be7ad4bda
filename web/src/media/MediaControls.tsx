/**
 * The publishing hall's strip under its stage: its own mute, whether its microphone is open
 * ("Đang phát biểu / Micro mở"), sound only on a weak link, the measured link, and the
 * connection's state. Each state also sits in a data attribute for the tests.
 */
import { useTranslation } from 'react-i18next';
import type { MediaSnapshot } from './media-store.js';
import './media-i18n.js';

export interface MediaControlsProps {
  media: MediaSnapshot;
  publishing: boolean;
  onMute(muted: boolean): void;
  onChangeDevices?: () => void;
}

const figure = (value: number | null) => (value === null ? '–' : String(Math.round(value * 10) / 10));

export const MediaControls = ({ media, publishing, onMute, onChangeDevices }: MediaControlsProps) => {
  const { t } = useTranslation();
  const micOpen = media.room?.micOpen ?? false;
  const quality = media.quality;
  return (
    <div
      className="media-controls"
      data-testid="media-controls"
      data-mic-open={String(micOpen)}
      data-mic-sending={String(media.micSending)}
      data-audio-only={String(media.audioOnly)}
      data-video-reduced={String(media.videoReduced)}
      data-joins={media.joins}
      data-publisher={media.publisherState}
    >
      {media.status !== 'live' && <span className="media-badge media-badge-connecting">{t(`media.controls.${media.status}`)}</span>}
      {publishing && (
        <button
          type="button"
          className={media.selfMuted ? 'primary' : 'secondary'}
          aria-pressed={media.selfMuted}
          onClick={() => onMute(!media.selfMuted)}
        >
          {media.selfMuted ? t('media.controls.unmute') : t('media.controls.mute')}
        </button>
      )}
      {publishing && (
        <span className={`media-badge ${micOpen ? 'media-badge-mic' : 'media-badge-closed'}`} role="status">
          {micOpen ? t('media.controls.micOpen') : media.selfMuted ? t('media.controls.selfMuted') : t('media.controls.micClosed')}
        </span>
      )}
      {publishing && media.audioOnly && <span className="media-badge media-badge-audio">{t('media.controls.audioOnly')}</span>}
      {publishing && media.videoReduced && <span className="media-badge media-badge-audio">{t('media.controls.videoReduced')}</span>}
      {publishing && quality && (
        <span
          className={`media-badge media-link-${quality.link}`}
          title={t('media.controls.figures', {
            rtt: figure(quality.rttMs),
            loss: figure(quality.lossPercent),
            kbps: figure(quality.bitrateKbps),
          })}
        >
          {t(`media.controls.link.${quality.link}`)}
        </span>
      )}
      {media.room?.recording && <span className="media-badge media-badge-recording">{t('media.controls.recording')}</span>}
      {onChangeDevices && (
        <button type="button" className="link-button" onClick={onChangeDevices}>
          {t('media.controls.changeDevices')}
        </button>
      )}
    </div>
  );
};
