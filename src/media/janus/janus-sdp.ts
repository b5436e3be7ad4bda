/**
 * Small pure helpers of the Janus engine: numeric VideoRoom ids and the bits of SDP it reads.
 */
import { createHash } from 'node:crypto';

/**
 * VideoRoom room ids are numbers; conference ids are strings. A hash (48 bits, so it stays a safe
 * JavaScript integer) instead of a counter: a restarted server must find the same Janus room
 * again, and two servers sharing one Janus must not collide.
 */
export function janusRoomId(roomId: string): number {
  return createHash('sha256').update(`diemcau:${roomId}`).digest().readUIntBE(0, 6) + 1;
}

/** The mid of the first audio and the first video m-line of an offer (Janus keeps the publisher's mids). */
export function mediaMids(sdp: string): { audio?: string; video?: string } {
  const mids: { audio?: string; video?: string } = {};
  for (const section of sdp.split(/\r?\nm=/).slice(1)) {
    const kind = section.startsWith('audio') ? 'audio' : section.startsWith('video') ? 'video' : null;
    const mid = /\r?\na=mid:(\S+)/.exec(section)?.[1];
    // A rejected m-line (port 0) carries nothing.
    if (!kind || !mid || /^\w+ 0 /.test(section) || mids[kind] !== undefined) continue;
    if (/\r?\na=(inactive|recvonly)/.test(section)) continue;
    mids[kind] = mid;
  }
  return mids;
}

/**
 * The offer of a subscriber that has nothing to show yet: a session with no m-lines (what a
 * browser's createOffer gives without transceivers). Janus cannot join a subscriber without a
 * source, so the real offer comes from the first `route` that fills a slot.
 */
export function emptyOffer(): string {
  const id = createHash('sha256').update(String(Math.random())).digest().readUIntBE(0, 6);
  return ['v=0', `o=- ${id} 1 IN IP4 0.0.0.0`, 's=-', 't=0 0', 'a=msid-semantic: WMS', ''].join('\r\n');
}
