/**
 * A client's estimate of the server clock (NTP-like): each sample is a ping sent at
 * `sentAt`, answered with the server's `serverAt`, received at `receivedAt` (client clock).
 * The sample with the smallest round trip is the most trustworthy; the server read its
 * clock, on average, half-way through it. serverNow ≈ clientNow + offsetMs.
 */
export interface ClockSample {
  sentAt: number;
  serverAt: number;
  receivedAt: number;
}

export interface ClockOffset {
  offsetMs: number;
  rttMs: number;
}

/** Offset and round trip of the best sample; {0, 0} without samples (trust the local clock). */
export const estimateOffset = (samples: readonly ClockSample[]): ClockOffset => {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const rtt = sample.receivedAt - sample.sentAt;
    if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(sample.serverAt)) continue;
    if (best === null || rtt < best.receivedAt - best.sentAt) best = sample;
  }
  if (best === null) return { offsetMs: 0, rttMs: 0 };
  return { offsetMs: best.serverAt - (best.sentAt + best.receivedAt) / 2, rttMs: best.receivedAt - best.sentAt };
};
