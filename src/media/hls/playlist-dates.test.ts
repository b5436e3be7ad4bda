import { describe, expect, it } from 'vitest';
import { datedPlaylist, segmentsOf } from './playlist-dates.js';

const FFMPEG = [
  '#EXTM3U',
  '#EXT-X-VERSION:6',
  '#EXT-X-TARGETDURATION:1',
  '#EXT-X-MEDIA-SEQUENCE:1796685921',
  '#EXT-X-INDEPENDENT-SEGMENTS',
  '#EXT-X-DISCONTINUITY',
  '#EXTINF:1.000000,',
  '#EXT-X-PROGRAM-DATE-TIME:2026-12-07T23:00:00.000+0000',
  'abc-1796685921.ts',
  '#EXTINF:0.960000,',
  '#EXT-X-PROGRAM-DATE-TIME:2026-12-07T23:00:01.000+0000',
  'abc-1796685922.ts',
  '',
].join('\n');

describe('programme dates from when each segment was finished', () => {
  it("replaces ffmpeg's dates by each segment's finish time minus its duration", () => {
    const finished = new Map([
      ['abc-1796685921.ts', Date.parse('2026-12-07T23:00:03.000Z')],
      ['abc-1796685922.ts', Date.parse('2026-12-07T23:00:03.960Z')],
    ]);
    const dated = datedPlaylist(FFMPEG, finished);
    expect(dated.match(/PROGRAM-DATE-TIME:.*/g)).toEqual([
      'PROGRAM-DATE-TIME:2026-12-07T23:00:02.000Z',
      'PROGRAM-DATE-TIME:2026-12-07T23:00:03.000Z',
    ]);
    expect(segmentsOf(dated)).toEqual(['abc-1796685921.ts', 'abc-1796685922.ts']);
    // Each date sits before its segment's tags, the discontinuity and header kept.
    expect(dated).toContain(
      '#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:2026-12-07T23:00:02.000Z\n#EXTINF:1.000000,\nabc-1796685921.ts',
    );
  });

  it('leaves out the date of a segment whose finish is unknown (deleted meanwhile), and keeps the rest', () => {
    const dated = datedPlaylist(FFMPEG, new Map([['abc-1796685922.ts', Date.parse('2026-12-07T23:00:03.960Z')]]));
    expect(dated.match(/PROGRAM-DATE-TIME/g)).toHaveLength(1);
    expect(segmentsOf(dated)).toHaveLength(2);
  });
});
