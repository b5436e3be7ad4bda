/**
 * The order and the table of contents of the document pack ("Tài liệu Hội nghị"), pure: the
 * documents in agenda order (an item's documents where the item is, its sub-items' after it;
 * documents of no item at the end), each by the time it was first uploaded; and the first page
 * of each, after the cover pages.
 */
import type { AgendaItem } from '../conference.schema.js';
import { displayNumbers, orderAgenda } from '../agenda-tree.js';

interface PackDocument {
  id: string;
  agendaItemId: string | null;
  createdAt: string;
}

type AgendaFacts = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'number'>;

/** The documents in the order of the agenda, then those of no item (or of an item since deleted); ties by upload time, then id. */
export const packOrder = <D extends PackDocument>(agenda: readonly AgendaFacts[], documents: readonly D[]): D[] => {
  const rank = new Map(orderAgenda(agenda).ordered.map(({ item }, index) => [item.id, index]));
  const rankOf = (d: D) => (d.agendaItemId !== null ? (rank.get(d.agendaItemId) ?? rank.size) : rank.size);
  return [...documents].sort((a, b) => rankOf(a) - rankOf(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
};

/** `Nội dung 2` for a document of agenda item 2; a sub-item is named by its parent's number. */
export const agendaLabels = (agenda: readonly AgendaFacts[]): Map<string, string> => {
  const numbers = displayNumbers(agenda);
  const labels = new Map<string, string>();
  for (const item of agenda) {
    const own = numbers[item.id] ?? '';
    const number = own === '-' && item.parentId ? (numbers[item.parentId] ?? '') : own;
    labels.set(item.id, number ? `Nội dung ${number}` : '');
  }
  return labels;
};

/** The first page of each document in the pack: after `coverPages`, each starting where the previous ended. */
export const firstPages = (coverPages: number, pageCounts: readonly number[]): number[] => {
  const starts: number[] = [];
  let next = coverPages + 1;
  for (const count of pageCounts) {
    starts.push(next);
    next += count;
  }
  return starts;
};
