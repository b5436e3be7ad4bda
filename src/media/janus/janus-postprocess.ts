/**
 * Makes Janus's recordings playable: the VideoRoom writes each stream as an .mjr (Janus's RTP
 * dump), which nobody writing the minutes can open. `janus-pp-rec` (Debian `janus-tools`, same
 * source as Janus) remuxes it without decoding: VP8 into .webm, opus into .opus (Ogg), written
 * next to the .mjr. The .mjr files are always kept: a missing tool or a failed conversion leaves
 * them as the only copy, and never fails the end of the recording.
 */
import { execFile } from 'node:child_process';
import { open, rm, stat } from 'node:fs/promises';

/** The playable container per codec, as janus-pp-rec names it (`janus-pp-rec -F`). */
const TARGETS: Record<string, string> = { vp8: 'webm', vp9: 'webm', av1: 'webm', opus: 'opus' };

/** The .mjr header: "MJR00002", a 16-bit big-endian length, then JSON ({"t":"v","c":"vp8",…}). */
const MAGIC = 'MJR00002';
const MAX_HEADER = 4096;

/** Looked up in PATH (Debian: janus-tools). */
export const DEFAULT_POST_PROCESSOR = 'janus-pp-rec';
/** A long meeting remuxes in seconds; this only stops a tool that hangs. */
export const DEFAULT_CONVERT_TIMEOUT_MS = 10 * 60_000;

export interface PostProcessorOptions {
  /** janus-pp-rec's path, or a name looked up in PATH (default DEFAULT_POST_PROCESSOR); null: keep the .mjr files only. */
  binary?: string | null | undefined;
  timeoutMs?: number;
  log: (message: string, err?: unknown) => void;
}

/** The codec an .mjr holds (lower case), or null when it is not an .mjr Janus 1.x wrote. */
export async function mjrCodec(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length + 2 + MAX_HEADER);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead < MAGIC.length + 2 || head.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const length = head.readUInt16BE(MAGIC.length);
    if (length > bytesRead - MAGIC.length - 2) return null;
    const info = JSON.parse(head.toString('utf8', MAGIC.length + 2, MAGIC.length + 2 + length)) as { c?: unknown };
    return typeof info.c === 'string' ? info.c.toLowerCase() : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** `name.mjr` -> `name.<extension>`, for the codec; null when no playable container fits it. */
export function playableName(mjr: string, codec: string | null): string | null {
  const extension = codec ? TARGETS[codec] : undefined;
  return extension ? `${mjr.replace(/\.mjr$/, '')}.${extension}` : null;
}

interface RunFailure extends Error {
  code?: string | number;
  killed?: boolean;
  output?: string;
}

/** janus-pp-rec exits 0 after some errors ("[ERR] … Error processing Opus RTP frames…"), on stdout. */
const ERROR_LINE = /^\[ERR\].*$/m;

export class JanusPostProcessor {
  private saidMissing = false;
  private readonly binary: string | null;

  constructor(private readonly options: PostProcessorOptions) {
    this.binary = options.binary === undefined ? DEFAULT_POST_PROCESSOR : options.binary;
  }

  /** Converts each .mjr next to it. Returns the playable files first, then every .mjr; never throws. */
  async convert(mjrFiles: string[]): Promise<string[]> {
    const playable: string[] = [];
    for (const mjr of this.binary === null ? [] : mjrFiles) {
      // An .mjr without a header (a stream that never sent a packet, e.g. behind a closed gate) is skipped.
      const target = playableName(mjr, await mjrCodec(mjr).catch(() => null));
      if (!target) continue;
      const outcome = await this.run(mjr, target);
      if (outcome === 'missing') break;
      if (outcome === 'done') playable.push(target);
    }
    return [...playable, ...mjrFiles];
  }

  private async run(mjr: string, target: string): Promise<'done' | 'failed' | 'missing'> {
    const binary = this.binary!;
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          binary,
          // Warnings and errors only: the per-packet info of a long meeting would fill the buffer.
          ['--disable-colors', '--debug-level', '3', mjr, target],
          { timeout: this.options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
          (error, stdout, stderr) => {
            const output = `${stdout}\n${stderr}`.trim();
            // An ExecFileException is an Error (its type omits the relation).
            if (error) reject(Object.assign(error as Error, { output }));
            else if (ERROR_LINE.test(output)) reject(Object.assign(new Error(ERROR_LINE.exec(output)![0]), { output }));
            else resolve();
          },
        );
      });
      // It also exits 0 having written nothing (an .mjr without its header): check the file.
      if (!(await nonEmpty(target))) throw new Error(`${binary} wrote nothing`);
      return 'done';
    } catch (err) {
      const failure = err as RunFailure;
      if (failure.code === 'ENOENT') {
        if (!this.saidMissing)
          this.options.log(`${binary} not found (Debian: apt-get install janus-tools): Janus recordings stay .mjr only`);
        this.saidMissing = true;
        return 'missing';
      }
      await rm(target, { force: true }).catch(() => undefined);
      const why = failure.killed ? 'timed out' : (failure.output ?? '').split('\n').slice(-3).join(' / ') || failure.message;
      this.options.log(`${binary}: ${mjr} could not be converted, the .mjr is kept: ${why}`);
      return 'failed';
    }
  }
}

async function nonEmpty(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return (info?.size ?? 0) > 0;
}
