/**
 * A viewing page's connection: the SFU offers one sendonly m-line per slot and kind
 * ('main' video, 'main' audio, …) and fills each from the feed routed to the slot. Every
 * m-line keeps its own SSRC for the life of the connection, so a route never renegotiates.
 */
import { MediaStream, RTCPeerConnection, type RtpPacket } from 'werift';
import type { FeedKey, SlotRoutes, SlotSpec, SubscriberOffer, SlotTrack } from '../media-engine.js';
import { isKeyFrameRequest } from './keyframe-throttle.js';
import { gatheringComplete, peerConfig, type PeerNetwork } from './peer-config.js';
import { SlotOutput, type MediaKind, type SlotWriter } from './slot-output.js';

export interface SubscriberHooks {
  /** A packet went out to the viewer (for the stats). */
  sent(): void;
  /** The viewer's decoder asked for a key frame of what this slot shows (PLI / FIR). */
  keyFrameWanted(feed: FeedKey): void;
}

export class SfuSubscriber {
  private constructor(
    private readonly pc: RTCPeerConnection,
    readonly outputs: Map<string, SlotOutput>,
  ) {}

  static async create(
    network: PeerNetwork,
    slots: SlotSpec[],
    hooks: SubscriberHooks,
  ): Promise<{ subscriber: SfuSubscriber; offer: SubscriberOffer }> {
    // The simulated loss is the halls' uplink (publishers); viewers' feedback arrives whole.
    const pc = new RTCPeerConnection(peerConfig({ ...network, iceLite: true, simulatedLossPercent: 0 }));
    const outputs = new Map<string, SlotOutput>();
    const transceivers: { slot: string; kind: MediaKind; t: ReturnType<RTCPeerConnection['addTransceiver']> }[] = [];
    for (const spec of slots) {
      if (outputs.has(spec.slot)) throw new Error(`slot ${spec.slot} is listed twice`);
      const writers: Partial<Record<MediaKind, SlotWriter>> = {};
      for (const kind of ['video', 'audio'] as const) {
        if (!spec[kind]) continue;
        // The stream id names the slot, so a browser can tell its tracks apart by msid too.
        const t = pc.addTransceiver(kind, { direction: 'sendonly', streams: [new MediaStream({ id: spec.slot })] });
        transceivers.push({ slot: spec.slot, kind, t });
        writers[kind] = (packet: RtpPacket) => {
          if (pc.connectionState !== 'connected') return;
          hooks.sent();
          void t.sender.sendRtp(packet).catch(() => undefined);
        };
        if (kind === 'video') {
          t.sender.onRtcp.subscribe((rtcp) => {
            const feed = outputs.get(spec.slot)?.feed;
            if (feed && isKeyFrameRequest(rtcp)) hooks.keyFrameWanted(feed);
          });
        }
      }
      outputs.set(spec.slot, new SlotOutput(spec.slot, writers));
    }
    try {
      await pc.setLocalDescription(await pc.createOffer());
      await gatheringComplete(pc);
    } catch (error) {
      await pc.close().catch(() => undefined);
      throw error;
    }
    const tracks: SlotTrack[] = transceivers.map(({ slot, kind, t }) => ({ slot, kind, mid: t.mid! }));
    return { subscriber: new SfuSubscriber(pc, outputs), offer: { offerSdp: pc.localDescription!.sdp, tracks } };
  }

  async answer(answerSdp: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
  }

  /** Sets the slots' feeds; returns the feeds newly shown somewhere (they owe a key frame). */
  route(routes: SlotRoutes): FeedKey[] {
    const fresh: FeedKey[] = [];
    for (const [slot, feed] of Object.entries(routes)) {
      const output = this.outputs.get(slot);
      if (!output) throw new Error(`unknown slot ${slot}`);
      if (output.feed !== feed && feed !== null) fresh.push(feed);
      output.feed = feed;
    }
    return fresh;
  }

  async close(): Promise<void> {
    await this.pc.close();
  }
}
