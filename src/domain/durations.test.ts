import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDifference, formatDuration, formatMinutes } from './durations.js';

describe('durations as words', () => {
  it('says minutes, hours and seconds in Vietnamese', () => {
    expect(formatDuration(900)).toBe('15 phút');
    expect(formatDuration(3900)).toBe('1 giờ 5 phút');
    expect(formatDuration(440)).toBe('7 phút 20 giây');
    expect(formatDuration(45)).toBe('45 giây');
    expect(formatDuration(0)).toBe('0 giây');
    expect(formatDuration(7200)).toBe('2 giờ');
    expect(formatDuration(3723)).toBe('1 giờ 2 phút 3 giây');
    expect(formatDuration(59.6)).toBe('1 phút');
    expect(formatDuration(-900)).toBe('15 phút');
  });

  it('says them in English on request', () => {
    expect(formatDuration(900, 'en')).toBe('15 min');
    expect(formatDuration(3900, 'en')).toBe('1 h 5 min');
    expect(formatDuration(45, 'en')).toBe('45 s');
    expect(formatMinutes(0, 'en')).toBe('0 min');
  });

  it('gives planned minutes and differences', () => {
    expect(formatMinutes(15)).toBe('15 phút');
    expect(formatMinutes(65)).toBe('1 giờ 5 phút');
    expect(formatMinutes(0)).toBe('0 phút');
    expect(formatDifference(260)).toBe('+4 phút 20 giây');
    expect(formatDifference(-170)).toBe('−2 phút 50 giây');
    expect(formatDifference(0.2)).toBe('0 giây');
    expect(formatDifference(-60, 'en')).toBe('−1 min');
  });

  it('never looks like a clock time and reads back to the same number of seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 3600 }), fc.constantFrom('vi', 'en'), (seconds, language) => {
        const text = formatDuration(seconds, language);
        expect(text).not.toMatch(/\d:\d/);
        const [h, m, s] = language === 'en' ? ['h', 'min', 's'] : ['giờ', 'phút', 'giây'];
        const value = (unit: string) => Number(new RegExp(`(\\d+) ${unit}(?: |$)`).exec(text)?.[1] ?? 0);
        expect(value(h) * 3600 + value(m) * 60 + value(s)).toBe(seconds);
      }),
    );
  });
});
