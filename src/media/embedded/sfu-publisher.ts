/**
 * A feed's publisher connection in the SFU: the browser (or test peer) offers audio and/or
 * video, the SFU answers (ICE lite, non-trickle) and hands every RTP packet to the room
 * without decoding it.
 */
import { RTCPeerConnection, type RtpPacket } from 'werift';
import { gatheringComplete, peerConfig, type PeerNetwork } from './peer-config.js';
import type { MediaKind } from './slot-output.js';

let sources = 0;

export class SfuPublisher {
  /** Unique per connection: slots see a republished feed as a new source. */
  readonly source: string;
  private videoSsrc: number | null = null;

  private constructor(
    private readonly pc: RTCPeerConnection,
    feed: string,
  ) {
    this.source = `${feed}#${++sources}`;
  }

  static async create(
    network: PeerNetwork,
    feed: string,
    offerSdp: string,
    onRtp: (publisher: SfuPublisher, kind: MediaKind, packet: RtpPacket) => void,
  ): Promise<{ publisher: SfuPublisher; answerSdp: string }> {
    const pc = new RTCPeerConnection(peerConfig({ ...network, iceLite: true }));
    const publisher = new SfuPublisher(pc, feed);
    // werift announces remote tracks inside setRemoteDescription: listen before it.
    pc.onTrack.subscribe((track) => {
      const kind: MediaKind = track.kind === 'video' ? 'video' : 'audio';
      track.onReceiveRtp.subscribe((packet) => {
        if (kind === 'video') publisher.videoSsrc = packet.header.ssrc;
        onRtp(publisher, kind, packet);
      });
    });
    try {
      await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
      await pc.setLocalDescription(await pc.createAnswer());
      await gatheringComplete(pc);
      return { publisher, answerSdp: pc.localDescription!.sdp };
    } catch (error) {
      await pc.close().catch(() => undefined);
      throw error;
    }
  }

  /** Sends a PLI on the video stream (nothing before the first video packet: no SSRC yet). */
  requestKeyFrame(): boolean {
    const video = this.pc.getTransceivers().find((t) => t.kind === 'video');
    if (!video || this.videoSsrc === null) return false;
    void video.receiver.sendRtcpPLI(this.videoSsrc).catch(() => undefined);
    return true;
  }

  async close(): Promise<void> {
    await this.pc.close();
  }
}
