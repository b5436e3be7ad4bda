import { describe, expect, it } from 'vitest';
import {
  canIndent,
  indent,
  moveRow,
  offsetText,
  orderEntries,
  outdent,
  removeRow,
  renumber,
  scheduleOf,
  withPositions,
  type AgendaRow,
} from './agenda-rows.js';

const row = (id: string, parentId: string | null = null, durationMinutes: number | null = 10, number = ''): AgendaRow => ({
  id,
  parentId,
  position: 0,
  number,
  content: id,
  presenterOrganisation: '',
  presenterPerson: '',
  durationMinutes,
  perSpeakerMinutes: null,
  durationText: '',
  kind: 'item',
});
const ids = (rows: AgendaRow[]) => rows.map((r) => (r.parentId ? `${r.parentId}>${r.id}` : r.id));

// a, b (with b1, b2), c
const agenda = [row('a'), row('b'), row('b1', 'b'), row('b2', 'b'), row('c')];

describe('moving agenda rows', () => {
  it('moves a top-level item with its sub-rows, before or after whole blocks', () => {
    expect(ids(moveRow(agenda, 'b', 'a'))).toEqual(['b', 'b>b1', 'b>b2', 'a', 'c']);
    expect(ids(moveRow(agenda, 'a', 'c'))).toEqual(['b', 'b>b1', 'b>b2', 'c', 'a']);
    // Dropped on a sub-row, the item lands beside that sub-row's whole block.
    expect(ids(moveRow(agenda, 'c', 'b1'))).toEqual(['a', 'c', 'b', 'b>b1', 'b>b2']);
    expect(ids(moveRow(agenda, 'a', 'b2'))).toEqual(['b', 'b>b1', 'b>b2', 'a', 'c']);
  });

  it('moves a sub-row among its siblings or under another item', () => {
    expect(ids(moveRow(agenda, 'b2', 'b1'))).toEqual(['a', 'b', 'b>b2', 'b>b1', 'c']);
    expect(ids(moveRow(agenda, 'b1', 'a'))).toEqual(['b1', 'a', 'b', 'b>b2', 'c']);
    expect(ids(moveRow(agenda, 'b1', 'c'))).toEqual(['a', 'b', 'b>b2', 'c', 'c>b1']);
  });

  it('ignores unknown ids and dropping on itself', () => {
    expect(moveRow(agenda, 'a', 'a')).toBe(agenda);
    expect(moveRow(agenda, 'x', 'a')).toBe(agenda);
  });

  it('indents a plain item under the item before it and lifts a sub-row out after its block', () => {
    expect(canIndent(agenda, 0)).toBe(false);
    expect(canIndent(agenda, 1)).toBe(false); // has sub-rows
    expect(canIndent(agenda, 4)).toBe(true);
    expect(ids(indent(agenda, 4))).toEqual(['a', 'b', 'b>b1', 'b>b2', 'b>c']);
    expect(ids(outdent(agenda, 2))).toEqual(['a', 'b', 'b>b2', 'b1', 'c']);
  });

  it('removes an item with its sub-rows', () => {
    expect(ids(removeRow(agenda, 'b'))).toEqual(['a', 'c']);
  });

  it('renumbers typed numbers of top-level items and keeps other numbers', () => {
    const numbered = [row('x', null, 5, '2'), row('y', null, 5, '1'), row('y1', 'y', 5, '-'), row('z', null, 5, 'II')];
    expect(renumber(numbered).map((r) => r.number)).toEqual(['1', '2', '-', 'II']);
  });

  it('gives positions per parent and the order body with created ids', () => {
    expect(withPositions(agenda).map((r) => r.position)).toEqual([0, 1, 0, 1, 2]);
    const resolve = (id: string) => (id === 'b' ? 'B-ID' : id);
    expect(orderEntries(agenda, resolve)[2]).toEqual({ id: 'b1', parentId: 'B-ID' });
  });
});

describe('schedule of unsaved rows', () => {
  it('follows the display order and marks starts after an unknown duration as lower bounds', () => {
    const rows = [row('a', null, 10), row('b', null, null), row('c', null, 20)];
    const first = scheduleOf('2021-07-07T08:00', rows);
    expect(first.schedule?.items.map((i) => [i.id, i.start?.slice(11), i.startIsExact])).toEqual([
      ['a', '08:00', true],
      ['b', '08:10', true],
      ['c', '08:10', false],
    ]);
    const moved = scheduleOf('2021-07-07T08:00', moveRow(rows, 'c', 'a'));
    expect(moved.schedule?.items.map((i) => [i.id, i.start?.slice(11)])).toEqual([
      ['c', '08:00'],
      ['a', '08:20'],
      ['b', '08:30'],
    ]);
  });

  it('gives offsets and durations but no clock time while the start is not fixed', () => {
    const rows = [row('a', null, 10), row('b', null, 25), row('c', null, null)];
    const result = scheduleOf(null, rows);
    expect(result.schedule?.items.map((i) => [i.id, i.start, i.end, i.offsetMinutes, i.durationMinutes])).toEqual([
      ['a', null, null, 0, 10],
      ['b', null, null, 10, 25],
      ['c', null, null, 35, null],
    ]);
    expect(result.schedule?.totals).toMatchObject({ end: null, endNoEarlierThan: null, knownMinutes: 35 });
    expect(['a', 'b', 'c'].map((id) => offsetText(result.schedule!.byId[id]!.offsetMinutes))).toEqual(['+0:00', '+0:10', '+0:35']);
    expect(offsetText(125)).toBe('+2:05');
  });

  it('reports a problem instead of throwing on an impossible value', () => {
    const result = scheduleOf('2021-07-07T08:00', [row('a', null, -5)]);
    expect(result.schedule).toBeNull();
    expect(result.problem?.vi).toMatch(/Thời lượng/);
  });
});
