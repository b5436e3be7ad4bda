import { describe, expect, it } from 'vitest';
import { defaultMediaTier, effectiveMediaTier, MEDIA_TIERS, plannedMediaTier } from './media-tier.js';

const point = (over: Partial<Parameters<typeof plannedMediaTier>[0]> = {}) => ({
  kind: 'commune' as const,
  isHost: false,
  mediaTier: null,
  ...over,
});

describe('media tiers', () => {
  it('lists the two tiers', () => {
    expect(MEDIA_TIERS).toEqual(['interactive', 'watching']);
  });

  it('lets a commune point watch and every other kind interact by default', () => {
    expect(defaultMediaTier('commune')).toBe('watching');
    expect(defaultMediaTier('hall')).toBe('interactive');
    expect(defaultMediaTier('remote')).toBe('interactive');
    expect(defaultMediaTier('other')).toBe('interactive');
  });

  it("takes the plan's tier over the kind's, and always lets the host interact", () => {
    expect(plannedMediaTier(point())).toBe('watching');
    expect(plannedMediaTier(point({ mediaTier: 'interactive' }))).toBe('interactive');
    expect(plannedMediaTier(point({ kind: 'hall', mediaTier: 'watching' }))).toBe('watching');
    expect(plannedMediaTier(point({ kind: 'commune', isHost: true, mediaTier: 'watching' }))).toBe('interactive');
  });

  it('lets a point the chair promoted for the day interact, given as a set or a list', () => {
    expect(effectiveMediaTier(point(), [], 'p1')).toBe('watching');
    expect(effectiveMediaTier(point(), ['p1'], 'p1')).toBe('interactive');
    expect(effectiveMediaTier(point(), new Set(['p1']), 'p1')).toBe('interactive');
    expect(effectiveMediaTier(point(), new Set(['p2']), 'p1')).toBe('watching');
    expect(effectiveMediaTier(point({ kind: 'hall', mediaTier: 'watching' }), ['p1'], 'p1')).toBe('interactive');
  });
});
