/**
 * The importer turns one printed line "Đại diện lãnh đạo: A; B; C." into one participant
 * group per organisation, all with the same `text`. The editor shows such neighbours as
 * one line (one card) listing its organisations, as the printed plan reads. Pure functions
 * over the flat list the editor keeps; the data model stays one row per organisation.
 */
import type { ParticipantGroup } from '../../../../src/domain/conference.schema.js';

export const EVERY_OTHER = 'every_other_point';

/** The group a row is shown under: a bridge point id, or every other point. */
export const placeOf = (row: Pick<ParticipantGroup, 'scope' | 'bridgePointId'>) =>
  row.scope === 'every_other_point' ? EVERY_OTHER : (row.bridgePointId ?? EVERY_OTHER);

/** One card: a printed line and the rows (organisations) it names, in order. */
export interface ParticipantLine {
  /** The id of the first row: stable while the line keeps its first organisation. */
  key: string;
  text: string;
  category: string;
  rows: ParticipantGroup[];
}

const sameLine = (a: ParticipantGroup, b: ParticipantGroup) =>
  a.text.trim() !== '' && a.text === b.text && a.category === b.category && placeOf(a) === placeOf(b);

/** Consecutive rows with the same non-blank text, category and place form one line. */
export const linesOf = (rows: readonly ParticipantGroup[]): ParticipantLine[] => {
  const lines: ParticipantLine[] = [];
  for (const row of rows) {
    const last = lines.at(-1);
    if (last && sameLine(last.rows.at(-1)!, row)) last.rows.push(row);
    else lines.push({ key: row.id, text: row.text, category: row.category, rows: [row] });
  }
  return lines;
};

/** Applies a patch to every row of a line (e.g. the shared printed text). */
export const patchRows = (list: ParticipantGroup[], ids: readonly string[], patch: Partial<ParticipantGroup>): ParticipantGroup[] => {
  const wanted = new Set(ids);
  return list.map((row) => (wanted.has(row.id) ? { ...row, ...patch } : row));
};

export const removeRows = (list: ParticipantGroup[], ids: readonly string[]): ParticipantGroup[] => {
  const gone = new Set(ids);
  return list.filter((row) => !gone.has(row.id));
};

/**
 * Moves the line that holds `id` one line up or down among the lines of its place. Rows of
 * other places keep their slots in the list; a line moves as a whole.
 */
export const moveLine = (list: ParticipantGroup[], id: string, step: -1 | 1): ParticipantGroup[] => {
  const row = list.find((r) => r.id === id);
  if (!row) return list;
  const place = placeOf(row);
  const slots: number[] = [];
  list.forEach((r, index) => {
    if (placeOf(r) === place) slots.push(index);
  });
  const lines = linesOf(slots.map((index) => list[index]!));
  const from = lines.findIndex((line) => line.rows.some((r) => r.id === id));
  const to = from + step;
  if (from < 0 || to < 0 || to >= lines.length) return list;
  [lines[from], lines[to]] = [lines[to]!, lines[from]!];
  const reordered = lines.flatMap((line) => line.rows);
  const next = [...list];
  slots.forEach((slot, i) => {
    next[slot] = reordered[i]!;
  });
  return next;
};

/** Inserts `row` right after the row with id `afterId` (at the end when absent). */
export const insertAfter = (list: ParticipantGroup[], afterId: string, row: ParticipantGroup): ParticipantGroup[] => {
  const index = list.findIndex((r) => r.id === afterId);
  return index < 0 ? [...list, row] : [...list.slice(0, index + 1), row, ...list.slice(index + 1)];
};

/** A new organisation on the same printed line: same text, place, category and kind of attendance. */
export const anotherOrganisation = (template: ParticipantGroup, id: string): ParticipantGroup => ({
  ...template,
  id,
  position: 0,
  organisation: '',
  count: null,
  personName: '',
  isPresiding: false,
  invitedBy: '',
});
