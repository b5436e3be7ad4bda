/**
 * The media engines under load (issue 6): for H halls (scenario.ts), H werift publishers
 * (~90 video + 50 audio packets/s, ~1,000 B video payloads) and one subscribing console per
 * hall, against the embedded SFU and Janus in the same run. Three kinds of process: the
 * engine (the embedded worker, or Janus in its namespace), the load generators (load.ts:
 * publishers in one, subscribers in another; --generators 1 puts both in one), and this
 * coordinator, which drives the engine's API and relays the signalling.
 * Measured over a steady window after a warm-up: engine CPU (from /proc), packets forwarded
 * (received by the subscribers), loss per subscribed track, RSS; CPU ms per 1,000 forwarded
 * packets and its ratio embedded ÷ Janus. Each engine steps H up until loss reaches 1 % or a
 * load generator saturates its core.
 * --repeat N measures each size N times, the engines' order swapped every round, and compares
 * the engines round by round (the summary gives the median): on a shared 2-core host one
 * 10 s window moves by ±20 %.
 * Run: npx tsx bench/media/run.ts [--engines embedded,janus] [--sizes 4,8,16,24,32] [--seconds 10] [--warmup 3] [--generators 2] [--parallel 4] [--repeat 1]
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { EngineKind, SlotTrack } from '../../src/media/media-engine.js';
import { startEngine } from './engines.js';
import { cpuMs, hostCpuMs, rssMb } from './proc-meter.js';
import { rpc, type Rpc } from './rpc.js';
import { scenario, tally, type Counts, type Tally } from './scenario.js';
import { cell, summary, TABLE_HEAD, type Row } from './table.js';
import { errorText } from '../../src/domain/errors.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const engines = option('engines', 'embedded,janus').split(',') as EngineKind[];
const sizes = option('sizes', '4,8,16,24,32').split(',').map(Number);
const seconds = Number(option('seconds', '10'));
const warmup = Number(option('warmup', '3'));
const generatorCount = option('generators', '2') === '1' ? 1 : 2;
/** Peers negotiated at once during set-up. */
const parallel = Number(option('parallel', '4'));
const repeat = Math.max(1, Number(option('repeat', '1')));
/** A load generator above this share of one core is the limit, not the engine. */
const SATURATED_PCT = 90;

interface Generator {
  process: ChildProcess;
  link: Rpc;
}

/** Every child of the current row, killed synchronously if the run is interrupted. */
const live = new Set<ChildProcess>();
let enginePid: number | null = null;
process.once('SIGINT', () => {
  for (const child of live) child.kill('SIGKILL');
  if (enginePid && engines.includes('embedded')) process.kill(enginePid, 'SIGKILL');
  process.exit(130); // the 'exit' hook of janus-netns removes Janus and its namespace
});

const fetchCounts = async (generators: Generator[]): Promise<Counts> => {
  const parts = await Promise.all(generators.map((g) => g.link.call<Counts>('counts')));
  return {
    sent: Object.assign({}, ...parts.map((p) => p.sent)) as Counts['sent'],
    received: Object.assign({}, ...parts.map((p) => p.received)) as Counts['received'],
  };
};

/** Runs `work` over `items`, `width` at a time (werift's gathering is slow; the engine handles a few at once). */
async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

async function runOne(kind: EngineKind, halls: number, round: number): Promise<Row> {
  const plan = scenario(halls, kind);
  const running = await startEngine(kind);
  enginePid = running.pid;
  const { engine } = running;
  const handlers = {
    'publish-offer': async ({ feed, offerSdp }: { feed: string; offerSdp: string }) =>
      (await engine.publish(plan.room, feed, offerSdp)).answerSdp,
    'subscriber-answer': ({ subscriberId, answerSdp }: { subscriberId: string; answerSdp: string }) =>
      engine.answer(plan.room, subscriberId, answerSdp),
  };
  const roles = generatorCount === 1 ? ['both'] : ['publishers', 'subscribers'];
  const generators: Generator[] = roles.map((role) => {
    const child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [role], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    live.add(child);
    return { process: child, link: rpc(child, handlers) };
  });
  const publisherGen = generators[0]!;
  const subscriberGen = generators[generators.length - 1]!;
  const peerAddress = running.peerAddress ?? undefined;
  try {
    const setupStart = performance.now();
    await inBatches(plan.feeds, parallel, ({ feed, tag, audio }) =>
      publisherGen.link.call('publish', { feed, tag, audio, hostAddress: peerAddress }, 60_000),
    );
    for (const feed of [plan.host, plan.floor]) await engine.setAudioGate(plan.room, feed, true);
    const tracksOf = new Map<string, SlotTrack[]>();
    await inBatches(plan.views, parallel, async ({ subscriberId, slots, routes }) => {
      const first = await engine.subscribe(plan.room, subscriberId, slots);
      // An offer without m-lines (Janus: no source yet) has nothing to connect: answer the routed one.
      const connectNow = first.tracks.length > 0;
      if (connectNow) await subscriberGen.link.call('subscribe', { subscriberId, offer: first, hostAddress: peerAddress }, 60_000);
      const again = await engine.route(plan.room, subscriberId, routes);
      const offer = again ?? first;
      if (!connectNow) await subscriberGen.link.call('subscribe', { subscriberId, offer, hostAddress: peerAddress }, 60_000);
      else if (again) await subscriberGen.link.call('reoffer', { subscriberId, offer }, 60_000);
      tracksOf.set(subscriberId, offer.tracks);
    });
    const setupSeconds = (performance.now() - setupStart) / 1000;
    await sleep(warmup * 1000);

    const mark = async () => {
      const counts = await fetchCounts(generators);
      return {
        counts,
        at: performance.now(),
        host: hostCpuMs(),
        engine: cpuMs(running.pid),
        load: generators.map((g) => cpuMs(g.process.pid!)),
      };
    };
    const before = await mark();
    await sleep(seconds * 1000);
    const after = await mark();
    const windowMs = after.at - before.at;
    const { wrongSource, unconnected } = await checkTags(subscriberGen, plan, tracksOf);
    const result: Tally = tally(plan.views, tracksOf, before.counts, after.counts);
    const sentPackets = Object.keys(after.counts.sent).reduce(
      (sum, feed) =>
        sum +
        after.counts.sent[feed]!.audio +
        after.counts.sent[feed]!.video -
        (before.counts.sent[feed]?.audio ?? 0) -
        (before.counts.sent[feed]?.video ?? 0),
      0,
    );
    const engineCpu = after.engine - before.engine;
    const perFeed = plan.feeds.map(
      ({ feed }) => ((after.counts.sent[feed]?.video ?? 0) - (before.counts.sent[feed]?.video ?? 0)) / (windowMs / 1000),
    );
    // node-peer sends only while connected: a publisher far below the others has lost its connection.
    const silentPublishers = perFeed.filter((pps) => pps < Math.max(...perFeed) / 2).length;
    console.error(
      `[${kind} ${halls}] video sent per publisher ${Math.round(Math.min(...perFeed))}–${Math.round(Math.max(...perFeed))} pkt/s; lossy tracks: ${result.lossy.slice(0, 8).join(', ') || 'none'}${result.lossy.length > 8 ? ` (+${result.lossy.length - 8})` : ''}`,
    );
    const loadPct = after.load.map((ms, i) => ((ms - before.load[i]!) / windowMs) * 100);
    return {
      engine: kind,
      halls,
      round,
      tracks: result.tracks,
      setupSeconds,
      sentPps: (sentPackets / windowMs) * 1000,
      forwardedPps: (result.received / windowMs) * 1000,
      lossPct: result.lossPct,
      worstTrackLossPct: result.worstTrackLossPct,
      wrongSource,
      unconnected: unconnected + silentPublishers,
      engineCpuPct: (engineCpu / windowMs) * 100,
      cpuMsPer1k: result.received > 0 ? engineCpu / (result.received / 1000) : Number.NaN,
      engineRssMb: rssMb(running.pid),
      loadCpuPct: loadPct,
      loadRssMb: generators.map((g) => rssMb(g.process.pid!)),
      generatorSaturated: loadPct.some((pct) => pct >= SATURATED_PCT),
      hostBusyPct: ((after.host.busy - before.host.busy) / (after.host.total - before.host.total)) * 100,
      hostLoad: os.loadavg()[0]!,
      error: null,
    };
  } finally {
    await Promise.all(
      generators.map(async (g) => {
        await g.link.call('close', undefined, 15_000).catch(() => undefined);
        g.process.kill();
        live.delete(g.process);
      }),
    );
    await running.stop().catch((error: unknown) => console.error(`[${kind}] stop: ${String(error)}`));
    enginePid = null;
  }
}

/** Tracks whose last packet came from another hall than the route says (an engine bug, not load). */
async function checkTags(subscriberGen: Generator, plan: ReturnType<typeof scenario>, tracksOf: Map<string, SlotTrack[]>) {
  const { tags, unconnected } = await subscriberGen.link.call<{
    tags: Record<string, Record<string, string | null>>;
    unconnected: string[];
  }>('tags');
  if (unconnected.length > 0) console.error(`[${plan.room}] subscribers not connected: ${unconnected.join(', ')}`);
  const tagOf = new Map(plan.feeds.map((f) => [f.feed, f.tag]));
  let wrong = 0;
  for (const view of plan.views) {
    for (const track of tracksOf.get(view.subscriberId) ?? []) {
      const feed = view.routes[track.slot];
      const seen = tags[view.subscriberId]?.[track.mid] ?? null;
      if (feed && seen !== null && seen !== tagOf.get(feed)) wrong += 1;
    }
  }
  return { wrongSource: wrong, unconnected: unconnected.length };
}

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, load ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
console.log(
  `Command: npx tsx bench/media/run.ts --engines ${engines.join(',')} --sizes ${sizes.join(',')} --seconds ${seconds} --warmup ${warmup} --generators ${generatorCount} --parallel ${parallel} --repeat ${repeat}`,
);
console.log('');
console.log(TABLE_HEAD);
const rows: Row[] = [];
const stopped = new Set<EngineKind>();
// Sizes outside, engines inside: both engines meet the host's load of the same moment.
for (const halls of sizes) {
  for (let round = 1; round <= repeat; round += 1) {
    // Odd rounds in the given order, even rounds reversed: neither engine always goes first.
    const order = round % 2 ? engines : [...engines].reverse();
    for (const kind of order) {
      if (stopped.has(kind)) continue;
      let row: Row;
      for (let attempt = 1; ; attempt += 1) {
        try {
          row = await runOne(kind, halls, round);
        } catch (error) {
          row = { engine: kind, halls, round, error: errorText(error) };
        }
        rows.push(row);
        console.log(cell(row, rows));
        // Peers that never connected say nothing about forwarding capacity: try the size once more.
        if (row.error !== null || row.unconnected === 0 || attempt === 2) break;
        console.error(`[${kind} ${halls}] ${row.unconnected} peers not connected: once more`);
      }
      if (row.error !== null || row.lossPct >= 1 || row.generatorSaturated) stopped.add(kind);
    }
  }
}
console.log('');
for (const line of summary(rows, engines)) console.log(line);
