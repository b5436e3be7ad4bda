/**
 * The two PeerConnections of a page. Signalling is non-trickle (src/media/media-engine.ts):
 * every SDP sent carries its candidates, so each side waits for ICE gathering to complete,
 * capped at GATHER_CAP_MS (a host with a dead interface would otherwise hold the offer forever;
 * what was gathered by then is enough on a local network).
 */
import type { IceServer, SlotTrack, SubscriberOffer } from '../../../src/media/media-engine.js';

export const GATHER_CAP_MS = 3_000;

export const newPeer = (iceServers: IceServer[]): RTCPeerConnection =>
  // Default bundle policy: an engine's offer with no m-line yet (Janus, before any source) has no BUNDLE group.
  new RTCPeerConnection({ iceServers: iceServers.map((server) => ({ ...server })) });

/** Resolves when gathering is complete or the cap has passed, whichever comes first. */
export const gathered = (pc: RTCPeerConnection, capMs = GATHER_CAP_MS): Promise<void> =>
  new Promise((resolve) => {
    // Nothing to gather for a description without media (it never leaves 'new').
    if (pc.iceGatheringState === 'complete' || pc.getTransceivers().length === 0) return resolve();
    const done = () => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve();
    };
    const check = () => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, capMs);
    pc.addEventListener('icegatheringstatechange', check);
  });

/** The local description once gathering is over (it then holds the candidates). */
const completeSdp = async (pc: RTCPeerConnection): Promise<string> => {
  await gathered(pc);
  const sdp = pc.localDescription?.sdp;
  if (!sdp) throw new Error('no local description');
  return sdp;
};

/**
 * The hall's publisher: audio always (its track attached only while the microphone may send),
 * video unless on audio-only fallback. Returns the offer with its candidates.
 */
export const createPublisher = async (
  iceServers: IceServer[],
  stream: MediaStream,
  audioOnly: boolean,
): Promise<{ pc: RTCPeerConnection; audio: RTCRtpSender; video: RTCRtpSender | null; offerSdp: string }> => {
  const pc = newPeer(iceServers);
  // No track yet: nothing is sent until the room says the microphone is open.
  const audio = pc.addTransceiver('audio', { direction: 'sendonly', streams: [stream] }).sender;
  const video = stream.getVideoTracks()[0];
  const videoSender = !audioOnly && video ? pc.addTransceiver(video, { direction: 'sendonly', streams: [stream] }).sender : null;
  await pc.setLocalDescription(await pc.createOffer());
  return { pc, audio, video: videoSender, offerSdp: await completeSdp(pc) };
};

/** Applies the engine's offer (first or renegotiated) and returns the answer with its candidates. */
export const answerOffer = async (pc: RTCPeerConnection, offer: SubscriberOffer): Promise<string> => {
  await pc.setRemoteDescription({ type: 'offer', sdp: offer.offerSdp });
  await pc.setLocalDescription(await pc.createAnswer());
  return completeSdp(pc);
};

/** mid → slot of an engine's offer. */
export const slotsByMid = (tracks: readonly SlotTrack[]): Record<string, string> =>
  Object.fromEntries(tracks.map((track) => [track.mid, track.slot]));

/**
 * Calls `onLost` when the connection stays 'failed' or 'disconnected' for longer than
 * `graceMs` (a short 'disconnected' heals by itself, a long one means a new connection).
 */
export const watchConnection = (pc: RTCPeerConnection, graceMs: number, onLost: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    const bad = pc.connectionState === 'failed' || pc.connectionState === 'disconnected';
    if (bad && !timer) timer = setTimeout(() => ((timer = null), onLost()), graceMs);
    if (!bad && timer) {
      clearTimeout(timer);
      timer = null;
    }
  };
  pc.addEventListener('connectionstatechange', check);
  return () => {
    if (timer) clearTimeout(timer);
    pc.removeEventListener('connectionstatechange', check);
  };
};
