/**
 * The agenda as a tree of at most two levels (an item and its "-" sub-rows), in display
 * order: top-level items by position, each followed by its children by position.
 * Pure and browser-safe: the web editor calls it on unsaved rows as the user types.
 */
import type { AgendaItem } from './conference.schema.js';
import { invalid, type FieldProblem } from './errors.js';

export type AgendaNodeLike = Pick<AgendaItem, 'id' | 'parentId' | 'position'>;

export interface AgendaBranch<T extends AgendaNodeLike> {
  item: T;
  /** Sub-rows in display order (empty for a plain item). */
  children: T[];
}

export interface OrderedAgendaItem<T extends AgendaNodeLike> {
  item: T;
  depth: 0 | 1;
}

export interface AgendaTree<T extends AgendaNodeLike> {
  branches: AgendaBranch<T>[];
  /** Parents before their children, each level by position (ties broken by id). */
  ordered: OrderedAgendaItem<T>[];
}

/** Total order of siblings: position, then id, so the result never depends on input order. */
export const compareSiblings = (a: AgendaNodeLike, b: AgendaNodeLike): number =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const problem = (index: number, field: string, code: string, vi: string, en: string): FieldProblem => ({
  path: `/agendaItems/${index}/${field}`,
  code,
  message: { vi, en },
});

/** Throws one DomainError listing every problem, so the editor can mark each row at once. */
export const throwIfProblems = (problems: FieldProblem[]): void => {
  if (problems.length === 0) return;
  throw invalid('agenda_invalid', { vi: 'Chương trình hội nghị có nội dung không hợp lệ.', en: 'The agenda has invalid items.' }, problems);
};

/** Structural problems: duplicate ids, unknown or self parents, a third level, bad positions. */
export const agendaTreeProblems = (items: readonly AgendaNodeLike[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const byId = new Map<string, AgendaNodeLike>();
  items.forEach((item, index) => {
    if (typeof item.id !== 'string' || item.id === '') {
      problems.push(problem(index, 'id', 'agenda_missing_id', 'Nội dung thiếu mã định danh.', 'The item has no id.'));
    } else if (byId.has(item.id)) {
      problems.push(problem(index, 'id', 'agenda_duplicate_item', 'Mã nội dung bị trùng.', 'Two items share this id.'));
    } else {
      byId.set(item.id, item);
    }
    if (!Number.isFinite(item.position)) {
      problems.push(problem(index, 'position', 'agenda_invalid_position', 'Thứ tự không hợp lệ.', 'The position is not a number.'));
    }
  });
  items.forEach((item, index) => {
    if (item.parentId == null) return;
    const parent = byId.get(item.parentId);
    if (item.parentId === item.id || !parent) {
      problems.push(
        problem(index, 'parentId', 'agenda_unknown_parent', 'Không tìm thấy nội dung cấp trên.', 'The parent item does not exist.'),
      );
    } else if (parent.parentId != null) {
      problems.push(
        problem(
          index,
          'parentId',
          'agenda_too_deep',
          'Chương trình chỉ có tối đa hai cấp (mục và các ý "-").',
          'The agenda nests at most two levels (an item and its sub-rows).',
        ),
      );
    }
  });
  return problems;
};

/** Builds the display order; throws a DomainError (422, `agenda_invalid`) on a malformed tree. */
export const orderAgenda = <T extends AgendaNodeLike>(items: readonly T[]): AgendaTree<T> => {
  throwIfProblems(agendaTreeProblems(items));
  const childrenOf = new Map<string, T[]>();
  const roots: T[] = [];
  for (const item of items) {
    if (item.parentId == null) roots.push(item);
    else {
      const siblings = childrenOf.get(item.parentId);
      if (siblings) siblings.push(item);
      else childrenOf.set(item.parentId, [item]);
    }
  }
  roots.sort(compareSiblings);
  const branches = roots.map((item) => ({ item, children: (childrenOf.get(item.id) ?? []).sort(compareSiblings) }));
  const ordered: OrderedAgendaItem<T>[] = [];
  for (const { item, children } of branches) {
    ordered.push({ item, depth: 0 });
    for (const child of children) ordered.push({ item: child, depth: 1 });
  }
  return { branches, ordered };
};

export type NumberedAgendaItem = AgendaNodeLike & Partial<Pick<AgendaItem, 'number'>>;

/**
 * The STT column: a number typed by the user is kept as typed; a blank one is filled
 * with the item's rank among the top-level items ("1", "2" …) or "-" for a sub-row.
 */
export const displayNumbers = (items: readonly NumberedAgendaItem[]): Record<string, string> => {
  const { ordered } = orderAgenda(items);
  let rank = 0;
  return Object.fromEntries(
    ordered.map(({ item, depth }) => {
      if (depth === 0) rank += 1;
      const typed = (item.number ?? '').trim();
      return [item.id, typed !== '' ? typed : depth === 0 ? String(rank) : '-'];
    }),
  );
};
