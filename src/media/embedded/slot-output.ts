/**
 * One slot's outgoing streams (a subscriber's 'main', or one file of the recording): which
 * feed fills it, and the rewriting that keeps each outgoing stream continuous when that
 * source changes. A video slot switches to a new source only at a key frame of it, so the
 * viewer keeps the last picture instead of a smear until the new picture can decode.
 */
import { RtpHeader, RtpPacket } from 'werift';
import type { FeedKey } from '../media-engine.js';
import { isVp8KeyFrameStart } from './keyframe-throttle.js';
import { RtpRewriter } from './rtp-rewrite.js';

export type MediaKind = 'audio' | 'video';
export type PushResult = 'sent' | 'not-carried' | 'needs-key-frame';
export type SlotWriter = (packet: RtpPacket) => void;

export class SlotOutput {
  feed: FeedKey | null = null;
  private readonly rewriters = { video: new RtpRewriter(90_000), audio: new RtpRewriter(48_000) };

  constructor(
    readonly slot: string,
    private readonly writers: Partial<Record<MediaKind, SlotWriter>>,
  ) {}

  /** `source` names the publisher connection the packet came from (a republish is a new one). */
  push(kind: MediaKind, packet: RtpPacket, source: string, nowMs: number): PushResult {
    const write = this.writers[kind];
    if (!write) return 'not-carried';
    const rewriter = this.rewriters[kind];
    if (kind === 'video' && rewriter.currentSource !== source && !isVp8KeyFrameStart(packet.payload)) {
      return 'needs-key-frame';
    }
    const { header } = packet;
    const out = rewriter.rewrite(source, header.sequenceNumber, header.timestamp, nowMs);
    // A fresh header per output: werift's sender writes its SSRC and payload type into the
    // header it is given, and the same packet goes to many slots. Header extensions are
    // dropped: their ids are negotiated per connection.
    const copy = new RtpHeader({
      marker: header.marker,
      payloadType: header.payloadType,
      sequenceNumber: out.sequenceNumber,
      timestamp: out.timestamp,
      ssrc: header.ssrc,
    });
    write(new RtpPacket(copy, packet.payload));
    return 'sent';
  }
}

/**
 * Points each named slot's output at its feed (the slots of a recording or of the programme);
 * returns the feeds newly taken, which owe a key frame. `slots`: the slots the caller has, by name.
 */
export function routeSlots(slots: ReadonlyMap<string, { output: SlotOutput }>, routes: Record<string, FeedKey | null>): FeedKey[] {
  const fresh: FeedKey[] = [];
  for (const [slot, feed] of Object.entries(routes)) {
    const output = slots.get(slot)!.output;
    if (feed !== null && output.feed !== feed) fresh.push(feed);
    output.feed = feed;
  }
  return fresh;
}
