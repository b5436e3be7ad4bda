/**
 * The page's receiving connection: the engine offers it with fixed slots ('main', 'beside',
 * 'thumb:0' …), each an m-line pair named by mid (SubscriberOffer.tracks). One MediaStream per
 * slot holds that slot's tracks; the engine switches the feed inside a slot without a new
 * track, so a video element keeps its stream and only `data-feed` changes.
 */
import type { IceServer, SubscriberOffer } from '../../../src/media/media-engine.js';
import { answerOffer, newPeer, slotsByMid } from './peers.js';

export class Subscriber {
  readonly pc: RTCPeerConnection;
  /** mid → slot of the last offer applied. */
  slots: Record<string, string> = {};
  /** slot → its stream (the same object across renegotiations, so players keep it). */
  readonly streams = new Map<string, MediaStream>();
  /** Offers are applied one at a time (a renegotiation may arrive while one is answered). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(iceServers: IceServer[]) {
    this.pc = newPeer(iceServers);
  }

  /** Applies an offer and returns the answer to send with `media:answer`. */
  answer(offer: SubscriberOffer): Promise<string> {
    const next = this.queue.then(async () => {
      const answerSdp = await answerOffer(this.pc, offer);
      this.slots = slotsByMid(offer.tracks);
      this.collect();
      return answerSdp;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Puts each receiving track in its slot's stream, and takes out tracks that left it. */
  private collect(): void {
    const wanted = new Map<string, MediaStreamTrack[]>();
    for (const transceiver of this.pc.getTransceivers()) {
      const slot = transceiver.mid === null ? undefined : this.slots[transceiver.mid];
      if (!slot || transceiver.currentDirection === 'inactive' || transceiver.currentDirection === 'stopped') continue;
      wanted.set(slot, [...(wanted.get(slot) ?? []), transceiver.receiver.track]);
    }
    for (const [slot, tracks] of wanted) {
      let stream = this.streams.get(slot);
      if (!stream) this.streams.set(slot, (stream = new MediaStream()));
      for (const track of stream.getTracks()) if (!tracks.includes(track)) stream.removeTrack(track);
      for (const track of tracks) if (!stream.getTracks().includes(track)) stream.addTrack(track);
    }
    for (const slot of [...this.streams.keys()]) if (!wanted.has(slot)) this.streams.delete(slot);
  }

  close(): void {
    this.pc.close();
    this.streams.clear();
  }
}
