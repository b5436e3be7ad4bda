import { describe, expect, it } from 'vitest';
import { classifyLink, FALLBACK_AFTER, initialFallback, nextFallback, RECOVER_AFTER, type FallbackState } from './link-quality.js';

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

describe('the fallback to sound only', () => {
  const run = (state: FallbackState, links: Parameters<typeof nextFallback>[1][]) => links.reduce(nextFallback, state);
  it('drops video after a run of weak samples, not after a single one', () => {
    expect(run(initialFallback, ['weak', 'good', 'weak', 'good']).audioOnly).toBe(false);
    expect(run(initialFallback, Array(FALLBACK_AFTER).fill('weak')).audioOnly).toBe(true);
  });
  it('returns to video only after a long run of good samples', () => {
    const fallen = run(initialFallback, Array(FALLBACK_AFTER).fill('down'));
    expect(run(fallen, [...Array(RECOVER_AFTER - 1).fill('good'), 'weak', 'good']).audioOnly).toBe(true);
    expect(run(fallen, Array(RECOVER_AFTER).fill('good')).audioOnly).toBe(false);
  });
});
