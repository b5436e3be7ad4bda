/**
 * The media control plane (issue 6): joins pages to their conference's media room, hands
 * SDP between the browser and the engine, and keeps the engine in step with the programme:
 * who is heard (audio gates) and who is seen where (each subscriber's slot routes), after
 * every change of the room or of the live state (the floor, the chair's force-mutes).
 *
 * Rooms live in this process's memory; one conference's media is served by one process (the
 * engine's room is there too). Every change of a room runs in that room's queue, one at a
 * time, so the engine is told things in the order they happened.
 */
import { evolveAll } from '../../domain/live/live-evolve.js';
import type { LiveEvent } from '../../domain/live/live-commands.js';
import { slotsFor, type FeedKey } from '../../domain/media/media-room.js';
import type { IceServer, MediaEngine, SubscriberOffer } from '../../media/media-engine.js';
import type { HlsPackager, PackagerStatus } from '../../media/hls/hls-packager.js';
import type { QualityReport } from '../../realtime/media-protocol.js';
import type { LiveService } from '../live/live-service.types.js';
import { mediaErrors } from './media-errors.js';
import type { RoomMember, RoomState } from './media-room-state.js';
import { RecordingStore } from './recording-store.js';
import { LinkReports } from './link-reports.js';
import { RoomQueues } from './room-queue.js';
import { singleProcessLeases, type RoomLeases } from './room-leases.js';
import { endRecording, settleRoom, type MediaNotifier, type SettleContext } from './room-settle.js';

export type { MediaNotifier };

/** Thumbnail slots a chair's screen gets at most (a wall of 16): more halls than that are paged through. */
export const MAX_THUMBNAILS = 16;
/**
 * A programme nobody asked an address for this long is stopped (ffmpeg costs a third of a core
 * or more): a watching page renews its address every five minutes, so this is no page left.
 */
export const PROGRAMME_IDLE_MS = 15 * 60_000;
const IDLE_SWEEP_MS = 60_000;
/** When the pages showing a newly published feed are routed once more (Janus; see publish). */
const REROUTE_AFTER_MS = 10_000;

export interface JoinRequest {
  memberId: string;
  conferenceId: string;
  feed: FeedKey | null;
  name: string;
  seesAll: boolean;
}

export interface MediaServiceOptions {
  engine: MediaEngine;
  live: LiveService;
  recordingsDir: string;
  iceServers?: IceServer[];
  /** Thumbnail slots per page for the chair and the secretariat; default MAX_THUMBNAILS (tests lower it). */
  maxThumbnails?: number;
  /** Which process serves which conference's media (several processes: Redis); default: this one serves all. */
  leases?: RoomLeases;
  log?: (message: string, error?: unknown) => void;
  /** The watching tier's packager (issue 19); without it no programme is sent over HLS. */
  packager?: HlsPackager;
}

export class MediaService {
  private readonly rooms = new Map<string, RoomState>();
  private readonly queues = new RoomQueues();
  private readonly links: LinkReports;
  private notifier: MediaNotifier = { room: () => undefined, offer: () => undefined };
  /** Recordings that ended and are being finished outside the rooms' queues (room-settle.ts). */
  private readonly finishing = new Set<Promise<unknown>>();
  readonly recordings: RecordingStore;
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private readonly options: MediaServiceOptions) {
    this.recordings = new RecordingStore(options.recordingsDir);
    this.links = new LinkReports(options.live);
    // Janus re-offers by itself to the pages showing a feed that published again.
    options.engine.onOffer?.((_roomId, subscriberId, offer) => this.notifier.offer(subscriberId, offer));
    this.log = options.log ?? (() => undefined);
    this.idleSweep = setInterval(() => this.stopIdleProgrammes(), IDLE_SWEEP_MS);
    this.idleSweep.unref();
  }

  private readonly idleSweep: NodeJS.Timeout;

  /** Stops the programmes no watching page has asked for lately (PROGRAMME_IDLE_MS). */
  stopIdleProgrammes(now = Date.now()): void {
    for (const room of this.rooms.values()) {
      if (!room.programme || now - room.programme.lastWatchAt < PROGRAMME_IDLE_MS) continue;
      void this.inRoom(room.conferenceId, () => this.stopProgramme(room)).catch((e: unknown) =>
        this.log('media: stop programme failed', e),
      );
    }
  }

  get engineKind() {
    return this.options.engine.kind;
  }

  get iceServers(): IceServer[] {
    return this.options.iceServers ?? [];
  }

  setNotifier(notifier: MediaNotifier): void {
    this.notifier = notifier;
  }

  /** Runs `task` after the room's earlier tasks (the engine hears of changes in order). */
  private inRoom<T>(conferenceId: string, task: () => Promise<T>): Promise<T> {
    return this.queues.run(conferenceId, task);
  }

  private starting: Promise<void> | null = null;

  /** The engine starts on first use (a server that runs no meeting forks no worker); a failed start is tried again. */
  private startEngine(): Promise<void> {
    this.starting ??= this.options.engine.start().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  /** Refuses a conference whose media another process serves (media.other_process). */
  async assertServedHere(conferenceId: string): Promise<void> {
    if (!(await (this.options.leases ?? singleProcessLeases).claim(conferenceId))) throw mediaErrors.otherProcess();
  }

  private async roomOf(conferenceId: string): Promise<RoomState> {
    await this.startEngine();
    let room = this.rooms.get(conferenceId);
    if (!room) {
      await this.assertServedHere(conferenceId);
      const [facts, live] = [await this.options.live.facts(conferenceId), await this.options.live.state(conferenceId)];
      room = { conferenceId, facts, live, members: new Map(), owners: new Map(), gates: new Map(), recording: null, programme: null };
      this.rooms.set(conferenceId, room);
    }
    return room;
  }

  private memberOf(room: RoomState, memberId: string): RoomMember {
    const member = room.members.get(memberId);
    if (!member) throw mediaErrors.notJoined();
    return member;
  }

  private get settleContext(): SettleContext {
    return { engine: this.options.engine, recordings: this.recordings, notifier: this.notifier, log: this.log, finishing: this.finishing };
  }

  /** Applies the rules: gates, routes (answering renegotiations through the notifier), views. */
  private settle(room: RoomState, capture: string | null = null): Promise<SubscriberOffer | null> {
    return settleRoom(this.settleContext, room, capture);
  }

  join(request: JoinRequest): Promise<void> {
    return this.inRoom(request.conferenceId, async () => {
      const room = await this.roomOf(request.conferenceId);
      // Room for every hall and a few guests, up to a wall's worth; more are paged through.
      const perPage = request.seesAll ? Math.min(this.options.maxThumbnails ?? MAX_THUMBNAILS, room.facts.bridgePoints.length + 4) : 0;
      room.members.set(request.memberId, {
        id: request.memberId,
        feed: request.feed,
        name: request.name,
        seesAll: request.seesAll,
        perPage,
        page: 0,
        publishing: false,
        audioOnly: false,
        selfMuted: false,
        slots: null,
        routes: {},
        sentView: '',
      });
      await this.settle(room);
    });
  }

  async publish(conferenceId: string, memberId: string, offerSdp: string, audioOnly: boolean): Promise<{ answerSdp: string }> {
    const answer = await this.inRoom(conferenceId, async () => {
      const room = await this.roomOf(conferenceId);
      const member = this.memberOf(room, memberId);
      if (member.feed === null) throw mediaErrors.viewOnly();
      const answer = await this.options.engine.publish(conferenceId, member.feed, offerSdp);
      const previousOwner = room.owners.get(member.feed);
      if (previousOwner && previousOwner !== memberId) {
        const old = room.members.get(previousOwner);
        if (old) old.publishing = false;
      }
      room.owners.set(member.feed, memberId);
      // A new publisher connection starts with its audio gate closed at the engine.
      room.gates.delete(member.feed);
      Object.assign(member, { publishing: true, audioOnly });
      return answer;
    });
    // The routes to the new feed wait for its connection (Janus refuses a subscription
    // before), which needs the answer in the browser first: settle after answering.
    this.inRoom(conferenceId, async () => this.settle(await this.roomOf(conferenceId))).catch((error: unknown) =>
      this.log('media: settling after a publish failed', error),
    );
    // Janus skips a route to a feed still connecting after a few seconds' wait (on a loaded
    // machine the connection can take longer): route the pages showing it once more later.
    if (this.options.engine.kind === 'janus') {
      const feed = (await this.roomOf(conferenceId)).members.get(memberId)?.feed ?? null;
      if (feed) setTimeout(() => void this.rerouteFeed(conferenceId, feed), REROUTE_AFTER_MS).unref();
    }
    return answer;
  }

  /** Asks the engine again for every page whose slots show `feed` (their routes are re-sent). */
  private rerouteFeed(conferenceId: string, feed: FeedKey): Promise<void> {
    return this.inRoom(conferenceId, async () => {
      const room = this.rooms.get(conferenceId);
      if (!room) return;
      for (const member of room.members.values()) if (Object.values(member.routes).includes(feed)) member.routes = {};
      await this.settle(room);
    }).catch((error: unknown) => this.log('media: routing a feed again failed', error));
  }

  subscribe(conferenceId: string, memberId: string): Promise<SubscriberOffer> {
    return this.inRoom(conferenceId, async () => {
      const room = await this.roomOf(conferenceId);
      const member = this.memberOf(room, memberId);
      member.slots = slotsFor({ feed: member.feed, seesAll: member.seesAll }, member.perPage);
      member.routes = {};
      const offer = await this.options.engine.subscribe(conferenceId, memberId, member.slots);
      // Janus offers nothing until a slot has a source: the routing's offer is then the first one.
      const routed = await this.settle(room, memberId);
      return routed ?? offer;
    });
  }

  answer(conferenceId: string, memberId: string, answerSdp: string): Promise<void> {
    return this.inRoom(conferenceId, async () => {
      this.memberOf(await this.roomOf(conferenceId), memberId);
      await this.options.engine.answer(conferenceId, memberId, answerSdp);
    });
  }

  selfMute(conferenceId: string, memberId: string, muted: boolean): Promise<void> {
    return this.inRoom(conferenceId, async () => {
      const room = await this.roomOf(conferenceId);
      const member = this.memberOf(room, memberId);
      if (member.feed === null) throw mediaErrors.viewOnly();
      member.selfMuted = muted;
      await this.settle(room);
    });
  }

  /**
   * The chair's or secretariat's page of thumbnails: the same slots show other halls (routes
   * change, no renegotiation). A page past the end shows the last one; answers the page shown.
   */
  setPage(conferenceId: string, memberId: string, page: number): Promise<{ page: number }> {
    return this.inRoom(conferenceId, async () => {
      const room = await this.roomOf(conferenceId);
      const member = this.memberOf(room, memberId);
      if (!member.seesAll) throw mediaErrors.noThumbnails();
      member.page = page;
      await this.settle(room);
      return { page: member.page };
    });
  }

  /** A page's link report: shown on the roll-call wall (halls only), and its audio-only state in the room. */
  quality(conferenceId: string, memberId: string, report: QualityReport): Promise<void> {
    return this.inRoom(conferenceId, async () => {
      const room = await this.roomOf(conferenceId);
      const member = this.memberOf(room, memberId);
      if (member.feed === null) return;
      if (member.audioOnly !== report.audioOnly) {
        member.audioOnly = report.audioOnly;
        await this.settle(room);
      }
      await this.links.report(conferenceId, member.feed, report);
    });
  }

  leave(conferenceId: string, memberId: string): Promise<void> {
    return this.inRoom(conferenceId, async () => {
      const room = this.rooms.get(conferenceId);
      const member = room?.members.get(memberId);
      if (!room || !member) return;
      room.members.delete(memberId);
      if (member.slots)
        await this.options.engine.unsubscribe(conferenceId, memberId).catch((e: unknown) => this.log('media: unsubscribe failed', e));
      if (member.feed !== null && room.owners.get(member.feed) === memberId) {
        room.owners.delete(member.feed);
        room.gates.delete(member.feed);
        await this.options.engine.unpublish(conferenceId, member.feed).catch((e: unknown) => this.log('media: unpublish failed', e));
        await this.links.down(conferenceId, member.feed).catch(() => undefined);
      }
      await this.settle(room);
    });
  }

  /** The live programme changed (after commit): the floor or the force-mutes may have moved. */
  onProgramme(events: readonly LiveEvent[]): void {
    const byConference = new Map<string, LiveEvent[]>();
    for (const event of events) byConference.set(event.conferenceId, [...(byConference.get(event.conferenceId) ?? []), event]);
    for (const [conferenceId, list] of byConference) {
      if (!this.rooms.has(conferenceId)) continue;
      void this.inRoom(conferenceId, async () => {
        const room = this.rooms.get(conferenceId);
        if (!room) return;
        const fresh = list.filter((event) => event.version > room.live.version);
        const follows = fresh.length > 0 && fresh[0]!.version === room.live.version + 1;
        room.live = follows ? evolveAll(room.live, fresh) : await this.options.live.state(conferenceId);
        await this.settle(room);
        if (room.live.phase === 'ended') await this.stopProgramme(room);
      }).catch((error: unknown) => this.log('media: programme change failed', error));
    }
  }

  /**
   * The watching tier (issue 19): makes sure the conference's programme is being packaged as
   * HLS (the engine sends the host and the floor to ffmpeg), and says how the packager does.
   */
  watch(conferenceId: string): Promise<PackagerStatus> {
    return this.inRoom(conferenceId, async () => {
      const packager = this.options.packager;
      if (!packager) throw mediaErrors.watchingUnavailable('HLS=off');
      const room = await this.roomOf(conferenceId);
      if (!room.programme) {
        if (this.options.engine.kind !== 'embedded') throw mediaErrors.watchingUnavailable('MEDIA_ENGINE=janus');
        const target = await packager.start(conferenceId).catch((error: unknown) => {
          throw mediaErrors.watchingUnavailable((error as Error).message);
        });
        const routes = { main: null, beside: null };
        await this.options.engine.startProgramme(conferenceId, routes, target);
        room.programme = { routes, lastWatchAt: Date.now() };
        await this.settle(room);
      }
      room.programme.lastWatchAt = Date.now();
      return packager.status(conferenceId)!;
    });
  }

  /** After `watch`: waits (outside the room's queue) until the first playlists are there, so a player starts at once. */
  async programmePublished(conferenceId: string): Promise<boolean> {
    return (await this.options.packager?.whenPublished(conferenceId)) ?? false;
  }

  /** The meeting ended: the engine stops sending the programme and ffmpeg ends (its last segments stay). */
  private async stopProgramme(room: RoomState): Promise<void> {
    if (!room.programme) return;
    room.programme = null;
    await this.options.engine.stopProgramme(room.conferenceId).catch((e: unknown) => this.log('media: stop programme failed', e));
    await this.options.packager?.stop(room.conferenceId);
  }

  /** Where the conference's HLS files are (null: no packager). */
  programmeFolder(conferenceId: string): string | null {
    return this.options.packager?.folderOf(conferenceId) ?? null;
  }

  /**
   * The plan's points changed (a tier, a name, a point added or removed): the room reads its
   * points again, so a point moved to the watching tier during the day is treated as one.
   */
  onPointsChanged(conferenceId: string): void {
    if (!this.rooms.has(conferenceId)) return;
    void this.inRoom(conferenceId, async () => {
      const room = this.rooms.get(conferenceId);
      if (!room) return;
      room.facts = await this.options.live.facts(conferenceId);
      await this.settle(room);
    }).catch((error: unknown) => this.log('media: reading the points again failed', error));
  }

  isRecording(conferenceId: string): boolean {
    return this.rooms.get(conferenceId)?.recording != null;
  }

  /** The engine restarted (its worker died): every page must publish and subscribe again. */
  forgetAll(): void {
    // The programmes died with the engine's rooms: the next watching page starts them again.
    void this.options.packager?.close();
    this.rooms.clear();
    this.queues.clear();
  }

  async close(): Promise<void> {
    clearInterval(this.idleSweep);
    await Promise.all([...this.finishing]);
    for (const room of this.rooms.values()) {
      await endRecording(this.settleContext, room).catch((e: unknown) => this.log('media: stop recording failed', e));
    }
    this.rooms.clear();
    await this.options.packager?.close();
    await this.options.leases?.close();
    if (this.starting) await this.options.engine.close();
  }
}
