/**
 * The layout of a hall (hội trường) at a bridge point: rows of seats, seats blocked for any
 * reason, and a spacing rule (the 5K distancing of the seed, "bố trí giãn cách"). Pure rules:
 * seat labels, validation, which seats may be used, and the capacity that follows.
 *
 * Row A is the row nearest the stage; seat 01 is the left-most seat on the printed plan.
 */
import type { FieldProblem, LocalizedMessage } from '../errors.js';
import { invalid } from '../errors.js';

export const SPACING_RULES = ['none', 'every_other', 'min_distance'] as const;
export type SpacingRule = (typeof SPACING_RULES)[number];

export interface HallLayout {
  rows: number;
  seatsPerRow: number;
  /** Labels of seats that may not be used (a pillar, a camera, a broken seat), e.g. "C07". */
  blockedSeats: string[];
  /**
   * none: every seat; every_other: every other seat, staggered from row to row (or only every
   * other row when `everyOtherRow`); min_distance: no two delegates closer than
   * `minDistanceMetres`, seat centres `seatWidthMetres` apart in a row and rows `rowDepthMetres` apart.
   */
  spacing: SpacingRule;
  everyOtherRow: boolean;
  minDistanceMetres: number;
  seatWidthMetres: number;
  rowDepthMetres: number;
}

export const HALL_LIMITS = {
  rows: { min: 1, max: 100 },
  seatsPerRow: { min: 1, max: 100 },
  minDistanceMetres: { min: 0.1, max: 10 },
  seatWidthMetres: { min: 0.3, max: 3 },
  rowDepthMetres: { min: 0.5, max: 5 },
} as const;

export const DEFAULT_HALL_LAYOUT: HallLayout = {
  rows: 5,
  seatsPerRow: 10,
  blockedSeats: [],
  spacing: 'none',
  everyOtherRow: false,
  minDistanceMetres: 1,
  seatWidthMetres: 0.55,
  rowDepthMetres: 0.9,
};

/** A layout of 10 seats a row with enough rows for `quota` delegates (at least one row). */
export const defaultHallLayout = (quota: number | null): HallLayout => ({
  ...DEFAULT_HALL_LAYOUT,
  rows: Math.min(HALL_LIMITS.rows.max, Math.max(1, Math.ceil((quota ?? 50) / DEFAULT_HALL_LAYOUT.seatsPerRow))),
});

/** Row letters as spreadsheets write columns: 0 → A, 25 → Z, 26 → AA, 27 → AB. */
export const rowLetters = (row: number): string => {
  let letters = '';
  for (let n = row + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** "A05": the row letters and the seat number (1-based), at least two digits. */
export const seatLabel = (row: number, seat: number): string => `${rowLetters(row)}${String(seat + 1).padStart(2, '0')}`;

export interface SeatPosition {
  /** 0-based, front row first. */
  row: number;
  /** 0-based, left to right. */
  seat: number;
}

/** The position of a label as people type it ("a5", "A-05", "AA 12"), or null when it is not one. */
export const parseSeatLabel = (text: string): SeatPosition | null => {
  const match = /^([A-Z]{1,3})[\s-]?0*(\d{1,3})$/.exec(text.normalize('NFC').trim().toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  const seatNumber = Number(match[2]);
  if (seatNumber < 1) return null;
  let row = 0;
  for (const char of match[1]) row = row * 26 + (char.charCodeAt(0) - 64);
  return { row: row - 1, seat: seatNumber - 1 };
};

export const isInHall = (layout: Pick<HallLayout, 'rows' | 'seatsPerRow'>, position: SeatPosition): boolean =>
  position.row >= 0 && position.row < layout.rows && position.seat >= 0 && position.seat < layout.seatsPerRow;

/** The label in its one written form ("a5" → "A05"), or null when it is not a seat of this hall. */
export const normalizeSeatLabel = (layout: Pick<HallLayout, 'rows' | 'seatsPerRow'>, text: string): string | null => {
  const position = parseSeatLabel(text);
  return position && isInHall(layout, position) ? seatLabel(position.row, position.seat) : null;
};

const LABELS: Record<keyof typeof HALL_LIMITS, LocalizedMessage> = {
  rows: { vi: 'Số hàng ghế', en: 'The number of rows' },
  seatsPerRow: { vi: 'Số ghế mỗi hàng', en: 'The number of seats in a row' },
  minDistanceMetres: { vi: 'Khoảng cách tối thiểu', en: 'The minimum distance' },
  seatWidthMetres: { vi: 'Bề rộng ghế', en: 'The seat width' },
  rowDepthMetres: { vi: 'Khoảng cách giữa hai hàng', en: 'The row depth' },
};

const rangeProblem = (field: keyof typeof HALL_LIMITS, value: number, integer: boolean): FieldProblem[] => {
  const { min, max } = HALL_LIMITS[field];
  if (Number.isFinite(value) && (!integer || Number.isInteger(value)) && value >= min && value <= max) return [];
  const label = LABELS[field];
  const kind = integer ? { vi: 'số nguyên ', en: 'a whole number ' } : { vi: 'số ', en: '' };
  return [
    {
      path: `/${field}`,
      code: 'seating.out_of_range',
      message: {
        vi: `${label.vi} phải là ${kind.vi}từ ${min} đến ${max}.`,
        en: `${label.en} must be ${kind.en}from ${min} to ${max}.`,
      },
    },
  ];
};

/** Problems of a layout as typed; an empty list means it may be saved. */
export const validateHallLayout = (layout: HallLayout): FieldProblem[] => {
  const problems = [...rangeProblem('rows', layout.rows, true), ...rangeProblem('seatsPerRow', layout.seatsPerRow, true)];
  if (!SPACING_RULES.includes(layout.spacing)) {
    problems.push({
      path: '/spacing',
      code: 'seating.spacing_unknown',
      message: { vi: 'Quy tắc giãn cách không hợp lệ.', en: 'Unknown spacing rule.' },
    });
  }
  if (layout.spacing === 'min_distance') {
    problems.push(
      ...rangeProblem('minDistanceMetres', layout.minDistanceMetres, false),
      ...rangeProblem('seatWidthMetres', layout.seatWidthMetres, false),
      ...rangeProblem('rowDepthMetres', layout.rowDepthMetres, false),
    );
  }
  if (problems.length > 0) return problems;
  layout.blockedSeats.forEach((label, index) => {
    if (normalizeSeatLabel(layout, label) !== null) return;
    problems.push({
      path: `/blockedSeats/${index}`,
      code: 'seating.seat_unknown',
      message: {
        vi: `Ghế "${label}" không có trong hội trường ${layout.rows} hàng × ${layout.seatsPerRow} ghế.`,
        en: `Seat "${label}" is not in a hall of ${layout.rows} rows × ${layout.seatsPerRow} seats.`,
      },
    });
  });
  return problems;
};

const byPosition = (a: string, b: string): number => {
  const pa = parseSeatLabel(a)!;
  const pb = parseSeatLabel(b)!;
  return pa.row - pb.row || pa.seat - pb.seat;
};

/** The storage form: blocked labels written once each, front to back; DomainError 422 when invalid. */
export const normalizeHallLayout = (layout: HallLayout): HallLayout => {
  const problems = validateHallLayout(layout);
  if (problems.length > 0) {
    // One problem gives its own code (as assertNoProblems does); several the layout's.
    const code = problems.length === 1 ? problems[0]!.code : 'seating.layout_invalid';
    throw invalid(code, { vi: 'Sơ đồ hội trường không hợp lệ.', en: 'The hall layout is invalid.' }, problems);
  }
  const blocked = new Set(layout.blockedSeats.map((label) => normalizeSeatLabel(layout, label)!));
  return { ...layout, blockedSeats: [...blocked].sort(byPosition) };
};

export type SeatState = 'usable' | 'blocked' | 'spaced';

export interface Seat extends SeatPosition {
  label: string;
  state: SeatState;
}

const minDistanceGrid = (layout: HallLayout, blocked: ReadonlySet<string>): boolean[][] => {
  const { minDistanceMetres: d, seatWidthMetres: w, rowDepthMetres: r } = layout;
  const reachRows = Math.ceil(d / r);
  const reachSeats = Math.ceil(d / w);
  const limit = d * d - 1e-9;
  const taken: boolean[][] = [];
  for (let row = 0; row < layout.rows; row += 1) {
    const line: boolean[] = [];
    taken.push(line);
    for (let seat = 0; seat < layout.seatsPerRow; seat += 1) {
      let free = !blocked.has(seatLabel(row, seat));
      for (let other = Math.max(0, row - reachRows); free && other <= row; other += 1) {
        const last = other === row ? seat - 1 : Math.min(layout.seatsPerRow - 1, seat + reachSeats);
        for (let s = Math.max(0, seat - reachSeats); free && s <= last; s += 1) {
          if (taken[other]![s] && ((row - other) * r) ** 2 + ((seat - s) * w) ** 2 < limit) free = false;
        }
      }
      line.push(free);
    }
  }
  return taken;
};

/**
 * Every seat of the hall, front row first and left to right, with whether it may be used.
 * min_distance picks seats greedily in that order, so the front rows keep the most seats.
 */
export const hallSeats = (layout: HallLayout): Seat[] => {
  const blocked = new Set(layout.blockedSeats.map((label) => normalizeSeatLabel(layout, label)).filter((l) => l !== null));
  const distanced = layout.spacing === 'min_distance' ? minDistanceGrid(layout, blocked) : null;
  const seats: Seat[] = [];
  for (let row = 0; row < layout.rows; row += 1) {
    for (let seat = 0; seat < layout.seatsPerRow; seat += 1) {
      const label = seatLabel(row, seat);
      let usable = true;
      if (layout.spacing === 'every_other') {
        usable = layout.everyOtherRow ? row % 2 === 0 && seat % 2 === 0 : (row + seat) % 2 === 0;
      } else if (distanced) usable = distanced[row]![seat]!;
      const state: SeatState = blocked.has(label) ? 'blocked' : usable ? 'usable' : 'spaced';
      seats.push({ row, seat, label, state });
    }
  }
  return seats;
};

/** Labels of the seats delegates may take, front row first and left to right. */
export const usableSeats = (layout: HallLayout): string[] =>
  hallSeats(layout)
    .filter((seat) => seat.state === 'usable')
    .map((seat) => seat.label);

export const hallCapacity = (layout: HallLayout): number => usableSeats(layout).length;
