import { describe, expect, it } from 'vitest';
import { estimateOffset } from './clock-offset.js';

describe('estimateOffset', () => {
  it('takes the sample with the smallest round trip and its midpoint', () => {
    const samples = [
      { sentAt: 1000, serverAt: 6100, receivedAt: 1400 },
      { sentAt: 2000, serverAt: 7040, receivedAt: 2080 },
      { sentAt: 3000, serverAt: 8300, receivedAt: 3300 },
    ];
    expect(estimateOffset(samples)).toEqual({ offsetMs: 5000, rttMs: 80 });
  });

  it('finds a client behind the server as a negative offset', () => {
    expect(estimateOffset([{ sentAt: 10_000, serverAt: 7_010, receivedAt: 10_020 }])).toEqual({ offsetMs: -3000, rttMs: 20 });
  });

  it('ignores impossible samples and trusts the local clock without any', () => {
    expect(estimateOffset([])).toEqual({ offsetMs: 0, rttMs: 0 });
    expect(estimateOffset([{ sentAt: 10, serverAt: 50, receivedAt: 5 }])).toEqual({ offsetMs: 0, rttMs: 0 });
  });
});
