import { describe, expect, it } from 'vitest';
import { allowedPoints, allowsPoint } from './allowed-points.js';

describe('allowedPoints', () => {
  const points = ['a', 'b', 'c'];

  it('says "all" instead of listing every point', () => {
    expect(allowedPoints(points, () => true)).toEqual({ all: true, ids: [] });
  });

  it('lists the points when some are refused', () => {
    expect(allowedPoints(points, (id) => id !== 'b')).toEqual({ all: false, ids: ['a', 'c'] });
  });

  it('is nothing when none is allowed, or when the conference has no point', () => {
    expect(allowedPoints(points, () => false)).toEqual({ all: false, ids: [] });
    expect(allowedPoints([], () => true)).toEqual({ all: false, ids: [] });
  });

  it('answers for one point either way', () => {
    expect(allowsPoint({ all: true, ids: [] }, 'x')).toBe(true);
    expect(allowsPoint({ all: false, ids: ['a'] }, 'a')).toBe(true);
    expect(allowsPoint({ all: false, ids: ['a'] }, 'b')).toBe(false);
  });
});
