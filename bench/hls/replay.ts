/**
 * A recorded live stream played again as live: the packager's segments (recorded first with
 * a long playlist, so none was deleted) are copied into a serving folder, and each
 * rendition's `index.m3u8` there is rewritten every segment duration with the next window of
 * `listSize` segments (media sequence advancing), as ffmpeg writes it live. The serving rows
 * of the bench then measure serving alone, not ffmpeg beside it, on the same real segments.
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Entry {
  /** The lines before the URI (#EXTINF, #EXT-X-PROGRAM-DATE-TIME, …) and the URI. */
  lines: string[];
  uri: string;
}

export interface Recording {
  header: string[];
  firstSequence: number;
  entries: Entry[];
}

/** A media playlist as ffmpeg writes it: header lines, then per segment its tags and its URI. */
export function parsePlaylist(text: string): Recording {
  const header: string[] = [];
  const entries: Entry[] = [];
  let pending: string[] = [];
  let firstSequence = 0;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) firstSequence = Number(line.slice('#EXT-X-MEDIA-SEQUENCE:'.length));
    else if (line.startsWith('#EXTINF') || line.startsWith('#EXT-X-PROGRAM-DATE-TIME') || line.startsWith('#EXT-X-DISCONTINUITY'))
      pending.push(line);
    else if (line.startsWith('#')) {
      if (entries.length === 0 && pending.length === 0) header.push(line);
    } else {
      entries.push({ lines: pending, uri: line });
      pending = [];
    }
  }
  return { header, firstSequence, entries };
}

export function windowPlaylist(recording: Recording, start: number, size: number): string {
  const window = recording.entries.slice(start, start + size);
  return [
    ...recording.header,
    `#EXT-X-MEDIA-SEQUENCE:${recording.firstSequence + start}`,
    ...window.flatMap((entry) => [...entry.lines.filter((l) => !l.startsWith('#EXT-X-DISCONTINUITY')), entry.uri]),
    '',
  ].join('\n');
}

export interface Replay {
  /** Segments each rendition has (the replay can run this many steps less the window). */
  length: number;
  /** Starts again from the first window; resolves when the first playlists are written. */
  start(): Promise<void>;
  stop(): void;
}

/** `recorded` and `serving`: the conference's folders (master.m3u8 and one folder per rendition). */
export async function prepareReplay(
  recorded: string,
  serving: string,
  renditions: string[],
  listSize: number,
  stepMs: number,
): Promise<Replay> {
  await rm(serving, { recursive: true, force: true });
  await mkdir(serving, { recursive: true });
  await copyFile(join(recorded, 'master.m3u8'), join(serving, 'master.m3u8'));
  const recordings = new Map<string, Recording>();
  for (const name of renditions) {
    const recording = parsePlaylist(await readFile(join(recorded, name, 'index.m3u8'), 'utf8'));
    await mkdir(join(serving, name));
    for (const entry of recording.entries) await copyFile(join(recorded, name, entry.uri), join(serving, name, entry.uri));
    recordings.set(name, recording);
  }
  const length = Math.min(...[...recordings.values()].map((r) => r.entries.length));
  let timer: NodeJS.Timeout | null = null;
  let step = 0;
  const write = async () => {
    await Promise.all(
      [...recordings].map(async ([name, recording]) => {
        const path = join(serving, name, 'index.m3u8');
        // As ffmpeg does (temp_file): a reader sees the old playlist or the new one, never half of one.
        await writeFile(`${path}.tmp`, windowPlaylist(recording, Math.min(step, length - listSize), listSize));
        await rename(`${path}.tmp`, path);
      }),
    );
    step += 1;
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    length,
    async start() {
      stop();
      step = 0;
      await write();
      timer = setInterval(() => void write(), stepMs);
    },
    stop,
  };
}
