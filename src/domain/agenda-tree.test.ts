import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, type AgendaItemLike } from './agenda-schedule.js';
import { compareSiblings, displayNumbers, orderAgenda, type AgendaNodeLike } from './agenda-tree.js';
import { DomainError } from './errors.js';

const node = (id: string, position: number, parentId: string | null = null): AgendaNodeLike => ({ id, position, parentId });
const item = (id: string, position: number, durationMinutes: number | null, extra: Partial<AgendaItemLike> = {}): AgendaItemLike => ({
  ...node(id, position),
  durationMinutes,
  perSpeakerMinutes: null,
  kind: 'item',
  ...extra,
});
const SEED_START = '2021-07-07T08:00';

describe('orderAgenda', () => {
  it('puts parents before their children, each level by position, ties by id', () => {
    const rows = [node('b', 2), node('a', 2), node('c', 1), node('a2', 5, 'a'), node('a1', -1, 'a'), node('c1', 0, 'c')];
    const { ordered, branches } = orderAgenda(rows);
    expect(ordered.map(({ item, depth }) => `${item.id}:${depth}`)).toEqual(['c:0', 'c1:1', 'a:0', 'a1:1', 'a2:1', 'b:0']);
    expect(branches.map((branch) => branch.children.length)).toEqual([1, 2, 0]);
  });

  it('gives the same order whatever the input order (property)', () => {
    const treeArb = fc
      .array(fc.record({ position: fc.integer({ min: 0, max: 5 }), kids: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }) }), {
        maxLength: 12,
      })
      .map((tops) =>
        tops.flatMap(({ position, kids }, i) => [node(`t${i}`, position), ...kids.map((p, j) => node(`t${i}-${j}`, p, `t${i}`))]),
      )
      .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    fc.assert(
      fc.property(treeArb, ([rows, shuffled]) => {
        const ids = (r: AgendaNodeLike[]) => orderAgenda(r).ordered.map(({ item }) => item.id);
        const order = orderAgenda(rows).ordered;
        expect(ids(shuffled)).toEqual(ids(rows));
        const tops = order.filter((o) => o.depth === 0).map((o) => o.item);
        const sorted = tops.every((t, k) => k === 0 || compareSiblings(tops[k - 1]!, t) < 0);
        const childAfterParent = order.every(
          (o, k) => o.depth === 0 || order.slice(0, k).findLast((p) => p.depth === 0)?.item.id === o.item.parentId,
        );
        expect([sorted, childAfterParent, order.length]).toEqual([true, true, rows.length]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unsaved rows from the editor', () => {
  it('reads a missing parent or duration as blank rather than crashing', () => {
    const loose = [
      { id: 'a', position: 1, kind: 'item' },
      { id: 'b', position: 2, durationMinutes: 5, kind: 'item' },
    ];
    const s = computeSchedule(SEED_START, loose as unknown as AgendaItemLike[]);
    expect(s.items.map((e) => [e.id, e.depth, e.durationMinutes, e.start])).toEqual([
      ['a', 0, null, SEED_START],
      ['b', 0, 5, SEED_START],
    ]);
    expect(s.totals).toMatchObject({ unknownCount: 1, end: null, endNoEarlierThan: '2021-07-07T08:05' });
  });
});

describe('displayNumbers', () => {
  it('numbers blank top-level rows 1, 2 … and sub-rows "-", keeping typed numbers', () => {
    const rows = [node('x', 1), node('y', 2), node('y1', 1, 'y'), node('y2', 2, 'y'), node('z', 3)];
    expect(displayNumbers(rows)).toEqual({ x: '1', y: '2', y1: '-', y2: '-', z: '3' });
    expect(
      displayNumbers([
        { ...node('x', 1), number: ' I ' },
        { ...node('y', 2), number: '' },
        { ...node('y1', 1, 'y'), number: 'a)' },
      ]),
    ).toEqual({
      x: 'I',
      y: '2',
      y1: 'a)',
    });
  });
});

describe('agenda validation', () => {
  const problemsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domain = error as DomainError;
      expect(domain).toMatchObject({ status: 422, code: 'agenda_invalid' });
      expect(domain.localized.vi).toMatch(/Chương trình/);
      return domain.fields.map((field) => `${field.path} ${field.code}`);
    }
    throw new Error('expected a DomainError');
  };

  it('rejects a malformed or impossible start', () => {
    expect(problemsOf(() => computeSchedule('07/7/2021 08:00', []))).toEqual(['/startsAt agenda_invalid_start']);
    expect(problemsOf(() => computeSchedule('2021-02-30T08:00', []))).toEqual(['/startsAt agenda_invalid_start']);
    expect(problemsOf(() => computeSchedule('2021-07-07T24:00', []))).toEqual(['/startsAt agenda_invalid_start']);
  });

  it('lists every bad row at once', () => {
    const problems = problemsOf(() =>
      computeSchedule(SEED_START, [
        item('a', 1, -5),
        item('b', 2, 10.5, { perSpeakerMinutes: 0 }),
        item('c', 3, 5, { parentId: 'missing' }),
      ]),
    );
    expect(problems).toEqual([
      '/agendaItems/0/durationMinutes agenda_invalid_duration',
      '/agendaItems/1/durationMinutes agenda_invalid_duration',
      '/agendaItems/1/perSpeakerMinutes agenda_invalid_rule',
      '/agendaItems/2/parentId agenda_unknown_parent',
    ]);
  });

  it('rejects a third level, a self parent and duplicate ids', () => {
    const rows = [node('a', 1), node('b', 1, 'a'), node('c', 1, 'b'), node('d', 2, 'd'), node('a', 3)];
    expect(problemsOf(() => orderAgenda(rows))).toEqual([
      '/agendaItems/4/id agenda_duplicate_item',
      '/agendaItems/2/parentId agenda_too_deep',
      '/agendaItems/3/parentId agenda_unknown_parent',
    ]);
    expect(problemsOf(() => displayNumbers([node('a', Number.NaN)]))).toEqual(['/agendaItems/0/position agenda_invalid_position']);
  });
});
