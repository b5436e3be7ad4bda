/**
 * Lists of administrative units (đơn vị hành chính) as dated data: Đồng Tháp's 12
 * district-level units of 2021 are one list; a later reorganisation is another list,
 * never a code change. A conference can create one bridge point per unit.
 */
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
}

export interface UnitList {
  id: string;
  name: string;
  /** YYYY-MM-DD: the date on which the list describes the units. */
  validOn: string;
  units: AdministrativeUnit[];
}

/** Checks a unit list read from a reference file or a request; throws 422 `unit_list.invalid`. */
export const parseUnitList = (value: unknown, source = 'unit list'): UnitList => {
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
    return { code, name: unitName, kind };
  });
  if (problems.length > 0) {
    throw new DomainError(
      422,
      'unit_list.invalid',
      { vi: `Danh sách đơn vị hành chính không hợp lệ (${source}).`, en: `Invalid list of administrative units (${source}).` },
      problems,
    );
  }
  return { id, name, validOn, units };
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
    }));
};
