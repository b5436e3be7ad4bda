/**
 * A conference's room in the SFU: its publishers (one per feed), audio gates, subscribers
 * and recording, and the forwarding between them. Forwarding goes through an index from a
 * feed to the slots showing it, rebuilt on every route change (rare) rather than searched on
 * every packet (hundreds per second per feed).
 */
import type { RtpPacket } from 'werift';
import type { FeedKey, ProgrammeTarget, RecordingTarget, SlotRoutes, SlotSpec, SubscriberOffer } from '../media-engine.js';
import type { KeyFrameThrottle } from './keyframe-throttle.js';
import type { PeerNetwork } from './peer-config.js';
import { SfuProgramme } from './sfu-programme.js';
import { SfuPublisher } from './sfu-publisher.js';
import { SfuRecording } from './sfu-recording.js';
import { SfuSubscriber } from './sfu-subscriber.js';
import type { MediaKind, SlotOutput } from './slot-output.js';

export interface Counters {
  packetsIn: number;
  packetsOut: number;
  keyFrameRequests: number;
}

export interface RoomContext {
  network: PeerNetwork;
  counters: Counters;
  throttle: KeyFrameThrottle;
  log: (msg: string, err?: unknown) => void;
  now: () => number;
}

export class SfuRoom {
  readonly publishers = new Map<FeedKey, SfuPublisher>();
  readonly subscribers = new Map<string, SfuSubscriber>();
  private readonly openGates = new Set<FeedKey>();
  private recording: SfuRecording | null = null;
  private programme: SfuProgramme | null = null;
  private index = new Map<FeedKey, SlotOutput[]>();

  constructor(
    readonly id: string,
    private readonly ctx: RoomContext,
  ) {}

  async publish(feed: FeedKey, offerSdp: string): Promise<string> {
    const { publisher, answerSdp } = await SfuPublisher.create(this.ctx.network, feed, offerSdp, (p, kind, packet) =>
      this.forward(feed, p, kind, packet),
    );
    const previous = this.publishers.get(feed);
    // Routes name the feed, not the connection: they carry on with the new one.
    this.publishers.set(feed, publisher);
    if (previous) await this.closePublisher(previous);
    return answerSdp;
  }

  async unpublish(feed: FeedKey): Promise<void> {
    const publisher = this.publishers.get(feed);
    if (!publisher) return;
    this.publishers.delete(feed);
    await this.closePublisher(publisher);
  }

  async subscribe(subscriberId: string, slots: SlotSpec[]): Promise<SubscriberOffer> {
    await this.unsubscribe(subscriberId);
    const { subscriber, offer } = await SfuSubscriber.create(this.ctx.network, slots, {
      sent: () => {
        this.ctx.counters.packetsOut++;
      },
      keyFrameWanted: (feed) => this.requestKeyFrame(feed),
    });
    this.subscribers.set(subscriberId, subscriber);
    return offer;
  }

  async answer(subscriberId: string, answerSdp: string): Promise<void> {
    await this.subscriber(subscriberId).answer(answerSdp);
  }

  route(subscriberId: string, routes: SlotRoutes): void {
    const fresh = this.subscriber(subscriberId).route(routes);
    this.reindex();
    for (const feed of fresh) this.requestKeyFrame(feed);
  }

  async unsubscribe(subscriberId: string): Promise<void> {
    const subscriber = this.subscribers.get(subscriberId);
    if (!subscriber) return;
    this.subscribers.delete(subscriberId);
    this.reindex();
    await subscriber.close().catch((error: unknown) => this.ctx.log(`closing subscriber ${subscriberId}`, error));
  }

  setAudioGate(feed: FeedKey, open: boolean): void {
    if (open) this.openGates.add(feed);
    else this.openGates.delete(feed);
  }

  async startRecording(routes: SlotRoutes, target: RecordingTarget): Promise<void> {
    if (this.recording) throw new Error(`room ${this.id} is already recording`);
    this.recording = await SfuRecording.start(routes, target, this.ctx.log);
    this.reindex();
    for (const feed of Object.values(routes)) if (feed) this.requestKeyFrame(feed);
  }

  routeRecording(routes: SlotRoutes): void {
    if (!this.recording) throw new Error(`room ${this.id} is not recording`);
    const fresh = this.recording.route(routes);
    this.reindex();
    for (const feed of fresh) this.requestKeyFrame(feed);
  }

  async stopRecording(): Promise<string[]> {
    const recording = this.recording;
    if (!recording) throw new Error(`room ${this.id} is not recording`);
    this.recording = null;
    this.reindex();
    return recording.stop();
  }

  /** Starts (or restarts, towards a new target) the programme sent to the HLS packager. */
  startProgramme(routes: SlotRoutes, target: ProgrammeTarget): void {
    this.programme?.stop();
    this.programme = new SfuProgramme(routes, target, this.ctx.now, this.ctx.log, (feed) => this.requestKeyFrame(feed));
    this.reindex();
    for (const feed of Object.values(routes)) if (feed) this.requestKeyFrame(feed);
  }

  routeProgramme(routes: SlotRoutes): void {
    if (!this.programme) throw new Error(`room ${this.id} sends no programme`);
    const fresh = this.programme.route(routes);
    this.reindex();
    for (const feed of fresh) this.requestKeyFrame(feed);
  }

  stopProgramme(): void {
    this.programme?.stop();
    this.programme = null;
    this.reindex();
  }

  async close(): Promise<void> {
    this.stopProgramme();
    if (this.recording) await this.stopRecording().catch((error: unknown) => this.ctx.log(`room ${this.id}: recording`, error));
    for (const id of [...this.subscribers.keys()]) await this.unsubscribe(id);
    for (const feed of [...this.publishers.keys()]) await this.unpublish(feed);
  }

  private forward(feed: FeedKey, publisher: SfuPublisher, kind: MediaKind, packet: RtpPacket): void {
    // A replaced connection may still deliver a few packets: only the current one counts.
    if (this.publishers.get(feed) !== publisher) return;
    this.ctx.counters.packetsIn++;
    if (kind === 'audio' && !this.openGates.has(feed)) return;
    const outputs = this.index.get(feed);
    if (!outputs) return;
    const now = this.ctx.now();
    let wantsKey = false;
    for (const output of outputs) {
      if (output.push(kind, packet, publisher.source, now) === 'needs-key-frame') wantsKey = true;
    }
    if (wantsKey) this.requestKeyFrame(feed);
  }

  private requestKeyFrame(feed: FeedKey): void {
    const publisher = this.publishers.get(feed);
    if (!publisher || !this.ctx.throttle.allow(publisher.source, this.ctx.now())) return;
    if (publisher.requestKeyFrame()) this.ctx.counters.keyFrameRequests++;
  }

  private reindex(): void {
    const index = new Map<FeedKey, SlotOutput[]>();
    const outputs = [
      ...[...this.subscribers.values()].flatMap((s) => [...s.outputs.values()]),
      ...(this.recording?.outputs ?? []),
      ...(this.programme?.outputs ?? []),
    ];
    for (const output of outputs) {
      if (output.feed === null) continue;
      const list = index.get(output.feed) ?? [];
      list.push(output);
      index.set(output.feed, list);
    }
    this.index = index;
  }

  private subscriber(subscriberId: string): SfuSubscriber {
    const subscriber = this.subscribers.get(subscriberId);
    if (!subscriber) throw new Error(`no subscriber ${subscriberId} in room ${this.id}`);
    return subscriber;
  }

  private async closePublisher(publisher: SfuPublisher): Promise<void> {
    this.ctx.throttle.forget(publisher.source);
    await publisher.close().catch((error: unknown) => this.ctx.log(`closing publisher ${publisher.source}`, error));
  }
}
