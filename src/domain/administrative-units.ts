/**
 * Lists of administrative units (đơn vị hành chính) as dated data: Đồng Tháp's 12
 * district-level units of 2021 are one list; a later reorganisation is another list,
 * never a code change. A conference can create one bridge point per unit.
 */
import { ONE_POINT } from './conference-rules.js';
import { DomainError, type FieldProblem } from './errors.js';
import type { BridgePointInput, BridgePointKind } from './conference.schema.js';
import { isValidDate } from './vietnamese-dates.js';
import { normalizeText } from './text.js';

export const UNIT_KINDS = ['province', 'city', 'town', 'district', 'ward', 'commune', 'township'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface AdministrativeUnit {
  /** Official code (GSO) or a stable slug. */
  code: string;
  /** Full name with its kind, e.g. `Thành phố Sa Đéc`, `Huyện Châu Thành`. */
  name: string;
  kind: UnitKind;
  /** The unit above this one in the same list (a commune's province), null at the top. */
  parentCode: string | null;
}

export interface UnitList {
  id: string;
  name: string;
  /** YYYY-MM-DD: the date on which the list describes the units. */
  validOn: string;
  /** Where the list comes from, and what is known to be wrong with it. */
  source: string;
  note: string;
  units: AdministrativeUnit[];
}

/** Checks a unit list read from a reference file or a request; throws 422 `unit_list.invalid`. */
export const parseUnitList = (value: unknown, origin = 'unit list'): UnitList => {
  const problems: FieldProblem[] = [];
  const add = (path: string, en: string, vi: string) => problems.push({ path, code: 'unit_list.invalid', message: { vi, en } });
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? normalizeText(v) : '');
  const id = text(record.id);
  const name = text(record.name);
  const validOn = text(record.validOn);
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(id))
    add('/id', 'The id must be a lower-case slug.', 'Mã danh sách phải là chuỗi chữ thường không dấu.');
  if (!name) add('/name', 'The name must not be empty.', 'Tên danh sách không được để trống.');
  if (!isValidDate(validOn)) add('/validOn', 'validOn must be a date YYYY-MM-DD.', 'Ngày hiệu lực phải có dạng YYYY-MM-DD.');
  const source = text(record.source);
  const note = text(record.note);
  const rawUnits = Array.isArray(record.units) ? record.units : [];
  if (!Array.isArray(record.units)) add('/units', 'units must be a list.', 'Danh sách đơn vị không hợp lệ.');
  const codes = new Set<string>();
  const units = rawUnits.map((raw, index): AdministrativeUnit => {
    const unit = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const code = text(unit.code);
    const unitName = text(unit.name);
    const kind = text(unit.kind) as UnitKind;
    if (!code || code.length > 40 || codes.has(code))
      add(`/units/${index}/code`, 'Each unit needs a unique code.', 'Mỗi đơn vị cần một mã riêng.');
    if (!unitName) add(`/units/${index}/name`, 'The unit name must not be empty.', 'Tên đơn vị không được để trống.');
    if (!UNIT_KINDS.includes(kind)) add(`/units/${index}/kind`, 'Unknown kind of unit.', 'Loại đơn vị không hợp lệ.');
    codes.add(code);
    const parentCode = text(unit.parentCode) || null;
    return { code, name: unitName, kind, parentCode };
  });
  units.forEach((unit, index) => {
    if (unit.parentCode !== null && !codes.has(unit.parentCode))
      add(`/units/${index}/parentCode`, 'The parent unit is not in the list.', 'Đơn vị cấp trên không có trong danh sách.');
  });
  if (problems.length > 0) {
    throw new DomainError(
      422,
      'unit_list.invalid',
      { vi: `Danh sách đơn vị hành chính không hợp lệ (${origin}).`, en: `Invalid list of administrative units (${origin}).` },
      problems,
    );
  }
  return { id, name, validOn, source, note, units };
};

/** `Thành phố Sa Đéc` → `UBND thành phố Sa Đéc`, `Huyện Châu Thành` → `UBND huyện Châu Thành`. */
export const bridgePointNameForUnit = (unit: Pick<AdministrativeUnit, 'name'>): string => {
  const name = normalizeText(unit.name);
  return `UBND ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
};

export interface UnitsToPointsOptions {
  /** Codes to use; every unit of the list when absent. Unknown codes are an error. */
  unitCodes?: readonly string[];
  quota?: number | null;
  kind?: BridgePointKind;
}

/**
 * Bridge points for the chosen units, in the list's order, skipping units that already
 * have a point (same unitCode). Throws 422 `administrative_unit.unknown` for a code not in the list.
 */
export const unitsToBridgePoints = (
  list: UnitList,
  existingUnitCodes: ReadonlySet<string>,
  options: UnitsToPointsOptions = {},
): BridgePointInput[] => {
  const wanted = options.unitCodes ? new Set(options.unitCodes.map(normalizeText)) : null;
  if (wanted) {
    const known = new Set(list.units.map((unit) => unit.code));
    const unknown = [...wanted].filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new DomainError(
        422,
        'administrative_unit.unknown',
        { vi: `Không có đơn vị mã ${unknown.join(', ')} trong danh sách.`, en: `No unit with code ${unknown.join(', ')} in the list.` },
        unknown.map((code) => ({
          path: `/unitCodes/${options.unitCodes!.indexOf(code)}`,
          code: 'administrative_unit.unknown',
          message: { vi: 'Mã đơn vị không có trong danh sách.', en: 'Unit code not in the list.' },
        })),
      );
    }
  }
  return list.units
    .filter((unit) => (wanted ? wanted.has(unit.code) : true) && !existingUnitCodes.has(unit.code))
    .map((unit) => ({
      name: bridgePointNameForUnit(unit),
      address: '',
      quota: options.quota ?? null,
      kind: options.kind ?? 'hall',
      isHost: false,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: unit.code,
      ...ONE_POINT,
    }));
};

/** Units directly under `parentCode` in the list's order (a province's commune-level units). */
export const unitsUnder = (list: UnitList, parentCode: string): AdministrativeUnit[] =>
  list.units.filter((unit) => unit.parentCode === parentCode);

/** `Xã`, `Phường`, … as a group is named: `Điểm cầu cấp xã (Tỉnh Lâm Đồng)`. */
export const groupNameForUnits = (parent: Pick<AdministrativeUnit, 'name'>): string =>
  `Điểm cầu cấp xã thuộc ${normalizeText(parent.name)}`;

export const DEFAULT_COMMUNE_VENUE = 'Phòng họp trực tuyến của UBND cấp xã';

export interface UnitTreeOptions {
  /** Provinces (top units) whose commune-level units become named points; the others stay one group each. */
  expandCodes?: readonly string[];
  /** Where each point of a group sits. */
  venuePattern?: string;
  /** Who invites the participants at the commune points, e.g. Chủ tịch UBND cấp tỉnh. */
  invitedBy?: string;
}

const problemFor = (codes: string[]) =>
  new DomainError(
    422,
    'administrative_unit.unknown',
    {
      vi: `Không có đơn vị cấp tỉnh mã ${codes.join(', ')} trong danh sách.`,
      en: `No top-level unit with code ${codes.join(', ')} in the list.`,
    },
    codes.map((code) => ({
      path: '/expandCodes',
      code: 'administrative_unit.unknown',
      message: { vi: `Mã ${code} không có trong danh sách.`, en: `Code ${code} is not in the list.` },
    })),
  );

/**
 * A conference down to the commune level in one step: for each top unit (province) of the
 * list, its own point, then either one group of its commune-level units (a count, a venue
 * pattern, the list it expands from) or, for the provinces asked, one named point per unit.
 * Units that already have a point are skipped; a province's group is skipped when it has one
 * or when any of its communes is already a named point.
 */
export const unitTreeToBridgePoints = (
  list: UnitList,
  existing: { unitCodes: ReadonlySet<string>; groupParents: ReadonlySet<string> },
  options: UnitTreeOptions = {},
): BridgePointInput[] => {
  const tops = list.units.filter((unit) => unit.parentCode === null);
  const expand = new Set(options.expandCodes ?? []);
  const unknown = [...expand].filter((code) => !tops.some((unit) => unit.code === code));
  if (unknown.length > 0) throw problemFor(unknown);
  const point = (unit: AdministrativeUnit): BridgePointInput => ({
    name: bridgePointNameForUnit(unit),
    address: '',
    quota: null,
    kind: 'hall',
    isHost: false,
    operatorName: '',
    operatorPhone: '',
    operatorEmail: '',
    unitCode: unit.code,
    ...ONE_POINT,
  });
  const points: BridgePointInput[] = [];
  for (const top of tops) {
    if (!existing.unitCodes.has(top.code)) points.push(point(top));
    const children = unitsUnder(list, top.code);
    if (children.length === 0) continue;
    if (expand.has(top.code)) {
      for (const child of children) {
        // Named communes carry what their group would have: where each sits, and who invites there.
        if (!existing.unitCodes.has(child.code)) {
          points.push({
            ...point(child),
            kind: 'commune',
            address: options.venuePattern ?? DEFAULT_COMMUNE_VENUE,
            invitedBy: options.invitedBy ?? '',
          });
        }
      }
    } else if (!existing.groupParents.has(top.code) && !children.some((child) => existing.unitCodes.has(child.code))) {
      // A province whose communes are (partly) named points already gets no group over them.
      points.push({
        ...point(top),
        name: groupNameForUnits(top),
        kind: 'commune',
        unitCode: null,
        groupCount: children.length,
        venuePattern: options.venuePattern ?? DEFAULT_COMMUNE_VENUE,
        invitedBy: options.invitedBy ?? '',
        unitListId: list.id,
        parentUnitCode: top.code,
      });
    }
  }
  return points;
};

/** The named points that replace a group kept as a count (its units not yet present), inheriting its venue and inviter. */
export const expandGroupPoint = (
  list: UnitList,
  group: Pick<BridgePointInput, 'parentUnitCode' | 'venuePattern' | 'invitedBy' | 'quota'>,
  existingUnitCodes: ReadonlySet<string>,
): BridgePointInput[] => {
  if (!group.parentUnitCode) return [];
  return unitsUnder(list, group.parentUnitCode)
    .filter((unit) => !existingUnitCodes.has(unit.code))
    .map((unit) => ({
      name: bridgePointNameForUnit(unit),
      address: group.venuePattern,
      quota: group.quota,
      kind: 'commune',
      isHost: false,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: unit.code,
      ...ONE_POINT,
      invitedBy: group.invitedBy,
    }));
};
