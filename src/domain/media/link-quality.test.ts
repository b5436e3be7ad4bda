import { describe, expect, it } from 'vitest';
import {
  classifyLink,
  FALLBACK_AFTER,
  initialFallback,
  isAudioOnly,
  nextFallback,
  RECOVER_AFTER,
  type FallbackState,
} from './link-quality.js';

describe('the link class', () => {
  it('is down when disconnected or losing most packets, weak on loss or a long round trip, else good', () => {
    expect(classifyLink({ rttMs: 20, lossPercent: 0, bitrateKbps: 900 }, false)).toBe('down');
    expect(classifyLink({ rttMs: null, lossPercent: null, bitrateKbps: null }, true)).toBe('unknown');
    expect(classifyLink({ rttMs: 20, lossPercent: 40, bitrateKbps: 100 }, true)).toBe('down');
    expect(classifyLink({ rttMs: 20, lossPercent: 6, bitrateKbps: 600 }, true)).toBe('weak');
    expect(classifyLink({ rttMs: 450, lossPercent: 0, bitrateKbps: 600 }, true)).toBe('weak');
    expect(classifyLink({ rttMs: 40, lossPercent: 1, bitrateKbps: 900 }, true)).toBe('good');
  });
});

describe('the fallback on a weak link: a lighter picture, then sound only', () => {
  const run = (state: FallbackState, links: Parameters<typeof nextFallback>[1][]) => links.reduce(nextFallback, state);
  const weak = (n: number) => Array<'weak'>(n).fill('weak');
  const good = (n: number) => Array<'good'>(n).fill('good');

  it('steps down after a run of weak samples, not after a single one', () => {
    expect(run(initialFallback, ['weak', 'good', 'weak', 'good']).level).toBe('full');
    expect(run(initialFallback, weak(FALLBACK_AFTER)).level).toBe('reduced');
    expect(run(initialFallback, ['weak', 'weak', 'unknown', 'weak']).level).toBe('full');
  });

  it('keeps a lighter picture first, and drops the video only if the link stays weak', () => {
    const reduced = run(initialFallback, weak(FALLBACK_AFTER));
    expect(isAudioOnly(reduced)).toBe(false);
    expect(run(reduced, weak(FALLBACK_AFTER - 1)).level).toBe('reduced');
    const none = run(reduced, [...weak(FALLBACK_AFTER - 1), 'down']);
    expect(none.level).toBe('audio_only');
    expect(isAudioOnly(none)).toBe(true);
    // The bottom of the ladder: more weak samples change nothing.
    expect(run(none, weak(10)).level).toBe('audio_only');
  });

  it('comes back one step at a time, each after a long run of good samples', () => {
    const none = run(initialFallback, weak(2 * FALLBACK_AFTER));
    expect(run(none, [...good(RECOVER_AFTER - 1), 'weak', 'good']).level).toBe('audio_only');
    const back = run(none, good(RECOVER_AFTER));
    expect(back.level).toBe('reduced');
    expect(run(back, good(RECOVER_AFTER - 1)).level).toBe('reduced');
    expect(run(back, good(RECOVER_AFTER)).level).toBe('full');
  });
});
