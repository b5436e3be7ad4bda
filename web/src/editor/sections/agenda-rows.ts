/**
 * The agenda as the editor holds it: a flat list in display order (each item followed by
 * its "-" sub-rows). Pure functions for moving rows, nesting, numbering and the schedule.
 */
import type { AgendaItem, AgendaItemInput } from '../../../../src/domain/conference.schema.js';
import { computeSchedule, type Schedule } from '../../../../src/domain/agenda-schedule.js';
import type { LocalizedMessage } from '../../../../src/domain/errors.js';

export type AgendaRow = AgendaItem;

const blockEnd = (rows: AgendaRow[], index: number): number => {
  let end = index + 1;
  while (end < rows.length && rows[end]!.parentId !== null) end += 1;
  return end;
};

const topOf = (rows: AgendaRow[], id: string): string => {
  const row = rows.find((r) => r.id === id);
  return row?.parentId ?? id;
};

/** The nearest top-level row before `index`, or null. */
const parentBefore = (rows: AgendaRow[], index: number): string | null => {
  for (let i = index - 1; i >= 0; i -= 1) if (rows[i]!.parentId === null) return rows[i]!.id;
  return null;
};

/**
 * Moves the row `activeId` to where `overId` is, as a drag and drop or a keyboard move does.
 * A top-level item moves with its sub-rows and lands before or after the whole block of the
 * item it was dropped on; a sub-row joins the item it lands under (or becomes top-level
 * when dropped above the first item).
 */
export const moveRow = (rows: AgendaRow[], activeId: string, overId: string): AgendaRow[] => {
  const from = rows.findIndex((r) => r.id === activeId);
  const to = rows.findIndex((r) => r.id === overId);
  if (from < 0 || to < 0 || from === to) return rows;
  const active = rows[from]!;
  if (active.parentId === null) {
    const targetTop = topOf(rows, overId);
    if (targetTop === active.id) return rows;
    const block = rows.slice(from, blockEnd(rows, from));
    const rest = [...rows.slice(0, from), ...rows.slice(from + block.length)];
    const targetIndex = rest.findIndex((r) => r.id === targetTop);
    const insertAt = from < to ? blockEnd(rest, targetIndex) : targetIndex;
    return [...rest.slice(0, insertAt), ...block, ...rest.slice(insertAt)];
  }
  const rest = rows.filter((r) => r.id !== activeId);
  const overIndex = rest.findIndex((r) => r.id === overId);
  const insertAt = from < to ? overIndex + 1 : overIndex;
  const next = [...rest.slice(0, insertAt), active, ...rest.slice(insertAt)];
  const parentId = parentBefore(next, insertAt);
  next[insertAt] = { ...active, parentId };
  return next;
};

/** Makes a top-level item without sub-rows a sub-row of the item before it. */
export const canIndent = (rows: AgendaRow[], index: number): boolean => {
  const row = rows[index];
  if (!row || row.parentId !== null) return false;
  const hasChildren = rows[index + 1]?.parentId === row.id;
  return !hasChildren && parentBefore(rows, index) !== null;
};

export const indent = (rows: AgendaRow[], index: number): AgendaRow[] =>
  canIndent(rows, index) ? rows.map((row, i) => (i === index ? { ...row, parentId: parentBefore(rows, index), number: '-' } : row)) : rows;

/** Lifts a sub-row to the top level, right after its item's block. */
export const outdent = (rows: AgendaRow[], index: number): AgendaRow[] => {
  const row = rows[index];
  if (!row || row.parentId === null) return rows;
  const parentIndex = rows.findIndex((r) => r.id === row.parentId);
  const end = blockEnd(rows, parentIndex);
  const lifted = { ...row, parentId: null, number: '' };
  const rest = rows.filter((_, i) => i !== index);
  return [...rest.slice(0, end - 1), lifted, ...rest.slice(end - 1)];
};

/** Removes a row; an item takes its sub-rows with it. */
export const removeRow = (rows: AgendaRow[], id: string): AgendaRow[] => rows.filter((r) => r.id !== id && r.parentId !== id);

/** Typed numbers of top-level items ("1", "2" …) follow the new order; other numbers stay as typed. */
export const renumber = (rows: AgendaRow[]): AgendaRow[] => {
  let rank = 0;
  return rows.map((row) => {
    if (row.parentId !== null) return row;
    rank += 1;
    return /^\d+$/.test(row.number.trim()) ? { ...row, number: String(rank) } : row;
  });
};

/** Positions from the display order, as the server will store them. */
export const withPositions = (rows: AgendaRow[]): AgendaRow[] => {
  const counters = new Map<string | null, number>();
  return rows.map((row) => {
    const position = counters.get(row.parentId) ?? 0;
    counters.set(row.parentId, position + 1);
    return { ...row, position };
  });
};

export type ScheduleResult = { schedule: Schedule; problem: null } | { schedule: null; problem: LocalizedMessage };

/**
 * The schedule of the rows as typed, or the reason it cannot be computed yet. With the
 * conference's start not fixed (null) it has offsets and durations only, no clock times.
 */
export const scheduleOf = (startsAt: string | null, rows: AgendaRow[]): ScheduleResult => {
  try {
    return { schedule: computeSchedule(startsAt, withPositions(rows)), problem: null };
  } catch (error) {
    const fields = (error as { fields?: { message: LocalizedMessage }[] }).fields;
    const message = fields?.[0]?.message ?? (error as { localized?: LocalizedMessage }).localized;
    return { schedule: null, problem: message ?? { vi: 'Không tính được thời gian.', en: 'The times cannot be computed.' } };
  }
};

/** `+0:40`: minutes from the start of the programme, for a conference whose start is not fixed. */
export const offsetText = (minutes: number): string => `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export const toInput = (row: AgendaRow, parentId: string | null): AgendaItemInput => ({
  parentId,
  number: row.number,
  content: row.content,
  presenterOrganisation: row.presenterOrganisation,
  presenterPerson: row.presenterPerson,
  durationMinutes: row.durationMinutes,
  perSpeakerMinutes: row.perSpeakerMinutes,
  durationText: row.durationText,
  kind: row.kind,
});

/** The order body of PUT /agenda-items/order. */
export const orderEntries = (rows: AgendaRow[], resolve: (id: string) => string) =>
  rows.map((row) => ({ id: resolve(row.id), parentId: row.parentId === null ? null : resolve(row.parentId) }));
