/** The rows of the media bench as markdown, and the lines that answer the issue's questions. */
import type { EngineKind } from '../../src/media/media-engine.js';

export interface Measured {
  engine: EngineKind;
  halls: number;
  /** Which repetition of this size (--repeat): the engines are compared round by round. */
  round: number;
  /** Subscribed tracks that had a feed routed to them. */
  tracks: number;
  setupSeconds: number;
  /** Packets the publishers sent, all halls together. */
  sentPps: number;
  /** Packets the subscribers received: what the engine forwarded and delivered. */
  forwardedPps: number;
  lossPct: number;
  worstTrackLossPct: number;
  wrongSource: number;
  /** Peers whose connection was not up in the window (set-up failures, not forwarding loss). */
  unconnected: number;
  /** Share of one core. */
  engineCpuPct: number;
  cpuMsPer1k: number;
  engineRssMb: number;
  loadCpuPct: number[];
  loadRssMb: number[];
  generatorSaturated: boolean;
  /** Share of all the host's cores busy during the window (engine, generators and any neighbour). */
  hostBusyPct: number;
  hostLoad: number;
  error: null;
}
export interface Failed {
  engine: EngineKind;
  halls: number;
  round: number;
  error: string;
}
export type Row = Measured | Failed;

/** Halls of a provincial conference: the host, 12 district halls and 3 remote guests. */
export const PROVINCIAL = 16;

export const TABLE_HEAD = [
  '| halls | engine | tracks | sent pkt/s | forwarded pkt/s | loss % | worst track % | engine CPU % | CPU ms / 1k fwd | embedded ÷ janus | engine RSS MB | load-gen CPU % | load-gen RSS MB | setup s | host busy % | host load |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
].join('\n');

const n = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const measured = (rows: Row[], engine: EngineKind, halls: number, round: number) =>
  // A row whose peers failed to connect measures set-up, not forwarding: it is retried (run.ts).
  rows.find((r): r is Measured => r.error === null && r.unconnected === 0 && r.engine === engine && r.halls === halls && r.round === round);

/** CPU per forwarded packet, embedded ÷ Janus, for one size and round when both engines have it. */
export function ratioAt(rows: Row[], halls: number, round: number): number | null {
  const embedded = measured(rows, 'embedded', halls, round);
  const janus = measured(rows, 'janus', halls, round);
  const ratio = embedded && janus ? embedded.cpuMsPer1k / janus.cpuMsPer1k : Number.NaN;
  return Number.isFinite(ratio) ? ratio : null; // nothing forwarded: no cost per packet to compare
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The rounds' ratios for one size, and their median (null when no round had both engines). */
export function ratiosAt(rows: Row[], halls: number): { each: number[]; median: number } | null {
  const rounds = [...new Set(rows.filter((r) => r.halls === halls).map((r) => r.round))];
  const each = rounds.map((round) => ratioAt(rows, halls, round)).filter((r): r is number => r !== null);
  return each.length > 0 ? { each, median: median(each) } : null;
}

export function cell(row: Row, rows: Row[]): string {
  if (row.error !== null) return `| ${row.halls} | ${row.engine} | failed: ${row.error.split('\n')[0]} |`;
  const ratio = ratioAt(rows, row.halls, row.round);
  const wrong =
    (row.wrongSource ? ` (${row.wrongSource} tracks from the wrong hall)` : '') +
    (row.unconnected ? ` (${row.unconnected} peers not connected)` : '');
  const load = row.loadCpuPct.map((pct) => n(pct)).join(' / ') + (row.generatorSaturated ? ' **saturated**' : '');
  return `| ${row.halls} | ${row.engine} | ${row.tracks} | ${n(row.sentPps)} | ${n(row.forwardedPps)} | ${n(row.lossPct, 2)}${wrong} | ${n(row.worstTrackLossPct, 1)} | ${n(row.engineCpuPct, 1)} | ${n(row.cpuMsPer1k, 2)} | ${ratio === null ? '' : `${n(ratio, 2)}×`} | ${row.engineRssMb} | ${load} | ${row.loadRssMb.join(' / ')} | ${n(row.setupSeconds, 1)} | ${n(row.hostBusyPct)} | ${n(row.hostLoad, 1)} |`;
}

/** Why an engine's steps ended: the cause matters as much as the size. */
function stopReason(last: Row | undefined): string {
  if (!last) return 'not run';
  if (last.error !== null) return `stopped by an error at ${last.halls}`;
  if (last.unconnected > 0)
    return `stopped at ${last.halls}: ${last.unconnected} peers did not connect, twice (a set-up failure, not forwarding loss)`;
  if (last.generatorSaturated)
    return `stopped at ${last.halls}: a load generator saturated its core (the generator is the limit there, not the engine)`;
  if (last.lossPct >= 1) return `loss ${n(last.lossPct, 2)} % at ${last.halls}`;
  return `no limit reached up to ${last.halls}`;
}

export function summary(rows: Row[], engines: EngineKind[]): string[] {
  const lines: string[] = [];
  for (const engine of engines) {
    const mine = rows.filter((r) => r.engine === engine);
    const under = mine.filter((r): r is Measured => r.error === null && r.lossPct < 1);
    const largest = under.reduce((best, r) => Math.max(best, r.halls), 0);
    const last = mine[mine.length - 1];
    const why = stopReason(last);
    const provincial = under.some((r) => r.halls >= PROVINCIAL)
      ? 'fits'
      : mine.some((r) => r.halls >= PROVINCIAL)
        ? 'does NOT fit'
        : 'not measured';
    lines.push(
      `- ${engine}: largest H under 1 % loss = ${largest || 'none'} (${why}); a provincial conference (${PROVINCIAL} publishers): ${provincial}.`,
    );
  }
  const ratios = [...new Set(rows.map((r) => r.halls))]
    .map((halls) => [halls, ratiosAt(rows, halls)] as const)
    .filter((pair): pair is readonly [number, { each: number[]; median: number }] => pair[1] !== null);
  if (ratios.length > 0) {
    const text = ratios
      .map(
        ([halls, r]) =>
          `${n(r.median, 2)}× at ${halls}` + (r.each.length > 1 ? ` (median of ${r.each.map((x) => n(x, 2)).join(', ')})` : ''),
      )
      .join('; ');
    const met = ratios.filter(([, r]) => r.median <= 1.3).map(([halls]) => halls);
    const verdict =
      met.length === ratios.length
        ? 'met at every size'
        : met.length === 0
          ? 'NOT met'
          : `met at ${met.join(', ')} halls, NOT at the others`;
    lines.push(`- CPU per forwarded packet, embedded ÷ Janus: ${text} — aim ≤ 1.3×: ${verdict}.`);
  }
  return lines;
}
