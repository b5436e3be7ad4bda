/**
 * A load generator of the media bench (forked by run.ts): holds werift publishers and/or
 * subscribers (test/media/node-peer.ts) and does what the coordinator asks over IPC. Its
 * signalling goes back through the coordinator, which holds the engine. Role from argv[2]:
 * 'publishers', 'subscribers' or 'both'. Exits when the coordinator goes away, closing its peers.
 */
import { renegotiate, startPublisher, startSubscriber, type PublisherPeer, type SubscriberPeer } from '../../test/media/node-peer.js';
import { rpc } from './rpc.js';
import type { Counts } from './scenario.js';
import type { SubscriberOffer } from '../../src/media/media-engine.js';

const publishers = new Map<string, PublisherPeer>();
const subscribers = new Map<string, { peer: SubscriberPeer; mids: string[] }>();

let closing: Promise<void> | null = null;
const closeAll = () =>
  (closing ??= Promise.allSettled([...publishers.values(), ...[...subscribers.values()].map((s) => s.peer)].map((p) => p.close())).then(
    () => {
      publishers.clear();
      subscribers.clear();
    },
  ));

const coordinator = rpc(process, {
  async publish({ feed, tag, audio, hostAddress }: { feed: string; tag: string; audio: boolean; hostAddress?: string }) {
    const signal = (offerSdp: string) => coordinator.call<string>('publish-offer', { feed, offerSdp });
    const peer = await startPublisher(signal, { tag, ...(hostAddress ? { hostAddress } : {}) });
    // A hall without the floor: its browser stops sending audio (the gate is closed anyway).
    if (!audio) peer.setAudio(false);
    publishers.set(feed, peer);
  },
  async subscribe({ subscriberId, offer, hostAddress }: { subscriberId: string; offer: SubscriberOffer; hostAddress?: string }) {
    const answer = (answerSdp: string) => coordinator.call<void>('subscriber-answer', { subscriberId, answerSdp });
    const peer = await startSubscriber(offer, answer, hostAddress ? { hostAddress } : {});
    subscribers.set(subscriberId, { peer, mids: offer.tracks.map((t) => t.mid) });
  },
  /** A `route` that renegotiated: answer the engine's new offer on the same PeerConnection. */
  async reoffer({ subscriberId, offer }: { subscriberId: string; offer: SubscriberOffer }) {
    const entry = subscribers.get(subscriberId);
    if (!entry) throw new Error(`no subscriber ${subscriberId}`);
    await renegotiate(entry.peer, offer, (answerSdp) => coordinator.call<void>('subscriber-answer', { subscriberId, answerSdp }));
    entry.mids = offer.tracks.map((t) => t.mid);
  },
  counts(): Counts {
    const counts: Counts = { sent: {}, received: {} };
    for (const [feed, peer] of publishers) counts.sent[feed] = peer.sent();
    for (const [id, { peer, mids }] of subscribers) counts.received[id] = Object.fromEntries(mids.map((mid) => [mid, peer.received(mid)]));
    return counts;
  },
  /** The tag last seen per mid of each subscriber: checks the routes really carry the right hall. */
  tags(): { tags: Record<string, Record<string, string | null>>; unconnected: string[] } {
    const tags: Record<string, Record<string, string | null>> = {};
    const unconnected: string[] = [];
    for (const [id, { peer, mids }] of subscribers) {
      tags[id] = Object.fromEntries(mids.map((mid) => [mid, peer.lastTag(mid)]));
      if (peer.pc.connectionState !== 'connected') unconnected.push(`${id} (${describe(peer.pc)})`);
    }
    return { tags, unconnected };
  },
  async close() {
    await closeAll();
  },
});

/** Which layer stopped a connection: ICE (checks) or DTLS (handshake). */
function describe(pc: SubscriberPeer['pc']): string {
  const dtls = pc.dtlsTransports[0];
  return `connection ${pc.connectionState}, ice ${pc.iceConnectionState}, dtls ${dtls?.state ?? '-'}`;
}

process.on('disconnect', () => {
  void closeAll().finally(() => process.exit(0));
});
