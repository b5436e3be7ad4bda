import { describe, expect, it } from 'vitest';
import { classifyLink, FALLBACK_AFTER, initialFallback, nextFallback } from '../../../src/domain/media/link-quality.js';
import { readLinkSample, type StatsEntry } from './media-stats.js';

const pair = (id: string, rtt: number, extra: Record<string, unknown> = {}): StatsEntry => ({
  type: 'candidate-pair',
  id,
  state: 'succeeded',
  currentRoundTripTime: rtt,
  ...extra,
});
const outbound = (kind: string, bytesSent: number, packetsSent: number): StatsEntry => ({
  type: 'outbound-rtp',
  id: `out-${kind}`,
  kind,
  bytesSent,
  packetsSent,
});
const remoteInbound = (kind: string, fields: Record<string, unknown>): StatsEntry => ({
  type: 'remote-inbound-rtp',
  id: `ri-${kind}`,
  kind,
  ...fields,
});

describe('readLinkSample', () => {
  it('takes the round trip of the pair the transport selected, not of another pair', () => {
    const report = [{ type: 'transport', id: 't', selectedCandidatePairId: 'p2' }, pair('p1', 0.9, { nominated: true }), pair('p2', 0.045)];
    expect(readLinkSample(report, null, 1000).sample.rttMs).toBe(45);
  });

  it('falls back to the nominated pair, then to the RTCP round trip', () => {
    expect(readLinkSample([pair('p1', 0.9), pair('p2', 0.12, { nominated: true })], null, 0).sample.rttMs).toBe(120);
    expect(readLinkSample([remoteInbound('audio', { roundTripTime: 0.3 })], null, 0).sample.rttMs).toBe(300);
    expect(readLinkSample([], null, 0).sample).toEqual({ rttMs: null, lossPercent: null, bitrateKbps: null });
  });

  it("takes the worst stream's fractionLost as a percentage (sound is not retransmitted: its loss is the network's)", () => {
    const report = [remoteInbound('audio', { fractionLost: 0.25 }), remoteInbound('video', { fractionLost: 0.0625 })];
    expect(readLinkSample(report, null, 0).sample.lossPercent).toBe(25);
  });

  it('ignores the stale report of a stream that sent nothing since the previous reading (a closed microphone)', () => {
    const first = readLinkSample([outbound('video', 100_000, 900), outbound('audio', 5_000, 50)], null, 10_000);
    const report = [
      outbound('video', 200_000, 1_800),
      outbound('audio', 5_000, 50),
      remoteInbound('audio', { fractionLost: 0.5 }),
      remoteInbound('video', { fractionLost: 0.0625 }),
    ];
    expect(readLinkSample(report, first.totals, 12_000).sample.lossPercent).toBe(6.3);
  });

  it('computes loss and bitrate from the deltas since the previous reading', () => {
    const first = readLinkSample([outbound('video', 100_000, 900), remoteInbound('video', { packetsLost: 10 })], null, 10_000);
    expect(first.sample.bitrateKbps).toBeNull();
    expect(first.sample.lossPercent).toBeNull();
    const second = readLinkSample(
      [outbound('video', 300_000, 1_800), outbound('audio', 50_000, 100), remoteInbound('video', { packetsLost: 110 })],
      first.totals,
      12_000,
    );
    // (350 000 - 100 000) bytes * 8 over 2 000 ms = 1 000 kbit/s; 100 lost of 1 000 sent + 100 lost.
    expect(second.sample.bitrateKbps).toBe(1_000);
    expect(second.sample.lossPercent).toBe(9.1);
  });

  it('gives no bitrate across a rejoin (the counters started again)', () => {
    const before = readLinkSample([outbound('video', 900_000, 5_000)], null, 0);
    expect(readLinkSample([outbound('video', 1_000, 10)], before.totals, 2_000).sample.bitrateKbps).toBeNull();
  });

  it('drives the fallback after enough weak readings: a lighter picture, then sound only', () => {
    let state = initialFallback;
    let totals = null;
    for (let i = 0; i < 2 * FALLBACK_AFTER; i += 1) {
      if (i === FALLBACK_AFTER) expect(state.level).toBe('reduced');
      const reading = readLinkSample([pair('p', 0.6, { nominated: true })], totals, i * 2_000);
      totals = reading.totals;
      expect(classifyLink(reading.sample, true)).toBe('weak');
      state = nextFallback(state, classifyLink(reading.sample, true));
    }
    expect(state.level).toBe('audio_only');
  });
});
