import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { compareProtocol } from '../protocol/protocol-order.js';
import {
  applySeatChanges,
  autoAssignSeats,
  DEFAULT_HALL_LAYOUT,
  hallSeats,
  moveDelegate,
  protocolOrder,
  readSeating,
  seatOrder,
  seatRow,
  swapDelegates,
  usableSeats,
  type HallLayout,
  type SeatingDelegate,
} from './seating.js';

const hall = (over: Partial<HallLayout> = {}): HallLayout => ({ ...DEFAULT_HALL_LAYOUT, ...over });
const person = (
  id: string,
  protocolRank: number | null = null,
  seat = '',
  titleRank: number | null = null,
  groupRank: number | null = null,
): SeatingDelegate => ({
  id,
  seat,
  protocolRank,
  groupRank,
  titleRank,
  fullName: `Ông ${id}`,
});

const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('protocol order and seat order', () => {
  it("sorts by rank (explicit, else the title's), ties and the unranked in the order given", () => {
    const order = protocolOrder([person('a'), person('b', 20), person('c', 1), person('d', null, '', 20), person('e', 10), person('f')]);
    expect(order.map((d) => d.id)).toEqual(['c', 'e', 'b', 'd', 'a', 'f']);
  });
  it("ranks by the participant group's rank when no rank was given, before the title's", () => {
    const order = protocolOrder([person('a', null, '', 1), person('b', null, '', 1, 5), person('c', 3, '', null, 9), person('d', 7)]);
    expect(order.map((d) => d.id)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('fills the front row first: the centre, then right (higher numbers) and left alternately', () => {
    expect(seatOrder(hall({ rows: 2, seatsPerRow: 5 }))).toEqual(['A03', 'A04', 'A02', 'A05', 'A01', 'B03', 'B04', 'B02', 'B05', 'B01']);
    // Even rows: the centre is the left of the middle two, so the right side runs one further.
    expect(seatOrder(hall({ rows: 1, seatsPerRow: 4 }))).toEqual(['A02', 'A03', 'A01', 'A04']);
    expect(seatOrder(hall({ rows: 1, seatsPerRow: 10 }))).toEqual(['A05', 'A06', 'A04', 'A07', 'A03', 'A08', 'A02', 'A09', 'A01', 'A10']);
    // A blocked centre: the nearest usable seat (left of two) takes the chair, then right, left …
    expect(seatOrder(hall({ rows: 1, seatsPerRow: 5, blockedSeats: ['A03'] }))).toEqual(['A02', 'A04', 'A01', 'A05']);
    // A short side gives its turns to the other.
    expect(seatOrder(hall({ rows: 1, seatsPerRow: 7, blockedSeats: ['A03', 'A02'] }))).toEqual(['A04', 'A05', 'A01', 'A06', 'A07']);
    // 5K spacing: every other seat; the alternation runs over the usable seats.
    expect(seatOrder(hall({ rows: 1, seatsPerRow: 9, spacing: 'every_other' }))).toEqual(['A05', 'A07', 'A03', 'A09', 'A01']);
  });
});

describe('automatic assignment', () => {
  it('seats the first in protocol order in the centre of the front row, then right and left by rank', () => {
    const delegates = [person('member'), person('leader', 20), person('chair', 1), person('guest', 10)];
    const result = autoAssignSeats(hall({ rows: 2, seatsPerRow: 3 }), delegates);
    expect(Object.fromEntries(result.seats)).toEqual({ chair: 'A02', guest: 'A03', leader: 'A01', member: 'B02' });
    expect(result.unseated).toEqual([]);
    expect(result.capacity).toBe(6);
    expect(result.changes).toContainEqual({ delegateId: 'chair', from: '', to: 'A02' });
  });
  it('over capacity lists the last in protocol order as unseated and takes their old seat away', () => {
    const delegates = [person('x', null, 'B01'), person('chair', 1), person('y'), person('guest', 10)];
    const result = autoAssignSeats(hall({ rows: 1, seatsPerRow: 2 }), delegates);
    expect(result.unseated).toEqual(['x', 'y']);
    expect(result.changes).toContainEqual({ delegateId: 'x', from: 'B01', to: '' });
    expect([...result.seats.keys()].sort()).toEqual(['chair', 'guest']);
  });
  it('"unseated" mode keeps valid seats and fills the free ones', () => {
    const delegates = [person('kept', null, 'a1'), person('chair', 1), person('stale', 20, 'Z99')];
    const result = autoAssignSeats(hall({ rows: 1, seatsPerRow: 3 }), delegates, { mode: 'unseated' });
    expect(Object.fromEntries(result.seats)).toEqual({ kept: 'A01', chair: 'A02', stale: 'A03' });
    expect(result.changes).toEqual([
      { delegateId: 'kept', from: 'a1', to: 'A01' },
      { delegateId: 'chair', from: '', to: 'A02' },
      { delegateId: 'stale', from: 'Z99', to: 'A03' },
    ]);
  });
  it('seats the chair in the centre whatever their rank, the others alternating right and left by rank', () => {
    const delegates = [person('pgd', null, '', 15), person('bt', null, '', 1), person('ct', null, '', 4), person('ctHdnd', null, '', 3)];
    const result = autoAssignSeats(hall({ rows: 2, seatsPerRow: 5 }), delegates, { chairId: 'ct' });
    expect(Object.fromEntries(result.seats)).toEqual({ ct: 'A03', bt: 'A04', ctHdnd: 'A02', pgd: 'A05' });
    // An unknown chair id changes nothing: the first in protocol order takes the centre.
    expect(autoAssignSeats(hall({ rows: 1, seatsPerRow: 5 }), delegates, { chairId: 'nobody' }).seats.get('bt')).toBe('A03');
  });
  it('changes nothing when run twice', () => {
    const layout = hall({ rows: 3, seatsPerRow: 4, spacing: 'every_other' });
    const delegates = ['a', 'b', 'c', 'd', 'e'].map((id, i) => person(id, i * 10));
    const first = autoAssignSeats(layout, delegates);
    expect(autoAssignSeats(layout, applySeatChanges(delegates, first.changes)).changes).toEqual([]);
  });
});

describe('reading stored seats', () => {
  it('places valid seats and says why the others are not', () => {
    const layout = hall({ rows: 2, seatsPerRow: 4, spacing: 'every_other', blockedSeats: ['A03'] });
    const view = readSeating(layout, [
      person('a', 0, 'A01'),
      person('b', 0, 'a1'),
      person('c', 0, ''),
      person('d', 0, 'Hàng 1'),
      person('e', 0, 'A03'),
      person('f', 0, 'A02'),
      person('g', 0, 'B02'),
    ]);
    expect(Object.fromEntries(view.placed)).toEqual({ A01: 'a', B02: 'g' });
    expect(view.unplaced.map((u) => [u.id, u.reason])).toEqual([
      ['b', 'duplicate'],
      ['c', 'none'],
      ['d', 'unknown'],
      ['e', 'blocked'],
      ['f', 'spaced'],
    ]);
  });
});

describe('manual moves', () => {
  const layout = hall({ rows: 2, seatsPerRow: 4, spacing: 'every_other', blockedSeats: ['B04'] });
  const delegates = [person('a', 0, 'A01'), person('b', 10, 'A03'), person('c', 20, '')];

  it('moves a delegate to a free usable seat, or out of their seat', () => {
    expect(moveDelegate(layout, delegates, 'c', 'b2')).toEqual([{ delegateId: 'c', from: '', to: 'B02' }]);
    expect(moveDelegate(layout, delegates, 'a', '')).toEqual([{ delegateId: 'a', from: 'A01', to: '' }]);
    expect(moveDelegate(layout, delegates, 'a', 'A01')).toEqual([]);
  });
  it('refuses a seat outside the hall, blocked, spaced out or taken', () => {
    expect(refusal(() => moveDelegate(layout, delegates, 'c', 'C01'))).toMatchObject({ status: 422, code: 'seating.seat_unknown' });
    expect(refusal(() => moveDelegate(layout, delegates, 'c', 'ghế 5'))).toMatchObject({ status: 422, code: 'seating.seat_unknown' });
    expect(refusal(() => moveDelegate(layout, delegates, 'c', 'B04'))).toMatchObject({ status: 422, code: 'seating.seat_blocked' });
    expect(refusal(() => moveDelegate(layout, delegates, 'c', 'A02'))).toMatchObject({ status: 422, code: 'seating.seat_unusable' });
    const taken = refusal(() => moveDelegate(layout, delegates, 'c', 'A03'));
    expect(taken).toMatchObject({ status: 409, code: 'seating.seat_occupied' });
    expect(taken.localized.vi).toContain('Ông b');
    expect(refusal(() => moveDelegate(layout, delegates, 'zz', 'B02'))).toMatchObject({ status: 404, code: 'seating.delegate_unknown' });
  });
  it('swaps two delegates, or gives a seat to one without', () => {
    expect(swapDelegates(layout, delegates, 'a', 'b')).toEqual([
      { delegateId: 'a', from: 'A01', to: 'A03' },
      { delegateId: 'b', from: 'A03', to: 'A01' },
    ]);
    expect(swapDelegates(layout, delegates, 'a', 'c')).toEqual([
      { delegateId: 'a', from: 'A01', to: '' },
      { delegateId: 'c', from: '', to: 'A01' },
    ]);
    expect(swapDelegates(layout, delegates, 'a', 'a')).toEqual([]);
  });
  it('refuses to swap a seat that is not valid in the layout', () => {
    const stale = [...delegates, person('d', 0, 'A02')];
    expect(refusal(() => swapDelegates(layout, stale, 'a', 'd'))).toMatchObject({ status: 422, code: 'seating.seat_unusable' });
  });
});

const layouts = fc
  .record({
    rows: fc.integer({ min: 1, max: 8 }),
    seatsPerRow: fc.integer({ min: 1, max: 10 }),
    spacing: fc.constantFrom('none' as const, 'every_other' as const, 'min_distance' as const),
    everyOtherRow: fc.boolean(),
    minDistanceMetres: fc.double({ min: 0.1, max: 2, noNaN: true }),
    seatWidthMetres: fc.double({ min: 0.3, max: 1, noNaN: true }),
    rowDepthMetres: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
    blockedSeats: fc.array(
      fc.tuple(fc.nat(7), fc.nat(9)).map(([r, s]) => `${String.fromCharCode(65 + r)}${s + 1}`),
      { maxLength: 6 },
    ),
  })
  .map((layout): HallLayout => ({
    ...layout,
    blockedSeats: layout.blockedSeats.filter(
      (label) => label.charCodeAt(0) - 65 < layout.rows && Number(label.slice(1)) <= layout.seatsPerRow,
    ),
  }));
const delegateLists = fc
  .array(
    fc.record({
      protocolRank: fc.constantFrom(1, 10, 20, null),
      groupRank: fc.constantFrom(2, 12, null),
      titleRank: fc.constantFrom(4, 15, null),
      seat: fc.constantFrom('', 'A01', 'B02', 'x', 'C03'),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((d, i): SeatingDelegate => ({ id: `d${i}`, ...d })));

const expectSound = (layout: HallLayout, seats: Iterable<string>) => {
  const usable = new Set(usableSeats(layout));
  const list = [...seats].filter(Boolean);
  expect(new Set(list).size).toBe(list.length);
  for (const seat of list) expect(usable.has(seat)).toBe(true);
};

describe('properties', () => {
  it('automatic assignment: no shared seat, no unusable seat, everyone seated when capacity allows, protocol order front to back', () => {
    fc.assert(
      fc.property(layouts, delegateLists, (layout, delegates) => {
        const result = autoAssignSeats(layout, delegates);
        expectSound(layout, result.seats.values());
        expect(result.seats.size).toBe(Math.min(delegates.length, result.capacity));
        expect(result.seats.size + result.unseated.length).toBe(delegates.length);
        expect(result.unseated.every((id) => !result.seats.has(id))).toBe(true);
        const order = seatOrder(layout);
        const ranked = protocolOrder(delegates);
        const positions = ranked.filter((d) => result.seats.has(d.id)).map((d) => order.indexOf(result.seats.get(d.id)!));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const a of delegates) {
          for (const b of delegates) {
            const ra = result.seats.get(a.id);
            const rb = result.seats.get(b.id);
            if (ra && rb && compareProtocol(a, b) < 0) expect(seatRow(ra)!).toBeLessThanOrEqual(seatRow(rb)!);
          }
        }
        const applied = applySeatChanges(delegates, result.changes);
        expect(applied.filter((d) => d.seat).length).toBe(result.seats.size);
      }),
    );
  });
  it('"unseated" mode keeps every valid seat and stays sound', () => {
    fc.assert(
      fc.property(layouts, delegateLists, (layout, delegates) => {
        const before = readSeating(layout, delegates).seatOf;
        const result = autoAssignSeats(layout, delegates, { mode: 'unseated' });
        for (const [id, seat] of before) expect(result.seats.get(id)).toBe(seat);
        expectSound(layout, result.seats.values());
        expect(result.seats.size).toBe(Math.min(delegates.length, result.capacity));
      }),
    );
  });
  it('any sequence of accepted moves and swaps keeps seats sound', () => {
    const steps = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('move' as const), who: fc.nat(30), row: fc.nat(8), seat: fc.nat(10) }),
        fc.record({ kind: fc.constant('swap' as const), who: fc.nat(30), other: fc.nat(30) }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(layouts, fc.integer({ min: 1, max: 30 }), steps, (layout, count, plan) => {
        const people = Array.from({ length: count }, (_, i): SeatingDelegate => ({
          id: `d${i}`,
          seat: '',
          protocolRank: null,
          groupRank: null,
          titleRank: null,
        }));
        let list = applySeatChanges(people, autoAssignSeats(layout, people).changes);
        for (const step of plan) {
          const who = `d${step.who % count}`;
          try {
            const changes =
              step.kind === 'move'
                ? moveDelegate(layout, list, who, `${String.fromCharCode(65 + step.row)}${step.seat + 1}`)
                : swapDelegates(layout, list, who, `d${step.other % count}`);
            list = applySeatChanges(list, changes);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect([404, 409, 422]).toContain((error as DomainError).status);
          }
          expectSound(
            layout,
            list.map((d) => d.seat),
          );
        }
        expectSound(layout, autoAssignSeats(layout, list, { mode: 'unseated' }).seats.values());
      }),
    );
  });
  it('the seat map has rows × seats entries and usable seats match the capacity', () => {
    fc.assert(
      fc.property(layouts, (layout) => {
        expect(hallSeats(layout)).toHaveLength(layout.rows * layout.seatsPerRow);
        expect(seatOrder(layout).sort()).toEqual(usableSeats(layout).sort());
      }),
    );
  });
});
