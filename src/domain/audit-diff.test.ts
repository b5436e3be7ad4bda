import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedConference } from '../documents/fixtures/seed-conference.js';
import { diffConference, isEmptyDiff } from './audit-diff.js';
import type { Conference } from './conference.schema.js';

const plan = seedConference();
const clone = (c: Conference): Conference => structuredClone(c);

describe('diffConference', () => {
  it('no change gives an empty diff, whatever the bookkeeping says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.date({ noInvalidDate: true }), (version, when) => {
        const after = { ...clone(plan), version, updatedAt: when.toISOString() };
        expect(isEmptyDiff(diffConference(plan, after))).toBe(true);
      }),
    );
  });

  it('one info field changed gives exactly that field on both sides', () => {
    const fields = ['title', 'venue', 'purpose', 'fundingSource', 'signerName', 'place'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 40 }), (field, value) => {
        fc.pre(plan[field] !== value);
        const after = { ...clone(plan), [field]: value };
        expect(diffConference(plan, after)).toEqual({ before: { info: { [field]: plan[field] } }, after: { info: { [field]: value } } });
      }),
    );
  });

  it('one field of one entity changed gives exactly that entity and field', () => {
    fc.assert(
      fc.property(fc.nat({ max: plan.bridgePoints.length - 1 }), fc.integer({ min: 0, max: 10_000 }), (index, quota) => {
        const point = plan.bridgePoints[index]!;
        fc.pre(point.quota !== quota);
        const after = clone(plan);
        after.bridgePoints[index]!.quota = quota;
        expect(diffConference(plan, after)).toEqual({
          before: { bridgePoints: { [point.id]: { quota: point.quota } } },
          after: { bridgePoints: { [point.id]: { quota } } },
        });
      }),
    );
  });

  it('records added and removed entities whole, and a reorder as positions', () => {
    const after = clone(plan);
    const removed = after.distribution.shift();
    const added = { id: 'new-line', position: 9, text: 'Lưu: VT.' };
    after.distribution.push(added);
    after.agendaItems = after.agendaItems.map((item, i) => (i < 2 ? { ...item, position: 1 - item.position } : item));
    const diff = diffConference(plan, after);
    expect(removed).toBeDefined();
    expect(diff.before.distribution).toEqual({ [removed!.id]: removed, 'new-line': null });
    expect(diff.after.distribution).toEqual({ [removed!.id]: null, 'new-line': added });
    const [first, second] = plan.agendaItems;
    expect(diff.before.agendaItems).toEqual({ [first!.id]: { position: first!.position }, [second!.id]: { position: second!.position } });
    expect(diff.after.agendaItems).toEqual({
      [first!.id]: { position: 1 - first!.position },
      [second!.id]: { position: 1 - second!.position },
    });
    expect(Object.keys(diff.after).sort()).toEqual(['agendaItems', 'distribution']);
  });

  it('a created plan (no before) shows everything added; list fields compare by value', () => {
    const diff = diffConference(null, plan);
    expect(diff.after.info?.title).toBe(plan.title);
    expect(Object.keys(diff.after.bridgePoints ?? {})).toHaveLength(plan.bridgePoints.length);
    const after = clone(plan);
    after.assignments[0]!.cooperatingAgencies = [...after.assignments[0]!.cooperatingAgencies];
    expect(isEmptyDiff(diffConference(plan, after))).toBe(true);
    after.assignments[0]!.cooperatingAgencies.push('Sở Tài chính');
    expect(diffConference(plan, after).after.assignments?.[after.assignments[0]!.id]).toEqual({
      cooperatingAgencies: after.assignments[0]!.cooperatingAgencies,
    });
  });
});
