/**
 * The planned schedule of the agenda (chương trình): when each item starts and ends,
 * from the conference start and the durations (thời lượng) of the items.
 *
 * The plan may leave durations blank (the seed's items 4, 9 and 10). Nothing is
 * invented for them: their end is null, and every later start is a "no earlier than"
 * lower bound computed as if the unknown items took no time (`startIsExact: false`);
 * a group of unknown length still takes at least its sub-rows of known length.
 *
 * Pure, no clock, no Node APIs: the web editor recomputes it as the user types.
 */
import type { AgendaItem, AgendaItemKind } from './conference.schema.js';
import type { FieldProblem } from './errors.js';
import { agendaTreeProblems, orderAgenda, throwIfProblems, type AgendaBranch } from './agenda-tree.js';
import { addMinutes, isValidDate } from './vietnamese-dates.js';

export { displayNumbers } from './agenda-tree.js';

export type AgendaItemLike = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'durationMinutes' | 'perSpeakerMinutes' | 'kind'>;

/**
 * Where an item's duration comes from:
 * - `item`: its own duration;
 * - `per_speaker`: the group rule "Mỗi đại biểu trình bày 07 phút" (a sub-row takes the
 *   rule of its parent; a group with the rule lasts the sum of its sub-rows);
 * - `children`: a group without rule nor own duration lasts the sum of its sub-rows;
 * - `none`: unknown.
 */
export type DurationSource = 'item' | 'per_speaker' | 'children' | 'none';

export interface ScheduledItem {
  id: string;
  parentId: string | null;
  depth: 0 | 1;
  kind: AgendaItemKind;
  /**
   * Planned start, local `YYYY-MM-DDTHH:mm`; a lower bound when `startIsExact` is false.
   * Null while the conference's start is not fixed (only the offsets are known then).
   */
  start: string | null;
  /** start + duration; null when the duration or the conference start is unknown. As exact as the start. */
  end: string | null;
  /** Minutes from the start of the programme to `start`. */
  offsetMinutes: number;
  durationMinutes: number | null;
  durationSource: DurationSource;
  /**
   * Lower bound of the duration, used to place what follows: the duration when known;
   * for a group of unknown length, the sum of its sub-rows' known durations; else 0.
   */
  minimumMinutes: number;
  /** False when an earlier item (or earlier sub-row of the same group) has no known duration. */
  startIsExact: boolean;
  /** Number of sub-rows (0 for a sub-row or a plain item). */
  childCount: number;
  /** Sum of the sub-rows' durations when all are known; null without sub-rows or when one is unknown. */
  childrenMinutes: number | null;
  /** A group with its own duration and a per-speaker rule where sub-rows × rule ≠ own duration. */
  ruleMismatch: boolean;
  /** A sub-row that ends after its group does (the group's own duration is too short). */
  overrunsParent: boolean;
}

export interface ScheduleTotals {
  /** Sum of the known durations of the top-level items. */
  knownMinutes: number;
  /** Top-level items whose duration is unknown. */
  unknownCount: number;
  /** End of the programme; null when any top-level duration is unknown. */
  end: string | null;
  /**
   * The programme cannot end earlier than this: start + the top-level minimum durations
   * (= start + knownMinutes unless a group of unknown length has sub-rows of known length).
   */
  endNoEarlierThan: string | null;
  /** Ids of all items (any level) without a known duration, in display order. */
  itemsWithoutDuration: string[];
}

export interface Schedule {
  /** Null while the conference's start is not fixed: then every clock time is null too. */
  startsAt: string | null;
  /** Display order: parents before their children, each level by position. */
  items: ScheduledItem[];
  byId: Record<string, ScheduledItem>;
  totals: ScheduleTotals;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

const isMinutes = (value: number, min: number) => Number.isInteger(value) && value >= min && value <= 1440;

const inputProblems = (startsAt: string | null, items: readonly AgendaItemLike[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const match = LOCAL_DATE_TIME.exec(typeof startsAt === 'string' ? startsAt : '');
  if (startsAt !== null && (!match || !isValidDate(match[1]!))) {
    problems.push({
      path: '/startsAt',
      code: 'agenda_invalid_start',
      message: { vi: 'Thời gian bắt đầu không hợp lệ.', en: 'The start is not a valid local date-time (YYYY-MM-DDTHH:mm).' },
    });
  }
  items.forEach((item, index) => {
    if (item.durationMinutes != null && !isMinutes(item.durationMinutes, 0)) {
      problems.push({
        path: `/agendaItems/${index}/durationMinutes`,
        code: 'agenda_invalid_duration',
        message: { vi: 'Thời lượng phải là số phút từ 0 đến 1440.', en: 'The duration must be whole minutes from 0 to 1440.' },
      });
    }
    if (item.perSpeakerMinutes != null && !isMinutes(item.perSpeakerMinutes, 1)) {
      problems.push({
        path: `/agendaItems/${index}/perSpeakerMinutes`,
        code: 'agenda_invalid_rule',
        message: {
          vi: 'Thời lượng cho mỗi đại biểu phải là số phút từ 1 đến 1440.',
          en: 'The minutes per speaker must be whole minutes from 1 to 1440.',
        },
      });
    }
  });
  return problems;
};

interface Slot {
  minutes: number | null;
  source: DurationSource;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Durations of a group's sub-rows, then of the group itself (`undefined` from an unsaved row counts as blank). */
const branchDurations = ({ item, children }: AgendaBranch<AgendaItemLike>) => {
  const own = item.durationMinutes ?? null;
  const rule = children.length > 0 ? (item.perSpeakerMinutes ?? null) : null;
  const childSlots: Slot[] = children.map((child) =>
    child.durationMinutes != null
      ? { minutes: child.durationMinutes, source: 'item' }
      : rule !== null
        ? { minutes: rule, source: 'per_speaker' }
        : { minutes: null, source: 'none' },
  );
  const known = childSlots.flatMap((slot) => (slot.minutes === null ? [] : [slot.minutes]));
  const childrenMinutes = children.length > 0 && known.length === children.length ? sum(known) : null;
  const knownChildrenMinutes = sum(known);
  const slot: Slot =
    own !== null
      ? { minutes: own, source: 'item' }
      : childrenMinutes !== null
        ? { minutes: childrenMinutes, source: rule !== null ? 'per_speaker' : 'children' }
        : { minutes: null, source: 'none' };
  const ruleMismatch = own !== null && rule !== null && children.length * rule !== own;
  const minimumMinutes = slot.minutes ?? knownChildrenMinutes;
  return { slot, minimumMinutes, childSlots, childrenMinutes, ruleMismatch };
};

/**
 * Computes the planned schedule from the conference start (`YYYY-MM-DDTHH:mm`, local
 * time; null while not fixed: offsets and durations only) and the agenda rows (saved or not). Throws a DomainError (422, `agenda_invalid`,
 * with one field problem per bad row) on a malformed start, tree or duration.
 */
export const computeSchedule = (startsAt: string | null, items: readonly AgendaItemLike[]): Schedule => {
  throwIfProblems([...inputProblems(startsAt, items), ...agendaTreeProblems(items)]);
  const { branches } = orderAgenda(items);
  const at = (offset: number) => (startsAt === null ? null : addMinutes(startsAt, offset));
  const scheduled: ScheduledItem[] = [];
  let offset = 0;
  let exact = true;
  let knownMinutes = 0;
  let unknownCount = 0;

  for (const branch of branches) {
    const { item, children } = branch;
    const { slot, minimumMinutes, childSlots, childrenMinutes, ruleMismatch } = branchDurations(branch);
    const groupEnd = slot.minutes === null ? null : offset + slot.minutes;
    scheduled.push({
      id: item.id,
      parentId: null,
      depth: 0,
      kind: item.kind,
      start: at(offset),
      end: groupEnd === null ? null : at(groupEnd),
      offsetMinutes: offset,
      durationMinutes: slot.minutes,
      durationSource: slot.source,
      minimumMinutes,
      startIsExact: exact,
      childCount: children.length,
      childrenMinutes,
      ruleMismatch,
      overrunsParent: false,
    });

    let childOffset = offset;
    let childExact = exact;
    children.forEach((child, index) => {
      const childSlot = childSlots[index]!;
      const childEnd = childSlot.minutes === null ? null : childOffset + childSlot.minutes;
      scheduled.push({
        id: child.id,
        parentId: item.id,
        depth: 1,
        kind: child.kind,
        start: at(childOffset),
        end: childEnd === null ? null : at(childEnd),
        offsetMinutes: childOffset,
        durationMinutes: childSlot.minutes,
        durationSource: childSlot.source,
        minimumMinutes: childSlot.minutes ?? 0,
        startIsExact: childExact,
        childCount: 0,
        childrenMinutes: null,
        ruleMismatch: false,
        overrunsParent: childEnd !== null && groupEnd !== null && childEnd > groupEnd,
      });
      childOffset += childSlot.minutes ?? 0;
      childExact &&= childSlot.minutes !== null;
    });

    if (slot.minutes === null) unknownCount += 1;
    else knownMinutes += slot.minutes;
    offset += minimumMinutes;
    exact &&= slot.minutes !== null;
  }

  const endNoEarlierThan = at(offset);
  return {
    startsAt,
    items: scheduled,
    byId: Object.fromEntries(scheduled.map((entry) => [entry.id, entry])),
    totals: {
      knownMinutes,
      unknownCount,
      end: unknownCount === 0 ? endNoEarlierThan : null,
      endNoEarlierThan,
      itemsWithoutDuration: scheduled.filter((entry) => entry.durationMinutes === null).map((entry) => entry.id),
    },
  };
};
