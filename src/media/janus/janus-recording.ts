/**
 * The host programme recorded by Janus: the VideoRoom records a PUBLISHER (each of its streams to
 * its own .mjr file), so recording 'main' and 'beside' means recording the publishers routed there,
 * and a route change stops one publisher's recording and starts another's under a new file name.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedKey, RecordingTarget, SlotRoutes } from '../media-engine.js';

/** What the room gives the recording: a feed's recording on (into filename) or off; a no-op while it is not published. */
export type SetRecord = (feed: FeedKey, filename: string | null) => Promise<void>;

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
  ) {}

  async start(routes: SlotRoutes, set: SetRecord): Promise<void> {
    await mkdir(this.target.directory, { recursive: true });
    await this.route(routes, set);
  }

  async route(routes: SlotRoutes, set: SetRecord): Promise<void> {
    for (const slot of RECORDED_SLOTS) if (slot in routes) this.routes[slot] = routes[slot] ?? null;
    const wanted = new Map<FeedKey, string>();
    for (const slot of RECORDED_SLOTS) {
      const feed = this.routes[slot];
      if (feed && !wanted.has(feed)) wanted.set(feed, slot);
    }
    for (const feed of [...this.recording.keys()]) {
      if (wanted.has(feed)) continue;
      this.recording.delete(feed);
      await set(feed, null);
    }
    for (const [feed, slot] of wanted) {
      if (this.recording.get(feed) === slot) continue;
      if (this.recording.has(feed)) await set(feed, null);
      await this.begin(feed, slot, set);
    }
  }

  /** A recorded feed published again (new Janus publisher): record it into a new part. */
  async republished(feed: FeedKey, set: SetRecord): Promise<void> {
    const slot = this.recording.get(feed);
    if (slot) await this.begin(feed, slot, set);
  }

  async stop(set: SetRecord): Promise<string[]> {
    for (const feed of this.recording.keys()) await set(feed, null);
    this.recording.clear();
    const prefix = `${this.target.baseName}-`;
    const names = await readdir(this.target.directory).catch(() => [] as string[]);
    return names.filter((n) => n.startsWith(prefix) && n.endsWith('.mjr')).sort().map((n) => join(this.target.directory, n));
  }

  private async begin(feed: FeedKey, slot: string, set: SetRecord): Promise<void> {
    // Janus appends "-audio-<mindex>.mjr" / "-video-<mindex>.mjr" to this base.
    const base = `${this.target.baseName}-${slot}-${String(++this.part).padStart(3, '0')}`;
    // Remembered even when the feed is not published yet: it is recorded once it is (`republished`).
    this.recording.set(feed, slot);
    await set(feed, join(this.janusDirectory, base));
  }
}
