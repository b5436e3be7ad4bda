import { describe, expect, it } from 'vitest';
import {
  applyProvinceDelta,
  byProvince,
  createCoalescer,
  newerHall,
  provinceOfPoint,
  unitTops,
  wallTotals,
  type ProvinceHalls,
  type Timers,
} from './hall-wall.js';
import type { HallStatus } from './live-state.js';

/** Timers driven by hand: `advance(ms)` runs what falls due, in order. */
const manualTimers = () => {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      next += 1;
      due.set(next, { at: now + ms, run });
      return next;
    },
    clear: (handle) => void due.delete(handle as number),
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    for (;;) {
      const first = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) break;
      due.delete(first[0]);
      now = first[1].at;
      first[1].run();
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    }
    now = until;
  };
  return { timers, advance, pending: () => due.size };
};

type Item = { id: string; seq: number };

const setup = (flushDelay?: () => Promise<void>) => {
  const clock = manualTimers();
  const flushed: { group: string; items: Item[] }[] = [];
  const coalescer = createCoalescer<Item>({
    windowMs: 300,
    keyOf: (item) => item.id,
    replaces: (a, b) => a.seq >= b.seq,
    flush: async (group, items) => {
      flushed.push({ group, items });
      await flushDelay?.();
    },
    timers: clock.timers,
  });
  return { clock, flushed, coalescer };
};

describe('the coalescing rule of the walls', () => {
  it('sends nothing before the window ends, then everything gathered in one flush, one item per key (the newest)', async () => {
    const { clock, flushed, coalescer } = setup();
    for (let i = 0; i < 1000; i += 1) coalescer.add('c1', { id: `p${i % 400}`, seq: i });
    coalescer.add('c1', { id: 'p0', seq: 0 }); // older than p0's 800: ignored
    await clock.advance(299);
    expect(flushed).toHaveLength(0);
    await clock.advance(1);
    expect(flushed).toHaveLength(1);
    expect(flushed[0]!.items).toHaveLength(400);
    expect(flushed[0]!.items.find((item) => item.id === 'p0')!.seq).toBe(800);
  });

  it('keeps conferences apart: each has its own window', async () => {
    const { clock, flushed, coalescer } = setup();
    coalescer.add('c1', { id: 'a', seq: 1 });
    await clock.advance(200);
    coalescer.add('c2', { id: 'a', seq: 1 });
    await clock.advance(100);
    expect(flushed.map((f) => f.group)).toEqual(['c1']);
    await clock.advance(200);
    expect(flushed.map((f) => f.group)).toEqual(['c1', 'c2']);
  });

  it('flushes at most once per window however long the changes go on', async () => {
    const { clock, flushed, coalescer } = setup();
    for (let ms = 0; ms < 3000; ms += 10) {
      coalescer.add('c1', { id: `p${ms}`, seq: ms });
      await clock.advance(10);
    }
    await clock.advance(300);
    expect(flushed.length).toBeLessThanOrEqual(11);
    expect(flushed.length).toBeGreaterThanOrEqual(10);
    expect(flushed.flatMap((f) => f.items)).toHaveLength(300);
  });

  it('never overlaps two flushes of a conference: changes during a slow flush wait for the next window', async () => {
    let release: () => void = () => undefined;
    const { clock, flushed, coalescer } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    coalescer.add('c1', { id: 'a', seq: 1 });
    await clock.advance(300);
    coalescer.add('c1', { id: 'b', seq: 2 });
    await clock.advance(1000);
    expect(flushed).toHaveLength(1);
    release();
    await clock.advance(0);
    expect(clock.pending()).toBe(1);
    await clock.advance(300);
    expect(flushed.map((f) => f.items.map((i) => i.id))).toEqual([['a'], ['b']]);
  });

  it('drops what is pending on close', async () => {
    const { clock, flushed, coalescer } = setup();
    coalescer.add('c1', { id: 'a', seq: 1 });
    coalescer.close();
    coalescer.add('c1', { id: 'b', seq: 2 });
    await clock.advance(1000);
    expect(flushed).toHaveLength(0);
    expect(clock.pending()).toBe(0);
  });
});

const province = (code: string | null, ready: number, down = 0): ProvinceHalls => ({
  code,
  name: code ?? '',
  points: 10,
  ready,
  notReported: 10 - ready,
  links: { unknown: 10 - down, good: 0, weak: 0, down },
  people: ready * 3,
});

describe('the provinces of the wall', () => {
  it('shows provinces above 60 points', () => {
    expect(byProvince(60)).toBe(false);
    expect(byProvince(61)).toBe(true);
  });

  it('replaces changed provinces in place and adds new ones at the end', () => {
    const next = applyProvinceDelta([province('01', 0), province(null, 1), province('04', 2)], [province('04', 5), province('08', 1)]);
    expect(next.map((p) => [p.code, p.ready])).toEqual([
      ['01', 0],
      [null, 1],
      ['04', 5],
      ['08', 1],
    ]);
  });

  it('totals every province', () => {
    expect(wallTotals([province('01', 2, 1), province(null, 3)])).toEqual({ points: 20, ready: 5, notReported: 15, down: 1, people: 15 });
  });

  it('takes a hall row unless it is older than the one shown', () => {
    const hall = (seq: number) => ({ seq }) as HallStatus;
    expect(newerHall(hall(3), undefined)).toBe(true);
    expect(newerHall(hall(3), hall(2))).toBe(true);
    expect(newerHall(hall(3), hall(3))).toBe(true);
    expect(newerHall(hall(2), hall(3))).toBe(false);
  });
});

describe('the province of a unit', () => {
  const unit = (listId: string, code: string, parentCode: string | null, name = code, validOn = '2025-07-01') => ({
    listId,
    code,
    parentCode,
    name,
    validOn,
  });
  const tops = unitTops([
    unit('vn-2025', '08', null, 'Tỉnh Quảng Ninh'),
    unit('vn-2025', '00100', '08'),
    unit('old', 'P', null, 'Tỉnh cũ', '2021-01-01'),
    unit('old', 'D', 'P'),
    unit('old', 'C', 'D'),
    unit('old', 'X', 'missing'),
    // The same code under two different provinces in two lists: ambiguous.
    unit('old', '00100', 'P', '', '2021-01-01'),
    unit('old', 'L1', 'L2'),
    unit('old', 'L2', 'L1'),
  ]);

  it('walks up the list at any depth and names the top from its list', () => {
    expect(tops.topOf.get('C')).toBe('P');
    expect(tops.topOf.get('08')).toBe('08');
    expect(tops.nameOf.get('08')).toBe('Tỉnh Quảng Ninh');
    expect(tops.nameOf.get('P')).toBe('Tỉnh cũ');
  });

  it('gives no province to an ambiguous code, a broken chain or a loop: never guessed', () => {
    expect(tops.topOf.has('00100')).toBe(false);
    expect(tops.topOf.has('X')).toBe(false);
    expect(tops.topOf.has('L1')).toBe(false);
  });

  it("puts a point under its unit's top, a group under its province, anything else in no province", () => {
    expect(provinceOfPoint(tops, { unitCode: 'C', parentUnitCode: null })).toBe('P');
    expect(provinceOfPoint(tops, { unitCode: null, parentUnitCode: '08' })).toBe('08');
    expect(provinceOfPoint(tops, { unitCode: null, parentUnitCode: null })).toBeNull();
    expect(provinceOfPoint(tops, { unitCode: '99999', parentUnitCode: null })).toBeNull();
  });
});
