/**
 * The roll-call wall at national scale (issue 18): a conference of more than
 * WALL_BY_PROVINCE_ABOVE bridge points is shown as provinces with their counts (ready, not
 * reported, link state, people), each opening into its points. A point's province is the top
 * unit of its administrative unit (a commune's province, a province itself); a point without a
 * unit, or whose unit code is ambiguous between lists, is in the group `null` ("other"), never
 * guessed. Changes reach a wall batched: the server gathers them per conference for a window
 * (`createCoalescer`) and sends the changed provinces' counts and the changed points of the
 * provinces open on some wall, so a wall gets a few updates a second however many points change.
 */
import type { HallLink, HallStatus, LiveMessage } from './live-state.js';

/** Above this many points, staff walls show provinces instead of one tile per point. */
export const WALL_BY_PROVINCE_ABOVE = 60;
/** How long the server gathers hall changes of one conference before sending them to the walls. */
export const WALL_WINDOW_MS = 300;
/** Points of one province per page. */
export const WALL_PAGE_MAX = 500;

export const byProvince = (pointCount: number): boolean => pointCount > WALL_BY_PROVINCE_ABOVE;

/** The counts of one province (or of the points without a province, `code` null). */
export interface ProvinceHalls {
  code: string | null;
  /** The unit's name (e.g. `Tỉnh Tuyên Quang`); '' for the group without a province. */
  name: string;
  points: number;
  ready: number;
  /** Points whose operator never answered the roll call. */
  notReported: number;
  links: Record<HallLink, number>;
  /** People reported in the province's halls. */
  people: number;
}

export interface WallSnapshot {
  provinces: ProvinceHalls[];
  messages: LiveMessage[];
  /** The hall seq the counts include. */
  seq: number;
}

/** Sent to every wall of the conference: the provinces whose counts changed. */
export interface WallDelta {
  seq: number;
  provinces: ProvinceHalls[];
}

/** Sent to the walls that opened `province`: its points that changed. */
export interface WallPoints {
  province: string | null;
  halls: HallStatus[];
}

/** The wall's totals over every province. */
export const wallTotals = (provinces: readonly ProvinceHalls[]) => {
  const totals = { points: 0, ready: 0, notReported: 0, down: 0, people: 0 };
  for (const p of provinces) {
    totals.points += p.points;
    totals.ready += p.ready;
    totals.notReported += p.notReported;
    totals.down += p.links.down;
    totals.people += p.people;
  }
  return totals;
};

/** The provinces of `current` with those of `changed` put in their place (new ones at the end). */
export const applyProvinceDelta = (current: readonly ProvinceHalls[], changed: readonly ProvinceHalls[]): ProvinceHalls[] => {
  const byCode = new Map(changed.map((p) => [p.code, p]));
  const next = current.map((p) => byCode.get(p.code) ?? p);
  const known = new Set(current.map((p) => p.code));
  for (const p of changed) if (!known.has(p.code)) next.push(p);
  return next;
};

/** A hall row replaces the one it updates only when it is not older (rows of two processes may cross). */
export const newerHall = (candidate: HallStatus, current: HallStatus | undefined): boolean => !current || candidate.seq >= current.seq;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface CoalescerOptions<T> {
  windowMs: number;
  /** The item's identity within its group (a bridge point id): a later item replaces an earlier one. */
  keyOf: (item: T) => string;
  /** Whether `candidate` replaces `current` (default: always). */
  replaces?: (candidate: T, current: T) => boolean;
  /** Sends one group's gathered items; the next window of that group starts only once it settles. */
  flush: (group: string, items: T[]) => Promise<void>;
  timers?: Timers;
  onError?: (error: unknown) => void;
}

export interface Coalescer<T> {
  add(group: string, item: T): void;
  /** Drops what is pending and stops every timer. */
  close(): void;
}

/**
 * Gathers items per group (a conference) and flushes each group at most once per window:
 * the first item of a quiet group opens a window of `windowMs`; items arriving meanwhile are
 * kept, one per key; when the window ends they are flushed together. Items arriving during a
 * flush wait for the next window, which opens when that flush settles, so flushes of one
 * group never overlap and never come closer than `windowMs`.
 */
export function createCoalescer<T>(options: CoalescerOptions<T>): Coalescer<T> {
  const timers = options.timers ?? realTimers;
  const replaces = options.replaces ?? (() => true);
  const pending = new Map<string, Map<string, T>>();
  const scheduled = new Map<string, unknown>();
  const flushing = new Set<string>();
  let closed = false;

  const schedule = (group: string) => {
    if (scheduled.has(group) || flushing.has(group) || closed) return;
    scheduled.set(
      group,
      timers.set(() => void run(group), options.windowMs),
    );
  };

  const run = async (group: string) => {
    scheduled.delete(group);
    const items = pending.get(group);
    pending.delete(group);
    if (!items || items.size === 0 || closed) return;
    flushing.add(group);
    try {
      await options.flush(group, [...items.values()]);
    } catch (error) {
      options.onError?.(error);
    } finally {
      flushing.delete(group);
      if (pending.has(group)) schedule(group);
    }
  };

  return {
    add(group, item) {
      if (closed) return;
      let items = pending.get(group);
      if (!items) pending.set(group, (items = new Map<string, T>()));
      const key = options.keyOf(item);
      const current = items.get(key);
      if (current === undefined || replaces(item, current)) items.set(key, item);
      schedule(group);
    },
    close() {
      closed = true;
      for (const handle of scheduled.values()) timers.clear(handle);
      scheduled.clear();
      pending.clear();
    },
  };
}

/** A unit as stored in a list, with the list's date. */
export interface ListedUnit {
  listId: string;
  code: string;
  parentCode: string | null;
  name: string;
  validOn: string;
}

export interface UnitTops {
  /** Each unit code whose top unit is the same in every list that has it. */
  topOf: ReadonlyMap<string, string>;
  /** The name of each top unit (from the newest list that has it). */
  nameOf: ReadonlyMap<string, string>;
}

/**
 * The top unit (a province) above each unit code, following parents within the unit's own
 * list at any depth; a code whose top differs between lists, or whose chain of parents breaks
 * or loops, gets none (its points go to the group without a province: never guessed).
 */
export const unitTops = (units: readonly ListedUnit[]): UnitTops => {
  const byList = new Map<string, Map<string, ListedUnit>>();
  for (const unit of units) {
    let list = byList.get(unit.listId);
    if (!list) byList.set(unit.listId, (list = new Map<string, ListedUnit>()));
    list.set(unit.code, unit);
  }
  const found = new Map<string, string | null>();
  for (const unit of units) {
    const list = byList.get(unit.listId)!;
    let top: ListedUnit | undefined = unit;
    for (let depth = 0; top?.parentCode != null && depth < 10; depth += 1) top = list.get(top.parentCode);
    const code = top && top.parentCode == null ? top.code : null;
    const before = found.get(unit.code);
    found.set(unit.code, before === undefined || before === code ? code : null);
  }
  const topOf = new Map<string, string>();
  for (const [code, top] of found) if (top !== null) topOf.set(code, top);
  const nameOf = new Map<string, string>();
  const tops = new Set(topOf.values());
  for (const unit of [...units].sort((a, b) => a.validOn.localeCompare(b.validOn))) {
    if (tops.has(unit.code) && unit.parentCode == null) nameOf.set(unit.code, unit.name);
  }
  return { topOf, nameOf };
};

/** The province of a point: its unit's top, else the province of its group of communes, else none. */
export const provinceOfPoint = (tops: UnitTops, point: { unitCode: string | null; parentUnitCode: string | null }): string | null =>
  point.unitCode !== null
    ? (tops.topOf.get(point.unitCode) ?? null)
    : point.parentUnitCode !== null
      ? (tops.topOf.get(point.parentUnitCode) ?? null)
      : null;
