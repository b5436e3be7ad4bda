/**
 * The Janus engine: Janus 1.1 VideoRoom driven through janode (one connection, one session).
 * A conference is a VideoRoom (created on demand, numeric id hashed from the conference id), a
 * feed a publisher handle (display = feed key), a viewing page a subscriber handle
 * (janus-subscriber.ts). Audio gates are VideoRoom `moderate` (the publisher's audio mid muted at
 * Janus), closed by default. Calls on one room run one after another: Janus handles are stateful
 * and a route must not interleave with the republish it depends on. Recordings: janus-recording.ts
 * (.mjr per stream), made playable once stopped by janus-postprocess.ts.
 */
import Janode, { type JanodeConnection, type JanodeSession } from 'janode';
import VideoRoomPlugin, { type VideoRoomHandle } from 'janode/plugins/videoroom';
import type {
  EngineStats,
  FeedKey,
  IceServer,
  MediaEngine,
  ProgrammeTarget,
  RecordingFiles,
  RecordingTarget,
  SlotRoutes,
  SlotSpec,
  SubscriberOffer,
} from '../media-engine.js';
import { emptyOffer } from './janus-sdp.js';
import { JanusSubscriber } from './janus-subscriber.js';
import { joinPublisher, whenUp, UP_WAIT_MS, type Publisher } from './janus-publisher.js';
import { JanusRecording, publisherRecorder } from './janus-recording.js';
import { JanusPostProcessor } from './janus-postprocess.js';
import { createRoom, destroyRoom, liveFeeds, moderate, requestKeyFrames, subscriberOf, type Room } from './janus-room.js';
import { withTimeout } from '../call-timeout.js';

/** Longest wait for one call (a subscriber may wait UP_WAIT_MS for its feed to come up). */
const CALL_TIMEOUT_MS = 20_000;
/** When a slot that was renegotiated asks its source for a key frame a second time. */
const KEY_FRAME_AGAIN_MS = 500;

export interface JanusEngineOptions {
  /** ws://host:8188 */
  url: string;
  /** Handed to the browsers; Janus's own STUN/TURN is in its configuration. */
  iceServers?: IceServer[];
  /** The recordings folder as Janus sees it, when Janus runs where paths differ (a container). */
  recordingsDir?: string;
  /** Janus's process id, when the caller started it (stats, the bench). */
  pid?: number;
  /** Turns the .mjr recordings into .webm / .opus (janus-postprocess.ts): a path, default `janus-pp-rec` from PATH; null: .mjr only. */
  janusPostProcessor?: string | null;
  log?: (message: string, err?: unknown) => void;
}

/** An offer Janus made on its own (a page switched back to a feed that had left, or one it postponed until the page's last answer): answer via `answer`. */
export type OfferListener = (roomId: string, subscriberId: string, offer: SubscriberOffer) => void;

export class JanusEngine implements MediaEngine {
  readonly kind = 'janus' as const;
  private connection: JanodeConnection | null = null;
  private session: JanodeSession | null = null;
  /** A handle for room-level requests (create, destroy, moderate). */
  private control: VideoRoomHandle | null = null;
  private readonly rooms = new Map<string, Room>();
  private readonly log: (message: string, err?: unknown) => void;
  private readonly offerListeners: OfferListener[] = [];
  private readonly postProcessor: JanusPostProcessor;

  constructor(private readonly options: JanusEngineOptions) {
    this.log = options.log ?? ((m, e) => console.error(`[janus-engine] ${m}`, e ?? ''));
    this.postProcessor = new JanusPostProcessor({ binary: options.janusPostProcessor, log: this.log });
    Janode.Logger.setLevel('none');
  }

  /** For the control plane: pushes such an offer to the page (`media:offer`). */
  onOffer(listener: OfferListener): void {
    this.offerListeners.push(listener);
  }

  async start(): Promise<void> {
    if (this.session) return;
    try {
      const connection = await Janode.connect({ address: { url: this.options.url }, retry_time_secs: 1, max_retries: 2 });
      connection.once(Janode.EVENT.CONNECTION_ERROR, (err: unknown) => this.lost(connection, err));
      connection.once(Janode.EVENT.CONNECTION_CLOSED, () => this.lost(connection, null));
      this.connection = connection;
      this.session = await connection.create(15);
      this.control = await this.session.attach(VideoRoomPlugin);
    } catch (err) {
      await this.close();
      throw new Error(`Janus engine: cannot connect to ${this.options.url}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Janus went away: its rooms and handles went with it; the next `start()` connects again. */
  private lost(connection: JanodeConnection, err: unknown): void {
    if (this.connection !== connection) return;
    if (err) this.log(`lost the connection to Janus at ${this.options.url}`, err);
    this.connection = null;
    this.session = null;
    this.control = null;
    this.rooms.clear();
  }

  async close(): Promise<void> {
    const connection = this.connection;
    for (const roomId of [...this.rooms.keys()]) await this.closeRoom(roomId).catch((e) => this.log(`closing room ${roomId}`, e));
    this.connection = null;
    this.session = null;
    this.control = null;
    if (connection) await connection.close().catch(() => undefined);
  }

  private ready(): { session: JanodeSession; control: VideoRoomHandle } {
    if (!this.session || !this.control) throw new Error('Janus engine: not connected (call start())');
    return { session: this.session, control: this.control };
  }

  /** Runs `work` after every earlier call on the room; creates the VideoRoom on first use. */
  private async inRoom<T>(roomId: string, work: (room: Room) => Promise<T>): Promise<T> {
    const { control } = this.ready();
    let room = this.rooms.get(roomId);
    if (!room) {
      room = createRoom(control, roomId, () => this.rooms.delete(roomId));
      this.rooms.set(roomId, room);
    }
    // A Janus that stops answering fails this call, not every later one of the room.
    const result = room.queue.then(() => withTimeout(work(room), CALL_TIMEOUT_MS, 'Janus'));
    room.queue = result.catch(() => undefined);
    return result;
  }

  async publish(roomId: string, feed: FeedKey, offerSdp: string): Promise<{ answerSdp: string }> {
    const { session } = this.ready();
    return this.inRoom(roomId, async (room) => {
      // The old publisher (a hall that rejoins) stays until the new one is up, so that pages
      // showing the feed are switched in place from one to the other: once a publisher is gone,
      // Janus can only renegotiate its subscribers.
      const old = room.publishers.get(feed);
      const previous = old?.isUp ? old : old?.previous;
      if (old && old !== previous) await old.handle.detach().catch(() => undefined);
      const { publisher, answerSdp } = await joinPublisher(session, room.janusId, feed, offerSdp);
      publisher.previous = previous;
      room.publishers.set(feed, publisher);
      try {
        // Muted before the answer leaves: no packet of a closed gate reaches anyone.
        await moderate(this.ready().control, room, feed, room.openGates.has(feed));
        await room.recording?.republished(feed);
      } catch (err) {
        room.publishers.delete(feed);
        await publisher.handle.detach().catch(() => undefined);
        throw err;
      }
      const retire = setTimeout(() => void this.retire(roomId, room, publisher), UP_WAIT_MS * 2);
      retire.unref();
      void publisher.up.then(() => {
        clearTimeout(retire);
        void this.retire(roomId, room, publisher);
      });
      return { answerSdp };
    });
  }

  async unpublish(roomId: string, feed: FeedKey): Promise<void> {
    await this.inRoom(roomId, async (room) => {
      const publisher = room.publishers.get(feed);
      if (publisher) await this.dropPublisher(room, feed, publisher);
    });
  }

  /** The new publisher is up (or never came): pages move to it, and the previous one goes. */
  private async retire(roomId: string, room: Room, publisher: Publisher): Promise<void> {
    if (this.rooms.get(roomId) !== room) return;
    await this.inRoom(roomId, async () => {
      if (publisher.isUp) await this.refreshAll(roomId, room);
      const previous = publisher.previous;
      publisher.previous = undefined;
      if (previous) await this.dropPublisher(room, null, previous);
    }).catch((e) => this.log(`room ${roomId}: moving pages to a republished feed`, e));
  }

  private async dropPublisher(room: Room, feed: FeedKey | null, publisher: Publisher): Promise<void> {
    if (feed !== null) room.publishers.delete(feed);
    if (publisher.previous) await this.dropPublisher(room, null, publisher.previous);
    for (const subscriber of room.subscribers.values()) subscriber.forgetPublisher(publisher.id);
    await publisher.handle.detach().catch((e) => this.log(`detaching the publisher of ${feed ?? 'a rejoined feed'}`, e));
  }

  /** Switches existing slots to their feeds' current publishers; new slots wait for their next route. */
  private async refreshAll(roomId: string, room: Room): Promise<void> {
    for (const [subscriberId, subscriber] of room.subscribers) {
      const offer = await subscriber.refresh(liveFeeds(room), false);
      if (offer) for (const listener of this.offerListeners) listener(roomId, subscriberId, offer);
    }
  }

  async subscribe(roomId: string, subscriberId: string, slots: SlotSpec[]): Promise<SubscriberOffer> {
    const { session } = this.ready();
    return this.inRoom(roomId, async (room) => {
      await room.subscribers.get(subscriberId)?.close();
      const offered = (offer: SubscriberOffer) => {
        for (const listener of this.offerListeners) listener(roomId, subscriberId, offer);
      };
      room.subscribers.set(subscriberId, new JanusSubscriber(session, room.janusId, slots, offered));
      // All slots are empty: Janus cannot offer streams without sources (see emptyOffer).
      return { offerSdp: emptyOffer(), tracks: [] };
    });
  }

  async answer(roomId: string, subscriberId: string, answerSdp: string): Promise<void> {
    await this.inRoom(roomId, async (room) => {
      const sources = await subscriberOf(room, subscriberId).answer(answerSdp);
      if (sources.length === 0) return;
      // The slots now carry media: their sources send a key frame, or the page waits seconds for
      // one. Once more a moment later: a browser ignores a request too close to its last key frame.
      const ask = () => requestKeyFrames(room, sources).catch((e) => this.log(`room ${roomId}: asking for key frames`, e));
      await ask();
      // Not for a room closed meanwhile: inRoom would create its VideoRoom again.
      const again = () => {
        if (this.rooms.get(roomId) === room) void this.inRoom(roomId, ask).catch(() => undefined);
      };
      setTimeout(again, KEY_FRAME_AGAIN_MS).unref();
    });
  }

  async route(roomId: string, subscriberId: string, routes: SlotRoutes): Promise<SubscriberOffer | null> {
    return this.inRoom(roomId, async (room) => {
      const subscriber = subscriberOf(room, subscriberId);
      // A feed that has just published is given a few seconds to come up before the route skips it.
      await whenUp(Object.values(routes).map((feed) => (feed ? room.publishers.get(feed) : undefined)));
      return subscriber.route(routes, liveFeeds(room));
    });
  }

  async unsubscribe(roomId: string, subscriberId: string): Promise<void> {
    await this.inRoom(roomId, async (room) => {
      await room.subscribers.get(subscriberId)?.close();
      room.subscribers.delete(subscriberId);
    });
  }

  async setAudioGate(roomId: string, feed: FeedKey, open: boolean): Promise<void> {
    await this.inRoom(roomId, async (room) => {
      if (open) room.openGates.add(feed);
      else room.openGates.delete(feed);
      await moderate(this.ready().control, room, feed, open);
    });
  }

  async startRecording(roomId: string, routes: SlotRoutes, target: RecordingTarget): Promise<void> {
    await this.inRoom(roomId, async (room) => {
      if (room.recording) throw new Error(`Janus engine: room ${roomId} is already recording`);
      room.recording = new JanusRecording(target, this.options.recordingsDir ?? target.directory, publisherRecorder(room.publishers));
      await room.recording.start(routes);
    });
  }

  async routeRecording(roomId: string, routes: SlotRoutes): Promise<void> {
    await this.inRoom(roomId, async (room) => room.recording?.route(routes));
  }

  /** The playable .webm / .opus first, then Janus's .mjr files; converted outside the room's queue. */
  /**
   * The watching tier's programme (issue 19) is sent by the embedded engine only: Janus would
   * need an RTP forwarder per floor change and a filler of its own for the packager's inputs.
   */
  async startProgramme(_roomId: string, _routes: SlotRoutes, _target: ProgrammeTarget): Promise<void> {
    throw new Error('the watching tier (HLS) runs on the embedded media engine; this server uses Janus');
  }
  async routeProgramme(): Promise<void> {}
  async stopProgramme(): Promise<void> {}

  async stopRecording(roomId: string): Promise<RecordingFiles> {
    const mjr = await this.inRoom(roomId, async (room) => {
      const recording = room.recording;
      room.recording = null;
      return recording ? recording.stop() : [];
    });
    return { files: await this.postProcessor.convert(mjr) };
  }

  async closeRoom(roomId: string): Promise<void> {
    if (!this.rooms.has(roomId) || !this.control) return;
    await this.inRoom(roomId, (room) => destroyRoom(this.ready().control, roomId, room, () => this.rooms.delete(roomId)));
  }

  async stats(): Promise<EngineStats & { pid?: number }> {
    const rooms = [...this.rooms.values()];
    const publishers = rooms.reduce((n, room) => n + room.publishers.size, 0);
    const subscribers = rooms.reduce((n, room) => n + room.subscribers.size, 0);
    // Packet counts live in Janus's Admin API, which this engine does not use: reported as 0.
    const stats: EngineStats & { pid?: number } = {
      kind: 'janus',
      rooms: rooms.length,
      publishers,
      subscribers,
      packetsIn: 0,
      packetsOut: 0,
      keyFrameRequests: 0,
    };
    if (this.options.pid !== undefined) stats.pid = this.options.pid;
    return stats;
  }
}
