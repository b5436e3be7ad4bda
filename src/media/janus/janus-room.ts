/**
 * A conference on Janus: its VideoRoom (numeric id hashed from the conference id), the feeds'
 * publishers, the pages' subscribers, the open audio gates and the recording. Its calls run one
 * after another through `queue`.
 */
import type { VideoRoomHandle } from 'janode/plugins/videoroom';
import type { FeedKey } from '../media-engine.js';
import { liveSource, type Publisher } from './janus-publisher.js';
import type { JanusRecording } from './janus-recording.js';
import { janusRoomId } from './janus-sdp.js';
import { janus, type JanusSubscriber, type PublishedFeed } from './janus-subscriber.js';
import { errorText } from '../../domain/errors.js';

/** Enough publishers for a national conference (every province and district hall, plus guests). */
const MAX_PUBLISHERS = 1000;
/** Janus's "room already exists". */
const ROOM_EXISTS = 427;

export interface Room {
  janusId: number;
  publishers: Map<FeedKey, Publisher>;
  subscribers: Map<string, JanusSubscriber>;
  openGates: Set<FeedKey>;
  recording: JanusRecording | null;
  queue: Promise<unknown>;
}

/** The room, its VideoRoom being created first in its queue; `failed` runs if Janus refuses it. */
export function createRoom(control: VideoRoomHandle, roomId: string, failed: () => void): Room {
  const room: Room = {
    janusId: janusRoomId(roomId),
    publishers: new Map(),
    subscribers: new Map(),
    openGates: new Set(),
    recording: null,
    queue: Promise.resolve(),
  };
  room.queue = janus(
    `create room ${roomId}`,
    control.create({
      room: room.janusId,
      description: roomId.slice(0, 100),
      max_publishers: MAX_PUBLISHERS,
      audiocodec: 'opus',
      videocodec: 'vp8',
      notify_joining: false,
      record: false,
    }),
  ).catch((err: Error & { cause?: { _code?: number } }) => {
    // Left from an earlier run of the server: Janus kept it; use it.
    if (err.cause?._code !== ROOM_EXISTS) {
      failed();
      throw err;
    }
  });
  return room;
}

/** A feed's audio gate: its publisher's audio mid muted (closed) or not at Janus (`moderate`). */
export async function moderate(control: VideoRoomHandle, room: Room, feed: FeedKey, open: boolean): Promise<void> {
  const publisher = room.publishers.get(feed);
  const mid = publisher?.mids.audio;
  if (!publisher || mid === undefined) return;
  const response = await janus(
    `moderate ${feed}`,
    control.message({ request: 'moderate', room: room.janusId, id: publisher.id, mid, mute: !open }),
  );
  const data = response.plugindata?.data;
  if (data?.videoroom !== 'success') throw new Error(`Janus: moderate ${feed} failed: ${errorText(data?.error ?? data)}`);
}

/** Asks these publishers' video streams (publisher id, mid) for a key frame (`configure keyframe`). */
export async function requestKeyFrames(room: Room, sources: { id: number; mid: string }[]): Promise<void> {
  const publishers = [...room.publishers.values()].flatMap((p) => (p.previous ? [p, p.previous] : [p]));
  for (const { id, mid } of sources) {
    const publisher = publishers.find((p) => p.id === id);
    if (publisher) await janus(`key frame from ${publisher.id}`, publisher.handle.configure({ streams: [{ mid, keyframe: true }] }));
  }
}

/** What pages can be subscribed to: only publishers that are up. */
export function liveFeeds(room: Room): (feed: FeedKey) => PublishedFeed | undefined {
  return (feed) => liveSource(room.publishers.get(feed));
}

export function subscriberOf(room: Room, subscriberId: string): JanusSubscriber {
  const subscriber = room.subscribers.get(subscriberId);
  if (!subscriber) throw new Error(`Janus engine: no subscriber ${subscriberId}`);
  return subscriber;
}

/** Stops the recording (its .mjr files stay, unconverted), closes every handle, then destroys the VideoRoom. */
export async function destroyRoom(control: VideoRoomHandle, roomId: string, room: Room, forget: () => void): Promise<void> {
  if (room.recording) await room.recording.stop().catch(() => undefined);
  for (const subscriber of room.subscribers.values()) await subscriber.close();
  for (const publisher of room.publishers.values()) await publisher.handle.detach().catch(() => undefined);
  forget();
  await janus(`destroy room ${roomId}`, control.destroy({ room: room.janusId }));
}
