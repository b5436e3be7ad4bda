/**
 * Node WebRTC peers on werift (the client side), standing in for the browsers in the media
 * tests and bench/media. They send synthetic RTP: nothing on the path decodes media, so the
 * payloads only need to look right to the code that peeks at them (VP8 key-frame bit).
 *
 * Payload layout: every payload ENDS with the publisher's 4-byte ASCII tag, so a subscriber
 * can tell which publisher fills a slot although the SFU rewrote SSRC and sequence numbers.
 * Video payloads start with a 1-byte VP8 payload descriptor (S bit set on a frame's first
 * packet) then, on a frame's first packet, the VP8 frame tag: P bit clear plus the key-frame
 * start code 9d 01 2a on key frames, P bit set otherwise.
 */
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket, type RTCRtpTransceiver } from 'werift';
import { isKeyFrameRequest } from '../../src/media/embedded/keyframe-throttle.js';
import { gatheringComplete, peerConfig } from '../../src/media/embedded/peer-config.js';

const LOOPBACK = '127.0.0.1';

export interface PublisherPeer {
  /** RTP packets sent so far, per kind. */
  sent(): { audio: number; video: number };
  /** Stop sending audio (like the browser's replaceTrack(null)), or start again. */
  setAudio(on: boolean): void;
  /** Key frames sent because the far end asked (PLI / FIR). */
  keyFramesRequested(): number;
  close(): Promise<void>;
}

export interface PublisherOptions {
  videoPps?: number;
  audioPps?: number;
  audio?: boolean;
  video?: boolean;
  payloadBytes?: number;
  /** 4 ASCII characters ending every payload. */
  tag?: string;
  /** The address the peer binds and announces (default 127.0.0.1; e.g. a veth towards Janus). */
  hostAddress?: string;
}

const VIDEO_PACKETS_PER_FRAME = 3;
const KEY_FRAME_EVERY_MS = 2_000;

function tagBytes(tag: string): Buffer {
  const bytes = Buffer.alloc(4, 0x20);
  bytes.write(tag.slice(0, 4), 'ascii');
  return bytes;
}

/** One VP8 RTP payload: descriptor, frame header on a frame's first packet, filler, tag. */
export function vp8Payload(first: boolean, key: boolean, size: number, tag: Buffer): Buffer {
  const head: number[] = [first ? 0x10 : 0x00];
  if (first) {
    // Frame tag: bit 0 = P (0 = key frame), bit 4 = show_frame.
    head.push(key ? 0x10 : 0x11, 0x00, 0x00);
    if (key) head.push(0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00); // start code, 320x240
  }
  const filler = Buffer.alloc(Math.max(0, size - head.length - tag.length), 0xab);
  return Buffer.concat([Buffer.from(head), filler, tag]);
}

export async function startPublisher(
  signal: (offerSdp: string) => Promise<string>,
  options: PublisherOptions = {},
): Promise<PublisherPeer> {
  const { videoPps = 90, audioPps = 50, audio = true, video = true, payloadBytes = 1000 } = options;
  const tag = tagBytes(options.tag ?? 'PUBL');
  const pc = new RTCPeerConnection(peerConfig({ hostAddress: options.hostAddress ?? LOOPBACK }));
  const videoT = video ? pc.addTransceiver(new MediaStreamTrack({ kind: 'video' }), { direction: 'sendonly' }) : null;
  const audioT = audio ? pc.addTransceiver(new MediaStreamTrack({ kind: 'audio' }), { direction: 'sendonly' }) : null;
  await pc.setLocalDescription(await pc.createOffer());
  await gatheringComplete(pc);
  const answerSdp = await signal(pc.localDescription!.sdp);
  await pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });

  const counts = { audio: 0, video: 0 };
  let audioOn = true;
  let keyRequested = false;
  let keyFramesRequested = 0;
  videoT?.sender.onRtcp.subscribe((rtcp) => {
    if (isKeyFrameRequest(rtcp)) {
      keyRequested = true;
      keyFramesRequested++;
    }
  });

  const send = (t: RTCRtpTransceiver, kind: 'audio' | 'video', header: RtpHeader, payload: Buffer) => {
    if (pc.connectionState !== 'connected') return;
    counts[kind]++;
    void t.sender.sendRtp(new RtpPacket(header, payload)).catch(() => undefined);
  };

  const timers: NodeJS.Timeout[] = [];
  if (videoT) {
    let seq = Math.floor(Math.random() * 60_000);
    let timestamp = Math.floor(Math.random() * 1e9);
    let inFrame = 0;
    let lastKey = 0;
    timers.push(
      setInterval(() => {
        const first = inFrame === 0;
        const now = Date.now();
        const key = first && (keyRequested || now - lastKey >= KEY_FRAME_EVERY_MS);
        if (key) {
          keyRequested = false;
          lastKey = now;
        }
        inFrame = (inFrame + 1) % VIDEO_PACKETS_PER_FRAME;
        const marker = inFrame === 0;
        const header = new RtpHeader({ sequenceNumber: seq, timestamp, marker, payloadType: 96 });
        seq = (seq + 1) & 0xffff;
        if (marker) timestamp = (timestamp + Math.round(90_000 / (videoPps / VIDEO_PACKETS_PER_FRAME))) >>> 0;
        send(videoT, 'video', header, vp8Payload(first, key, payloadBytes, tag));
      }, 1000 / videoPps),
    );
  }
  if (audioT) {
    let seq = Math.floor(Math.random() * 60_000);
    let timestamp = Math.floor(Math.random() * 1e9);
    const step = Math.round(48_000 / audioPps);
    timers.push(
      setInterval(() => {
        timestamp = (timestamp + step) >>> 0;
        if (!audioOn) return;
        const header = new RtpHeader({ sequenceNumber: seq, timestamp, marker: false, payloadType: 111 });
        seq = (seq + 1) & 0xffff;
        send(audioT, 'audio', header, Buffer.concat([Buffer.from([0xfc]), Buffer.alloc(75, 0xcd), tag]));
      }, 1000 / audioPps),
    );
  }

  return {
    sent: () => ({ ...counts }),
    setAudio: (on) => {
      audioOn = on;
    },
    keyFramesRequested: () => keyFramesRequested,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      await pc.close();
    },
  };
}

export interface SubscriberPeer {
  /** RTP packets received so far per mid (as listed in the engine's offer `tracks`). */
  received(mid: string): number;
  /** The 4-byte tag of the last payload received on this mid (which publisher arrives). */
  lastTag(mid: string): string | null;
  /** Sends a PLI for the stream arriving on this mid (like a browser's decoder would). */
  requestKeyFrame(mid: string): Promise<void>;
  /** @internal for renegotiate */
  readonly pc: RTCPeerConnection;
  close(): Promise<void>;
}

export interface OfferForSubscriber {
  offerSdp: string;
  tracks: { slot: string; kind: 'audio' | 'video'; mid: string }[];
}

export async function startSubscriber(
  offer: OfferForSubscriber,
  answer: (answerSdp: string) => Promise<void>,
  options: { hostAddress?: string } = {},
): Promise<SubscriberPeer> {
  const pc = new RTCPeerConnection(peerConfig({ hostAddress: options.hostAddress ?? LOOPBACK }));
  const received = new Map<string, number>();
  const tags = new Map<string, string>();
  const ssrcs = new Map<string, number>();
  const watched = new Set<RTCRtpTransceiver>();
  const watch = () => {
    for (const t of pc.getTransceivers()) {
      if (watched.has(t)) continue;
      watched.add(t);
      // werift fires onTrack inside setRemoteDescription, before we could listen: the
      // receiver's track already exists by then, so listen on it directly.
      t.receiver.track.onReceiveRtp.subscribe((rtp) => {
        const mid = t.mid ?? '';
        received.set(mid, (received.get(mid) ?? 0) + 1);
        ssrcs.set(mid, rtp.header.ssrc);
        if (rtp.payload.length >= 4) tags.set(mid, rtp.payload.subarray(-4).toString('ascii'));
      });
    }
  };
  const peer: SubscriberPeer = {
    pc,
    received: (mid) => received.get(mid) ?? 0,
    lastTag: (mid) => tags.get(mid) ?? null,
    requestKeyFrame: async (mid) => {
      const t = pc.getTransceivers().find((x) => x.mid === mid);
      const ssrc = ssrcs.get(mid);
      if (t && ssrc !== undefined) await t.receiver.sendRtcpPLI(ssrc);
    },
    close: () => pc.close(),
  };
  watchers.set(pc, watch);
  await answerOffer(pc, offer.offerSdp, watch, answer);
  return peer;
}

/** Per subscriber: subscribes the packet counters to transceivers not yet watched. */
const watchers = new WeakMap<RTCPeerConnection, () => void>();

async function answerOffer(
  pc: RTCPeerConnection,
  offerSdp: string,
  watch: () => void,
  answer: (answerSdp: string) => Promise<void>,
): Promise<void> {
  await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
  watch();
  await pc.setLocalDescription(await pc.createAnswer());
  await gatheringComplete(pc);
  await answer(pc.localDescription!.sdp);
}

/** Answers a new offer from the engine (a `route` that had to renegotiate). */
export async function renegotiate(
  sub: SubscriberPeer,
  offer: OfferForSubscriber,
  answer: (answerSdp: string) => Promise<void>,
): Promise<void> {
  await answerOffer(sub.pc, offer.offerSdp, watchers.get(sub.pc) ?? (() => undefined), answer);
}
