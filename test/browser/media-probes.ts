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
