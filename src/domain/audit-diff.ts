/**
 * What a write changed in a plan, for the audit log: the two aggregates compared
 * collection by collection. Entities are matched by id; an added entity appears as
 * `null` before and whole after, a removed one the other way round, a changed one with
 * only its changed fields on each side (a reorder shows as changed `position`s).
 * General information shows only the changed fields. Bookkeeping (version, timestamps)
 * is left out. Pure: no I/O.
 */
import type { Conference } from './conference.schema.js';

export const DIFFED_COLLECTIONS = [
  'bridgePoints',
  'participantGroups',
  'assignments',
  'tasks',
  'agendaItems',
  'costLines',
  'distribution',
  'unclassified',
] as const;
export type DiffedCollection = (typeof DIFFED_COLLECTIONS)[number];

/** Fields of the aggregate that are not compared. */
const IGNORED_FIELDS = new Set<string>(['id', 'version', 'createdAt', 'updatedAt', 'timeZone', ...DIFFED_COLLECTIONS]);

type Fields = Record<string, unknown>;
/** By entity id: the changed fields, the whole entity, or null when it does not exist on that side. */
export type EntityChanges = Record<string, Fields | null>;

export type ConferenceDiffSide = { info?: Fields } & { [K in DiffedCollection]?: EntityChanges };

export interface ConferenceDiff {
  before: ConferenceDiffSide;
  after: ConferenceDiffSide;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Fields)[k], (b as Fields)[k]));
}

/** Fields (of the given keys) whose values differ, as [before, after]. */
function changedFields(before: Fields, after: Fields, keys: Iterable<string>): [Fields, Fields] | null {
  const b: Fields = {};
  const a: Fields = {};
  let changed = false;
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    if (!deepEqual(before[key], after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
      changed = true;
    }
  }
  return changed ? [b, a] : null;
}

function diffCollection(before: readonly Fields[], after: readonly Fields[]): [EntityChanges, EntityChanges] | null {
  const beforeById = new Map(before.map((e) => [String(e.id), e]));
  const afterById = new Map(after.map((e) => [String(e.id), e]));
  const b: EntityChanges = {};
  const a: EntityChanges = {};
  let changed = false;
  for (const [id, old] of beforeById) {
    const now = afterById.get(id);
    if (!now) {
      b[id] = old;
      a[id] = null;
      changed = true;
      continue;
    }
    const fields = changedFields(old, now, new Set([...Object.keys(old), ...Object.keys(now)]));
    if (fields) {
      [b[id], a[id]] = fields;
      changed = true;
    }
  }
  for (const [id, now] of afterById) {
    if (beforeById.has(id)) continue;
    b[id] = null;
    a[id] = now;
    changed = true;
  }
  return changed ? [b, a] : null;
}

const infoOf = (conference: Conference | null): Fields => {
  if (!conference) return {};
  return Object.fromEntries(Object.entries(conference).filter(([key]) => !IGNORED_FIELDS.has(key)));
};

/** The changes from `before` to `after`; either may be null (created, deleted). */
export function diffConference(before: Conference | null, after: Conference | null): ConferenceDiff {
  const diff: ConferenceDiff = { before: {}, after: {} };
  const infoBefore = infoOf(before);
  const infoAfter = infoOf(after);
  const info = changedFields(infoBefore, infoAfter, new Set([...Object.keys(infoBefore), ...Object.keys(infoAfter)]));
  if (info) [diff.before.info, diff.after.info] = info;
  for (const collection of DIFFED_COLLECTIONS) {
    const changes = diffCollection(before?.[collection] ?? [], after?.[collection] ?? []);
    if (changes) [diff.before[collection], diff.after[collection]] = changes;
  }
  return diff;
}

export const isEmptyDiff = (diff: ConferenceDiff): boolean => Object.keys(diff.before).length === 0 && Object.keys(diff.after).length === 0;

/** Some collections of a plan: what a write of one part read before and after it. */
export type PlanParts = { [K in DiffedCollection]?: readonly Fields[] };

/**
 * The changes of a write that touched only some collections (a bridge point write reads the
 * points it changes, not the 16,242 others): the same shape as diffConference's, without info.
 */
export function diffPlanParts(before: PlanParts, after: PlanParts): ConferenceDiff {
  const diff: ConferenceDiff = { before: {}, after: {} };
  for (const collection of DIFFED_COLLECTIONS) {
    if (!before[collection] && !after[collection]) continue;
    const changes = diffCollection(before[collection] ?? [], after[collection] ?? []);
    if (changes) [diff.before[collection], diff.after[collection]] = changes;
  }
  return diff;
}
