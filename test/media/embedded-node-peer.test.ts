/**
 * The Node test peers against a bare werift peer (ICE lite, 127.0.0.1): they must connect,
 * send tagged VP8/opus RTP with key frames, answer PLI, and count what they receive.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';
import { gatheringComplete, peerConfig } from '../../src/media/embedded/peer-config.js';
import { startPublisher, startSubscriber, type PublisherPeer, type SubscriberPeer } from './node-peer.js';

const until = async (check: () => boolean, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
};

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers) await close().catch(() => undefined);
});

const serverPc = () => {
  const pc = new RTCPeerConnection(peerConfig({ hostAddress: '127.0.0.1', iceLite: true }));
  closers.push(() => pc.close());
  return pc;
};

describe('node test peers', () => {
  it('a publisher sends tagged video with key frames and audio, and answers PLI', async () => {
    const pc = serverPc();
    const got = { video: 0, audio: 0, keys: 0, tags: new Set<string>() };
    let videoSsrc = 0;
    let videoReceiver: { sendRtcpPLI(ssrc: number): Promise<void> } | null = null;
    pc.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => {
        got[track.kind === 'video' ? 'video' : 'audio']++;
        got.tags.add(rtp.payload.subarray(-4).toString('ascii'));
        if (track.kind === 'video') {
          videoSsrc = rtp.header.ssrc;
          // Descriptor S bit, then the frame tag's P bit clear = key frame.
          if (rtp.payload[0]! & 0x10 && (rtp.payload[1]! & 0x01) === 0) got.keys++;
        }
      });
    });
    let publisher: PublisherPeer | null = null;
    publisher = await startPublisher(
      async (offerSdp) => {
        expect(offerSdp).toContain('a=candidate');
        expect(offerSdp).not.toMatch(/a=candidate:\S+ \d+ udp \d+ (?!127\.0\.0\.1)/);
        await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
        await pc.setLocalDescription(await pc.createAnswer());
        await gatheringComplete(pc);
        videoReceiver = pc.getTransceivers().find((t) => t.kind === 'video')!.receiver;
        return pc.localDescription!.sdp;
      },
      { tag: 'HOST' },
    );
    closers.push(() => publisher.close());
    await until(() => got.video > 30 && got.audio > 20 && got.keys > 0);
    expect([...got.tags]).toEqual(['HOST']);
    expect(publisher.sent().video).toBeGreaterThanOrEqual(got.video);

    const keysBefore = got.keys;
    await videoReceiver!.sendRtcpPLI(videoSsrc);
    await until(() => publisher.keyFramesRequested() > 0 && got.keys > keysBefore);

    publisher.setAudio(false);
    await new Promise((r) => setTimeout(r, 300));
    const audioSent = publisher.sent().audio;
    await new Promise((r) => setTimeout(r, 400));
    expect(publisher.sent().audio).toBe(audioSent);
  });

  it('a subscriber answers an offer and counts packets and tags per mid', async () => {
    const pc = serverPc();
    const video = pc.addTransceiver(new MediaStreamTrack({ kind: 'video' }), { direction: 'sendonly' });
    const audio = pc.addTransceiver(new MediaStreamTrack({ kind: 'audio' }), { direction: 'sendonly' });
    await pc.setLocalDescription(await pc.createOffer());
    await gatheringComplete(pc);
    const tracks = [
      { slot: 'main', kind: 'video' as const, mid: video.mid! },
      { slot: 'main', kind: 'audio' as const, mid: audio.mid! },
    ];
    const sub: SubscriberPeer = await startSubscriber({ offerSdp: pc.localDescription!.sdp, tracks }, async (sdp) => {
      await pc.setRemoteDescription({ type: 'answer', sdp });
    });
    closers.push(() => sub.close());
    let seq = 0;
    const timer = setInterval(() => {
      const payload = Buffer.concat([Buffer.alloc(20), Buffer.from(seq < 20 ? 'AAAA' : 'BBBB')]);
      for (const t of [video, audio]) {
        const header = new RtpHeader({ sequenceNumber: seq, timestamp: seq * 3000, payloadType: 96 });
        void t.sender.sendRtp(new RtpPacket(header, payload));
      }
      seq++;
    }, 20);
    closers.push(async () => clearInterval(timer));
    await until(() => sub.received(video.mid!) > 25 && sub.received(audio.mid!) > 25);
    expect(sub.lastTag(video.mid!)).toBe('BBBB');
    expect(sub.lastTag(audio.mid!)).toBe('BBBB');
    expect(sub.received('nope')).toBe(0);
  });
});
