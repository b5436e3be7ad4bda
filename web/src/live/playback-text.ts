/** The playback line of a watching point on the roll call (issue 19); pure, for HallTier. */
import type { HallPlayback } from '../../../src/domain/live/live-state.js';
import { formatSeconds } from '../media/watching-format.js';

/** The playback line of a watching point, in the language given ("Trễ ít nhất 3,2 s · 720p": a lower bound, see web/src/media/hls-player.ts). */
export const playbackText = (playback: HallPlayback, t: (key: string, options?: Record<string, unknown>) => string, language: string) => {
  switch (playback.state) {
    case 'starting':
      return t('mediaTier.playback.starting');
    case 'stalled':
      return t('mediaTier.playback.stalled', { count: playback.stalls });
    case 'error':
      return t('mediaTier.playback.error');
    case 'playing': {
      const latency =
        playback.latencyMs === null
          ? t('mediaTier.playback.playingUnknown')
          : t('mediaTier.playback.playing', { latency: formatSeconds(playback.latencyMs, language) });
      return [latency, playback.rendition].filter(Boolean).join(' · ');
    }
  }
};
