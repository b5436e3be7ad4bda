/**
 * Key frames: when a slot switches to another publisher, the receiving decoder can only
 * start at a key frame, so the SFU asks the publisher for one (RTCP PLI). Many slots switch
 * at once when the floor moves (every hall's 'beside'), so requests to one publisher are
 * throttled: one per publisher per interval. Pure: the caller passes the time.
 */

export const KEY_FRAME_INTERVAL_MS = 500;

export class KeyFrameThrottle {
  private readonly last = new Map<string, number>();

  constructor(private readonly intervalMs = KEY_FRAME_INTERVAL_MS) {}

  /** True when a request to this publisher may go out now (and records it). */
  allow(publisher: string, nowMs: number): boolean {
    const last = this.last.get(publisher);
    if (last !== undefined && nowMs - last < this.intervalMs) return false;
    this.last.set(publisher, nowMs);
    return true;
  }

  forget(publisher: string): void {
    this.last.delete(publisher);
  }
}

/**
 * Whether a VP8 RTP payload (RFC 7741) starts a key frame: the payload descriptor's S bit
 * with partition index 0, then the VP8 frame tag's P bit clear (0 = key frame).
 */
export function isVp8KeyFrameStart(payload: Uint8Array): boolean {
  if (payload.length < 1) return false;
  const first = payload[0]!;
  const extended = (first & 0x80) !== 0;
  const start = (first & 0x10) !== 0;
  const partition = first & 0x07;
  if (!start || partition !== 0) return false;
  let offset = 1;
  if (extended) {
    if (payload.length < 2) return false;
    const ext = payload[1]!;
    offset = 2;
    if (ext & 0x80) offset += payload.length > offset && payload[offset]! & 0x80 ? 2 : 1; // I: PictureID, 7 or 15 bits
    if (ext & 0x40) offset += 1; // L: TL0PICIDX
    if (ext & 0x30) offset += 1; // T or K: TID/Y/KEYIDX
  }
  if (payload.length <= offset) return false;
  return (payload[offset]! & 0x01) === 0;
}

const PAYLOAD_SPECIFIC_FEEDBACK = 206;
const PLI = 1;
const FIR = 4;

/** An RTCP packet asking for a key frame: PLI or FIR (REMB shares the packet type, fmt 15). */
export function isKeyFrameRequest(rtcp: { type: number; feedback?: { count?: number } }): boolean {
  const fmt = rtcp.feedback?.count;
  return rtcp.type === PAYLOAD_SPECIFIC_FEEDBACK && (fmt === PLI || fmt === FIR);
}
