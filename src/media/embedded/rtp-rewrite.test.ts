import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RtpRewriter, seqAfter } from './rtp-rewrite.js';

describe('seqAfter', () => {
  it('orders 16-bit sequence numbers across the wrap', () => {
    expect(seqAfter(1, 0)).toBe(true);
    expect(seqAfter(0, 65535)).toBe(true);
    expect(seqAfter(65535, 0)).toBe(false);
    expect(seqAfter(5, 5)).toBe(false);
  });
});

describe('RtpRewriter', () => {
  it('passes the first source through unchanged', () => {
    const r = new RtpRewriter(90_000);
    expect(r.rewrite('a', 100, 5000, 0)).toEqual({ sequenceNumber: 100, timestamp: 5000 });
    expect(r.rewrite('a', 101, 8000, 33)).toEqual({ sequenceNumber: 101, timestamp: 8000 });
  });

  it('continues sequence and timestamp when the source switches', () => {
    const r = new RtpRewriter(90_000);
    r.rewrite('a', 65535, 4_294_967_000, 0);
    // 100 ms later another publisher, with its own numbering, fills the slot.
    const out = r.rewrite('b', 20_000, 1234, 100);
    expect(out.sequenceNumber).toBe(0);
    expect(out.timestamp).toBe((4_294_967_000 + 9000) % 2 ** 32);
    expect(r.rewrite('b', 20_001, 1234 + 3000, 133)).toEqual({ sequenceNumber: 1, timestamp: out.timestamp + 3000 });
    expect(r.currentSource).toBe('b');
  });

  it('keeps a reordered packet in place without moving the continuation point', () => {
    const r = new RtpRewriter(48_000);
    r.rewrite('a', 10, 960, 0);
    r.rewrite('a', 12, 2880, 40);
    expect(r.rewrite('a', 11, 1920, 41)).toEqual({ sequenceNumber: 11, timestamp: 1920 });
    const next = r.rewrite('b', 500, 0, 60);
    expect(next.sequenceNumber).toBe(13);
    expect(next.timestamp).toBe(2880 + 960);
  });

  it('counts on by one across every switch of source (property)', () => {
    const step = fc.record({
      source: fc.constantFrom('a', 'b', 'c'),
      start: fc.integer({ min: 0, max: 65535 }),
      count: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (generated) => {
        // A source coming back right after itself would replay old numbers: not a switch.
        const steps = generated.filter((s, i) => i === 0 || s.source !== generated[i - 1]!.source);
        const r = new RtpRewriter(90_000);
        let previous: { source: string; sequenceNumber: number; timestamp: number } | null = null;
        let now = 0;
        for (const { source, start, count } of steps) {
          for (let i = 0; i < count; i++) {
            now += 10;
            const out = r.rewrite(source, (start + i) % 65536, (start * 7 + i * 900) % 2 ** 32, now);
            // Within a source numbers pass through with a fixed offset; a new source continues
            // right after the last packet, 10 ms (900 ticks) later.
            if (previous && (i > 0 || previous.source !== source)) {
              expect(out.sequenceNumber).toBe((previous.sequenceNumber + 1) % 65536);
              expect(out.timestamp).toBe((previous.timestamp + 900) % 2 ** 32);
            }
            previous = { source, ...out };
          }
        }
      }),
    );
  });
});
