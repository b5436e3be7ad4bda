/**
 * The publisher's getStats, read every few seconds, turned into the link sample of
 * src/domain/media/link-quality.ts. Pure over plain stats objects (the entries of an
 * RTCStatsReport) and the totals of the previous reading, so it is tested without a browser.
 *
 * - Round trip: the selected candidate pair's currentRoundTripTime (the transport names it;
 *   else the nominated succeeded pair), else the remote-inbound-rtp roundTripTime (RTCP).
 * - Loss: remote-inbound-rtp fractionLost of video (else audio), as the receiver reports it;
 *   when missing, packetsLost over packets sent since the previous reading.
 * - Bitrate: outbound-rtp bytesSent since the previous reading.
 */
import type { LinkSample } from '../../../src/domain/media/link-quality.js';

export type StatsEntry = Readonly<Record<string, unknown>> & { type: string; id: string };

/** Counters kept from one reading to the next (the deltas are what count). */
export interface StatsTotals {
  /** The readings' timestamp, ms. */
  at: number;
  bytesSent: number;
  packetsSent: number;
  packetsLost: number;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const sum = (entries: StatsEntry[], key: string): number => entries.reduce((total, entry) => total + (num(entry[key]) ?? 0), 0);

const roundTripMs = (entries: StatsEntry[], remote: StatsEntry[]): number | null => {
  const selectedIds = new Set(entries.filter((e) => e.type === 'transport').map((e) => e.selectedCandidatePairId));
  const pairs = entries.filter((e) => e.type === 'candidate-pair');
  const pair = pairs.find((e) => selectedIds.has(e.id)) ?? pairs.find((e) => e.state === 'succeeded' && e.nominated === true);
  const pairRtt = num(pair?.currentRoundTripTime);
  if (pairRtt !== null) return Math.round(pairRtt * 1000);
  const rtcpRtt = remote.map((e) => num(e.roundTripTime)).find((value) => value !== null);
  return rtcpRtt === undefined || rtcpRtt === null ? null : Math.round(rtcpRtt * 1000);
};

/** Video's report first: it carries most packets, so its loss is the better measure. */
const lossPercent = (remote: StatsEntry[], totals: StatsTotals, previous: StatsTotals | null): number | null => {
  const ordered = [...remote].sort((a, b) => (a.kind === 'video' ? -1 : 0) - (b.kind === 'video' ? -1 : 0));
  const fraction = ordered.map((e) => num(e.fractionLost)).find((value) => value !== null);
  if (fraction !== undefined && fraction !== null) return Math.round(fraction * 1000) / 10;
  if (!previous || remote.length === 0) return null;
  const sent = totals.packetsSent - previous.packetsSent;
  const lost = totals.packetsLost - previous.packetsLost;
  if (sent <= 0) return null;
  return Math.round((Math.max(0, lost) / (sent + Math.max(0, lost))) * 1000) / 10;
};

export function readLinkSample(report: Iterable<StatsEntry>, previous: StatsTotals | null, now: number): { sample: LinkSample; totals: StatsTotals } {
  const entries = [...report];
  const outbound = entries.filter((e) => e.type === 'outbound-rtp');
  const remote = entries.filter((e) => e.type === 'remote-inbound-rtp');
  const totals: StatsTotals = {
    at: now,
    bytesSent: sum(outbound, 'bytesSent'),
    packetsSent: sum(outbound, 'packetsSent'),
    packetsLost: sum(remote, 'packetsLost'),
  };
  const elapsed = previous ? totals.at - previous.at : 0;
  // A smaller byte count means a new connection (a rejoin): no rate across the two.
  const bitrateKbps =
    previous && elapsed > 0 && totals.bytesSent >= previous.bytesSent ? Math.round(((totals.bytesSent - previous.bytesSent) * 8) / elapsed) : null;
  return {
    sample: { rttMs: roundTripMs(entries, remote), lossPercent: lossPercent(remote, totals, previous), bitrateKbps },
    totals,
  };
}

