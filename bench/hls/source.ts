/**
 * The watching tier's packager (src/media/hls/hls-packager.ts) driven without the SFU: one
 * ffmpeg plays the engine's part and sends a moving test picture (testsrc2, 640x480 at 25
 * fps, VP8 at 800 kb/s) and a tone (Opus) to the packager's four RTP ports, the same encoded
 * stream to both slots ('main' and 'beside'; the tee muxer encodes once). The packager's
 * own ffmpeg is found among this process's children by its SDP path, to read its CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HlsPackager } from '../../src/media/hls/hls-packager.js';
import type { HlsOptions } from '../../src/media/hls/hls-args.js';
import type { ProgrammeTarget } from '../../src/media/media-engine.js';

export const CONFERENCE = '0b3e6a4e-19a1-4c1d-9e57-5a1f0c2d7e11';

/**
 * `plain`: testsrc2 as it is (flat colours, most of the picture still: x264 skips 80 % of the
 * blocks, an easy picture). `grain`: the same with moving grain (noise changing every frame),
 * much harder to encode, nearer a camera in a hall with its sensor noise.
 */
export type Picture = 'plain' | 'grain';
const PICTURES: Record<Picture, string> = {
  plain: 'testsrc2=size=640x480:rate=25',
  grain: 'testsrc2=size=640x480:rate=25,noise=alls=16:allf=t+u',
};

/** One ffmpeg sending the test picture and tone to the four ports; stopped with `stop()`. */
export function startSource(target: ProgrammeTarget, picture: Picture = 'plain'): { pid: number; stop: () => Promise<void> } {
  const { ports, address } = target;
  const slave = (kind: 'v' | 'a', port: number, payloadType: number) =>
    `[select=${kind}:f=rtp:payload_type=${payloadType}]rtp://${address}:${port}?pkt_size=1200`;
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-re',
    '-f',
    'lavfi',
    '-i',
    PICTURES[picture],
    '-re',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-map',
    '0:v',
    '-map',
    '1:a',
    '-c:v',
    'libvpx',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-b:v',
    '800k',
    '-g',
    '50',
    '-c:a',
    'libopus',
    '-ac',
    '2',
    '-b:a',
    '64k',
    '-f',
    'tee',
    [
      slave('v', ports.main.video, 96),
      slave('a', ports.main.audio, 111),
      slave('v', ports.beside.video, 96),
      slave('a', ports.beside.audio, 111),
    ].join('|'),
  ];
  const child: ChildProcess = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.once('exit', (code, signal) => {
    if (code !== 0 && code !== 255 && signal === null) console.error(`source ffmpeg ended (${code}): ${stderr}`);
  });
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      const kill = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(kill);
    },
  };
}

/** The packager's ffmpeg: a child of this process whose command line names the conference's SDP. */
export function packagerPid(folder: string): number | null {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  for (const pid of children) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes(`${folder}/programme.sdp`)) return Number(pid);
    } catch {
      // ended meanwhile
    }
  }
  return null;
}

export interface Packaging {
  packager: HlsPackager;
  folder: string;
  source: { pid: number; stop: () => Promise<void> };
  stop(): Promise<void>;
}

/** The packager with `options`, writing into `<hlsDir>/<CONFERENCE>/`, fed by the test source. */
export async function startPackaging(hlsDir: string, options: HlsOptions, picture: Picture = 'plain'): Promise<Packaging> {
  const packager = new HlsPackager({
    hlsDir,
    ffmpegPath: 'ffmpeg',
    hls: options,
    log: (message) => console.error(message),
  });
  const target = await packager.start(CONFERENCE);
  const source = startSource(target, picture);
  return {
    packager,
    folder: packager.folderOf(CONFERENCE),
    source,
    stop: async () => {
      await source.stop();
      await packager.close();
    },
  };
}
