import { describe, expect, it } from 'vitest';
import type { QualityReport } from '../../realtime/media-protocol.js';
import { LinkReports, MEASURE_EVERY_MS } from './link-reports.js';

const report = (over: Partial<QualityReport> = {}): QualityReport => ({
  rttMs: 40.4,
  lossPercent: 0.04,
  bitrateKbps: 600,
  audioOnly: false,
  link: 'good',
  ...over,
});

function reports() {
  const written: { feed: string; link: string; rttMs: number | null; lossPercent: number | null }[] = [];
  const links = new LinkReports({ measureLink: async (_conference, feed, m) => void written.push({ feed, ...m }) as never });
  return { links, written };
}

describe('link reports to the roll-call wall', () => {
  it('classifies on the server, whatever the page said, and rounds the figures', async () => {
    const { links, written } = reports();
    await links.report('c', 'hall-1', report({ lossPercent: 12.34, link: 'good' }), 1_000);
    expect(written).toEqual([{ feed: 'hall-1', link: 'weak', rttMs: 40, lossPercent: 12.3 }]);
  });

  it('writes a hall at most every few seconds, each hall on its own', async () => {
    const { links, written } = reports();
    await links.report('c', 'hall-1', report(), 1_000);
    await links.report('c', 'hall-1', report(), 1_000 + MEASURE_EVERY_MS - 1);
    await links.report('c', 'hall-2', report(), 1_001);
    await links.report('c', 'hall-1', report(), 1_000 + MEASURE_EVERY_MS);
    expect(written.map((w) => w.feed)).toEqual(['hall-1', 'hall-2', 'hall-1']);
  });

  it('leaves guests off the wall, and reports a hall that left as down at once', async () => {
    const { links, written } = reports();
    await links.report('c', 'guest:abc', report(), 1_000);
    await links.down('c', 'guest:abc');
    await links.report('c', 'hall-1', report(), 1_000);
    await links.down('c', 'hall-1');
    // Back within the interval: its new link is written at once.
    await links.report('c', 'hall-1', report(), 1_001);
    expect(written.map((w) => `${w.feed} ${w.link}`)).toEqual(['hall-1 good', 'hall-1 down', 'hall-1 good']);
  });
});
