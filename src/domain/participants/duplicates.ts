/**
 * Finding the same person twice in a list of delegates, whatever the diacritics, case
 * and spacing of the name. Two entries are the same person when their folded names match
 * and they share a phone number or an e-mail address, or sit in the same organisation.
 */
import { foldForSearch } from '../text.js';
import { normalizePhone } from './delegate.js';

export type DuplicateReason = 'name_phone' | 'name_email' | 'name_organisation';
export const DUPLICATE_REASONS: readonly DuplicateReason[] = ['name_phone', 'name_email', 'name_organisation'];

export interface DuplicateCandidate {
  id: string;
  fullName: string;
  organisation: string;
  phone: string;
  email: string;
}

export interface DuplicateGroup {
  /** In the order of the input; the first is the one to keep. */
  ids: string[];
  /** Every reason that links some two members of the group, in DUPLICATE_REASONS order. */
  reasons: DuplicateReason[];
}

const phoneKey = (phone: string): string => normalizePhone(phone) ?? phone.replace(/\D/g, '');
const organisationKey = (organisation: string): string => foldForSearch(organisation).replace(/[^\p{L}\p{N} ]/gu, '');

const keysOf = (c: DuplicateCandidate): [DuplicateReason, string][] => {
  const name = foldForSearch(c.fullName);
  if (!name) return [];
  const keys: [DuplicateReason, string][] = [];
  const phone = phoneKey(c.phone);
  if (phone) keys.push(['name_phone', `${name}\u0000${phone}`]);
  const email = c.email.trim().toLowerCase();
  if (email) keys.push(['name_email', `${name}\u0000${email}`]);
  const organisation = organisationKey(c.organisation);
  if (organisation) keys.push(['name_organisation', `${name}\u0000${organisation}`]);
  return keys;
};

/**
 * Groups of entries that are the same person (union of every pairwise link), each with
 * at least two ids. Entries without a name are never duplicates. Groups come in the order
 * of their first member.
 */
export const findDuplicatePeople = (delegates: readonly DuplicateCandidate[]): DuplicateGroup[] => {
  const parent = delegates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstByKey = new Map<string, number>();
  const linkReasons: { index: number; reason: DuplicateReason }[] = [];
  delegates.forEach((candidate, index) => {
    for (const [reason, key] of keysOf(candidate)) {
      const mapKey = `${reason}\u0000${key}`;
      const first = firstByKey.get(mapKey);
      if (first === undefined) {
        firstByKey.set(mapKey, index);
        continue;
      }
      const [a, b] = [root(first), root(index)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      linkReasons.push({ index, reason });
    }
  });
  const members = new Map<number, number[]>();
  delegates.forEach((_, index) => {
    const r = root(index);
    const list = members.get(r);
    if (list) list.push(index);
    else members.set(r, [index]);
  });
  const reasonsByRoot = new Map<number, Set<DuplicateReason>>();
  for (const { index, reason } of linkReasons) {
    const r = root(index);
    reasonsByRoot.set(r, (reasonsByRoot.get(r) ?? new Set()).add(reason));
  }
  return [...members.entries()]
    .filter(([, indexes]) => indexes.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([r, indexes]) => ({
      ids: indexes.map((i) => delegates[i]!.id),
      reasons: DUPLICATE_REASONS.filter((reason) => reasonsByRoot.get(r)?.has(reason)),
    }));
};

/** For each id that repeats an earlier entry: the id of the first entry of its group, and why. */
export const duplicateOf = (groups: readonly DuplicateGroup[]): Map<string, { firstId: string; reasons: DuplicateReason[] }> => {
  const result = new Map<string, { firstId: string; reasons: DuplicateReason[] }>();
  for (const group of groups) {
    const [firstId, ...rest] = group.ids;
    for (const id of rest) result.set(id, { firstId: firstId!, reasons: group.reasons });
  }
  return result;
};
