/**
 * Bringing the engine in step with a room (issue 6), after any change: the recording begun or
 * ended as the live state asks, then the rules' plan (media-room-state.ts) applied — the audio
 * gates, each page's view, each subscriber's routes (an engine that must renegotiate answers
 * with an offer for the page), and the recording's routes.
 *
 * A recording that ends is finished (the engine closes its files; Janus's are converted, which
 * takes seconds) outside the room's queue: the floor, mutes and rejoins must not wait for it.
 */
import type { MediaEngine, SubscriberOffer } from '../../media/media-engine.js';
import type { MediaRoomView } from '../../realtime/media-protocol.js';
import { planRoom, type RoomState } from './media-room-state.js';
import type { RecordingInfo, RecordingStore } from './recording-store.js';

/** How the gateway reaches a page. */
export interface MediaNotifier {
  room(memberId: string, view: MediaRoomView): void;
  offer(memberId: string, offer: SubscriberOffer): void;
}

export interface SettleContext {
  engine: MediaEngine;
  recordings: RecordingStore;
  notifier: MediaNotifier;
  log: (message: string, error?: unknown) => void;
  /** Recordings being finished in the background (awaited when the service closes). */
  finishing: Set<Promise<unknown>>;
}

/** The live state asks for a recording (set_recording): the engine records main and beside. */
async function beginRecording({ engine, recordings }: SettleContext, room: RoomState): Promise<void> {
  const startedAt = Date.now();
  const baseName = recordings.baseNameFor(startedAt);
  await engine.startRecording(
    room.conferenceId,
    { main: null, beside: null },
    { directory: recordings.folderOf(room.conferenceId), baseName },
  );
  room.recording = { routes: { main: null, beside: null }, startedAt, baseName };
}

/** Stops the room's recording, if any, and writes its session to the store. */
export async function endRecording({ engine, recordings }: SettleContext, room: RoomState): Promise<RecordingInfo | null> {
  if (!room.recording) return null;
  const { startedAt, baseName } = room.recording;
  room.recording = null;
  // The end is when it was asked, not when the engine has flushed its last cluster.
  const endedAt = new Date().toISOString();
  const { files } = await engine.stopRecording(room.conferenceId);
  const session = { id: baseName, startedAt: new Date(startedAt).toISOString(), endedAt };
  return recordings.finish(room.conferenceId, session, files);
}

/**
 * Applies the rules. `capture`: the page whose renegotiation offer is returned instead of
 * sent (its subscribe is waiting for it).
 */
export async function settleRoom(context: SettleContext, room: RoomState, capture: string | null = null): Promise<SubscriberOffer | null> {
  const { engine, notifier, log } = context;
  let captured: SubscriberOffer | null = null;
  if (room.live.recording && !room.recording) await beginRecording(context, room);
  if (!room.live.recording && room.recording) {
    // endRecording forgets the room's recording at once; its files are finished after.
    const ending = endRecording(context, room).catch((error: unknown) => log('media: stop recording failed', error));
    context.finishing.add(ending);
    void ending.finally(() => context.finishing.delete(ending));
  }
  const plan = planRoom(room, engine.kind);
  for (const { feed, open } of plan.gates) {
    await engine.setAudioGate(room.conferenceId, feed, open);
    room.gates.set(feed, open);
  }
  // Pages hear of the change first: a route may wait for a new feed's connection (Janus).
  for (const { memberId, page } of plan.pages) room.members.get(memberId)!.page = page;
  for (const { memberId, view } of plan.views) {
    room.members.get(memberId)!.sentView = JSON.stringify(view);
    notifier.room(memberId, view);
  }
  for (const { memberId, routes } of plan.routes) {
    const member = room.members.get(memberId)!;
    let offer: SubscriberOffer | null;
    try {
      offer = await engine.route(room.conferenceId, memberId, routes);
    } catch (error) {
      // One page's failed route must not hold the others; the next change tries it again.
      log('media: route failed', error);
      continue;
    }
    member.routes = routes;
    if (offer && memberId === capture) captured = offer;
    else if (offer) notifier.offer(memberId, offer);
  }
  if (plan.recording && room.recording) {
    await engine.routeRecording(room.conferenceId, plan.recording);
    room.recording.routes = plan.recording;
  }
  if (plan.programme && room.programme) {
    await engine.routeProgramme(room.conferenceId, plan.programme);
    room.programme.routes = plan.programme;
  }
  return captured;
}
