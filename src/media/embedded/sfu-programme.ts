/**
 * The host programme sent to the HLS packager (issue 19): slots 'main' (the host hall) and
 * 'beside' (the hall with the floor), video and audio, as plain RTP over UDP to local ports
 * where ffmpeg listens. It follows the floor like the recording does (the same SlotOutput,
 * so each stream stays continuous when its source changes).
 *
 * The packager composes the two pictures and mixes the two sounds; a filter graph waits for
 * every input, so no input may ever go quiet: while a slot has no picture (nobody has the
 * floor, the host has not published yet, a hall lost its link) the slot carries a still
 * filler frame (a VP8 key frame the packager made), and while it has no sound, Opus silence.
 * Each stream keeps one SSRC and payload type whatever fills it, as the packager's SDP says.
 *
 * ffmpeg decodes from a key frame on, and a hall's browser sends one only when asked: the
 * programme asks its halls for one every second while ffmpeg starts (it keeps only what it
 * probed), then every KEY_FRAME_EVERY_MS, so a packager started again, or a lost packet on a
 * loaded machine, costs seconds, not the rest of the meeting.
 */
import { createSocket, type Socket } from 'node:dgram';
import { RtpHeader, RtpPacket } from 'werift';
import type { FeedKey, ProgrammeTarget, SlotRoutes } from '../media-engine.js';
import { routeSlots, SlotOutput, type MediaKind } from './slot-output.js';

export const PROGRAMME_SLOTS = ['main', 'beside'] as const;
type ProgrammeSlot = (typeof PROGRAMME_SLOTS)[number];

export const PROGRAMME_PAYLOAD = { video: 96, audio: 111 } as const;
/** The filler's pace: a still picture needs few frames; sound keeps Opus's 20 ms frames. */
const FILLER_VIDEO_MS = 100;
const FILLER_AUDIO_MS = 20;
/** A slot without real packets for this long is filled (a hall's frames come every 33–66 ms). */
const QUIET_VIDEO_MS = 400;
const QUIET_AUDIO_MS = 120;
/** Opus TOC for a 20 ms CELT frame with no data: the decoder plays silence. */
const OPUS_SILENCE = Buffer.from([0xf8, 0xff, 0xfe]);
const MAX_PAYLOAD = 1_100;
const FILLER_SOURCE = 'filler';
const KEY_FRAME_START_MS = 1_000;
const KEY_FRAME_START_FOR_MS = 8_000;
const KEY_FRAME_EVERY_MS = 10_000;

interface ProgrammeStream {
  kind: MediaKind;
  port: number;
  ssrc: number;
  lastRealAt: number;
}

interface ProgrammeSlotState {
  output: SlotOutput;
  streams: Record<MediaKind, ProgrammeStream>;
  fillerSeq: Record<MediaKind, number>;
  fillerFrame: Buffer[];
}

/** A VP8 frame split into RTP payloads (descriptor: S bit on the first, partition 0). */
export function vp8Payloads(frame: Buffer): Buffer[] {
  const payloads: Buffer[] = [];
  for (let offset = 0; offset < frame.length; offset += MAX_PAYLOAD) {
    const descriptor = Buffer.from([offset === 0 ? 0x10 : 0x00]);
    payloads.push(Buffer.concat([descriptor, frame.subarray(offset, offset + MAX_PAYLOAD)]));
  }
  return payloads;
}

export class SfuProgramme {
  private readonly socket: Socket;
  private readonly slots = new Map<ProgrammeSlot, ProgrammeSlotState>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly startedAt: number;
  private filling = false;

  constructor(
    routes: SlotRoutes,
    private readonly target: ProgrammeTarget,
    private readonly now: () => number,
    private readonly log: (msg: string, err?: unknown) => void,
    /** Asks a feed's publisher for a key frame (the room's throttle applies). */
    private readonly keyFrame: (feed: FeedKey) => void = () => undefined,
  ) {
    checkSlots(routes);
    this.socket = createSocket('udp4');
    this.socket.on('error', (error) => this.log('programme socket', error));
    this.startedAt = now();
    let ssrc = 0x5eed_0000;
    for (const slot of PROGRAMME_SLOTS) {
      const ports = target.ports[slot];
      const streams = {
        video: { kind: 'video' as const, port: ports.video, ssrc: ssrc++, lastRealAt: 0 },
        audio: { kind: 'audio' as const, port: ports.audio, ssrc: ssrc++, lastRealAt: 0 },
      };
      const output = new SlotOutput(slot, {
        video: (packet) => this.send(streams.video, packet),
        audio: (packet) => this.send(streams.audio, packet),
      });
      output.feed = routes[slot] ?? null;
      const fillerFrame = vp8Payloads(Buffer.from(target.fillerVideo[slot], 'base64'));
      this.slots.set(slot, { output, streams, fillerSeq: { video: 0, audio: 0 }, fillerFrame });
    }
    this.timers.push(setInterval(() => this.fill('video'), FILLER_VIDEO_MS));
    this.timers.push(setInterval(() => this.fill('audio'), FILLER_AUDIO_MS));
    this.timers.push(setInterval(() => this.askKeyFrames(), KEY_FRAME_START_MS));
  }

  private lastKeyFramesAt = 0;

  private askKeyFrames(): void {
    const now = this.now();
    const starting = now - this.startedAt < KEY_FRAME_START_FOR_MS;
    if (!starting && now - this.lastKeyFramesAt < KEY_FRAME_EVERY_MS) return;
    this.lastKeyFramesAt = now;
    for (const { output } of this.slots.values()) if (output.feed) this.keyFrame(output.feed);
  }

  get outputs(): SlotOutput[] {
    return [...this.slots.values()].map((s) => s.output);
  }

  /** Returns the feeds newly taken (they owe a key frame). */
  route(routes: SlotRoutes): FeedKey[] {
    checkSlots(routes);
    return routeSlots(this.slots, routes);
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.socket.close();
  }

  private send(stream: ProgrammeStream, packet: RtpPacket): void {
    // A hall's packet that went out (not one refused until its key frame) holds off the filler.
    if (!this.filling) stream.lastRealAt = this.now();
    // One SSRC and payload type per stream, whichever hall fills it.
    packet.header.ssrc = stream.ssrc;
    packet.header.payloadType = PROGRAMME_PAYLOAD[stream.kind];
    this.socket.send(packet.serialize(), stream.port, this.target.address);
  }

  private fill(kind: MediaKind): void {
    const now = this.now();
    const quiet = kind === 'video' ? QUIET_VIDEO_MS : QUIET_AUDIO_MS;
    const clock = kind === 'video' ? 90 : 48;
    for (const state of this.slots.values()) {
      if (now - state.streams[kind].lastRealAt < quiet) continue;
      const timestamp = Math.round((now - this.startedAt) * clock) >>> 0;
      const payloads = kind === 'video' ? state.fillerFrame : [OPUS_SILENCE];
      this.filling = true;
      payloads.forEach((payload, index) => {
        const header = new RtpHeader({
          marker: index === payloads.length - 1,
          payloadType: PROGRAMME_PAYLOAD[kind],
          sequenceNumber: state.fillerSeq[kind]++ & 0xffff,
          timestamp,
          ssrc: 0,
        });
        state.output.push(kind, new RtpPacket(header, payload), FILLER_SOURCE, now);
      });
      this.filling = false;
    }
  }
}

function checkSlots(routes: SlotRoutes): void {
  for (const slot of Object.keys(routes)) {
    if (!(PROGRAMME_SLOTS as readonly string[]).includes(slot))
      throw new Error(`the programme takes only the slots main and beside, not ${slot}`);
  }
}
