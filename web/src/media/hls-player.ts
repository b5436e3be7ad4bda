/**
 * The watching tier's player (issue 19): the host programme over HLS with hls.js, loaded only
 * by the pages that watch. It asks the server for a signed address, renews the token at half
 * its life (every request carries the newest token: the player never restarts for it), and
 * measures what the roll call shows: starting, playing, stalled or failed, how far behind
 * live (the server's clock minus the programme date of the frame shown) and the rendition.
 * The programme dates come from when each segment was finished (playlist-dates.ts), which
 * leaves out ffmpeg's own delay: the figure is a lower bound ("at least"), about a second
 * under the glass-to-glass delay measured by bench/hls/glass-to-glass.ts.
 */
import type Hls from 'hls.js';
import { request } from '../api/client.js';

export interface WatchAddress {
  url: string;
  token: string;
  expiresAt: number;
  renditions: string[];
  segmentSeconds: number;
}

export type PlaybackState = 'starting' | 'playing' | 'stalled' | 'error';

export interface PlaybackHealth {
  state: PlaybackState;
  /** Milliseconds behind live (server clock); null until a frame with a programme date plays. */
  latencyMs: number | null;
  rendition: string | null;
  stalls: number;
}

export interface HlsPlayer {
  health(): PlaybackHealth;
  close(): void;
}

export const watchAddress = (conferenceId: string, bridgePointId: string | null): Promise<WatchAddress> =>
  request<WatchAddress>(
    'GET',
    `/conferences/${conferenceId}/media/watch${bridgePointId ? `?bridgePointId=${encodeURIComponent(bridgePointId)}` : ''}`,
  );

const withToken = (url: string, token: string): string => url.replace(/\/hls\/([^/]+)\/[^/]+\//, `/hls/$1/${token}/`);

/** Behind live by about two segments; caught up by playing a little faster when it drifts. */
const PLAYER_CONFIG = {
  lowLatencyMode: false,
  liveSyncDuration: 1,
  liveMaxLatencyDuration: 4,
  maxLiveSyncPlaybackRate: 1.15,
  backBufferLength: 8,
  maxBufferLength: 6,
  // The master playlist appears with ffmpeg's first segments: keep asking meanwhile.
  manifestLoadPolicy: {
    default: {
      maxTimeToFirstByteMs: 8_000,
      maxLoadTimeMs: 10_000,
      timeoutRetry: { maxNumRetry: 60, retryDelayMs: 500, maxRetryDelayMs: 2_000 },
      errorRetry: { maxNumRetry: 60, retryDelayMs: 500, maxRetryDelayMs: 2_000 },
    },
  },
} as const;

export async function openHlsPlayer(
  video: HTMLVideoElement,
  conferenceId: string,
  bridgePointId: string | null,
  serverNow: () => number,
): Promise<HlsPlayer> {
  const { default: HlsClass } = await import('hls.js');
  let address = await watchAddress(conferenceId, bridgePointId);
  let closed = false;
  const health: PlaybackHealth = { state: 'starting', latencyMs: null, rendition: null, stalls: 0 };

  const renew = async () => {
    if (closed) return;
    try {
      address = await watchAddress(conferenceId, bridgePointId);
    } catch {
      // The next renewal (or a refused request) tries again.
    }
  };
  const renewal = setInterval(() => void renew(), Math.max(30_000, (address.expiresAt - Date.now()) / 2));

  const xhrSetup = (xhr: XMLHttpRequest, url: string) => xhr.open('GET', withToken(url, address.token), true);
  const canPlayNatively = !HlsClass.isSupported() && video.canPlayType('application/vnd.apple.mpegurl') !== '';
  let hls: Hls | null = null;
  if (canPlayNatively) {
    // Safari on a phone: its own HLS (the token then lasts the address's life; the page renews it on reload).
    video.src = address.url;
  } else {
    hls = new HlsClass({ ...PLAYER_CONFIG, xhrSetup });
    hls.on(HlsClass.Events.LEVEL_SWITCHED, (_event, data) => {
      const height = hls?.levels[data.level]?.height;
      health.rendition = height ? `${height}p` : null;
    });
    hls.on(HlsClass.Events.ERROR, (_event, data) => {
      if (data.details === HlsClass.ErrorDetails.BUFFER_STALLED_ERROR && health.state === 'playing') {
        health.state = 'stalled';
        health.stalls += 1;
      }
      if (!data.fatal || !hls) return;
      health.state = 'error';
      if (data.type === HlsClass.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
      // A network failure (the packager restarting, a token refused): a fresh address, then the source again.
      else
        setTimeout(
          () =>
            void renew().then(() => {
              if (!closed) hls?.loadSource(address.url);
            }),
          1_000,
        );
    });
    hls.loadSource(address.url);
    hls.attachMedia(video);
  }

  const onPlaying = () => {
    health.state = 'playing';
  };
  const onWaiting = () => {
    if (health.state !== 'playing') return;
    health.state = 'stalled';
    health.stalls += 1;
  };
  video.addEventListener('playing', onPlaying);
  video.addEventListener('waiting', onWaiting);
  const sampler = setInterval(() => {
    const date = hls?.playingDate;
    if (date && !video.paused) health.latencyMs = Math.max(0, Math.round(serverNow() - date.getTime()));
    else if (hls?.latency && Number.isFinite(hls.latency)) health.latencyMs = Math.round(hls.latency * 1000);
  }, 500);
  void video.play().catch(() => {
    // Sound needs a touch on most browsers: play the picture muted; the page offers the sound.
    video.muted = true;
    void video.play().catch(() => undefined);
  });

  return {
    health: () => ({ ...health }),
    close() {
      closed = true;
      clearInterval(renewal);
      clearInterval(sampler);
      video.removeEventListener('playing', onPlaying);
      video.removeEventListener('waiting', onWaiting);
      hls?.destroy();
      video.removeAttribute('src');
    },
  };
}
