/**
 * The media engine of the configuration: the embedded SFU (default, nothing to install) or
 * Janus through janode (MEDIA_ENGINE=janus, JANUS_URL=ws://…). Constructed here, started by
 * the media service on first use, so a server that never runs a meeting starts no worker.
 */
import { EmbeddedEngine } from './embedded/embedded-engine.js';
import { JanusEngine } from './janus/janus-engine.js';
import { DEFAULT_HLS_OPTIONS, type HlsOptions } from './hls/hls-args.js';
import type { IceServer, MediaEngine } from './media-engine.js';

/** The watching tier's packaging (issue 19; server/hls-config.ts). */
export interface HlsConfig {
  ffmpegPath: string;
  options: HlsOptions;
  /** The key of the signed watching addresses; null: a new one per process start. */
  signingKey: string | null;
}

export interface MediaConfig {
  engine: 'embedded' | 'janus';
  /** Janus's WebSocket API (MEDIA_ENGINE=janus). */
  janusUrl: string | null;
  /** The address the embedded SFU binds and announces to browsers (MEDIA_HOST_ADDRESS). */
  hostAddress: string;
  /** UDP ports of the embedded SFU (MEDIA_PORT_RANGE=40000-40999); null: any. */
  portRange: [number, number] | null;
  /** STUN/TURN servers for browsers behind NAT (ICE_SERVERS, JSON); none by default. */
  iceServers: IceServer[];
  /** Janus recordings to .webm/.opus (JANUS_PP_REC): a path; null (`off`): .mjr only; unset: `janus-pp-rec` from PATH. */
  janusPostProcessor?: string | null;
  /** Thumbnails per page on the chair's wall (MEDIA_THUMBNAILS); default 16. */
  thumbnailsPerPage?: number;
  /** Embedded engine, rehearsals and tests: the share (%) of the halls' packets dropped (MEDIA_SIMULATED_LOSS). */
  simulatedLossPercent?: number;
  /** The watching tier (HLS); null or absent: off. */
  hls?: HlsConfig | null;
}

/** The watching tier as an empty environment sets it (server/hls-config.ts): on, ffmpeg from PATH. */
export const DEFAULT_HLS_CONFIG: HlsConfig = { ffmpegPath: 'ffmpeg', options: DEFAULT_HLS_OPTIONS, signingKey: null };

/**
 * What an app built without settings uses (the tests' apps, the benches): the embedded engine
 * and no watching tier, which would start an ffmpeg per conference that a test merely reads.
 * A server started from its environment (server-config.ts) has the watching tier on.
 */
export const DEFAULT_MEDIA_CONFIG: MediaConfig = {
  engine: 'embedded',
  janusUrl: null,
  hostAddress: '127.0.0.1',
  portRange: null,
  iceServers: [],
  hls: null,
};

export function createEngine(config: MediaConfig, recordingsDir: string, log: (message: string, error?: unknown) => void): MediaEngine {
  if (config.engine === 'janus') {
    if (!config.janusUrl) throw new Error('MEDIA_ENGINE=janus needs JANUS_URL (ws://host:8188)');
    return new JanusEngine({
      url: config.janusUrl,
      iceServers: config.iceServers,
      recordingsDir,
      janusPostProcessor: config.janusPostProcessor,
      log,
    });
  }
  return new EmbeddedEngine({
    hostAddress: config.hostAddress,
    ...(config.portRange ? { portRange: config.portRange } : {}),
    iceServers: config.iceServers,
    ...(config.simulatedLossPercent ? { simulatedLossPercent: config.simulatedLossPercent } : {}),
    log,
  });
}
