import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, type AgendaItemLike, type Schedule, type ScheduledItem } from './agenda-schedule.js';
import { AGENDA_ITEM_KINDS } from './conference.schema.js';
import { addMinutes, minutesBetween } from './vietnamese-dates.js';

type Extra = Partial<AgendaItemLike>;
const item = (id: string, position: number, durationMinutes: number | null, extra: Extra = {}): AgendaItemLike => ({
  ...{ id, position, durationMinutes, parentId: null, perSpeakerMinutes: null, kind: 'item' },
  ...extra,
});
const sub = (parentId: string, id: string, position: number, minutes: number | null) => item(id, position, minutes, { parentId });

/** The seed's programme (CHƯƠNG TRÌNH HỘI NGHỊ), built by hand: 10 items, 8 speakers under item 5. */
const seedAgenda = (): AgendaItemLike[] => [
  ...[item('i1', 1, 5), item('i2', 2, 15), item('i3', 3, 20), item('i4', 4, null)],
  item('i5', 5, null, { perSpeakerMinutes: 7 }),
  ...Array.from({ length: 8 }, (_, k) => sub('i5', `i5-${k + 1}`, k + 1, null)),
  ...[item('i6', 6, 15, { kind: 'break' }), item('i7', 7, 15, { kind: 'remarks' }), item('i8', 8, 15, { kind: 'remarks' })],
  ...[item('i9', 9, null, { kind: 'remarks' }), item('i10', 10, null, { kind: 'conclusion' })],
];
const [SEED_START, T] = ['2021-07-07T08:00', (clock: string) => `2021-07-07T${clock}`];

describe('computeSchedule on the seed programme', () => {
  const schedule = computeSchedule(SEED_START, seedAgenda());
  const at = (id: string) => schedule.byId[id]!;

  it('starts item 4 exactly at 08:40 after 5 + 15 + 20 minutes', () => {
    expect(at('i1')).toMatchObject({ start: T('08:00'), end: T('08:05'), startIsExact: true });
    expect(at('i3')).toMatchObject({ start: T('08:20'), end: T('08:40'), startIsExact: true });
    expect(at('i4')).toMatchObject({ start: T('08:40'), startIsExact: true, end: null, durationMinutes: null, durationSource: 'none' });
  });

  it('gives item 5 eight speakers × 7 = 56 minutes, from no earlier than 08:40 to 09:36', () => {
    expect(at('i5')).toMatchObject({
      ...{ start: T('08:40'), end: T('09:36'), durationMinutes: 56, durationSource: 'per_speaker' },
      ...{ childCount: 8, childrenMinutes: 56, ruleMismatch: false },
      // item 4 has no duration: 08:40 is a lower bound, not a promise
      startIsExact: false,
    });
    expect(at('i5-1')).toMatchObject({ start: T('08:40'), end: T('08:47'), durationSource: 'per_speaker' });
    expect(at('i5-8')).toMatchObject({ start: T('09:29'), end: T('09:36'), startIsExact: false });
  });

  it('places the break and the experts after item 5, all as lower bounds', () => {
    expect(at('i6')).toMatchObject({ start: T('09:36'), end: T('09:51'), kind: 'break', startIsExact: false });
    expect(at('i8')).toMatchObject({ start: T('10:06'), end: T('10:21') });
    expect(at('i10')).toMatchObject({ start: T('10:21'), end: null, startIsExact: false });
  });

  it('reports items 4, 9 and 10 without duration instead of inventing one', () => {
    expect(schedule.totals).toEqual({
      knownMinutes: 5 + 15 + 20 + 56 + 15 + 15 + 15,
      unknownCount: 3,
      end: null,
      endNoEarlierThan: T('10:21'),
      itemsWithoutDuration: ['i4', 'i9', 'i10'],
    });
  });

  it('lists parents before their children in display order', () => {
    const speakers = Array.from({ length: 8 }, (_, k) => `i5-${k + 1}`);
    expect(schedule.items.map((entry) => entry.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', ...speakers, 'i6', 'i7', 'i8', 'i9', 'i10']);
    expect(schedule.items.map((entry) => entry.depth)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('has an exact end once every duration is known', () => {
    const full = computeSchedule(
      SEED_START,
      seedAgenda().map((row) => (['i4', 'i9', 'i10'].includes(row.id) ? { ...row, durationMinutes: 10 } : row)),
    );
    expect(full.totals).toMatchObject({ end: T('10:51'), endNoEarlierThan: T('10:51'), unknownCount: 0 });
    expect(full.items.every((entry) => entry.startIsExact)).toBe(true);
  });
});

describe('computeSchedule duration rules', () => {
  it('lets a group own duration win over its rule and says the two disagree', () => {
    const speakers = ['a', 'b', 'c', 'd'].map((id, k) => sub('g', id, k, null));
    const rows = [item('g', 1, 30, { perSpeakerMinutes: 7 }), ...speakers, item('n', 2, 5)];
    const s = computeSchedule(SEED_START, rows);
    expect(s.byId['g']).toMatchObject({ durationMinutes: 30, durationSource: 'item', ruleMismatch: true, childrenMinutes: 28 });
    expect(s.byId['n']!.start).toBe(T('08:30'));
    const fitting = computeSchedule(
      SEED_START,
      rows.map((row) => (row.id === 'g' ? { ...row, durationMinutes: 28 } : row)),
    );
    expect(fitting.byId['g']!.ruleMismatch).toBe(false);
  });

  it('flags a sub-row that runs past its group', () => {
    const s = computeSchedule(SEED_START, [item('g', 1, 10), sub('g', 'a', 1, 6), sub('g', 'b', 2, 6)]);
    expect(s.byId['a']!.overrunsParent).toBe(false);
    expect(s.byId['b']).toMatchObject({ overrunsParent: true, end: T('08:12') });
    expect(s.byId['g']).toMatchObject({ end: T('08:10'), childrenMinutes: 12 });
  });

  it('sums the sub-rows of a group without rule, or leaves it unknown', () => {
    const s = computeSchedule(SEED_START, [
      ...[item('g', 1, null), sub('g', 'a', 1, 10), sub('g', 'b', 2, 5)],
      ...[item('h', 2, null), sub('h', 'c', 1, 10), sub('h', 'd', 2, null), sub('h', 'e', 3, 3)],
    ]);
    expect(s.byId['g']).toMatchObject({ durationMinutes: 15, durationSource: 'children' });
    expect(s.byId['h']).toMatchObject({ durationMinutes: null, durationSource: 'none', childrenMinutes: null });
    expect(s.byId['e']).toMatchObject({ start: T('08:25'), startIsExact: false });
    // h lasts at least its known sub-rows (10 + 3): what follows starts no earlier than 08:28
    expect(s.byId['h']!.minimumMinutes).toBe(13);
    expect(s.totals).toEqual({
      ...{ knownMinutes: 15, unknownCount: 1, end: null, endNoEarlierThan: T('08:28') },
      itemsWithoutDuration: ['h', 'd'],
    });
  });

  it('does not turn a rule without speakers into zero minutes', () => {
    const s = computeSchedule(SEED_START, [item('g', 1, null, { perSpeakerMinutes: 7 })]);
    expect(s.byId['g']).toMatchObject({ durationMinutes: null, durationSource: 'none' });
  });

  it('crosses midnight, month and year ends', () => {
    const s = computeSchedule('2021-12-31T23:30', [item('a', 1, 20), item('b', 2, 25), item('c', 3, null)]);
    expect(s.byId['b']).toMatchObject({ start: '2021-12-31T23:50', end: '2022-01-01T00:15' });
    expect(s.totals.endNoEarlierThan).toBe(addMinutes('2021-12-31T23:30', 45));
  });

  it('gives an empty agenda an exact end at the start', () => {
    const totals = { knownMinutes: 0, unknownCount: 0, end: SEED_START, endNoEarlierThan: SEED_START, itemsWithoutDuration: [] };
    expect(computeSchedule(SEED_START, []).totals).toEqual(totals);
  });
});

// Property-based tests: random two-level agendas, random durations (with blanks) and rules.

const minutesArb = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null, freq: 3 });
const rowArb = fc.record({
  durationMinutes: minutesArb,
  perSpeakerMinutes: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
  kind: fc.constantFrom(...AGENDA_ITEM_KINDS),
  // a small range so that equal positions (ties) occur often
  position: fc.integer({ min: -3, max: 12 }),
});
const agendaArb: fc.Arbitrary<AgendaItemLike[]> = fc
  .array(fc.record({ top: rowArb, children: fc.array(rowArb, { maxLength: 6 }) }), { maxLength: 10 })
  .map((groups) =>
    groups.flatMap(({ top, children }, i) => [
      { ...top, id: `t${i}`, parentId: null },
      ...children.map((child, j) => ({ ...child, id: `t${i}-${j}`, parentId: `t${i}` })),
    ]),
  );
const pad = (n: number) => String(n).padStart(2, '0');
// late hours and month/year ends so that schedules cross midnight
const startArb = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 15, 28))
  .chain((date) => fc.tuple(fc.constant(date), fc.constantFrom(0, 7, 8, 13, 22, 23), fc.integer({ min: 0, max: 59 })))
  .map(([[year, month, day], hour, minute]) => `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`);

const RUNS = { numRuns: 300 };
const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
const topLevel = (s: Schedule) => s.items.filter((entry) => entry.depth === 0);
const childrenOf = (s: Schedule, id: string) => s.items.filter((entry) => entry.parentId === id);

describe('computeSchedule properties', () => {
  it('derives every duration from the rules, and each end is start + duration', () => {
    fc.assert(
      fc.property(startArb, agendaArb, (startsAt, rows) => {
        const s = computeSchedule(startsAt, rows);
        const byId = new Map(rows.map((r) => [r.id, r]));
        const expected = rows.map((row) => {
          const kids = rows.filter((r) => r.parentId === row.id);
          const parent = row.parentId === null ? undefined : byId.get(row.parentId);
          const rule = kids.length > 0 ? row.perSpeakerMinutes : null;
          const kidMinutes = kids.map((k) => k.durationMinutes ?? rule);
          const [minutes, source] =
            row.durationMinutes !== null
              ? [row.durationMinutes, 'item']
              : parent
                ? parent.perSpeakerMinutes !== null
                  ? [parent.perSpeakerMinutes, 'per_speaker']
                  : [null, 'none']
                : kids.length > 0 && kidMinutes.every((m) => m !== null)
                  ? [sumOf(kidMinutes), rule !== null ? 'per_speaker' : 'children']
                  : [null, 'none'];
          const mismatch = row.durationMinutes !== null && rule !== null && kids.length * rule !== row.durationMinutes;
          return { id: row.id, minutes, source, mismatch, endMinusStart: minutes, offset: true };
        });
        const actual = rows.map(({ id }) => {
          const { durationMinutes: minutes, durationSource: source, ruleMismatch: mismatch, start, end } = s.byId[id]!;
          const endMinusStart = end === null ? null : minutesBetween(start!, end);
          return { id, minutes, source, mismatch, endMinusStart, offset: minutesBetween(startsAt, start!) === s.byId[id]!.offsetMinutes };
        });
        expect([actual, s.items.length]).toEqual([expected, rows.length]);
      }),
      RUNS,
    );
  });

  it('gives a group with a rule and plain speakers sub-rows × rule minutes', () => {
    const [rule, speakers] = [fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 12 })];
    const groupArb = fc.record({ rule, speakers, before: fc.array(minutesArb, { maxLength: 4 }) });
    fc.assert(
      fc.property(startArb, groupArb, (startsAt, { rule, speakers, before }) => {
        const rows = [...before.map((m, i) => item(`b${i}`, i, m)), item('g', before.length, null, { perSpeakerMinutes: rule })];
        rows.push(...Array.from({ length: speakers }, (_, k) => sub('g', `s${k}`, k, null)));
        const g = computeSchedule(startsAt, rows).byId['g']!;
        expect([g.durationMinutes, g.durationSource, g.childrenMinutes]).toEqual([speakers * rule, 'per_speaker', speakers * rule]);
      }),
      RUNS,
    );
  });

  it('starts each top-level item after the known durations before it, exactly iff all are known', () => {
    fc.assert(
      fc.property(startArb, agendaArb, (startsAt, rows) => {
        const s = computeSchedule(startsAt, rows);
        const tops = topLevel(s);
        // a group of unknown length still takes at least its sub-rows of known length
        const lowerBound = (e: ScheduledItem) => e.durationMinutes ?? sumOf(childrenOf(s, e.id).map((c) => c.durationMinutes ?? 0));
        const simple = tops.every((e) => e.durationMinutes !== null || e.childCount === 0);
        const checks = tops.flatMap((entry, k) => {
          const before = tops.slice(0, k);
          const exact = before.every((e) => e.durationMinutes !== null);
          const siblingsKnown = (kids: ScheduledItem[], j: number) => kids.slice(0, j).every((c) => c.durationMinutes !== null);
          return [
            entry.start === addMinutes(startsAt, sumOf(before.map(lowerBound))),
            !simple || entry.start === addMinutes(startsAt, sumOf(before.map((e) => e.durationMinutes ?? 0))),
            entry.startIsExact === exact,
            ...childrenOf(s, entry.id).map((child, j, kids) => child.startIsExact === (exact && siblingsKnown(kids, j))),
          ];
        });
        expect(checks.every(Boolean)).toBe(true);
        const known = tops.flatMap((e) => (e.durationMinutes === null ? [] : [e.durationMinutes]));
        expect(s.totals).toEqual({
          knownMinutes: sumOf(known),
          unknownCount: tops.length - known.length,
          end: known.length === tops.length ? addMinutes(startsAt, sumOf(known)) : null,
          endNoEarlierThan: addMinutes(startsAt, sumOf(tops.map(lowerBound))),
          itemsWithoutDuration: s.items.filter((e) => e.durationMinutes === null).map((e) => e.id),
        });
      }),
      RUNS,
    );
  });

  it('keeps starts in display order and sub-rows inside their group, unless flagged as overrunning', () => {
    fc.assert(
      fc.property(startArb, agendaArb, (startsAt, rows) => {
        const s = computeSchedule(startsAt, rows);
        const overrun = s.items.some((e) => e.overrunsParent);
        const nonDecreasing = (entries: ScheduledItem[]) =>
          entries.every((e, i) => i === 0 || minutesBetween(entries[i - 1]!.start!, e.start!) >= 0);
        const checks = [nonDecreasing(topLevel(s)), overrun || nonDecreasing(s.items)];
        for (const parent of topLevel(s)) {
          const kids = childrenOf(s, parent.id);
          checks.push(nonDecreasing(kids));
          for (const child of kids) {
            const bothKnown = child.end !== null && parent.end !== null;
            checks.push(
              minutesBetween(parent.start!, child.start!) >= 0,
              child.overrunsParent === (bothKnown && minutesBetween(parent.end!, child.end!) > 0),
              !child.overrunsParent || parent.durationSource === 'item',
            );
          }
        }
        const last = s.items
          .map((e) => e.end ?? e.start)
          .sort()
          .at(-1);
        if (last && !overrun) checks.push(minutesBetween(last, s.totals.endNoEarlierThan!) >= 0);
        expect(checks.every(Boolean)).toBe(true);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the input array', () => {
    const shuffledArb = agendaArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(startArb, shuffledArb, (startsAt, [rows, shuffled]) => {
        expect(computeSchedule(startsAt, shuffled)).toEqual(computeSchedule(startsAt, rows));
      }),
      RUNS,
    );
  });

  it('keeps the total known minutes when items without duration are moved', () => {
    const movedArb = agendaArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.array(fc.integer({ min: -5, max: 20 }), { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(startArb, movedArb, (startsAt, [rows, newPositions]) => {
        const before = computeSchedule(startsAt, rows);
        const moved = rows.map((row, i) =>
          row.parentId === null && before.byId[row.id]!.durationMinutes === null ? { ...row, position: newPositions[i]! } : row,
        );
        const after = computeSchedule(startsAt, moved);
        const summary = (s: Schedule) => [s.totals.knownMinutes, s.totals.unknownCount, s.totals.endNoEarlierThan, s.totals.end];
        expect(summary(after)).toEqual(summary(before));
        expect([...after.totals.itemsWithoutDuration].sort()).toEqual([...before.totals.itemsWithoutDuration].sort());
      }),
      RUNS,
    );
  });
});
