/**
 * Protocol order (thứ tự nghi thức) of delegates: the explicit rank when the secretariat gave
 * one (typed, imported from Excel, set by drag), else the rank of the delegate's participant
 * group (thành phần) when it has one, else the default of the title (title-rank.ts), else none.
 * Ranked delegates come first, by rank; the unranked follow in the order given.
 * Pure: the callers pass the list in their existing order (name), which breaks the ties.
 */
import { foldForSearch } from '../text.js';

export { titleRank } from './title-rank.js';

/** Explicit ranks go from 1 to this. */
export const PROTOCOL_RANK_MAX = 9999;

export interface ProtocolRanked {
  /** The rank the secretariat gave, or null. */
  protocolRank: number | null;
  /** The rank of the delegate's participant group, or null (no group, or a group without a rank). */
  groupRank: number | null;
  /** The default from the title, or null when the title is not recognised. */
  titleRank: number | null;
}

export type RankSource = 'explicit' | 'group' | 'title' | 'none';

export const rankSource = (d: ProtocolRanked): RankSource =>
  d.protocolRank !== null ? 'explicit' : d.groupRank !== null ? 'group' : d.titleRank !== null ? 'title' : 'none';

export const effectiveRank = (d: ProtocolRanked): number | null => d.protocolRank ?? d.groupRank ?? d.titleRank;

const numberOrNull = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** The ranks of a stored row read with its group's rank (snake case, numbers maybe as strings from PostgreSQL). */
export const rankOfRow = (row: { protocol_rank: number | null; group_rank: number | null; title_rank: number | null }): ProtocolRanked => ({
  protocolRank: numberOrNull(row.protocol_rank),
  groupRank: numberOrNull(row.group_rank),
  titleRank: numberOrNull(row.title_rank),
});

/** Ranked before unranked, then by rank; 0 for two unranked or equal ranks (the caller's order decides). */
export const compareProtocol = (a: ProtocolRanked, b: ProtocolRanked): number => {
  const ra = effectiveRank(a);
  const rb = effectiveRank(b);
  if (ra === null || rb === null) return ra === rb ? 0 : ra === null ? 1 : -1;
  return ra - rb;
};

/** The items in protocol order; ties and the unranked keep the order given (stable). */
export const sortByProtocol = <T extends ProtocolRanked>(items: readonly T[]): T[] =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compareProtocol(a.item, b.item) || a.index - b.index)
    .map(({ item }) => item);

/** An explicit rank as a spreadsheet cell or a form writes it: '' → null, "3" or "3." → 3, anything else → undefined. */
export const parseProtocolRank = (cell: string): number | null | undefined => {
  const text = cell.trim().replace(/\.$/, '');
  if (!text) return null;
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const rank = Number(text);
  return rank >= 1 && rank <= PROTOCOL_RANK_MAX ? rank : undefined;
};

export interface RankChange {
  id: string;
  from: number | null;
  to: number | null;
}

/**
 * Moves one delegate before or after another in the protocol order of their hall (drag and
 * drop, or the up and down buttons) and returns the explicit ranks to write. The list is
 * numbered 1, 2, 3 … from the top down to the moved delegate, and on while the next one's rank
 * would not follow; the rest keep their ranks (the group's and the title's stay theirs), the
 * unranked below stay unranked. A delegate ranked by group or title that is renumbered gets an
 * explicit rank.
 */
export const moveInProtocolOrder = <T extends ProtocolRanked & { id: string }>(
  ordered: readonly T[],
  movedId: string,
  targetId: string,
  place: 'before' | 'after',
): RankChange[] | null => {
  const moved = ordered.find((d) => d.id === movedId);
  if (!moved || !ordered.some((d) => d.id === targetId)) return null;
  if (movedId === targetId) return [];
  const rest = ordered.filter((d) => d.id !== movedId);
  const at = rest.findIndex((d) => d.id === targetId) + (place === 'after' ? 1 : 0);
  const next = [...rest.slice(0, at), moved, ...rest.slice(at)];
  let end = next.indexOf(moved);
  // Position i is given rank i + 1; the one after keeps its rank only when it is larger.
  while (end + 1 < next.length) {
    const rank = effectiveRank(next[end + 1]!);
    if (rank === null || rank > end + 1) break;
    end += 1;
  }
  return next
    .slice(0, end + 1)
    .map((d, i) => ({ id: d.id, from: d.protocolRank, to: i + 1 }))
    .filter((change) => change.from !== change.to);
};

/** Who chairs, as the plan names them: a person's name, a title, or both (either may be ''). */
export interface ChairOfPlan {
  personName: string;
  title: string;
}

const same = (a: string, b: string) => a !== '' && foldForSearch(a) === foldForSearch(b);

/**
 * The chair among the delegates of a hall: the one with the plan's chair's name, else the one
 * whose title is the chair's title; else the first in protocol order (rank 1). Null for an empty hall.
 */
export const findChair = <T extends ProtocolRanked & { id: string; fullName: string; title: string }>(
  delegates: readonly T[],
  chairs: readonly ChairOfPlan[],
): T | null => {
  for (const chair of chairs) {
    const byName = delegates.find((d) => same(chair.personName, d.fullName));
    if (byName) return byName;
  }
  for (const chair of chairs) {
    const byTitle = delegates.find((d) => same(chair.title, d.title));
    if (byTitle) return byTitle;
  }
  return sortByProtocol(delegates)[0] ?? null;
};
