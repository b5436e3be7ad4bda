/**
 * The browser's side of the media room (src/realtime/media-protocol.ts): one socket on the
 * media namespace, a publisher connection (the hall's camera and microphone) and a
 * subscriber connection (the slots the engine fills).
 *
 * - Every (re)connection of the socket joins again from scratch with new connections: the
 *   server forgets a page's connections with its socket, and a half-old state is worse than
 *   a new one. A connection 'failed' or 'disconnected' for LOST_AFTER_MS is made again on its
 *   own (the publisher, or the subscriber), and a failed step is retried every RETRY_MS.
 * - The microphone sends only while the room says `micOpen` and the hall did not mute
 *   itself: the audio sender has no track otherwise, so not a packet leaves.
 * - Every STATS_EVERY_MS the publisher's link is measured (media-stats.ts), reported with
 *   `media:quality` and fed to the audio-only fallback; a change of mode publishes again.
 */
import { io, type Socket } from 'socket.io-client';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { classifyLink, initialFallback, nextFallback, type FallbackState } from '../../../src/domain/media/link-quality.js';
import { SOCKET_PATH } from '../../../src/realtime/live-protocol.js';
import {
  MEDIA_NAMESPACE,
  type MediaClientToServer,
  type MediaHandshake,
  type MediaRoomView,
  type MediaServerToClient,
  type QualityReport,
} from '../../../src/realtime/media-protocol.js';
import type { IceServer, SubscriberOffer } from '../../../src/media/media-engine.js';
import { readLinkSample, type StatsEntry, type StatsTotals } from './media-stats.js';
import { createPublisher, watchConnection } from './peers.js';
import { MediaStore, type MediaSnapshot } from './media-store.js';
import { Subscriber } from './subscriber.js';

export type { MediaSnapshot };

type MediaSocket = Socket<MediaServerToClient, MediaClientToServer>;

const ACK_TIMEOUT_MS = 10_000;
const LOST_AFTER_MS = 2_000;
const STATS_EVERY_MS = 2_000;
const RETRY_MS = 2_000;

export interface MediaOptions {
  conferenceId: string;
  /** Publish the camera and microphone of `stream` (an operator, a guest); null: view only, or not ready yet. */
  stream: MediaStream | null;
  /** Joins as a publisher before the stream is ready (set it later with `setStream`); default: stream !== null. */
  publish?: boolean;
  /** The hall published (an operator's point); omitted for a guest or a viewer. */
  bridgePointId?: string;
}

export interface MediaClient {
  subscribe(listener: () => void): () => void;
  getSnapshot(): MediaSnapshot;
  /** The hall's own mute (sent to the server; the microphone closes at once). */
  setSelfMuted(muted: boolean): Promise<void>;
  /** The camera and microphone once the browser has them (the room is joined meanwhile: a reopened page is back sooner). */
  setStream(stream: MediaStream | null): void;
  close(): void;
}

const failure = (reply: { ok: false; error: { message: LocalizedMessage } }): Error & { localized: LocalizedMessage } =>
  Object.assign(new Error(reply.error.message.en), { localized: reply.error.message });

/** An acknowledged request: the `ok: true` part, or an Error carrying the server's message. */
async function ask<T>(pending: Promise<({ ok: true } & T) | { ok: false; error: { message: LocalizedMessage } }>): Promise<T> {
  const reply = await pending;
  if (!reply.ok) throw failure(reply);
  return reply as T;
}

export const openMediaClient = (options: MediaOptions): MediaClient => {
  const store = new MediaStore();
  let stream = options.stream;
  let closed = false;
  let generation = 0;
  let iceServers: IceServer[] = [];
  let publisher: { pc: RTCPeerConnection; audio: RTCRtpSender; unwatch: () => void } | null = null;
  let subscriber: { peer: Subscriber; unwatch: () => void } | null = null;
  let micAttached = false;
  let fallback: FallbackState = initialFallback;
  let totals: StatsTotals | null = null;
  /** Pending retries (cleared on close; a stale one does nothing: it checks its join). */
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, RETRY_MS);
    timers.add(timer);
  };
  /** A renegotiation that came before the subscribe answer (the engine moved on already): the newest offer wins. */
  let earlyOffer: { gen: number; offer: SubscriberOffer } | null = null;

  const socket: MediaSocket = io(MEDIA_NAMESPACE, {
    path: SOCKET_PATH,
    withCredentials: true,
    transports: ['websocket', 'polling'],
    reconnectionDelay: 300,
    reconnectionDelayMax: 3_000,
    auth: {
      conferenceId: options.conferenceId,
      publish: options.publish ?? stream !== null,
      ...(options.bridgePointId ? { bridgePointId: options.bridgePointId } : {}),
    } satisfies MediaHandshake,
  });
  const timed = () => socket.timeout(ACK_TIMEOUT_MS);

  /** What the tests read with getStats (see the brief: window.__diemcauMedia). */
  const expose = () => {
    (window as unknown as { __diemcauMedia: unknown }).__diemcauMedia = {
      publisher: publisher?.pc ?? null,
      subscriber: subscriber?.peer.pc ?? null,
      slots: { ...(subscriber?.peer.slots ?? {}) },
    };
    store.patch({
      streams: Object.fromEntries(subscriber?.peer.streams ?? []),
      publisherState: publisher?.pc.connectionState ?? 'none',
      subscriberState: subscriber?.peer.pc.connectionState ?? 'none',
    });
  };

  const applyMicrophone = () => {
    const track = stream?.getAudioTracks()[0] ?? null;
    const { room, selfMuted } = store.getSnapshot();
    const open = Boolean(publisher && track && room?.micOpen && !selfMuted);
    store.patch({ micSending: open });
    if (!publisher || open === micAttached) return;
    micAttached = open;
    void publisher.audio.replaceTrack(open ? track : null).catch(() => (micAttached = !open));
  };

  const dropConnections = () => {
    publisher?.unwatch();
    publisher?.pc.close();
    subscriber?.unwatch();
    subscriber?.peer.close();
    publisher = null;
    subscriber = null;
    micAttached = false;
    totals = null;
    expose();
  };

  const current = (gen: number) => !closed && gen === generation;
  const failed = (gen: number, caught: unknown) => {
    if (!current(gen)) return;
    const localized = (caught as { localized?: LocalizedMessage }).localized;
    store.patch({ error: localized ?? { vi: 'Chưa kết nối được hình và tiếng, đang thử lại…', en: 'Cannot connect video and sound yet, trying again…' } });
  };
  /** Runs `task` again after RETRY_MS while this join is current (one timer per task). */
  const retrying = (gen: number, task: (gen: number) => Promise<void>) => {
    const attempt = (): void => {
      if (!current(gen) || !socket.connected) return;
      task(gen).then(
        () => current(gen) && store.patch({ error: null, joins: store.getSnapshot().joins + 1 }),
        (caught: unknown) => {
          failed(gen, caught);
          if (current(gen)) later(attempt);
        },
      );
    };
    return attempt;
  };

  /** A new publisher connection (replacing the old one: the engine replaces the feed). */
  const publish = async (gen: number) => {
    if (!stream) return;
    const audioOnly = fallback.audioOnly;
    const created = await createPublisher(iceServers, stream, audioOnly);
    if (!current(gen)) return created.pc.close();
    const { answerSdp } = await ask<{ answerSdp: string }>(timed().emitWithAck('media:publish', { offerSdp: created.offerSdp, audioOnly }));
    if (!current(gen)) return created.pc.close();
    await created.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    publisher?.unwatch();
    publisher?.pc.close();
    micAttached = false;
    totals = null;
    // A publisher lost for LOST_AFTER_MS publishes again on a new connection; the subscriber is left alone.
    const unwatch = watchConnection(created.pc, LOST_AFTER_MS, () => retrying(gen, publish)());
    created.pc.addEventListener('connectionstatechange', expose);
    publisher = { pc: created.pc, audio: created.audio, unwatch };
    store.patch({ audioOnly });
    applyMicrophone();
    expose();
  };

  /** A new subscriber connection with the engine's offer (the newest one, see earlyOffer). */
  const subscribeSlots = async (gen: number) => {
    subscriber?.unwatch();
    subscriber?.peer.close();
    subscriber = null;
    const first = await ask<SubscriberOffer>(timed().emitWithAck('media:subscribe'));
    if (!current(gen)) return;
    const offer = earlyOffer?.gen === gen ? earlyOffer.offer : first;
    earlyOffer = null;
    const peer = new Subscriber(iceServers);
    subscriber = { peer, unwatch: watchConnection(peer.pc, LOST_AFTER_MS, () => retrying(gen, subscribeSlots)()) };
    peer.pc.addEventListener('connectionstatechange', expose);
    peer.pc.addEventListener('track', expose);
    const answerSdp = await peer.answer(offer);
    if (!current(gen)) return;
    await ask<object>(timed().emitWithAck('media:answer', { answerSdp }));
    expose();
  };

  /** Every (re)connection of the socket: new connections for both, each retried on its own. */
  const join = async () => {
    const gen = ++generation;
    dropConnections();
    try {
      ({ iceServers } = await ask<{ iceServers: IceServer[] }>(timed().emitWithAck('media:config')));
    } catch (caught) {
      failed(gen, caught);
      if (current(gen)) later(() => current(gen) && void join());
      return;
    }
    if (stream) retrying(gen, publish)();
    retrying(gen, subscribeSlots)();
  };

  /** Reads the publisher's link, reports it, and switches to sound only (or back) when the rule says so. */
  const measure = async () => {
    const pc = publisher?.pc;
    if (!pc || pc.connectionState !== 'connected' || !socket.connected) return;
    const report = await pc.getStats();
    const reading = readLinkSample(report.values() as Iterable<StatsEntry>, totals, Date.now());
    totals = reading.totals;
    const link = classifyLink(reading.sample, true);
    const before = fallback.audioOnly;
    fallback = nextFallback(fallback, link);
    const quality: QualityReport = { ...reading.sample, audioOnly: fallback.audioOnly, link };
    store.patch({ quality });
    socket.emit('media:quality', quality);
    if (fallback.audioOnly !== before) retrying(generation, publish)();
  };
  const statsTimer = setInterval(() => void measure().catch(() => undefined), STATS_EVERY_MS);

  socket.on('connect', () => {
    store.patch({ status: 'live', error: null });
    void join();
  });
  socket.on('disconnect', (reason) => {
    if (closed) return;
    store.patch({ status: 'reconnecting' });
    // The server closed us (e.g. the page's feed was taken over): try again ourselves.
    if (reason === 'io server disconnect') setTimeout(() => !closed && socket.connect(), RETRY_MS);
  });
  socket.on('connect_error', (error: Error & { data?: { message?: LocalizedMessage } }) => {
    if (closed) return;
    store.patch({ status: 'reconnecting', error: error.data?.message ?? null });
    if (!socket.active) setTimeout(() => !closed && socket.connect(), RETRY_MS);
  });
  socket.on('media:room', (room: MediaRoomView) => {
    const own = room.feeds.find((feed) => feed.feed === room.ownFeed);
    store.patch({ room, ...(own ? { selfMuted: own.selfMuted } : {}) });
    applyMicrophone();
  });
  socket.on('media:offer', (offer) => {
    const gen = generation;
    const peer = subscriber?.peer;
    if (!peer) {
      earlyOffer = { gen, offer };
      return;
    }
    peer
      .answer(offer)
      .then((answerSdp) => (current(gen) ? ask<object>(timed().emitWithAck('media:answer', { answerSdp })) : null))
      .then(expose, () => retrying(gen, subscribeSlots)());
  });

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setSelfMuted: async (muted) => {
      store.patch({ selfMuted: muted });
      applyMicrophone();
      await ask<object>(timed().emitWithAck('media:mute', { muted }));
    },
    setStream: (next) => {
      if (next === stream) return;
      stream = next;
      // Joined already: publish now (a new connection replaces the old feed at the engine).
      if (stream && socket.connected && generation > 0) retrying(generation, publish)();
    },
    close: () => {
      closed = true;
      generation += 1;
      clearInterval(statsTimer);
      for (const timer of timers) clearTimeout(timer);
      dropConnections();
      socket.removeAllListeners();
      socket.disconnect();
      store.dispose();
    },
  };
};
