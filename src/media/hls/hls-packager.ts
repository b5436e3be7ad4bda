/**
 * The watching tier's packager (issue 19): one ffmpeg process per conference that takes the
 * engine's programme RTP (hls-args.ts) and writes HLS into `<hlsDir>/<conference id>/`:
 * `master.m3u8`, and per rendition `<name>/index.m3u8` with its segments.
 *
 * ffmpeg runs as a child process (it never shares the server's event loop); it is started
 * again when it dies (backoff up to 10 s) until the conference's programme stops, and is
 * stopped with the server; one that stops writing segments (STALL_MS) is killed and so started
 * again. The filler picture the engine sends while a slot is empty is made
 * once by ffmpeg too (a VP8 key frame).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { ProgrammeTarget } from '../media-engine.js';
import { ffmpegArgs, portsFrom, programmeSdp, type HlsOptions, type ProgrammePorts } from './hls-args.js';

const run = promisify(execFile);
const LOOPBACK = '127.0.0.1';
/** Debian's fonts-liberation2 (installed with LibreOffice for the documents); Vietnamese glyphs included. */
const FILLER_FONT = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf';
const FILLER_TEXT = { main: 'Điểm cầu chính chưa có hình', beside: 'Chưa có điểm cầu phát biểu' } as const;
const MAX_BACKOFF_MS = 10_000;
const STDERR_KEPT = 2_000;
/** A packager that writes no playlist for this long is stuck (an input it waits for): it is started again. */
const STALL_MS = 10_000;
const WATCH_EVERY_MS = 2_000;

export interface PackagerOptions {
  /** Where each conference's HLS is written (DATA_DIR/hls). */
  hlsDir: string;
  ffmpegPath: string;
  hls: HlsOptions;
  log: (message: string, error?: unknown) => void;
}

/** How a conference's packager is doing (the roll call and the health route show it). */
export interface PackagerStatus {
  running: boolean;
  startedAt: number;
  restarts: number;
  lastError: string | null;
}

interface Packaging {
  ports: ProgrammePorts;
  child: ChildProcess | null;
  stopped: boolean;
  status: PackagerStatus;
  restartTimer: NodeJS.Timeout | null;
}

/** Four stream ports and their RTCP ports (base … base + 7), all free now on loopback. */
async function freePorts(): Promise<ProgrammePorts> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20_000 + 2 * Math.floor(Math.random() * 9_000);
    const sockets = Array.from({ length: 8 }, () => createSocket('udp4'));
    const bound = await Promise.all(
      sockets.map(
        (socket, i) =>
          new Promise<boolean>((done) => {
            socket.once('error', () => done(false));
            socket.bind(base + i, LOOPBACK, () => done(true));
          }),
      ),
    );
    await Promise.all(sockets.map((socket) => new Promise<void>((done) => socket.close(() => done())).catch(() => undefined)));
    if (bound.every(Boolean)) return portsFrom(base);
  }
  throw new Error('no free UDP ports on loopback for the HLS packager');
}

export class HlsPackager {
  private readonly runs = new Map<string, Packaging>();
  private readonly fillers = new Map<string, Promise<string>>();

  constructor(private readonly options: PackagerOptions) {}

  folderOf(conferenceId: string): string {
    return resolve(this.options.hlsDir, conferenceId);
  }

  status(conferenceId: string): PackagerStatus | null {
    return this.runs.get(conferenceId)?.status ?? null;
  }

  /** ffmpeg answers (the watching tier can run); a clear Error when it cannot be found. */
  async check(): Promise<void> {
    await run(this.options.ffmpegPath, ['-hide_banner', '-version']).catch((error: unknown) => {
      throw new Error(`ffmpeg (${this.options.ffmpegPath}) cannot be run: ${(error as Error).message}`);
    });
  }

  /**
   * The still picture of an empty slot: a dark VP8 key frame saying what is missing there (plain
   * dark when the font is missing), made once per text.
   */
  fillerFrame(text: string): Promise<string> {
    const cached = this.fillers.get(text);
    if (cached) return cached;
    const label = existsSync(FILLER_FONT)
      ? `,drawtext=fontfile=${FILLER_FONT}:text='${text}':fontcolor=white@0.55:fontsize=26:x=(w-tw)/2:y=(h-th)/2`
      : '';
    const filler = run(
      this.options.ffmpegPath,
      ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=0x111827:s=640x480:r=1${label}`, '-frames:v', '1'].concat([
        '-c:v',
        'libvpx',
        '-deadline',
        'realtime',
        '-f',
        'ivf',
        'pipe:1',
      ]),
      { encoding: 'buffer', maxBuffer: 1 << 20 },
    ).then(({ stdout }) => {
      // IVF: a 32-byte file header, then a 12-byte header before each frame.
      const frame = stdout.subarray(44);
      if (frame.length === 0) throw new Error('ffmpeg made no filler frame');
      return frame.toString('base64');
    });
    this.fillers.set(text, filler);
    filler.catch(() => this.fillers.delete(text));
    return filler;
  }

  /** Starts the conference's ffmpeg (a fresh folder); returns where the engine sends the programme. */
  async start(conferenceId: string): Promise<ProgrammeTarget> {
    await this.stop(conferenceId);
    const [main, beside, ports] = await Promise.all([
      this.fillerFrame(FILLER_TEXT.main),
      this.fillerFrame(FILLER_TEXT.beside),
      freePorts(),
    ]);
    const folder = this.folderOf(conferenceId);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await writeFile(resolve(folder, 'programme.sdp'), programmeSdp(LOOPBACK, ports));
    const packaging: Packaging = {
      ports,
      child: null,
      stopped: false,
      status: { running: false, startedAt: Date.now(), restarts: 0, lastError: null },
      restartTimer: null,
    };
    this.runs.set(conferenceId, packaging);
    this.launch(conferenceId, packaging);
    return { address: LOOPBACK, ports, fillerVideo: { main, beside } };
  }

  private launch(conferenceId: string, packaging: Packaging): void {
    const folder = this.folderOf(conferenceId);
    const args = ffmpegArgs(resolve(folder, 'programme.sdp'), folder, randomBytes(3).toString('hex'), this.options.hls);
    const child = spawn(this.options.ffmpegPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    packaging.child = child;
    packaging.status.running = true;
    const launchedAt = Date.now();
    const playlist = resolve(folder, this.options.hls.renditions[0]!, 'index.m3u8');
    const watchdog = setInterval(() => {
      void stat(playlist)
        .then(
          (s) => s.mtimeMs,
          () => 0,
        )
        .then((written) => {
          if (Date.now() - Math.max(written, launchedAt) < STALL_MS || child.exitCode !== null) return;
          packaging.status.lastError = `ffmpeg wrote nothing for ${STALL_MS / 1000} s`;
          child.kill('SIGKILL');
        });
    }, WATCH_EVERY_MS);
    watchdog.unref();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    child.once('error', (error) => {
      packaging.status.lastError = error.message;
    });
    child.once('close', (code, signal) => {
      clearInterval(watchdog);
      packaging.child = null;
      packaging.status.running = false;
      if (packaging.stopped) return;
      packaging.status.lastError = `ffmpeg ended (code ${code}, signal ${signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      this.options.log(`HLS packager of ${conferenceId}: ${packaging.status.lastError}`);
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(packaging.status.restarts, 5));
      packaging.status.restarts += 1;
      packaging.restartTimer = setTimeout(() => {
        packaging.restartTimer = null;
        if (!packaging.stopped) this.launch(conferenceId, packaging);
      }, delay);
      packaging.restartTimer.unref();
    });
  }

  /**
   * Resolves once the master playlist is written (ffmpeg writes it with its first segments, a
   * second or two after the start), or after `timeoutMs` whatever happened (players retry).
   */
  async whenPublished(conferenceId: string, timeoutMs = 15_000): Promise<boolean> {
    const master = resolve(this.folderOf(conferenceId), 'master.m3u8');
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      if (
        await access(master).then(
          () => true,
          () => false,
        )
      )
        return true;
      if (!this.runs.has(conferenceId)) return false;
      await new Promise((done) => setTimeout(done, 200));
    }
    return false;
  }

  /** Stops the conference's ffmpeg (its last segments stay until the next start). */
  async stop(conferenceId: string): Promise<void> {
    const packaging = this.runs.get(conferenceId);
    if (!packaging) return;
    this.runs.delete(conferenceId);
    packaging.stopped = true;
    if (packaging.restartTimer) clearTimeout(packaging.restartTimer);
    const child = packaging.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 3_000);
      child.once('close', () => {
        clearTimeout(kill);
        done();
      });
      child.kill('SIGINT');
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.runs.keys()].map((id) => this.stop(id)));
  }
}
