/**
 * What the media browser tests read inside a page: the getStats counters of the page's two
 * PeerConnections, which the web app exposes as `window.__diemcauMedia` (web/src/media/media-client.ts).
 * A slot's receiver is found by its mid (the engine's offer names each mid's slot) and kind.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The getStats fields read here (a report's entries are typed any by the DOM library). */
interface RtpStats {
  type: string;
  kind?: string;
  framesDecoded?: number;
  packetsReceived?: number;
  packetsSent?: number;
}

interface Exposed {
  publisher: RTCPeerConnection | null;
  subscriber: RTCPeerConnection | null;
  slots: Record<string, string>;
}

/** framesDecoded (video) or packetsReceived (audio) of the receiver in `slot`; null before it exists. */
export const inbound = (page: Page, slot: string, kind: 'audio' | 'video'): Promise<number | null> =>
  page.evaluate(
    async ([slot, kind]) => {
      const media = (window as unknown as { __diemcauMedia?: Exposed }).__diemcauMedia;
      const transceiver = media?.subscriber
        ?.getTransceivers()
        .find((candidate) => candidate.mid !== null && media.slots[candidate.mid] === slot && candidate.receiver.track.kind === kind);
      if (!transceiver) return null;
      const report = await transceiver.receiver.getStats();
      for (const entry of report.values() as IterableIterator<RtpStats>) {
        if (entry.type === 'inbound-rtp') return Number(kind === 'video' ? (entry.framesDecoded ?? 0) : (entry.packetsReceived ?? 0));
      }
      return 0;
    },
    [slot, kind] as const,
  );

/** Audio packets the page's publisher has sent (all its audio streams); null without a publisher. */
export const audioSent = (page: Page): Promise<number | null> =>
  page.evaluate(async () => {
    const media = (window as unknown as { __diemcauMedia?: Exposed }).__diemcauMedia;
    if (!media?.publisher) return null;
    let sent = 0;
    for (const entry of (await media.publisher.getStats()).values() as IterableIterator<RtpStats>) {
      if (entry.type === 'outbound-rtp' && entry.kind === 'audio') sent += Number(entry.packetsSent ?? 0);
    }
    return sent;
  });

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until two readings `gapMs` apart show the counter growing. */
export const expectGrowing = async (read: () => Promise<number | null>, what: string, timeout = 30_000, gapMs = 1_000): Promise<void> => {
  await expect
    .poll(
      async () => {
        const before = await read();
        await pause(gapMs);
        const after = await read();
        return before !== null && after !== null && after > before;
      },
      { timeout, interval: 250, message: `${what} should grow` },
    )
    .toBe(true);
};

/** The counter does not move over `overMs` (it may be null: nothing was ever sent). */
export const expectStill = async (read: () => Promise<number | null>, what: string, overMs = 2_500): Promise<void> => {
  const before = (await read()) ?? 0;
  await pause(overMs);
  expect((await read()) ?? 0, `${what} should not grow`).toBe(before);
};

/** The total audio energy received in `slot` (grows only while the sound is not silence); null before it exists. */
export const audioEnergy = (page: Page, slot: string): Promise<number | null> =>
  page.evaluate(async (slot) => {
    const media = (window as unknown as { __diemcauMedia?: Exposed }).__diemcauMedia;
    const transceiver = media?.subscriber
      ?.getTransceivers()
      .find((candidate) => candidate.mid !== null && media.slots[candidate.mid] === slot && candidate.receiver.track.kind === 'audio');
    if (!transceiver) return null;
    for (const entry of (await transceiver.receiver.getStats()).values() as IterableIterator<{ type: string; totalAudioEnergy?: number }>) {
      if (entry.type === 'inbound-rtp') return Number(entry.totalAudioEnergy ?? 0);
    }
    return 0;
  }, slot);

interface WatchExposed {
  video: HTMLVideoElement;
}

/** Frames the watching page's HLS player has decoded (web/src/media/WatchingProgramme.tsx exposes it); null before it plays. */
export const watchedFrames = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const watch = (window as unknown as { __diemcauWatch?: WatchExposed }).__diemcauWatch;
    if (!watch?.video.isConnected) return null;
    return watch.video.getVideoPlaybackQuality().totalVideoFrames;
  });

/**
 * The mean brightness (0-255) of the left half (the host) and the right half (the hall with
 * the floor) of the programme the watching page shows; null before a frame is there.
 */
export const programmeHalves = (page: Page): Promise<{ left: number; right: number } | null> =>
  page.evaluate(() => {
    const watch = (window as unknown as { __diemcauWatch?: WatchExposed }).__diemcauWatch;
    const video = watch?.video;
    if (!video?.isConnected || video.videoWidth === 0) return null;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 36;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(video, 0, 0, 64, 36);
    const mean = (x: number) => {
      const { data } = context.getImageData(x, 0, 32, 36);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      return sum / (data.length / 4);
    };
    return { left: mean(0), right: mean(32) };
  });
