import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  DEFAULT_HALL_LAYOUT,
  defaultHallLayout,
  hallCapacity,
  hallSeats,
  normalizeHallLayout,
  normalizeSeatLabel,
  parseSeatLabel,
  rowLetters,
  seatLabel,
  usableSeats,
  validateHallLayout,
  type HallLayout,
} from './seating-layout.js';

const hall = (over: Partial<HallLayout> = {}): HallLayout => ({ ...DEFAULT_HALL_LAYOUT, ...over });

describe('seat labels', () => {
  it('writes the row letter and a two-digit seat number', () => {
    expect(seatLabel(0, 4)).toBe('A05');
    expect(seatLabel(2, 11)).toBe('C12');
    expect(seatLabel(25, 0)).toBe('Z01');
    expect(seatLabel(0, 99)).toBe('A100');
  });
  it('continues past Z as AA, AB, … AZ, BA', () => {
    expect(rowLetters(25)).toBe('Z');
    expect(rowLetters(26)).toBe('AA');
    expect(rowLetters(27)).toBe('AB');
    expect(rowLetters(51)).toBe('AZ');
    expect(rowLetters(52)).toBe('BA');
    expect(seatLabel(26, 0)).toBe('AA01');
  });
  it('reads labels as people type them', () => {
    expect(parseSeatLabel('A05')).toEqual({ row: 0, seat: 4 });
    expect(parseSeatLabel(' a5 ')).toEqual({ row: 0, seat: 4 });
    expect(parseSeatLabel('AA-12')).toEqual({ row: 26, seat: 11 });
    expect(parseSeatLabel('b 007')).toEqual({ row: 1, seat: 6 });
    for (const bad of ['', 'A', '5', 'A0', 'A00', 'Hàng 1 ghế 5', '1A', 'ABCD1']) expect(parseSeatLabel(bad)).toBeNull();
  });
  it('property: a label reads back to its position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 998 }), (row, seat) => {
        expect(parseSeatLabel(seatLabel(row, seat))).toEqual({ row, seat });
      }),
    );
  });
  it('normalises only labels inside the hall', () => {
    const layout = hall({ rows: 3, seatsPerRow: 8 });
    expect(normalizeSeatLabel(layout, 'c8')).toBe('C08');
    expect(normalizeSeatLabel(layout, 'D01')).toBeNull();
    expect(normalizeSeatLabel(layout, 'A09')).toBeNull();
  });
});

describe('layout validation', () => {
  it('accepts the default and sizes a default layout from a quota', () => {
    expect(validateHallLayout(DEFAULT_HALL_LAYOUT)).toEqual([]);
    expect(defaultHallLayout(40)).toMatchObject({ rows: 4, seatsPerRow: 10 });
    expect(defaultHallLayout(0).rows).toBe(1);
    expect(defaultHallLayout(null).rows).toBe(5);
  });
  it('refuses sizes out of range or not whole, with the field path', () => {
    const problems = validateHallLayout(hall({ rows: 0, seatsPerRow: 2.5 }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/rows', 'seating.out_of_range'],
      ['/seatsPerRow', 'seating.out_of_range'],
    ]);
    expect(problems[0]!.message.vi).toContain('Số hàng ghế');
    expect(validateHallLayout(hall({ rows: 101 }))).toHaveLength(1);
    expect(validateHallLayout(hall({ rows: Number.NaN }))).toHaveLength(1);
  });
  it('checks the distances only for min_distance', () => {
    expect(validateHallLayout(hall({ seatWidthMetres: 0 }))).toEqual([]);
    const problems = validateHallLayout(hall({ spacing: 'min_distance', minDistanceMetres: 0, seatWidthMetres: 0.1, rowDepthMetres: 9 }));
    expect(problems.map((p) => p.path)).toEqual(['/minDistanceMetres', '/seatWidthMetres', '/rowDepthMetres']);
  });
  it('refuses an unknown spacing rule and blocked seats outside the hall', () => {
    expect(validateHallLayout(hall({ spacing: 'far' as never }))[0]!.code).toBe('seating.spacing_unknown');
    const problems = validateHallLayout(hall({ rows: 2, seatsPerRow: 4, blockedSeats: ['A01', 'C01', 'x'] }));
    expect(problems.map((p) => p.path)).toEqual(['/blockedSeats/1', '/blockedSeats/2']);
  });
  it('normalises blocked seats once each, front to back, and throws a 422 DomainError when invalid', () => {
    const layout = normalizeHallLayout(hall({ blockedSeats: ['b2', 'A10', 'B02', 'a1'] }));
    expect(layout.blockedSeats).toEqual(['A01', 'A10', 'B02']);
    try {
      normalizeHallLayout(hall({ rows: -1, seatsPerRow: 0 }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ status: 422, code: 'seating.layout_invalid' });
      expect((error as DomainError).fields.map((f) => f.path)).toEqual(['/rows', '/seatsPerRow']);
    }
    expect(() => normalizeHallLayout(hall({ blockedSeats: ['Z1'] }))).toThrow(expect.objectContaining({ code: 'seating.seat_unknown' }));
  });
});

describe('usable seats and capacity', () => {
  it('uses every seat without spacing, except the blocked ones', () => {
    const layout = hall({ rows: 2, seatsPerRow: 3, blockedSeats: ['A02'] });
    expect(usableSeats(layout)).toEqual(['A01', 'A03', 'B01', 'B02', 'B03']);
    expect(hallSeats(layout).find((s) => s.label === 'A02')?.state).toBe('blocked');
    expect(hallCapacity(hall({ rows: 5, seatsPerRow: 8 }))).toBe(40);
  });
  it('every other seat: staggered from row to row', () => {
    const layout = hall({ rows: 3, seatsPerRow: 5, spacing: 'every_other' });
    expect(usableSeats(layout)).toEqual(['A01', 'A03', 'A05', 'B02', 'B04', 'C01', 'C03', 'C05']);
    expect(hallSeats(layout).find((s) => s.label === 'A02')?.state).toBe('spaced');
  });
  it('every other seat and every other row', () => {
    const layout = hall({ rows: 4, seatsPerRow: 4, spacing: 'every_other', everyOtherRow: true, blockedSeats: ['C03'] });
    expect(usableSeats(layout)).toEqual(['A01', 'A03', 'C01']);
  });
  it('minimum distance: 1 m with seats 0.5 m apart and rows 0.9 m apart', () => {
    const layout = hall({
      rows: 3,
      seatsPerRow: 6,
      spacing: 'min_distance',
      minDistanceMetres: 1,
      seatWidthMetres: 0.5,
      rowDepthMetres: 0.9,
    });
    // Row A: 0, 1.0, 2.0 m. Row B (0.9 m back) must be 1 m from them: offsets 0.5 m give √(0.81+0.25) ≈ 1.03 m.
    expect(usableSeats(layout)).toEqual(['A01', 'A03', 'A05', 'B02', 'B04', 'B06', 'C01', 'C03', 'C05']);
  });
  it('minimum distance lets a blocked seat free its neighbours', () => {
    const layout = hall({
      rows: 1,
      seatsPerRow: 5,
      spacing: 'min_distance',
      minDistanceMetres: 1,
      seatWidthMetres: 0.5,
      blockedSeats: ['A01'],
    });
    expect(usableSeats(layout)).toEqual(['A02', 'A04']);
  });
  it('property: under min_distance no two usable seats are closer than the distance', () => {
    const layouts = fc.record({
      rows: fc.integer({ min: 1, max: 8 }),
      seatsPerRow: fc.integer({ min: 1, max: 12 }),
      minDistanceMetres: fc.double({ min: 0.1, max: 3, noNaN: true }),
      seatWidthMetres: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
      rowDepthMetres: fc.double({ min: 0.5, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(layouts, (sizes) => {
        const layout = hall({ ...sizes, spacing: 'min_distance' });
        const seats = hallSeats(layout).filter((s) => s.state === 'usable');
        expect(seats.length).toBeGreaterThan(0);
        for (const a of seats) {
          for (const b of seats) {
            if (a === b) continue;
            const distance = Math.hypot((a.row - b.row) * layout.rowDepthMetres, (a.seat - b.seat) * layout.seatWidthMetres);
            expect(distance).toBeGreaterThanOrEqual(layout.minDistanceMetres - 1e-6);
          }
        }
      }),
    );
  });
  it('property: every_other never seats two neighbours side by side, nor directly behind each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), (rows, seatsPerRow, everyOtherRow) => {
        const usable = new Set(usableSeats(hall({ rows, seatsPerRow, spacing: 'every_other', everyOtherRow })));
        for (const label of usable) {
          const { row, seat } = parseSeatLabel(label)!;
          expect(usable.has(seatLabel(row, seat + 1))).toBe(false);
          expect(usable.has(seatLabel(row + 1, seat))).toBe(false);
        }
        expect(usable.size).toBeGreaterThan(0);
      }),
    );
  });
  it('handles the largest hall (100 × 100) with distancing', () => {
    const layout = hall({
      rows: 100,
      seatsPerRow: 100,
      spacing: 'min_distance',
      minDistanceMetres: 2,
      seatWidthMetres: 0.5,
      rowDepthMetres: 0.9,
    });
    const capacity = hallCapacity(layout);
    expect(capacity).toBeGreaterThan(500);
    expect(capacity).toBeLessThan(2000);
  });
});
