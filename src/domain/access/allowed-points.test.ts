import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorArb, conferenceArb, POINT_1, POINT_2 } from './access.fixture.js';
import { LIVE_POINT_ACTIONS } from './actions.js';
import { boundPoints } from './actor.js';
import { allowedPointsOf, allowsPoint } from './allowed-points.js';
import { can } from './can.js';

describe('allowedPointsOf', () => {
  it('says "all" when the action holds at every point, without listing them', () => {
    expect(allowedPointsOf(16242, [], () => true)).toEqual({ all: true, ids: [] });
  });

  it('lists the bound points where it holds, or "all" when they are every point', () => {
    const onlyOwn = (id: string) => id === 'a';
    expect(allowedPointsOf(3, ['a', 'b'], onlyOwn)).toEqual({ all: false, ids: ['a'] });
    expect(allowedPointsOf(1, ['a'], onlyOwn)).toEqual({ all: true, ids: [] });
  });

  it('is nothing when none is allowed, or when the conference has no point', () => {
    expect(allowedPointsOf(3, ['a'], () => false)).toEqual({ all: false, ids: [] });
    expect(allowedPointsOf(0, [], () => true)).toEqual({ all: false, ids: [] });
  });

  it('answers, from the bound points alone, what asking the rules at every point answers', () => {
    fc.assert(
      fc.property(actorArb, conferenceArb, fc.constantFrom(...LIVE_POINT_ACTIONS), (actor, conference, action) => {
        const at = (bridgePointId: string) => can(actor, action, { conference, bridgePointId });
        const points = [POINT_1, POINT_2];
        const everyPoint = points.filter(at);
        const expected = everyPoint.length === points.length ? { all: true, ids: [] } : { all: false, ids: everyPoint };
        const bound = points.filter((id) => boundPoints(actor, conference.id).has(id));
        expect(allowedPointsOf(points.length, bound, at)).toEqual(expected);
      }),
    );
  });

  it('answers for one point either way', () => {
    expect(allowsPoint({ all: true, ids: [] }, 'x')).toBe(true);
    expect(allowsPoint({ all: false, ids: ['a'] }, 'a')).toBe(true);
    expect(allowsPoint({ all: false, ids: ['a'] }, 'b')).toBe(false);
  });
});
