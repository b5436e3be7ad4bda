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
 * - The chair's page of thumbnails (`setPage`) is asked again after a rejoin.
 * The connections' steps (publish, subscribe, renegotiate) are in media-connections.ts.
 */
import { io } from 'socket.io-client';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { classifyLink, initialFallback, isAudioOnly, nextFallback, type FallbackState } from '../../../src/domain/media/link-quality.js';
import { SOCKET_PATH } from '../../../src/realtime/live-protocol.js';
import { MEDIA_NAMESPACE, type MediaHandshake, type MediaRoomView, type QualityReport } from '../../../src/realtime/media-protocol.js';
import type { IceServer } from '../../../src/media/media-engine.js';
import { ask, MediaConnections, type MediaSocket } from './media-connections.js';
import { MediaStore, type MediaSnapshot } from './media-store.js';

export type { MediaSnapshot };

const ACK_TIMEOUT_MS = 10_000;
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
  /** The chair's or secretariat's page of thumbnails (from 0); resolves with the page shown (a page past the end: the last). */
  setPage(page: number): Promise<number>;
  close(): void;
}

export const openMediaClient = (options: MediaOptions): MediaClient => {
  const store = new MediaStore();
  let stream = options.stream;
  let closed = false;
  let generation = 0;
  let fallback: FallbackState = initialFallback;
  /** The page of thumbnails asked for (asked again after a rejoin). */
  let page = 0;
  /** Pending retries (cleared on close; a stale one does nothing: it checks its join). */
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, RETRY_MS);
    timers.add(timer);
  };

  const socket: MediaSocket = io(MEDIA_NAMESPACE, {
    path: SOCKET_PATH,
    // A connection of its own (not the live programme's), whose address names the conference:
    // with several server processes the reverse proxy sends all of a conference's media to the
    // one process that serves it (deploy/caddy/Caddyfile, docs/deploy.md).
    forceNew: true,
    query: { media: options.conferenceId },
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
  const current = (gen: number) => !closed && gen === generation;
  const connections = new MediaConnections({
    store,
    stream: () => stream,
    timed,
    current,
    onLost: (step, gen) => retrying(gen, step === 'publish' ? publish : subscribeSlots)(),
  });

  const failed = (gen: number, caught: unknown) => {
    if (!current(gen)) return;
    const localized = (caught as { localized?: LocalizedMessage }).localized;
    store.patch({
      error: localized ?? { vi: 'Chưa kết nối được hình và tiếng, đang thử lại…', en: 'Cannot connect video and sound yet, trying again…' },
    });
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
  const publish = async (gen: number) => (stream ? connections.publish(gen, stream, fallback.level) : undefined);
  const subscribeSlots = (gen: number) => connections.subscribe(gen);
  const askPage = async (wanted: number) => {
    const shown = await ask<{ page: number }>(timed().emitWithAck('media:page', { page: wanted }));
    page = shown.page;
    return shown.page;
  };

  /** Every (re)connection of the socket: new connections for both, each retried on its own. */
  const join = async () => {
    const gen = ++generation;
    connections.drop();
    let iceServers: IceServer[];
    try {
      ({ iceServers } = await ask<{ iceServers: IceServer[] }>(timed().emitWithAck('media:config')));
    } catch (caught) {
      failed(gen, caught);
      if (current(gen)) later(() => current(gen) && void join());
      return;
    }
    connections.iceServers = iceServers;
    if (page > 0) void askPage(page).catch(() => undefined);
    if (stream) retrying(gen, publish)();
    retrying(gen, subscribeSlots)();
  };

  /** Reads the publisher's link, reports it, and steps the picture down (or up) when the rule says so. */
  const measure = async () => {
    if (!socket.connected) return;
    const sample = await connections.readLink();
    if (!sample) return;
    const link = classifyLink(sample, true);
    const before = fallback;
    fallback = nextFallback(fallback, link);
    const quality: QualityReport = { ...sample, audioOnly: isAudioOnly(fallback), link };
    store.patch({ quality });
    socket.emit('media:quality', quality);
    // Into or out of sound only: a new publisher connection (with or without video); the
    // lighter picture and back: the same connection, its video sender changed in place.
    if (isAudioOnly(fallback) !== isAudioOnly(before)) retrying(generation, publish)();
    else if (fallback.level !== before.level) void connections.setVideoLevel(fallback.level);
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
    connections.applyMicrophone();
  });
  socket.on('media:offer', (offer) => connections.renegotiate(generation, offer));

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setSelfMuted: async (muted) => {
      store.patch({ selfMuted: muted });
      connections.applyMicrophone();
      await ask<object>(timed().emitWithAck('media:mute', { muted }));
    },
    setStream: (next) => {
      if (next === stream) return;
      stream = next;
      // Joined already: publish now (a new connection replaces the old feed at the engine).
      if (stream && socket.connected && generation > 0) retrying(generation, publish)();
    },
    setPage: askPage,
    close: () => {
      closed = true;
      generation += 1;
      clearInterval(statsTimer);
      for (const timer of timers) clearTimeout(timer);
      connections.drop();
      socket.removeAllListeners();
      socket.disconnect();
      store.dispose();
    },
  };
};
