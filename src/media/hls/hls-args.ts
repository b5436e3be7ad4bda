/**
 * What ffmpeg is told to make the watching tier's stream (issue 19), as pure functions: the
 * SDP that describes the engine's four RTP streams (slots 'main' and 'beside', video and
 * audio), and the command line that composes them (the host and, beside it, the hall with the
 * floor, as the recording takes them), mixes their sound and packages the result as HLS in
 * one or more renditions.
 *
 * Latency is kept low by short segments (one second, a key frame at each), x264's
 * zero-latency tuning, and reading the RTP without buffering (wall-clock timestamps: the
 * streams share one clock whatever fills them).
 */

export const RENDITIONS = {
  '1080p': { width: 1920, height: 1080, videoKbps: 4_500, audioKbps: 128 },
  '720p': { width: 1280, height: 720, videoKbps: 2_500, audioKbps: 128 },
  '360p': { width: 640, height: 360, videoKbps: 700, audioKbps: 64 },
} as const;
export type RenditionName = keyof typeof RENDITIONS;
export const RENDITION_NAMES = Object.keys(RENDITIONS) as RenditionName[];

export interface ProgrammePorts {
  main: { video: number; audio: number };
  beside: { video: number; audio: number };
}

export interface HlsOptions {
  /** Largest first (the composition is made at the first one's size). */
  renditions: RenditionName[];
  /** x264 preset: `veryfast` by default; `ultrafast` on a small machine or in tests. */
  preset: string;
  segmentSeconds: number;
  /** Segments a media playlist lists (older ones are deleted a little later). */
  listSize: number;
  frameRate: number;
}

export const DEFAULT_HLS_OPTIONS: HlsOptions = {
  renditions: ['720p', '360p'],
  preset: 'veryfast',
  segmentSeconds: 1,
  listSize: 6,
  frameRate: 25,
};

/** The ports of the four streams: main video, main audio, beside video, beside audio (RTCP on each port + 1). */
export const portsFrom = (base: number): ProgrammePorts => ({
  main: { video: base, audio: base + 2 },
  beside: { video: base + 4, audio: base + 6 },
});

export function programmeSdp(address: string, ports: ProgrammePorts): string {
  const video = (port: number) => [`m=video ${port} RTP/AVP 96`, 'a=rtpmap:96 VP8/90000', 'a=recvonly'];
  const audio = (port: number) => [`m=audio ${port} RTP/AVP 111`, 'a=rtpmap:111 opus/48000/2', 'a=recvonly'];
  return [
    'v=0',
    `o=- 0 0 IN IP4 ${address}`,
    's=diemcau host programme',
    `c=IN IP4 ${address}`,
    't=0 0',
    ...video(ports.main.video),
    ...audio(ports.main.audio),
    ...video(ports.beside.video),
    ...audio(ports.beside.audio),
    '',
  ].join('\r\n');
}

/** The composition: two halves of the canvas, each picture fitted into its half (streams 0:0-0:3 as in the SDP). */
function filterGraph(options: HlsOptions): string {
  const canvas = RENDITIONS[options.renditions[0]!];
  const half = `${canvas.width / 2}:${canvas.height}`;
  const fit = (input: string, label: string) =>
    `[${input}]fps=${options.frameRate},scale=${half}:force_original_aspect_ratio=decrease:force_divisible_by=2,` +
    `pad=${half}:(ow-iw)/2:(oh-ih)/2:color=0x111827,setsar=1[${label}]`;
  const count = options.renditions.length;
  const videoOut = options.renditions.map((_, i) => `[c${i}]`).join('');
  const audioOut = options.renditions.map((_, i) => `[a${i}]`).join('');
  const scaled = options.renditions.map((name, i) => {
    const { width, height } = RENDITIONS[name];
    return `[c${i}]scale=${width}:${height}[v${i}]`;
  });
  return [
    fit('0:0', 'main'),
    fit('0:2', 'beside'),
    `[main][beside]hstack=inputs=2,split=${count}${videoOut}`,
    ...scaled,
    `[0:1][0:3]amix=inputs=2:normalize=0:dropout_transition=0,aresample=async=1000,asplit=${count}${audioOut}`,
  ].join(';');
}

/**
 * `run` names this ffmpeg run in the segment names: a restarted packager never writes a name
 * an HTTP cache may already hold, and its sequence numbers go on from the clock (epoch).
 */
export function ffmpegArgs(sdpPath: string, outDir: string, run: string, options: HlsOptions): string[] {
  const gop = options.frameRate * options.segmentSeconds;
  const perRendition = options.renditions.flatMap((name, i) => {
    const r = RENDITIONS[name];
    return [
      '-map',
      `[v${i}]`,
      '-map',
      `[a${i}]`,
      `-b:v:${i}`,
      `${r.videoKbps}k`,
      `-maxrate:v:${i}`,
      `${r.videoKbps}k`,
      `-bufsize:v:${i}`,
      `${r.videoKbps}k`,
      `-b:a:${i}`,
      `${r.audioKbps}k`,
    ];
  });
  return [
    '-hide_banner',
    '-loglevel',
    'warning',
    '-nostdin',
    '-protocol_whitelist',
    'file,udp,rtp',
    '-fflags',
    'nobuffer',
    '-flags',
    'low_delay',
    '-use_wallclock_as_timestamps',
    '1',
    '-probesize',
    '200000',
    '-analyzeduration',
    '1000000',
    '-reorder_queue_size',
    '64',
    '-i',
    sdpPath,
    '-filter_complex',
    filterGraph(options),
    ...perRendition,
    '-c:v',
    'libx264',
    '-preset',
    options.preset,
    '-tune',
    'zerolatency',
    '-profile:v',
    'main',
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(gop),
    '-keyint_min',
    String(gop),
    '-sc_threshold',
    '0',
    '-c:a',
    'aac',
    '-ar',
    '48000',
    '-ac',
    '2',
    '-f',
    'hls',
    '-hls_time',
    String(options.segmentSeconds),
    '-hls_list_size',
    String(options.listSize),
    '-hls_flags',
    'delete_segments+independent_segments+temp_file+omit_endlist+discont_start',
    '-hls_delete_threshold',
    '4',
    '-hls_start_number_source',
    'epoch',
    '-hls_segment_type',
    'mpegts',
    '-master_pl_name',
    'master.m3u8',
    '-var_stream_map',
    options.renditions.map((name, i) => `v:${i},a:${i},name:${name}`).join(' '),
    '-hls_segment_filename',
    `${outDir}/%v/${run}-%d.ts`,
    `${outDir}/%v/index.m3u8`,
  ];
}
