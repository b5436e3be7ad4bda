/**
 * The host programme recorded by Janus: the VideoRoom records a PUBLISHER (each of its streams to
 * its own .mjr file), so recording 'main' and 'beside' means recording the publishers routed there,
 * and a route change stops one publisher's recording and starts another's under a new file name.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedKey, RecordingTarget, SlotRoutes } from '../media-engine.js';
import type { Publisher } from './janus-publisher.js';
import { janus } from './janus-subscriber.js';

/** What the room gives the recording: a feed's recording on (into filename) or off; a no-op while it is not published. */
export type SetRecord = (feed: FeedKey, filename: string | null) => Promise<void>;

/** Recording through the room's publishers (VideoRoom `configure` with `record` and `filename`). */
export function publisherRecorder(publishers: ReadonlyMap<FeedKey, Publisher>): SetRecord {
  return async (feed, filename) => {
    const publisher = publishers.get(feed);
    if (!publisher) return;
    const params = filename ? { record: true, filename } : { record: false };
    await janus(`recording ${feed}`, publisher.handle.configure(params));
  };
}

export const RECORDED_SLOTS = ['main', 'beside'] as const;

export class JanusRecording {
  private readonly routes: SlotRoutes = {};
  /** Feeds being recorded now, with the slot they are recorded for. */
  private readonly recording = new Map<FeedKey, string>();
  private part = 0;

  constructor(
    private readonly target: RecordingTarget,
    /** The same folder as Janus sees it (Janus may run where the paths differ); default the target's. */
    private readonly janusDirectory: string,
    private readonly set: SetRecord,
  ) {}

  async start(routes: SlotRoutes): Promise<void> {
    await mkdir(this.target.directory, { recursive: true });
    await this.route(routes);
  }

  async route(routes: SlotRoutes): Promise<void> {
    for (const slot of RECORDED_SLOTS) if (slot in routes) this.routes[slot] = routes[slot] ?? null;
    const wanted = new Map<FeedKey, string>();
    for (const slot of RECORDED_SLOTS) {
      const feed = this.routes[slot];
      if (feed && !wanted.has(feed)) wanted.set(feed, slot);
    }
    for (const feed of [...this.recording.keys()]) {
      if (wanted.has(feed)) continue;
      this.recording.delete(feed);
      await this.set(feed, null);
    }
    for (const [feed, slot] of wanted) {
      if (this.recording.get(feed) === slot) continue;
      if (this.recording.has(feed)) await this.set(feed, null);
      await this.begin(feed, slot);
    }
  }

  /** A recorded feed published again (new Janus publisher): record it into a new part. */
  async republished(feed: FeedKey): Promise<void> {
    const slot = this.recording.get(feed);
    if (slot) await this.begin(feed, slot);
  }

  /** Every stream's .mjr of this session, once Janus has closed them. */
  async stop(): Promise<string[]> {
    for (const feed of this.recording.keys()) await this.set(feed, null);
    this.recording.clear();
    const prefix = `${this.target.baseName}-`;
    const names = await readdir(this.target.directory).catch(() => [] as string[]);
    return names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.mjr'))
      .sort()
      .map((n) => join(this.target.directory, n));
  }

  private async begin(feed: FeedKey, slot: string): Promise<void> {
    // Janus appends "-audio-<mindex>.mjr" / "-video-<mindex>.mjr" to this base.
    const base = `${this.target.baseName}-${slot}-${String(++this.part).padStart(3, '0')}`;
    // Remembered even when the feed is not published yet: it is recorded once it is (`republished`).
    this.recording.set(feed, slot);
    await this.set(feed, join(this.janusDirectory, base));
  }
}
