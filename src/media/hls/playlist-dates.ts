/**
 * The programme date of each segment in a rendition's playlist (issue 19), from when the
 * segment was finished: ffmpeg's own dates start from when its muxer opened, a second or more
 * after the first frames arrived, so a player reading them would think itself that much
 * closer to live than it is. A segment's file is written whole when its last frame is in
 * (`temp_file`), so its start is its finish time minus its duration: an upper bound of the
 * capture time of its first frame, off only by the encoder's short delay.
 *
 * Pure: the caller gives each segment's finish time (null: unknown, the line is left out).
 */
const DATE_TAG = '#EXT-X-PROGRAM-DATE-TIME:';
const DURATION = /^#EXTINF:([0-9.]+)/;

export function datedPlaylist(text: string, finishedAt: ReadonlyMap<string, number | null>): string {
  const out: string[] = [];
  let pending: string[] = [];
  let duration = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(DATE_TAG)) continue;
    const match = DURATION.exec(line);
    if (match) duration = Number(match[1]);
    if (line.startsWith('#EXTINF') || (pending.length > 0 && line.startsWith('#'))) {
      pending.push(line);
      continue;
    }
    if (pending.length > 0 && line.trim() !== '') {
      const finished = finishedAt.get(line.trim()) ?? null;
      if (finished !== null) out.push(`${DATE_TAG}${new Date(Math.round(finished - duration * 1000)).toISOString()}`);
      out.push(...pending, line);
      pending = [];
      continue;
    }
    out.push(line);
  }
  return [...out, ...pending].join('\n');
}

/** The segment names a playlist lists. */
export const segmentsOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
