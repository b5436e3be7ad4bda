/**
 * Seating (xếp chỗ ngồi) of the delegates of one hall: automatic assignment in protocol
 * order, manual moves and swaps, and how stored seats read against a layout. Pure: the
 * functions take the layout and the delegates and return the seat changes to write.
 *
 * Protocol order: domain/protocol (the explicit rank, else the title's default; the unranked
 * after, in the order given). The chair sits in the centre of the front row, the others
 * alternate outwards from the chair, right then left, row after row (seatOrder).
 */
import { conflict, DomainError, invalid, notFound } from '../errors.js';
import { sortByProtocol, type ProtocolRanked } from '../protocol/protocol-order.js';
import { hallSeats, normalizeSeatLabel, parseSeatLabel, type HallLayout, type SeatState } from './seating-layout.js';

export * from './seating-layout.js';

export interface SeatingDelegate extends ProtocolRanked {
  id: string;
  /** The stored seat: a label of the layout when seated, '' when not (older free text is possible). */
  seat: string;
  /** Only for messages. */
  fullName?: string;
}

export interface SeatChange {
  delegateId: string;
  from: string;
  to: string;
}

/** Delegates in protocol order: ranked first by rank, ties and the unranked in the order given (stable). */
export const protocolOrder = sortByProtocol;

/**
 * Usable seats in the order they are given out, row by row from the front. In each row the
 * first is the centre seat (the usable seat nearest the middle; of two equally near, the one on
 * the left of the printed plan), then the seats alternate outwards: right, left, right, left …
 *
 * Which side comes first: Vietnamese protocol puts the second in rank on the chair's right
 * (the place of honour, "bên phải người chủ trì"), the third on the left, and so on. Row A
 * faces the stage and seat 01 is the left-most on the printed plan (seating-layout.ts), so a
 * delegate of row A has the higher seat numbers on their right hand: right is the higher
 * number, as seen by the chair and by anyone reading the plan with the stage at the top.
 * With an even row the centre seat is the left one of the middle two, so that the right side,
 * which is served first, is the longer one and the alternation runs to both ends.
 * When blocked or spaced seats make one side shorter, its turns go to the other side.
 */
export const seatOrder = (layout: HallLayout): string[] => {
  const centre = (layout.seatsPerRow - 1) / 2;
  const usable = hallSeats(layout).filter((seat) => seat.state === 'usable');
  const order: string[] = [];
  for (let row = 0; row < layout.rows; row++) {
    const seats = usable.filter((seat) => seat.row === row);
    if (seats.length === 0) continue;
    const middle = seats.reduce((best, seat) => (Math.abs(seat.seat - centre) < Math.abs(best.seat - centre) ? seat : best));
    const right = seats.filter((seat) => seat.seat > middle.seat).sort((a, b) => a.seat - b.seat);
    const left = seats.filter((seat) => seat.seat < middle.seat).sort((a, b) => b.seat - a.seat);
    order.push(middle.label);
    for (let i = 0; i < Math.max(right.length, left.length); i++) {
      if (right[i]) order.push(right[i]!.label);
      if (left[i]) order.push(left[i]!.label);
    }
  }
  return order;
};

export type UnplacedReason = 'none' | 'unknown' | 'blocked' | 'spaced' | 'duplicate';

export interface SeatingView {
  /** Seat label → delegate id, for the seats validly taken. */
  placed: Map<string, string>;
  /** Delegate id → the seat label they validly hold. */
  seatOf: Map<string, string>;
  /** Delegates without a valid seat, in the order given, with why. */
  unplaced: { id: string; seat: string; reason: UnplacedReason }[];
}

/**
 * How the stored seats read against a layout. A seat outside the hall, blocked, spaced out
 * or already taken by an earlier delegate in the list leaves its delegate unplaced, with the reason.
 */
export const readSeating = (layout: HallLayout, delegates: readonly Pick<SeatingDelegate, 'id' | 'seat'>[]): SeatingView => {
  const states = new Map<string, SeatState>(hallSeats(layout).map((seat) => [seat.label, seat.state]));
  const view: SeatingView = { placed: new Map(), seatOf: new Map(), unplaced: [] };
  for (const delegate of delegates) {
    if (!delegate.seat.trim()) {
      view.unplaced.push({ id: delegate.id, seat: delegate.seat, reason: 'none' });
      continue;
    }
    const label = normalizeSeatLabel(layout, delegate.seat);
    const state = label === null ? undefined : states.get(label);
    const reason: UnplacedReason | null =
      label === null || state === undefined ? 'unknown' : state !== 'usable' ? state : view.placed.has(label) ? 'duplicate' : null;
    if (reason || label === null) view.unplaced.push({ id: delegate.id, seat: delegate.seat, reason: reason ?? 'unknown' });
    else {
      view.placed.set(label, delegate.id);
      view.seatOf.set(delegate.id, label);
    }
  }
  return view;
};

export interface AutoAssignment {
  changes: SeatChange[];
  /** Delegate id → seat label, for everyone seated after the assignment. */
  seats: Map<string, string>;
  /** Delegates left without a seat because the hall is full, in protocol order. */
  unseated: string[];
  capacity: number;
}

export interface AutoAssignOptions {
  /** 'all' seats everyone anew; 'unseated' keeps valid seats and fills the free ones. */
  mode?: 'all' | 'unseated';
  /** The chair (domain/protocol findChair): seated first, in the centre of the front row. */
  chairId?: string | null;
}

/**
 * Seats the chair, then the others in protocol order, into `seatOrder(layout)`. Over capacity, the last in
 * protocol order are listed in `unseated` (and lose any seat they held), never dropped silently.
 */
export const autoAssignSeats = (
  layout: HallLayout,
  delegates: readonly SeatingDelegate[],
  options: AutoAssignOptions = {},
): AutoAssignment => {
  const order = seatOrder(layout);
  const kept = options.mode === 'unseated' ? readSeating(layout, delegates).seatOf : new Map<string, string>();
  const taken = new Set(kept.values());
  const free = order.filter((label) => !taken.has(label));
  const seats = new Map(kept);
  const unseated: string[] = [];
  const ordered = protocolOrder(delegates);
  const chair = ordered.find((delegate) => delegate.id === options.chairId);
  for (const delegate of chair ? [chair, ...ordered.filter((d) => d !== chair)] : ordered) {
    if (seats.has(delegate.id)) continue;
    const label = free.shift();
    if (label === undefined) unseated.push(delegate.id);
    else seats.set(delegate.id, label);
  }
  const changes = delegates
    .map((delegate) => ({ delegateId: delegate.id, from: delegate.seat, to: seats.get(delegate.id) ?? '' }))
    .filter((change) => change.from !== change.to);
  return { changes, seats, unseated, capacity: order.length };
};

const findDelegate = (delegates: readonly SeatingDelegate[], id: string): SeatingDelegate => {
  const delegate = delegates.find((d) => d.id === id);
  if (!delegate) throw notFound({ vi: 'đại biểu trong hội trường này', en: 'delegate in this hall' }, 'seating.delegate_unknown');
  return delegate;
};

/** The label of a seat a delegate may take now, or a DomainError saying why not. */
const checkTarget = (layout: HallLayout, view: SeatingView, delegates: readonly SeatingDelegate[], target: string, moverId: string) => {
  const label = normalizeSeatLabel(layout, target);
  const seat = label === null ? undefined : hallSeats(layout).find((s) => s.label === label);
  if (label === null || !seat) {
    return invalid('seating.seat_unknown', {
      vi: `Ghế "${target}" không có trong hội trường.`,
      en: `Seat "${target}" is not in this hall.`,
    });
  }
  if (seat.state === 'blocked') {
    return invalid('seating.seat_blocked', { vi: `Ghế ${label} đã bị khóa.`, en: `Seat ${label} is blocked.` });
  }
  if (seat.state === 'spaced') {
    return invalid('seating.seat_unusable', {
      vi: `Ghế ${label} để trống theo quy tắc giãn cách.`,
      en: `Seat ${label} is kept empty by the spacing rule.`,
    });
  }
  const occupant = view.placed.get(label);
  if (occupant !== undefined && occupant !== moverId) {
    const name = delegates.find((d) => d.id === occupant)?.fullName;
    return conflict('seating.seat_occupied', {
      vi: `Ghế ${label} đã có người ngồi${name ? ` (${name})` : ''}. Hãy đổi chỗ hai đại biểu.`,
      en: `Seat ${label} is taken${name ? ` by ${name}` : ''}. Swap the two delegates instead.`,
    });
  }
  return label;
};

/**
 * Moves one delegate to a seat ('' leaves them without one). Refuses a seat outside the hall,
 * blocked, kept empty by spacing, or taken by someone else. Returns the changes (none when
 * the delegate already sits there).
 */
export const moveDelegate = (
  layout: HallLayout,
  delegates: readonly SeatingDelegate[],
  delegateId: string,
  target: string,
): SeatChange[] => {
  const delegate = findDelegate(delegates, delegateId);
  const to = target.trim() === '' ? '' : checkTarget(layout, readSeating(layout, delegates), delegates, target, delegateId);
  if (to instanceof DomainError) throw to;
  return delegate.seat === to ? [] : [{ delegateId, from: delegate.seat, to }];
};

/**
 * Swaps the seats of two delegates (either may be without a seat). A delegate whose stored
 * seat is not a valid seat of this layout cannot be swapped: move them first.
 */
export const swapDelegates = (layout: HallLayout, delegates: readonly SeatingDelegate[], aId: string, bId: string): SeatChange[] => {
  const a = findDelegate(delegates, aId);
  const b = findDelegate(delegates, bId);
  if (a.id === b.id) return [];
  const view = readSeating(layout, delegates);
  const valid = (d: SeatingDelegate) => (d.seat.trim() === '' ? '' : (view.seatOf.get(d.id) ?? null));
  const seatA = valid(a);
  const seatB = valid(b);
  const stranded = seatA === null ? a : seatB === null ? b : null;
  if (stranded) {
    throw invalid('seating.seat_unusable', {
      vi: `Chỗ ngồi "${stranded.seat}" của ${stranded.fullName ?? 'đại biểu'} không hợp lệ trong sơ đồ này; hãy chuyển chỗ trước.`,
      en: `The seat "${stranded.seat}" of ${stranded.fullName ?? 'the delegate'} is not valid in this layout; move them first.`,
    });
  }
  return [
    { delegateId: a.id, from: a.seat, to: seatB ?? '' },
    { delegateId: b.id, from: b.seat, to: seatA ?? '' },
  ].filter((change) => change.from !== change.to);
};

/** Applies changes to a list of delegates (a helper for the service and the tests). */
export const applySeatChanges = <T extends Pick<SeatingDelegate, 'id' | 'seat'>>(
  delegates: readonly T[],
  changes: readonly SeatChange[],
): T[] => {
  const to = new Map(changes.map((change) => [change.delegateId, change.to]));
  return delegates.map((delegate) => (to.has(delegate.id) ? { ...delegate, seat: to.get(delegate.id)! } : delegate));
};

/** Row index (0-based) of a seat label, or null. */
export const seatRow = (label: string): number | null => parseSeatLabel(label)?.row ?? null;
