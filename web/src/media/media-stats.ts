/**
 * The publisher's getStats, read every few seconds, turned into the link sample of
 * src/domain/media/link-quality.ts. Pure over plain stats objects (the entries of an
 * RTCStatsReport) and the totals of the previous reading, so it is tested without a browser.
 *
 * - Round trip: the selected candidate pair's currentRoundTripTime (the transport names it;
 *   else the nominated succeeded pair), else the remote-inbound-rtp roundTripTime (RTCP).
 * - Loss: the highest remote-inbound-rtp fractionLost among the streams that sent since the
 *   previous reading, as the receiver reports it (sound is not retransmitted, so its loss is the
 *   network's; video's is partly hidden by retransmissions); when missing, packetsLost over
 *   packets sent since the previous reading.
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
  /** Packets sent per kind (audio, video): a stream that sent nothing since has a stale report. */
  sentByKind?: Readonly<Record<string, number>>;
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

/** The worst stream's loss (of those that sent since the previous reading). */
const lossPercent = (remote: StatsEntry[], totals: StatsTotals, previous: StatsTotals | null): number | null => {
  const sending = (kind: unknown) =>
    !previous?.sentByKind || (totals.sentByKind?.[String(kind)] ?? 0) > (previous.sentByKind[String(kind)] ?? 0);
  const fractions = remote
    .filter((e) => sending(e.kind))
    .map((e) => num(e.fractionLost))
    .filter((value): value is number => value !== null);
  if (fractions.length > 0) return Math.round(Math.max(...fractions) * 1000) / 10;
  if (!previous || remote.length === 0) return null;
  const sent = totals.packetsSent - previous.packetsSent;
  const lost = totals.packetsLost - previous.packetsLost;
  if (sent <= 0) return null;
  return Math.round((Math.max(0, lost) / (sent + Math.max(0, lost))) * 1000) / 10;
};

export function readLinkSample(
  report: Iterable<StatsEntry>,
  previous: StatsTotals | null,
  now: number,
): { sample: LinkSample; totals: StatsTotals } {
  const entries = [...report];
  const outbound = entries.filter((e) => e.type === 'outbound-rtp');
  const remote = entries.filter((e) => e.type === 'remote-inbound-rtp');
  const totals: StatsTotals = {
    at: now,
    bytesSent: sum(outbound, 'bytesSent'),
    packetsSent: sum(outbound, 'packetsSent'),
    packetsLost: sum(remote, 'packetsLost'),
    sentByKind: Object.fromEntries(
      ['audio', 'video'].map((kind) => [
        kind,
        sum(
          outbound.filter((e) => e.kind === kind),
          'packetsSent',
        ),
      ]),
    ),
  };
  const elapsed = previous ? totals.at - previous.at : 0;
  // A smaller byte count means a new connection (a rejoin): no rate across the two.
  const bitrateKbps =
    previous && elapsed > 0 && totals.bytesSent >= previous.bytesSent
      ? Math.round(((totals.bytesSent - previous.bytesSent) * 8) / elapsed)
      : null;
  return {
    sample: { rttMs: roundTripMs(entries, remote), lossPercent: lossPercent(remote, totals, previous), bitrateKbps },
    totals,
  };
}
