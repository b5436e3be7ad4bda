/**
 * The two connections of a page's media client (media-client.ts): the publisher (the hall's
 * camera and microphone) and the subscriber (the slots the engine fills), each made for one
 * join (`gen`): a step whose join is no longer current closes what it made and stops. The
 * client owns the socket, the retries and the link reports; this module does the steps:
 * publish, subscribe, answer a renegotiation, attach the microphone, read the link, drop all.
 */
import type { Socket } from 'socket.io-client';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { REDUCED_VIDEO, type LinkSample, type VideoLevel } from '../../../src/domain/media/link-quality.js';
import type { MediaClientToServer, MediaServerToClient } from '../../../src/realtime/media-protocol.js';
import type { IceServer, SubscriberOffer } from '../../../src/media/media-engine.js';
import { readLinkSample, type StatsEntry, type StatsTotals } from './media-stats.js';
import type { MediaStore } from './media-store.js';
import { createPublisher, watchConnection } from './peers.js';
import { Subscriber } from './subscriber.js';

export type MediaSocket = Socket<MediaServerToClient, MediaClientToServer>;

/** A connection 'failed' or 'disconnected' for this long is made again. */
const LOST_AFTER_MS = 2_000;

type Reply<T> = ({ ok: true } & T) | { ok: false; error: { message: LocalizedMessage } };

/** An acknowledged request: the `ok: true` part, or an Error carrying the server's message (`localized`). */
export async function ask<T>(pending: Promise<unknown>): Promise<T> {
  // socket.io types an acknowledgement with a timeout as any; the server's reply is a Reply<T>.
  const reply = (await pending) as Reply<T>;
  if (!reply.ok) throw Object.assign(new Error(reply.error.message.en), { localized: reply.error.message });
  return reply;
}

export interface ConnectionContext {
  store: MediaStore;
  /** The camera and microphone now (null: none yet, or view only). */
  stream: () => MediaStream | null;
  /** The socket with the acknowledgement timeout set. */
  timed: () => ReturnType<MediaSocket['timeout']>;
  /** Whether the join `gen` is still the page's current one. */
  current: (gen: number) => boolean;
  /** A connection of join `gen` was lost (or a renegotiation failed): make it again. */
  onLost: (step: 'publish' | 'subscribe', gen: number) => void;
}

export class MediaConnections {
  iceServers: IceServer[] = [];
  private publisher: { pc: RTCPeerConnection; audio: RTCRtpSender; video: RTCRtpSender | null; unwatch: () => void } | null = null;
  private subscriber: { peer: Subscriber; unwatch: () => void } | null = null;
  private micAttached = false;
  private totals: StatsTotals | null = null;
  /** A renegotiation that came before the subscribe answer (the engine moved on already): the newest offer wins. */
  private earlyOffer: { gen: number; offer: SubscriberOffer } | null = null;

  constructor(private readonly ctx: ConnectionContext) {}

  /** Tells the store (and the tests, through window.__diemcauMedia and getStats) the connections' state. */
  readonly expose = (): void => {
    (window as unknown as { __diemcauMedia: unknown }).__diemcauMedia = {
      publisher: this.publisher?.pc ?? null,
      subscriber: this.subscriber?.peer.pc ?? null,
      slots: { ...(this.subscriber?.peer.slots ?? {}) },
    };
    this.ctx.store.patch({
      streams: Object.fromEntries(this.subscriber?.peer.streams ?? []),
      publisherState: this.publisher?.pc.connectionState ?? 'none',
      subscriberState: this.subscriber?.peer.pc.connectionState ?? 'none',
    });
  };

  /** The microphone's track is on the sender only while the room says micOpen and the hall did not mute itself. */
  applyMicrophone(): void {
    const track = this.ctx.stream()?.getAudioTracks()[0] ?? null;
    const { room, selfMuted } = this.ctx.store.getSnapshot();
    const open = Boolean(this.publisher && track && room?.micOpen && !selfMuted);
    this.ctx.store.patch({ micSending: open });
    if (!this.publisher || open === this.micAttached) return;
    this.micAttached = open;
    void this.publisher.audio.replaceTrack(open ? track : null).catch(() => (this.micAttached = !open));
  }

  drop(): void {
    this.publisher?.unwatch();
    this.publisher?.pc.close();
    this.subscriber?.unwatch();
    this.subscriber?.peer.close();
    this.publisher = null;
    this.subscriber = null;
    this.micAttached = false;
    this.totals = null;
    this.expose();
  }

  /** A new publisher connection (replacing the old one: the engine replaces the feed). */
  async publish(gen: number, stream: MediaStream, level: VideoLevel): Promise<void> {
    const audioOnly = level === 'audio_only';
    const created = await createPublisher(this.iceServers, stream, audioOnly);
    if (!this.ctx.current(gen)) return created.pc.close();
    const { answerSdp } = await ask<{ answerSdp: string }>(
      this.ctx.timed().emitWithAck('media:publish', { offerSdp: created.offerSdp, audioOnly }),
    );
    if (!this.ctx.current(gen)) return created.pc.close();
    await created.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    this.publisher?.unwatch();
    this.publisher?.pc.close();
    this.micAttached = false;
    this.totals = null;
    // A publisher lost for LOST_AFTER_MS publishes again on a new connection; the subscriber is left alone.
    const unwatch = watchConnection(created.pc, LOST_AFTER_MS, () => this.ctx.onLost('publish', gen));
    created.pc.addEventListener('connectionstatechange', this.expose);
    this.publisher = { pc: created.pc, audio: created.audio, video: created.video, unwatch };
    this.ctx.store.patch({ audioOnly });
    await this.setVideoLevel(level);
    this.applyMicrophone();
    this.expose();
  }

  /**
   * The camera's picture for the link (link-quality.ts): the lighter one on a weak link, the
   * full one again after; changed on the sender in place, no new connection. (Sound only is
   * a new publisher connection without video: see publish.)
   */
  async setVideoLevel(level: VideoLevel): Promise<void> {
    const sender = this.publisher?.video;
    const reduced = level === 'reduced';
    this.ctx.store.patch({ videoReduced: reduced && Boolean(sender) });
    if (!sender) return;
    const parameters = sender.getParameters();
    const [encoding] = parameters.encodings;
    if (!encoding) return;
    if (reduced) Object.assign(encoding, REDUCED_VIDEO);
    else {
      encoding.scaleResolutionDownBy = 1;
      delete encoding.maxFramerate;
      delete encoding.maxBitrate;
    }
    await sender.setParameters(parameters).catch(() => undefined);
  }

  /** A new subscriber connection with the engine's offer (the newest one, see earlyOffer). */
  async subscribe(gen: number): Promise<void> {
    this.subscriber?.unwatch();
    this.subscriber?.peer.close();
    this.subscriber = null;
    const first = await ask<SubscriberOffer>(this.ctx.timed().emitWithAck('media:subscribe'));
    if (!this.ctx.current(gen)) return;
    const offer = this.earlyOffer?.gen === gen ? this.earlyOffer.offer : first;
    this.earlyOffer = null;
    const peer = new Subscriber(this.iceServers);
    this.subscriber = { peer, unwatch: watchConnection(peer.pc, LOST_AFTER_MS, () => this.ctx.onLost('subscribe', gen)) };
    peer.pc.addEventListener('connectionstatechange', this.expose);
    peer.pc.addEventListener('track', this.expose);
    const answerSdp = await peer.answer(offer);
    if (!this.ctx.current(gen)) return;
    await ask<object>(this.ctx.timed().emitWithAck('media:answer', { answerSdp }));
    this.expose();
  }

  /** The engine renegotiates the subscriber (`media:offer`); a failure subscribes again. */
  renegotiate(gen: number, offer: SubscriberOffer): void {
    const peer = this.subscriber?.peer;
    if (!peer) {
      this.earlyOffer = { gen, offer };
      return;
    }
    peer
      .answer(offer)
      .then((answerSdp) => (this.ctx.current(gen) ? ask<object>(this.ctx.timed().emitWithAck('media:answer', { answerSdp })) : null))
      .then(this.expose, () => this.ctx.onLost('subscribe', gen));
  }

  /** The publisher's link since the last reading (media-stats.ts); null while it is not connected. */
  async readLink(): Promise<LinkSample | null> {
    const pc = this.publisher?.pc;
    if (!pc || pc.connectionState !== 'connected') return null;
    const report = await pc.getStats();
    const reading = readLinkSample(report.values() as Iterable<StatsEntry>, this.totals, Date.now());
    this.totals = reading.totals;
    return reading.sample;
  }
}
