/**
 * The host programme as a watching point sees it (issue 19): the HLS player, a line that says
 * how it plays (live, how many seconds behind, which rendition; or loading, interrupted), and
 * the sound button a browser may require. Every REPORT_EVERY_MS the page reports its playback
 * to the roll call (when `report` is set: the point's operator console or big screen).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/client.js';
import { localized } from '../i18n/index.js';
import { formatSeconds } from './watching-format.js';
import { openHlsPlayer, type HlsPlayer, type PlaybackHealth } from './hls-player.js';
import './media-i18n.js';
import './watching-i18n.js';
import './media.css';

const REPORT_EVERY_MS = 5_000;
const SAMPLE_EVERY_MS = 1_000;

export interface WatchingProgrammeProps {
  conferenceId: string;
  bridgePointId: string | null;
  serverNow(): number;
  /** Report playback health to the roll call (a point's own pages). */
  report: boolean;
  className?: string;
}

const reportPlayback = (conferenceId: string, bridgePointId: string, health: PlaybackHealth) =>
  request('POST', `/conferences/${conferenceId}/live/playback`, {
    body: { bridgePointId, state: health.state, latencyMs: health.latencyMs, rendition: health.rendition, stalls: health.stalls },
  });

export const WatchingProgramme = ({ conferenceId, bridgePointId, serverNow, report, className }: WatchingProgrammeProps) => {
  const { t, i18n } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [health, setHealth] = useState<PlaybackHealth>({ state: 'starting', latencyMs: null, rendition: null, stalls: 0 });
  const [failed, setFailed] = useState<unknown>(null);
  const [muted, setMuted] = useState(false);
  const now = useRef(serverNow);
  now.current = serverNow;

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let player: HlsPlayer | null = null;
    let stopped = false;
    const opening = openHlsPlayer(element, conferenceId, bridgePointId, () => now.current()).then(
      (opened) => {
        if (stopped) opened.close();
        else player = opened;
        (window as unknown as { __diemcauWatch?: unknown }).__diemcauWatch = { video: element, health: () => opened.health() };
      },
      (error: unknown) => setFailed(error ?? new Error('watch')),
    );
    const sample = setInterval(() => {
      if (!player) return;
      setHealth(player.health());
      setMuted(element.muted);
    }, SAMPLE_EVERY_MS);
    const reporter =
      report && bridgePointId
        ? setInterval(() => {
            if (player) void reportPlayback(conferenceId, bridgePointId, player.health()).catch(() => undefined);
          }, REPORT_EVERY_MS)
        : null;
    return () => {
      stopped = true;
      clearInterval(sample);
      if (reporter) clearInterval(reporter);
      void opening.then(() => player?.close());
    };
  }, [conferenceId, bridgePointId, report]);

  const status =
    failed !== null
      ? // The server's reason when it gives one (the tier unavailable here: HLS=off, Janus), else a network failure.
        failed instanceof ApiError
        ? localized(failed.localized, i18n.language)
        : t('watching.failed')
      : health.state === 'playing'
        ? t('watching.live', {
            latency: health.latencyMs === null ? '…' : formatSeconds(health.latencyMs, i18n.language),
            rendition: health.rendition ?? '',
          })
        : health.state === 'stalled'
          ? t('watching.stalled', { count: health.stalls })
          : health.state === 'error'
            ? t('watching.error')
            : t('watching.starting');

  return (
    <figure className={`watching-programme ${className ?? ''}`} data-testid="watching-programme" data-state={health.state}>
      <video ref={video} className="media-video" playsInline aria-label={t('watching.video')} />
      <figcaption className="watching-status" role="status" data-testid="watching-status">
        <span className={`watching-dot ${health.state}`} aria-hidden="true" />
        {status}
        {muted && (
          <button
            type="button"
            className="secondary watching-sound"
            onClick={() => {
              if (!video.current) return;
              video.current.muted = false;
              setMuted(false);
            }}
          >
            {t('media.stage.soundBlocked')}
          </button>
        )}
      </figcaption>
    </figure>
  );
};
