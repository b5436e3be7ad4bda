/**
 * One viewing page on Janus: a VideoRoom subscriber handle whose m-lines are the page's slots.
 *
 * Janus needs a real source for each stream it subscribes, so a slot gets its m-line(s) only when
 * first routed to a published feed (`join`, later `update`: a new offer). From then on the m-line
 * stays the slot's: a new feed is `switch`ed in without renegotiation, and an empty route pauses
 * the stream (`configure send: false`), so a page is sent only what its slots show.
 *
 * Janus makes one offer at a time: an `update` (or a `switch` that revives a slot) made while the
 * page has not answered the last offer is postponed ("updating", no offer), and Janus sends the
 * offer on its own once the answer is in (an `updated` event). That offer goes to the page through
 * `offered`, with the m-lines the postponed update asked for.
 *
 * Janus asks a publisher for a key frame when a slot is switched to it, but a slot that needed a
 * new offer only carries media once the page has answered: that key frame is gone by then, and
 * the page would wait seconds for the next one. So `answer` hands back the video sources that
 * were given to slots since the last answer, for the engine to ask for a key frame again.
 */
import type { Jsep, JanodeSession } from 'janode';
import VideoRoomPlugin, { type VideoRoomHandle, type VideoRoomStream, type VideoRoomUpdated } from 'janode/plugins/videoroom';
import type { FeedKey, SlotRoutes, SlotSpec, SlotTrack, SubscriberOffer } from '../media-engine.js';

/** A published feed as the subscriber needs it: Janus's publisher id and its mids per kind. */
export interface PublishedFeed {
  id: number;
  mids: { audio?: string; video?: string };
}

interface SlotLine {
  slot: string;
  kind: 'audio' | 'video';
  /** The m-line's mid in this subscription. */
  mid: string;
  mindex: number;
  /** Where Janus takes it from now (null after the publisher left). */
  source: { id: number; mid: string } | null;
  sending: boolean;
}

interface Wanted {
  slot: string;
  kind: 'audio' | 'video';
  feed: number;
  mid: string;
}

/** Wraps a janode call: Janus's own message ("428 No such feed …") with what we were doing. */
export async function janus<T>(what: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    throw new Error(`Janus: ${what} failed: ${(err as Error).message}`, { cause: err });
  }
}

export class JanusSubscriber {
  private handle: VideoRoomHandle | null = null;
  private readonly lines: SlotLine[] = [];
  private readonly routes: SlotRoutes = {};
  /** Lines asked for by an update whose offer Janus postponed: theirs is the next `updated` event. */
  private postponed: Wanted[] = [];
  /** Video sources given to slots since the page's last answer (publisher id and mid). */
  private newVideo: { id: number; mid: string }[] = [];

  constructor(
    private readonly session: JanodeSession,
    private readonly room: number,
    readonly slots: SlotSpec[],
    /** An offer Janus made on its own (postponed, or a revived slot's): the page must answer it. */
    private readonly offered: (offer: SubscriberOffer) => void = () => undefined,
  ) {
    for (const { slot } of slots) this.routes[slot] = null;
  }

  tracks(): SlotTrack[] {
    return [...this.lines].sort((a, b) => a.mindex - b.mindex).map(({ slot, kind, mid }) => ({ slot, kind, mid }));
  }

  /** Applies new routes (slots not named keep theirs); `published` resolves a feed to its Janus publisher. */
  async route(routes: SlotRoutes, published: (feed: FeedKey) => PublishedFeed | undefined): Promise<SubscriberOffer | null> {
    for (const [slot, feed] of Object.entries(routes)) {
      if (!(slot in this.routes)) throw new Error(`Janus: no slot ${slot} in this subscriber`);
      this.routes[slot] = feed;
    }
    return this.refresh(published);
  }

  /**
   * Re-applies the current routes. With `addNew` false (a feed was published again under a new
   * Janus id) only existing m-lines are switched: new m-lines need an offer, which only `route`
   * can hand back to the page.
   */
  async refresh(published: (feed: FeedKey) => PublishedFeed | undefined, addNew = true): Promise<SubscriberOffer | null> {
    const switches: { feed: number; mid: string; sub_mid: string }[] = [];
    const sends: { mid: string; send: boolean }[] = [];
    const wanted: Wanted[] = [];
    for (const spec of this.slots) {
      const feed = this.routes[spec.slot];
      const publisher = feed ? published(feed) : undefined;
      for (const kind of ['video', 'audio'] as const) {
        if (!spec[kind]) continue;
        const sourceMid = publisher?.mids[kind];
        const line = this.lines.find((l) => l.slot === spec.slot && l.kind === kind);
        if (!line) {
          // A line already asked for in a postponed update comes with Janus's next offer: not twice.
          const asked = this.postponed.some((p) => p.slot === spec.slot && p.kind === kind);
          if (publisher && sourceMid && !asked) wanted.push({ slot: spec.slot, kind, feed: publisher.id, mid: sourceMid });
          continue;
        }
        if (publisher && sourceMid) {
          if (line.source?.id !== publisher.id || line.source.mid !== sourceMid) {
            switches.push({ feed: publisher.id, mid: sourceMid, sub_mid: line.mid });
            line.source = { id: publisher.id, mid: sourceMid };
            if (kind === 'video') this.newVideo.push(line.source);
          }
          if (!line.sending) sends.push({ mid: line.mid, send: (line.sending = true) });
        } else if (line.sending) {
          sends.push({ mid: line.mid, send: (line.sending = false) });
        }
      }
    }
    const handle = this.handle;
    // A switch to a stream whose publisher left is a new subscription to Janus: it renegotiates
    // ("updated" with an offer) instead of switching in place; that offer goes to the page.
    let offer: SubscriberOffer | null = null;
    if (handle && switches.length > 0) {
      const response = await janus('switch', handle.message({ request: 'switch', streams: switches }));
      if (response.jsep) offer = { offerSdp: response.jsep.sdp, tracks: this.tracks() };
    }
    if (handle && sends.length > 0) await janus('configure (send)', handle.configure({ streams: sends }));
    if (wanted.length === 0 || !addNew) return offer;
    // A postponed update (null) must not hide the switch's offer: the page answers that one first.
    return (await this.addLines(wanted)) ?? offer;
  }

  /** Joins (first time) or updates the subscription with new m-lines: Janus sends a new offer, now or (postponed) later. */
  private async addLines(wanted: Wanted[]): Promise<SubscriberOffer | null> {
    const streams = wanted.map(({ feed, mid }) => ({ feed, mid }));
    let result: { jsep?: Jsep; streams?: VideoRoomStream[] };
    if (!this.handle) {
      const handle = await janus('attach (subscriber)', this.session.attach(VideoRoomPlugin));
      handle.on(VideoRoomPlugin.EVENT.VIDEOROOM_UPDATED, (event: VideoRoomUpdated) => this.updated(event));
      try {
        // autoupdate off: a publisher that leaves must not renegotiate the page; its slot waits
        // for the feed to return and is switched back then.
        result = await janus('join (subscriber)', handle.joinSubscriber({ room: this.room, streams, autoupdate: false }));
      } catch (err) {
        await handle.detach().catch(() => undefined);
        throw err;
      }
      if (!result.jsep) {
        await handle.detach().catch(() => undefined);
        throw new Error('Janus: the subscription gave no offer');
      }
      this.handle = handle;
    } else {
      result = await janus('update (subscriber)', this.handle.update({ subscribe: streams }));
      if (!result.jsep) {
        // "updating": the page has not answered the last offer yet; this one follows as an event.
        this.postponed.push(...wanted);
        return null;
      }
    }
    this.take(wanted, result.streams ?? [], true);
    return { offerSdp: result.jsep.sdp, tracks: this.tracks() };
  }

  /** Gives each wanted slot the new m-line Janus made for it (in the order asked, by source and kind). */
  private take(wanted: Wanted[], streams: VideoRoomStream[], strict: boolean): void {
    const known = new Set(this.lines.map((l) => l.mid));
    const fresh = streams.filter((s) => !known.has(s.mid) && s.type !== 'data').sort((a, b) => a.mindex - b.mindex);
    for (const want of wanted) {
      const index = fresh.findIndex((s) => s.type === want.kind && s.feed_id === want.feed && s.feed_mid === want.mid);
      const stream = index < 0 ? undefined : fresh.splice(index, 1)[0];
      if (!stream) {
        if (strict) throw new Error(`Janus: no ${want.kind} stream for slot ${want.slot} in the subscription`);
        continue; // its publisher left meanwhile: the slot gets a line on its next route
      }
      this.lines.push({
        slot: want.slot,
        kind: want.kind,
        mid: stream.mid,
        mindex: stream.mindex,
        source: { id: want.feed, mid: want.mid },
        sending: true,
      });
      if (want.kind === 'video') this.newVideo.push({ id: want.feed, mid: want.mid });
    }
  }

  /** Janus's own offer (postponed or reviving a slot): new lines are taken, and the page is told. */
  private updated(event: VideoRoomUpdated): void {
    if (!event.jsep || event.jsep.type !== 'offer' || !this.handle) return;
    const wanted = this.postponed;
    this.postponed = [];
    this.take(wanted, event.streams ?? [], false);
    this.offered({ offerSdp: event.jsep.sdp, tracks: this.tracks() });
  }

  /** The page's answer to the last offer; resolves with the video sources that want a key frame now. */
  async answer(answerSdp: string): Promise<{ id: number; mid: string }[]> {
    if (!this.handle) return [];
    await janus('start (subscriber answer)', this.handle.start({ jsep: { type: 'answer', sdp: answerSdp } }));
    return this.newVideo.splice(0);
  }

  /** Janus forgot the publisher (it left): its slots get nothing until switched again. */
  forgetPublisher(id: number): void {
    for (const line of this.lines) if (line.source?.id === id) line.source = null;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    if (handle) await handle.detach().catch(() => undefined);
  }
}
