/**
 * The simulated watching points of the serving bench, in a process of their own (run.ts forks
 * it): each viewer behaves as hls.js on a live stream: it fetches its rendition's playlist
 * every second (its own phase in the second: the points did not all start together; a fetch
 * still running is not doubled), and each new segment once, in order, one at a time; it
 * starts at the newest segment. Renditions are mixed (by default 70 % 360p, 30 % 720p).
 *
 * Through the app or the cache, each viewer carries its own token (a point of its own, signed
 * with the app's key); from static nginx, the same files without a token. HTTP/1.1 keep-alive
 * over one agent of `connections` sockets, shared by the viewers (a request waits for a free
 * socket, as behind a point's or a province's proxy).
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { WatchTokens } from '../../src/services/media/watch-tokens.js';
import { latencyPercentiles } from '../stats.js';

export type ServeMode = 'app' | 'cache' | 'static';

export interface ViewersJob {
  origin: string;
  mode: ServeMode;
  conferenceId: string;
  signingKey: string;
  viewers: number;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** Rendition → share of the viewers. */
  mix: Record<string, number>;
}

export type ViewersMessage =
  | { type: 'measuring' }
  | {
      type: 'done';
      requests: number;
      segments: number;
      playlists: number;
      bytes: number;
      errors: number;
      errorKinds: Record<string, number>;
      segment: ReturnType<typeof latencyPercentiles>;
      playlist: ReturnType<typeof latencyPercentiles>;
      /** Viewers two or more segments behind at the end (their player would be stalling). */
      behind: number;
      seconds: number;
      cacheStatus: Record<string, number>;
    };

const send = (message: ViewersMessage) => new Promise<void>((done) => process.send!(message, () => done()));

const job = JSON.parse(process.argv[2]!) as ViewersJob;
const agent = new Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });
const tokens = new WatchTokens(job.signingKey);
const { hostname, port } = new URL(job.origin);

let measuring = false;
const segmentMs: number[] = [];
const playlistMs: number[] = [];
const errorKinds: Record<string, number> = {};
const cacheStatus: Record<string, number> = {};
let bytes = 0;
let requests = 0;

interface Answer {
  status: number;
  body: string | null;
  cache: string | undefined;
}

function get(path: string, keepBody: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ hostname, port, path, agent }, (response) => {
      let body = '';
      let size = 0;
      if (keepBody) response.setEncoding('utf8');
      response.on('data', (chunk: string | Buffer) => {
        size += chunk.length;
        if (keepBody) body += chunk as string;
      });
      response.on('end', () => {
        if (measuring) bytes += size;
        resolve({
          status: response.statusCode ?? 0,
          body: keepBody ? body : null,
          cache: response.headers['x-cache-status'] as string | undefined,
        });
      });
      response.on('error', () => resolve({ status: -1, body: null, cache: undefined }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: -1, body: error.code ?? error.message, cache: undefined }));
    req.end();
  });
}

const record = (kind: 'segment' | 'playlist', started: number, answer: Answer) => {
  if (!measuring) return;
  requests += 1;
  (kind === 'segment' ? segmentMs : playlistMs).push(performance.now() - started);
  if (answer.status !== 200) {
    const key = `${kind} ${answer.status}${answer.status === -1 ? ` ${answer.body}` : ''}`;
    errorKinds[key] = (errorKinds[key] ?? 0) + 1;
  }
  if (answer.cache) cacheStatus[answer.cache] = (cacheStatus[answer.cache] ?? 0) + 1;
};

class Viewer {
  private readonly base: string;
  private seen: number | null = null;
  readonly queue: string[] = [];
  private fetchingPlaylist = false;
  private fetchingSegment = false;

  constructor(rendition: string) {
    const { token } = tokens.issue(job.conferenceId, randomUUID(), `link:${randomUUID()}`);
    this.base = job.mode === 'static' ? `/${job.conferenceId}/${rendition}/` : `/hls/${job.conferenceId}/${token}/${rendition}/`;
  }

  async tick(): Promise<void> {
    if (this.fetchingPlaylist) return;
    this.fetchingPlaylist = true;
    const started = performance.now();
    const answer = await get(`${this.base}index.m3u8`, true);
    this.fetchingPlaylist = false;
    record('playlist', started, answer);
    if (answer.status !== 200 || !answer.body) return;
    const sequence = Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(answer.body)?.[1] ?? NaN);
    const uris = answer.body.split('\n').filter((line) => line.endsWith('.ts'));
    if (!Number.isFinite(sequence) || uris.length === 0) return;
    // As hls.js live: start at the newest segment, then take each new one once.
    if (this.seen === null) this.seen = sequence + uris.length - 2;
    uris.forEach((uri, i) => {
      if (sequence + i > this.seen!) {
        this.queue.push(uri);
        this.seen = sequence + i;
      }
    });
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.fetchingSegment) return;
    const uri = this.queue.shift();
    if (!uri) return;
    this.fetchingSegment = true;
    const started = performance.now();
    const answer = await get(`${this.base}${uri}`, false);
    this.fetchingSegment = false;
    record('segment', started, answer);
    void this.pump();
  }
}

const renditions = Object.entries(job.mix);
const viewers = Array.from({ length: job.viewers }, (_, i) => {
  // Deterministic mix: of every 10 viewers, 7 on the first rendition, 3 on the second (for 0.7/0.3).
  let share = (i % 100) / 100;
  const found = renditions.find(([, part]) => (share -= part) < 0) ?? renditions.at(-1)!;
  return new Viewer(found[0]);
});
const timers = viewers.map((viewer, i) => {
  const phase = (i / job.viewers) * 1000;
  let interval: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    void viewer.tick();
    interval = setInterval(() => void viewer.tick(), 1000);
  }, phase);
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
});

await new Promise((resolve) => setTimeout(resolve, job.warmupSeconds * 1000));
measuring = true;
const start = performance.now();
await send({ type: 'measuring' });
await new Promise((resolve) => setTimeout(resolve, job.seconds * 1000));
measuring = false;
const seconds = (performance.now() - start) / 1000;
for (const stop of timers) stop();
await send({
  type: 'done',
  requests,
  segments: segmentMs.length,
  playlists: playlistMs.length,
  bytes,
  errors: Object.values(errorKinds).reduce((sum, n) => sum + n, 0),
  errorKinds,
  segment: latencyPercentiles(segmentMs),
  playlist: latencyPercentiles(playlistMs),
  behind: viewers.filter((viewer) => viewer.queue.length >= 2).length,
  seconds,
  cacheStatus,
});
agent.destroy();
process.exit(0);
