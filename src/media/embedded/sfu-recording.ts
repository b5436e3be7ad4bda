/**
 * The recording of a room's host programme: one webm file per slot ('main': the host hall,
 * 'beside': the hall with the floor), each with the slot's video and audio, written by
 * werift's MediaRecorder (it depacketizes VP8/opus into webm blocks; nothing is decoded).
 * The recording follows the floor like a subscriber's slots do, through the same SlotOutput,
 * so its streams stay continuous when the source changes.
 */
import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MediaStreamTrack, useOPUS, useVP8 } from 'werift';
import { MediaRecorder } from 'werift/nonstandard';
import type { FeedKey, RecordingTarget, SlotRoutes } from '../media-engine.js';
import { routeSlots, SlotOutput } from './slot-output.js';

export const RECORDED_SLOTS = ['main', 'beside'] as const;

interface RecordedSlot {
  output: SlotOutput;
  recorder: MediaRecorder;
  path: string;
}

export class SfuRecording {
  private constructor(private readonly slots: Map<string, RecordedSlot>) {}

  static async start(routes: SlotRoutes, target: RecordingTarget, log: (msg: string, err?: unknown) => void): Promise<SfuRecording> {
    checkSlots(routes);
    const directory = resolve(target.directory);
    await mkdir(directory, { recursive: true });
    const slots = new Map<string, RecordedSlot>();
    for (const slot of RECORDED_SLOTS) {
      const path = resolve(directory, `${target.baseName}-${slot}.webm`);
      // Local tracks fed by hand: writeRtp hands each packet to the recorder's listener.
      const video = new MediaStreamTrack({ kind: 'video', codec: useVP8({ payloadType: 96 }) });
      const audio = new MediaStreamTrack({ kind: 'audio', codec: useOPUS({ payloadType: 111 }) });
      // disableNtp: the SFU does not relay the publishers' sender reports to these tracks,
      // so the recorder times frames by their RTP timestamps (continuous across switches).
      const recorder = new MediaRecorder({ path, tracks: [video, audio], width: 1280, height: 720, disableNtp: true });
      recorder.onError.subscribe((error) => log(`recording ${path} failed`, error));
      const output = new SlotOutput(slot, { video: (p) => video.writeRtp(p), audio: (p) => audio.writeRtp(p) });
      output.feed = routes[slot] ?? null;
      slots.set(slot, { output, recorder, path });
    }
    return new SfuRecording(slots);
  }

  get outputs(): SlotOutput[] {
    return [...this.slots.values()].map((s) => s.output);
  }

  /** Returns the feeds newly recorded (they owe a key frame). */
  route(routes: SlotRoutes): FeedKey[] {
    checkSlots(routes);
    return routeSlots(this.slots, routes);
  }

  /** Closes the files; returns those that hold something (a slot never filled writes none). */
  async stop(): Promise<string[]> {
    const slots = [...this.slots.values()];
    // Each recorder may wait seconds for its last cluster: close them side by side.
    await Promise.all(slots.map(({ recorder }) => recorder.stop()));
    const sizes = await Promise.all(
      slots.map(({ path }) =>
        stat(path).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    );
    return slots.filter((_, i) => sizes[i]! > 0).map(({ path }) => path);
  }
}

function checkSlots(routes: SlotRoutes): void {
  for (const slot of Object.keys(routes)) {
    if (!(RECORDED_SLOTS as readonly string[]).includes(slot))
      throw new Error(`a recording takes only the slots main and beside, not ${slot}`);
  }
}
