/**
 * A feed's publisher on Janus: a VideoRoom handle that joined and published the browser's offer.
 * Janus refuses subscriptions to a publisher before its PeerConnection is up, so each publisher
 * carries a promise of that moment.
 */
import Janode, { type JanodeSession } from 'janode';
import VideoRoomPlugin, { type VideoRoomHandle } from 'janode/plugins/videoroom';
import type { FeedKey } from '../media-engine.js';
import { mediaMids } from './janus-sdp.js';
import { janus, type PublishedFeed } from './janus-subscriber.js';

export interface Publisher extends PublishedFeed {
  handle: VideoRoomHandle;
  /** Resolves true once the PeerConnection is up, false if the handle went first. */
  up: Promise<boolean>;
  isUp: boolean;
  /** The feed's publisher before it published again: pages keep it until this one is up. */
  previous?: Publisher | undefined;
}

/** How long a route waits for a feed that has just published to come up. */
export const UP_WAIT_MS = 8_000;

export async function joinPublisher(
  session: JanodeSession,
  room: number,
  feed: FeedKey,
  offerSdp: string,
): Promise<{ publisher: Publisher; answerSdp: string }> {
  const handle = await janus('attach (publisher)', session.attach(VideoRoomPlugin));
  const up = new Promise<boolean>((resolve) => {
    handle.once(Janode.EVENT.HANDLE_WEBRTCUP, () => resolve(true));
    handle.once(Janode.EVENT.HANDLE_DETACHED, () => resolve(false));
  });
  try {
    const joined = await janus(
      `publish ${feed}`,
      handle.joinConfigurePublisher({ room, display: feed, jsep: { type: 'offer', sdp: offerSdp } }),
    );
    if (!joined.jsep) throw new Error(`Janus: publish ${feed} gave no answer`);
    const publisher: Publisher = { handle, id: joined.feed, mids: mediaMids(offerSdp), up, isUp: false };
    void up.then((isUp) => {
      publisher.isUp = isUp;
    });
    return { publisher, answerSdp: joined.jsep.sdp };
  } catch (err) {
    await handle.detach().catch(() => undefined);
    throw err;
  }
}

/** What pages can be switched to for a feed: its publisher once up, else the one it replaces. */
export function liveSource(publisher: Publisher | undefined): PublishedFeed | undefined {
  if (publisher?.isUp) return publisher;
  return publisher?.previous?.isUp ? publisher.previous : undefined;
}

/** Waits (a few seconds at most) for these publishers to come up. */
export async function whenUp(publishers: (Publisher | undefined)[]): Promise<void> {
  const pending = publishers.filter((p) => p && !p.isUp).map((p) => p!.up);
  if (pending.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, UP_WAIT_MS);
  });
  await Promise.race([Promise.all(pending), timeout]);
  clearTimeout(timer);
}
