/**
 * Before a hall joins: the camera and the microphone to use, a preview of the picture and a
 * sound check (the microphone's level), then "Tham gia". The stream belongs to the caller,
 * which hands the same one to the media client once joined.
 */
import { useTranslation } from 'react-i18next';
import type { DeviceChoice, LocalMediaError } from './local-media.js';
import { useSoundLevel } from './local-media.js';
import { VideoPlayer } from './VideoPlayer.js';
import './media-i18n.js';
import './media.css';

export interface DeviceSetupProps {
  choice: DeviceChoice;
  onChoice(choice: DeviceChoice): void;
  stream: MediaStream | null;
  devices: MediaDeviceInfo[];
  error: LocalMediaError;
  onRetry(): void;
  onJoin(): void;
}

const DeviceSelect = (props: {
  id: string;
  label: string;
  kind: MediaDeviceKind;
  devices: MediaDeviceInfo[];
  value: string;
  onChange(value: string): void;
  none?: string;
}) => {
  const { t } = useTranslation();
  const options = props.devices.filter((device) => device.kind === props.kind && device.deviceId);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {options.length === 0 && <option value="">{t('media.setup.device', { n: 1 })}</option>}
        {options.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || t('media.setup.device', { n: index + 1 })}
          </option>
        ))}
        {props.none && <option value="none">{props.none}</option>}
      </select>
    </div>
  );
};

export const DeviceSetup = ({ choice, onChoice, stream, devices, error, onRetry, onJoin }: DeviceSetupProps) => {
  const { t } = useTranslation();
  const level = useSoundLevel(stream);
  // The device actually open, when the choice is the default ('').
  const openVideo = stream?.getVideoTracks()[0]?.getSettings().deviceId ?? '';
  const openAudio = stream?.getAudioTracks()[0]?.getSettings().deviceId ?? '';

  return (
    <section className="panel media-setup" aria-labelledby="media-setup-heading" data-testid="device-setup">
      <h2 id="media-setup-heading">{t('media.setup.title')}</h2>
      {error && (
        <div className="banner banner-error" role="alert">
          <div className="banner-body">
            <p>{t(`media.setup.${error}`)}</p>
          </div>
          {error === 'denied' && (
            <button type="button" className="secondary" onClick={onRetry}>
              {t('media.setup.retry')}
            </button>
          )}
        </div>
      )}
      <div className="media-setup-grid">
        <div>
          <DeviceSelect
            id="media-camera"
            label={t('media.setup.camera')}
            kind="videoinput"
            devices={devices}
            value={choice.videoId || openVideo}
            none={t('media.setup.noCamera')}
            onChange={(videoId) => onChoice({ ...choice, videoId })}
          />
          <DeviceSelect
            id="media-microphone"
            label={t('media.setup.microphone')}
            kind="audioinput"
            devices={devices}
            value={choice.audioId || openAudio}
            onChange={(audioId) => onChoice({ ...choice, audioId })}
          />
          <div className="field">
            <label htmlFor="media-level">{t('media.setup.level')}</label>
            <meter id="media-level" className="media-level" min={0} max={1} low={0.05} high={0.9} value={level} data-level={level} />
            <p className="hint">{t('media.setup.levelHint')}</p>
          </div>
          <button type="button" className="primary live-big-button" disabled={!stream} onClick={onJoin}>
            {stream ? t('media.setup.join') : t('media.setup.starting')}
          </button>
        </div>
        <figure className="media-preview">
          <VideoPlayer stream={stream} muted label={t('media.setup.preview')} />
          <figcaption>{t('media.setup.preview')}</figcaption>
        </figure>
      </div>
    </section>
  );
};
