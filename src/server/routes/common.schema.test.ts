import { describe, expect, it } from 'vitest';
import { IF_MATCH_PATTERN, expectedVersionOf, writeOptions } from './common.schema.js';

describe('If-Match', () => {
  it('reads the version with or without quotes', () => {
    expect(expectedVersionOf('7')).toBe(7);
    expect(expectedVersionOf('"7"')).toBe(7);
    expect(expectedVersionOf('W/"12"')).toBe(12);
    expect(expectedVersionOf(' 3 ')).toBe(3);
  });

  it('means any version when absent or *', () => {
    expect(expectedVersionOf(undefined)).toBeUndefined();
    expect(expectedVersionOf('*')).toBeUndefined();
    expect(writeOptions({ headers: {} })).toEqual({});
    expect(writeOptions({ headers: { 'if-match': '"4"' } })).toEqual({ expectedVersion: 4 });
  });

  it('has a header pattern that refuses what is not a version', () => {
    const pattern = new RegExp(IF_MATCH_PATTERN);
    for (const good of ['7', '"7"', 'W/"7"', '*', ' 12 ']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['', 'abc', '"7', '7.5', '-1', '1234567890123456', '7, 8']) expect(pattern.test(bad), bad).toBe(false);
  });
});
