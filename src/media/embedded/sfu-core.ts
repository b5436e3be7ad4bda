/**
 * The SFU itself, as it runs inside the worker process: the rooms, created on first use,
 * and the engine's operations on them. The worker only moves messages in and out of this.
 */
import type {
  EngineStats,
  FeedKey,
  ProgrammeTarget,
  RecordingFiles,
  RecordingTarget,
  SlotRoutes,
  SlotSpec,
  SubscriberOffer,
} from '../media-engine.js';
import { KeyFrameThrottle } from './keyframe-throttle.js';
import type { EngineMethod } from './ipc-protocol.js';
import type { PeerNetwork } from './peer-config.js';
import { SfuRoom, type Counters } from './sfu-room.js';

export class SfuCore implements Record<EngineMethod, (...args: never[]) => Promise<unknown>> {
  private readonly rooms = new Map<string, SfuRoom>();
  private readonly counters: Counters = { packetsIn: 0, packetsOut: 0, keyFrameRequests: 0 };
  private readonly throttle = new KeyFrameThrottle();

  constructor(
    private readonly network: PeerNetwork,
    private readonly log: (msg: string, err?: unknown) => void,
  ) {}

  private room(roomId: string): SfuRoom {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = new SfuRoom(roomId, { network: this.network, counters: this.counters, throttle: this.throttle, log: this.log, now: Date.now });
      this.rooms.set(roomId, room);
    }
    return room;
  }

  private existing(roomId: string): SfuRoom {
    const room = this.rooms.get(roomId);
    if (!room) throw new Error(`no media room ${roomId}`);
    return room;
  }

  async publish(roomId: string, feed: FeedKey, offerSdp: string): Promise<{ answerSdp: string }> {
    return { answerSdp: await this.room(roomId).publish(feed, offerSdp) };
  }

  async unpublish(roomId: string, feed: FeedKey): Promise<void> {
    await this.rooms.get(roomId)?.unpublish(feed);
  }

  async subscribe(roomId: string, subscriberId: string, slots: SlotSpec[]): Promise<SubscriberOffer> {
    return this.room(roomId).subscribe(subscriberId, slots);
  }

  async answer(roomId: string, subscriberId: string, answerSdp: string): Promise<void> {
    await this.existing(roomId).answer(subscriberId, answerSdp);
  }

  async route(roomId: string, subscriberId: string, routes: SlotRoutes): Promise<SubscriberOffer | null> {
    this.existing(roomId).route(subscriberId, routes);
    return null; // Every slot has its own m-line: switching never renegotiates.
  }

  async unsubscribe(roomId: string, subscriberId: string): Promise<void> {
    await this.rooms.get(roomId)?.unsubscribe(subscriberId);
  }

  async setAudioGate(roomId: string, feed: FeedKey, open: boolean): Promise<void> {
    // Gates may be set before the feed publishes: the room keeps them.
    this.room(roomId).setAudioGate(feed, open);
  }

  async startRecording(roomId: string, routes: SlotRoutes, target: RecordingTarget): Promise<void> {
    await this.room(roomId).startRecording(routes, target);
  }

  async routeRecording(roomId: string, routes: SlotRoutes): Promise<void> {
    this.existing(roomId).routeRecording(routes);
  }

  async stopRecording(roomId: string): Promise<RecordingFiles> {
    return { files: await this.existing(roomId).stopRecording() };
  }

  async startProgramme(roomId: string, routes: SlotRoutes, target: ProgrammeTarget): Promise<void> {
    this.room(roomId).startProgramme(routes, target);
  }

  async routeProgramme(roomId: string, routes: SlotRoutes): Promise<void> {
    this.existing(roomId).routeProgramme(routes);
  }

  async stopProgramme(roomId: string): Promise<void> {
    this.rooms.get(roomId)?.stopProgramme();
  }

  async closeRoom(roomId: string): Promise<void> {
    const room = this.rooms.get(roomId);
    if (!room) return;
    this.rooms.delete(roomId);
    await room.close();
  }

  async stats(): Promise<EngineStats> {
    let publishers = 0;
    let subscribers = 0;
    for (const room of this.rooms.values()) {
      publishers += room.publishers.size;
      subscribers += room.subscribers.size;
    }
    return { kind: 'embedded', rooms: this.rooms.size, publishers, subscribers, ...this.counters };
  }

  async closeAll(): Promise<void> {
    for (const roomId of [...this.rooms.keys()]) await this.closeRoom(roomId);
  }
}
