/**
 * Per-slot RTP continuity. A subscriber's slot is ONE outgoing stream (one SSRC) whose
 * source changes when the slot is routed to another feed, or when a hall republishes. The
 * receiving browser must see that as one stream: sequence numbers that keep counting and a
 * timestamp that moves forward by the wall-clock time between the two sources, or its
 * jitter buffer drops the new source's packets as late or far in the future.
 *
 * Pure: the caller passes the time. (The SSRC and the payload type are set by werift's
 * sender: it writes the slot's own SSRC and the subscriber's negotiated payload type.)
 */

const U16 = 0x1_0000;
const U32 = 0x1_0000_0000;

const mod = (value: number, m: number): number => ((value % m) + m) % m;

/** a is after b in 16-bit serial arithmetic (RFC 1982). */
export const seqAfter = (a: number, b: number): boolean => {
  const d = mod(a - b, U16);
  return d !== 0 && d < U16 / 2;
};

export interface Rewritten {
  sequenceNumber: number;
  timestamp: number;
}

export class RtpRewriter {
  private source: string | null = null;
  private seqOffset = 0;
  private tsOffset = 0;
  private lastSeq = 0;
  private lastTs = 0;
  private lastAt = 0;

  constructor(private readonly clockRate: number) {}

  /** Where `source` identifies the publisher connection (a republish is a new source). */
  rewrite(source: string, sequenceNumber: number, timestamp: number, nowMs: number): Rewritten {
    if (source !== this.source) {
      if (this.source !== null) {
        // Continue right after the last packet sent, as if the new source had been there all along.
        const elapsed = Math.max(1, Math.round(((nowMs - this.lastAt) * this.clockRate) / 1000));
        this.seqOffset = mod(this.lastSeq + 1 - sequenceNumber, U16);
        this.tsOffset = mod(this.lastTs + elapsed - timestamp, U32);
      }
      this.source = source;
      this.lastSeq = mod(sequenceNumber + this.seqOffset, U16);
      this.lastTs = mod(timestamp + this.tsOffset, U32);
      this.lastAt = nowMs;
      return { sequenceNumber: this.lastSeq, timestamp: this.lastTs };
    }
    const out = { sequenceNumber: mod(sequenceNumber + this.seqOffset, U16), timestamp: mod(timestamp + this.tsOffset, U32) };
    // A late (reordered) packet keeps its place; only newer packets move the continuation point.
    if (seqAfter(out.sequenceNumber, this.lastSeq)) {
      this.lastSeq = out.sequenceNumber;
      this.lastTs = out.timestamp;
      this.lastAt = nowMs;
    }
    return out;
  }

  /** The source forwarded last (null before the first packet). */
  get currentSource(): string | null {
    return this.source;
  }
}
