/**
 * The top entries of a fan-out server's CPU profile (run.ts --profile DIR) over the measured
 * actions only: the samples after the last socket handshake (+0.5 s) and before the gateway
 * closes, so that neither the seeding nor the 5,000 connections hide the broadcast.
 * Self time (the function itself) and inclusive time (with what it calls), as a share of the
 * busy (non-idle) time of that window.
 * Run: npx tsx bench/fanout/profile-top.ts DIR/app-5000 [self rows, default 15] [inclusive rows, default 15]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [dir, selfRows = '15', inclusiveRows = '15'] = process.argv.slice(2);
if (!dir) throw new Error('Usage: profile-top.ts DIR [self rows] [inclusive rows]');
// The main thread's profile is the first written (the others are loader workers).
const file = readdirSync(dir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .sort()[0];
if (!file) throw new Error(`No .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const label = ({ functionName, url, lineNumber }: CallFrame) =>
  `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/(src|bench)\//, '$1/')}:${lineNumber + 1}`;
const stack = (id: number): CallFrame[] => {
  const frames: CallFrame[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) frames.push(nodes.get(at)!.callFrame);
  return frames;
};
const within = (id: number, pattern: RegExp) => stack(id).some((frame) => pattern.test(`${frame.functionName} ${frame.url}`));

let clock = profile.startTime;
const times = profile.timeDeltas.map((delta) => (clock += delta));
let lastHandshake = 0;
profile.samples.forEach((id, i) => {
  if (within(id, /buildHandshake|onConnection/)) lastHandshake = times[i]!;
});
const from = lastHandshake + 500_000;
const closing = profile.samples.findIndex((id, i) => times[i]! > from && within(id, /^close .*live-gateway|disconnectSockets/));
const to = closing > 0 ? times[closing]! : times[times.length - 1]!;

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const spent = profile.timeDeltas[i + 1] ?? 0;
  if (times[i]! < from || times[i]! > to) return;
  const frames = stack(id);
  if (['(idle)', '(root)'].includes(frames[0]!.functionName)) return;
  busy += spent;
  self.set(label(frames[0]!), (self.get(label(frames[0]!)) ?? 0) + spent);
  for (const name of new Set(frames.map(label))) if (!name.startsWith('(root)')) inclusive.set(name, (inclusive.get(name) ?? 0) + spent);
});

const rows = (table: Map<string, number>, count: number) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `| ${((100 * us) / busy).toFixed(1)} % | ${(us / 1000).toFixed(0)} | \`${name}\` |`)
    .join('\n');
console.log(`${dir}: measured window ${((to - from) / 1e6).toFixed(1)} s, busy ${(busy / 1000).toFixed(0)} ms\n`);
console.log(`| self | ms | function |\n| ---: | ---: | --- |\n${rows(self, Number(selfRows))}\n`);
console.log(`| inclusive | ms | function |\n| ---: | ---: | --- |\n${rows(inclusive, Number(inclusiveRows))}`);
