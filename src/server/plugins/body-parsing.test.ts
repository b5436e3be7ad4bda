import { describe, expect, it } from 'vitest';
import { findNulCharacters } from './body-parsing.js';

describe('findNulCharacters', () => {
  it('finds NUL characters in nested values and keys, as JSON pointers', () => {
    expect(findNulCharacters({ a: 'ok', b: ['x', 'y\u0000'], 'c/\u0000': { d: '\u0000' } })).toEqual([
      '/b/1',
      '/c~1\u0000',
      '/c~1\u0000/d',
    ]);
  });

  it('finds nothing in ordinary Vietnamese text', () => {
    expect(findNulCharacters({ title: 'Hội nghị trực tuyến', n: 5, ok: true, none: null })).toEqual([]);
  });
});
