import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../src/domain/conference.schema.js';
import { permissionsOf } from './permissions.js';

const conference = (over: Record<string, unknown>): Conference =>
  ({ id: 'c1', bridgePoints: [], participantGroups: [], ...over }) as unknown as Conference;
const national = (allowedActions: Record<string, unknown>, rows = 16242) =>
  conference({ bridgePointSummary: { rows, points: rows, inline: false }, allowedActions });

describe('permissions of a conference whose plan does not carry its points', () => {
  it('lets a conference-wide role act at any point, named in the plan or not', () => {
    const p = permissionsOf(national({ conference: [], bridgePoints: {}, everyPoint: ['delegate.list'], participantGroups: {} }));
    expect(p.canPoint('any-point', 'delegate.list')).toBe(true);
    expect(p.canPoint('any-point', 'delegate.create')).toBe(false);
    expect(p.anyPoint('delegate.list')).toBe(true);
  });

  it("lets an operator act at their own point only, which the plan's actions name", () => {
    const p = permissionsOf(national({ conference: [], bridgePoints: { own: ['delegate.list'] }, everyPoint: [], participantGroups: {} }));
    expect(p.canPoint('own', 'delegate.list')).toBe(true);
    expect(p.canPoint('other', 'delegate.list')).toBe(false);
    expect(p.anyPoint('delegate.list')).toBe(true);
    expect(p.anyPoint('delegate.create')).toBe(false);
  });

  it('finds no point to act at in a conference without points, whatever the role', () => {
    const p = permissionsOf(national({ conference: [], bridgePoints: {}, everyPoint: ['delegate.list'], participantGroups: {} }, 0));
    expect(p.anyPoint('delegate.list')).toBe(false);
  });
});
