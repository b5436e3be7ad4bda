import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareProtocol,
  effectiveRank,
  findChair,
  moveInProtocolOrder,
  parseProtocolRank,
  rankOfRow,
  rankSource,
  sortByProtocol,
  type ProtocolRanked,
} from './protocol-order.js';

const d = (id: string, protocolRank: number | null, titleRank: number | null = null, title = '', groupRank: number | null = null) => ({
  id,
  fullName: `Ông ${id}`,
  title,
  protocolRank,
  groupRank,
  titleRank,
});
/** A delegate ranked only by their participant group. */
const g = (id: string, groupRank: number, titleRank: number | null = null) => d(id, null, titleRank, '', groupRank);
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

/** Any move of one delegate before or after another, applied, gives the order asked for (a hall in protocol order). */
const movesAsAsked = (hall: ReturnType<typeof d>[]) =>
  fc.assert(
    fc.property(fc.nat(hall.length - 1), fc.nat(hall.length - 1), fc.boolean(), (from, to, after) => {
      const moved = hall[from]!.id;
      const target = hall[to]!.id;
      const changes = moveInProtocolOrder(hall, moved, target, after ? 'after' : 'before')!;
      const next = new Map(changes.map((c) => [c.id, c.to]));
      const applied = sortByProtocol(hall.map((x) => ({ ...x, protocolRank: next.get(x.id) ?? x.protocolRank })));
      const expected = hall.filter((x) => x.id !== moved);
      if (moved !== target) expected.splice(expected.findIndex((x) => x.id === target) + (after ? 1 : 0), 0, hall[from]!);
      expect(ids(applied)).toEqual(moved === target ? ids(sortByProtocol(hall)) : ids(expected));
    }),
  );

describe('protocol order', () => {
  it('an explicit rank wins over the title; no rank and no title stays unranked', () => {
    expect(effectiveRank(d('a', 7, 1))).toBe(7);
    expect(effectiveRank(d('a', null, 4))).toBe(4);
    expect(effectiveRank(d('a', null, null))).toBeNull();
    expect([rankSource(d('a', 7, 1)), rankSource(d('a', null, 4)), rankSource(d('a', null))]).toEqual(['explicit', 'title', 'none']);
  });
  it("the group's rank comes after the explicit rank and before the title's", () => {
    expect(effectiveRank(d('a', 7, 1, '', 3))).toBe(7);
    expect(effectiveRank(g('a', 3, 1))).toBe(3);
    expect(effectiveRank(g('a', 3))).toBe(3);
    expect([rankSource(d('a', 7, 1, '', 3)), rankSource(g('a', 3, 1))]).toEqual(['explicit', 'group']);
  });
  it('takes the first rank given, in the order explicit, group, title (property)', () => {
    const rank = fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null });
    fc.assert(
      fc.property(rank, rank, rank, (protocolRank, groupRank, titleRank) => {
        const ranks = { protocolRank, groupRank, titleRank };
        const first = [protocolRank, groupRank, titleRank].find((r) => r !== null) ?? null;
        expect(effectiveRank(ranks)).toBe(first);
        expect(rankSource(ranks) === 'none').toBe(first === null);
        const bySource = { explicit: protocolRank, group: groupRank, title: titleRank, none: null };
        expect(bySource[rankSource(ranks)]).toBe(first);
      }),
    );
  });
  it('reads the ranks of a stored row, numbers maybe as strings', () => {
    const row = { protocol_rank: null, group_rank: '4' as unknown as number, title_rank: 10 };
    expect(rankOfRow(row)).toEqual({ protocolRank: null, groupRank: 4, titleRank: 10 });
  });
  it('sorts the ranked by rank, then the unranked in the order given', () => {
    const list = [d('u1', null), d('gd', null, 10), d('x2', 2), d('u2', null), d('ct', null, 4), d('x1', 1), d('tie', 4)];
    expect(ids(sortByProtocol(list))).toEqual(['x1', 'x2', 'ct', 'tie', 'gd', 'u1', 'u2']);
  });
  it('is a stable total preorder (property)', () => {
    const rank = fc.option(fc.integer({ min: 1, max: 30 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ protocolRank: rank, groupRank: rank, titleRank: rank }), { maxLength: 40 }), (list) => {
        const sorted = sortByProtocol(list);
        expect(sorted).toHaveLength(list.length);
        for (let i = 1; i < sorted.length; i++) expect(compareProtocol(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        const unranked = list.filter((x: ProtocolRanked) => effectiveRank(x) === null);
        expect(sorted.slice(sorted.length - unranked.length)).toEqual(unranked);
      }),
    );
  });
});

describe('moving in the protocol order (drag, up and down)', () => {
  const hall = [d('a', 1), d('b', null, 2), d('c', 3), d('u', null), d('v', null), d('w', null, 9)].sort((x, y) => compareProtocol(x, y));

  it('moves up: the ranks from the top down to the moved one are written 1, 2, 3 …', () => {
    expect(moveInProtocolOrder(hall, 'c', 'b', 'before')).toEqual([
      { id: 'c', from: 3, to: 2 },
      { id: 'b', from: null, to: 3 },
    ]);
  });
  it('moves down past the unranked: those above the moved one get ranks, those below stay unranked', () => {
    expect(moveInProtocolOrder(hall, 'a', 'u', 'after')).toEqual([
      { id: 'b', from: null, to: 1 },
      { id: 'c', from: 3, to: 2 },
      { id: 'w', from: null, to: 3 },
      { id: 'u', from: null, to: 4 },
      { id: 'a', from: 1, to: 5 },
    ]);
  });
  it('ranks an unranked delegate moved to the top; the unranked it passed stay unranked, a title rank that still follows stays', () => {
    expect(moveInProtocolOrder(hall, 'v', 'a', 'before')).toEqual([
      { id: 'v', from: null, to: 1 },
      { id: 'a', from: 1, to: 2 },
      { id: 'b', from: null, to: 3 },
      { id: 'c', from: 3, to: 4 },
    ]);
  });
  it('goes on numbering while the next rank would not follow', () => {
    const tight = [d('a', 1), d('b', 2), d('c', null, 2), d('e', null, 10)];
    expect(moveInProtocolOrder(tight, 'b', 'a', 'before')).toEqual([
      { id: 'b', from: 2, to: 1 },
      { id: 'a', from: 1, to: 2 },
      { id: 'c', from: null, to: 3 },
    ]);
    expect(moveInProtocolOrder([d('a', 1), d('b', 2), d('c', null, 3)], 'b', 'a', 'before')).toHaveLength(2);
  });
  it('gives the order it was asked for, and nothing for a move onto itself or an unknown delegate', () => {
    movesAsAsked(hall);
    expect(moveInProtocolOrder(hall, 'a', 'a', 'before')).toEqual([]);
    expect(moveInProtocolOrder(hall, 'zz', 'a', 'before')).toBeNull();
  });
});

describe('moving with group ranks', () => {
  // 'b' and 'w' are ranked by their participant group; 'w' has a title rank that the group's hides.
  const hall = [d('a', 1), g('b', 2, 20), d('c', 3), g('w', 6, 1), d('u', null), d('v', null)].sort((x, y) => compareProtocol(x, y));

  it('a group-ranked delegate that is moved gets an explicit rank, like a title-ranked one', () => {
    expect(moveInProtocolOrder(hall, 'b', 'a', 'before')).toEqual([
      { id: 'b', from: null, to: 1 },
      { id: 'a', from: 1, to: 2 },
    ]);
    expect(moveInProtocolOrder(hall, 'w', 'b', 'before')).toEqual([
      { id: 'w', from: null, to: 2 },
      { id: 'b', from: null, to: 3 },
      { id: 'c', from: 3, to: 4 },
    ]);
  });
  it('gives the order it was asked for (property)', () => {
    movesAsAsked(hall);
  });
});

describe('the chair of a hall', () => {
  const hall = [d('bt', null, 1, 'Bí thư Tỉnh ủy'), d('ct', null, 4, 'Chủ tịch UBND Tỉnh'), d('pct', null, 8, 'Phó Chủ tịch UBND tỉnh')];
  it("is the plan's chair by name, else by title, else the first in protocol order", () => {
    expect(findChair(hall, [{ personName: 'ông ct', title: '' }])?.id).toBe('ct');
    expect(findChair(hall, [{ personName: 'Phạm Thiện Nghĩa', title: 'chủ tịch ubnd tỉnh' }])?.id).toBe('ct');
    expect(findChair(hall, [{ personName: 'Người khác', title: 'Giám đốc Sở' }])?.id).toBe('bt');
    expect(findChair(hall, [])?.id).toBe('bt');
    expect(findChair([], [{ personName: 'x', title: 'y' }])).toBeNull();
  });
});

describe('a rank as a cell', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['1', 1],
    [' 12 ', 12],
    ['3.', 3],
    ['9999', 9999],
    ['0', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['nhất', undefined],
    ['10000', undefined],
  ])('"%s" → %s', (cell, rank) => {
    expect(parseProtocolRank(cell)).toBe(rank);
  });
});
