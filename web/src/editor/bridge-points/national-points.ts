/**
 * The national conference down to the commune level, as the screen previews it: the same
 * rule the server applies (unitTreeToBridgePoints), over the points the plan already has.
 * Pure.
 */
import {
  unitTreeToBridgePoints,
  type AdministrativeUnit,
  type UnitList,
  type UnitTreeOptions,
} from '../../../../src/domain/administrative-units.js';
import type { BridgePointInput } from '../../../../src/domain/conference.schema.js';
import { pointCount } from './point-count.js';

export { pointCount };

type Point = Pick<BridgePointInput, 'unitCode' | 'groupCount' | 'parentUnitCode'>;

/** What the server skips: units that already have a point, provinces that already have a group. */
export const existingOf = (points: readonly Point[]) => ({
  unitCodes: new Set(points.flatMap((point) => (point.unitCode ? [point.unitCode] : []))),
  groupParents: new Set(points.flatMap((point) => (point.groupCount !== null && point.parentUnitCode ? [point.parentUnitCode] : []))),
});

/** A list with provinces and their commune-level units (vn-2025), not a flat one (dong-thap-2021). */
export const hasHierarchy = (list: UnitList): boolean => list.units.some((unit) => unit.parentCode !== null);

export const topUnits = (list: UnitList): AdministrativeUnit[] => list.units.filter((unit) => unit.parentCode === null);

const collator = new Intl.Collator('vi');
/** `Tỉnh Lai Châu` sorts as `Lai Châu`, `Thành phố Huế` as `Huế`. */
const sortName = (name: string) => name.replace(/^(Tỉnh|Thành phố)\s+/u, '');

/** The provinces in Vietnamese alphabetical order of their names, for picking. */
export const provincesByName = (list: UnitList): AdministrativeUnit[] =>
  [...topUnits(list)].sort((a, b) => collator.compare(sortName(a.name), sortName(b.name)));

/** The last day a date as precise as it is known may stand for: `2026` → `2026-12-31`, `2026-06` → `2026-06-31`. */
const latestDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/**
 * The list in force for a conference: the latest list valid on or before its date (the
 * 2021 districts for a 2021 plan, the 2025 provinces for a 2026 one); the latest list when
 * the date is not known or every list is newer.
 */
export const listInForce = <L extends Pick<UnitList, 'validOn'>>(lists: readonly L[], date: string | null): L | undefined => {
  const newestFirst = [...lists].sort((a, b) => b.validOn.localeCompare(a.validOn));
  if (date === null) return newestFirst[0];
  return newestFirst.find((list) => list.validOn <= latestDay(date)) ?? newestFirst[newestFirst.length - 1];
};

/** Commune-level units per province code. */
export const childCounts = (list: UnitList): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const unit of list.units) if (unit.parentCode) counts.set(unit.parentCode, (counts.get(unit.parentCode) ?? 0) + 1);
  return counts;
};

export interface TreePreview {
  provinces: number;
  named: number;
  groups: number;
  inGroups: number;
  total: number;
}

export const previewUnitTree = (list: UnitList, points: readonly Point[], options: UnitTreeOptions): TreePreview => {
  const tops = new Set(topUnits(list).map((unit) => unit.code));
  const created = unitTreeToBridgePoints(list, existingOf(points), options);
  const groups = created.filter((point) => point.groupCount !== null);
  const provinces = created.filter((point) => point.groupCount === null && point.unitCode !== null && tops.has(point.unitCode)).length;
  const named = created.length - groups.length - provinces;
  const inGroups = pointCount(groups);
  return { provinces, named, groups: groups.length, inGroups, total: provinces + named + inGroups };
};
