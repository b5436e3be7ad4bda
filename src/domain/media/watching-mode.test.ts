import { describe, expect, it } from 'vitest';
import { PRECONNECT_PLACES, watchingMode } from './watching-mode.js';

describe('what a watching point does now', () => {
  it('watches until its turn is near, connects ahead for the next places, and is interactive with the floor', () => {
    expect(watchingMode('watching', { speaking: false, places: [] })).toBe('watching');
    expect(watchingMode('watching', { speaking: false, places: [PRECONNECT_PLACES + 1] })).toBe('watching');
    expect(watchingMode('watching', { speaking: false, places: [PRECONNECT_PLACES] })).toBe('standby');
    expect(watchingMode('watching', { speaking: false, places: [7, 1] })).toBe('standby');
    expect(watchingMode('watching', { speaking: true, places: [] })).toBe('interactive');
  });

  it('an interactive point is always interactive, and no place connects ahead when pre-connection is off', () => {
    expect(watchingMode('interactive', { speaking: false, places: [] })).toBe('interactive');
    expect(watchingMode('watching', { speaking: false, places: [1] }, 0)).toBe('watching');
  });
});
