/**
 * The plan of a delegate import, pure: the sheet's rows, the column mapping and the
 * conference's points and groups in; the rows to insert (each placed at a bridge point and
 * maybe a group) and every problem out, with paths `/rows/<sheet row>/<field>`. The same
 * function serves the preview and the confirmation, so both see the same problems.
 */
import { Type, type Static } from 'typebox';
import type { FieldProblem } from '../../domain/errors.js';
import { DELEGATE_FIELDS, type DelegateField, type DelegateInput } from '../../domain/participants/delegate.js';
import { duplicateOf, findDuplicatePeople, type DuplicateCandidate } from '../../domain/participants/duplicates.js';
import { HEADER_ALIASES, mapRows, suggestMapping } from '../../domain/participants/spreadsheet-rows.js';
import { parseProtocolRank, PROTOCOL_RANK_MAX } from '../../domain/protocol/protocol-order.js';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../documents/spreadsheets/sheet-errors.js';
import { participantGroupLabel } from './delegate-import-labels.js';
import { key, placeRow, problem, type ImportGroup, type ImportPoint } from './delegate-import-places.js';

export type { ImportGroup, ImportPoint };

/** Where a column goes: a delegate field, the bridge point (by name), the participant group (by name) or the protocol rank. */
export const IMPORT_TARGETS = [...DELEGATE_FIELDS, 'bridgePoint', 'participantGroup', 'protocolRank'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

const Id = Type.String({ minLength: 1, maxLength: 100 });
export const ImportOptions = Type.Object(
  {
    columns: Type.Optional(
      Type.Array(Type.Union([Type.Enum([...IMPORT_TARGETS]), Type.Null()]), {
        maxItems: MAX_SHEET_COLUMNS,
        description: 'Target of each column, by position (null: ignored); suggested from the headers when absent',
      }),
    ),
    headerRow: Type.Optional(
      Type.Integer({ minimum: 0, maximum: MAX_SHEET_ROWS, description: 'Sheet row of the headers (1-based); 0: none' }),
    ),
    bridgePointId: Type.Optional(
      Type.Union([Id, Type.Null()], { description: 'Every row to this point (otherwise the "Điểm cầu" column)' }),
    ),
    participantGroupId: Type.Optional(
      Type.Union([Id, Type.Null()], { description: 'Every row to this group (otherwise the "Nhóm" column)' }),
    ),
  },
  { additionalProperties: false },
);
export type ImportOptions = Static<typeof ImportOptions>;

export interface PlannedDelegate {
  row: number;
  input: DelegateInput;
  bridgePointId: string;
  participantGroupId: string | null;
  /** Thứ tự nghi thức from the rank column; null when none (the title gives the default). */
  protocolRank: number | null;
}

export interface ImportPlan {
  /** Sheet row of the headers (1-based), 0 when none. */
  headerRow: number;
  headers: string[];
  columns: (ImportTarget | null)[];
  /** Non-blank rows under the header. */
  rowCount: number;
  planned: PlannedDelegate[];
  problems: FieldProblem[];
}

/** What the preview answers (the same checks as the confirmation, nothing written). */
export interface ImportPreview {
  headerRow: number;
  headers: string[];
  columns: (ImportTarget | null)[];
  columnCount: number;
  rowCount: number;
  validCount: number;
  /** The first rows and every row with a problem (capped). */
  rows: { row: number; cells: string[] }[];
  problems: FieldProblem[];
  problemCount: number;
  /** What the import adds at each point, beside what is there and the quota. */
  points: { bridgePointId: string; adding: number; existing: number; quota: number | null }[];
}

export interface ImportResult {
  count: number;
  bridgePointIds: string[];
}

const EXTRA_TARGETS = ['bridgePoint', 'participantGroup', 'protocolRank'] as const;
const EXTRA_ALIASES: Record<(typeof EXTRA_TARGETS)[number], readonly string[]> = {
  protocolRank: ['thu tu nghi thuc', 'thu tu', 'tt nghi thuc', 'thu tu le tan', 'protocol order', 'protocol rank', 'rank'],
  bridgePoint: ['diem cau', 'ten diem cau', 'diem cau truc tuyen', 'diem hop', 'bridge point', 'point'],
  participantGroup: ['nhom', 'thanh phan', 'nhom dai bieu', 'thanh phan tham du', 'participant group', 'group'],
};

/** How a group is named in a sheet: its organisation, else its printed line without the bullet. */
export { participantGroupLabel };

/**
 * Index of the header row among the top rows: the first that names the full name and one
 * more column (a field, the point or the group), else the first whose cell is exactly a
 * name header (a list of names only); -1 when none.
 */
export const detectImportHeader = (rows: readonly (readonly string[])[], scan = 15): number => {
  const top = rows.slice(0, scan);
  const named = top.findIndex((row) => {
    const targets = suggestColumns(row).filter(Boolean);
    return targets.includes('fullName') && targets.length >= 2;
  });
  if (named >= 0) return named;
  return top.findIndex((row) => row.some((cell) => HEADER_ALIASES.fullName.includes(key(cell ?? ''))));
};

/** The suggested target of each header cell: suggestMapping for the fields, then point and group columns. */
export const suggestColumns = (headers: readonly string[]): (ImportTarget | null)[] => {
  const fields = suggestMapping(headers);
  const columns: (ImportTarget | null)[] = headers.map((_, i) => fields[i] ?? null);
  for (const target of EXTRA_TARGETS) {
    const index = headers.findIndex((cell, i) => columns[i] === null && EXTRA_ALIASES[target].includes(key(cell ?? '')));
    if (index >= 0) columns[index] = target;
  }
  return columns;
};

const mappingProblems = (columns: readonly (ImportTarget | null)[]): FieldProblem[] =>
  EXTRA_TARGETS.filter((target) => columns.filter((c) => c === target).length > 1).map((target) =>
    problem('/columns', 'import.column_mapped_twice', {
      vi: 'Một trường được gán cho hai cột.',
      en: `Two columns are mapped to ${target}.`,
    }),
  );

export function planImport(
  sheet: readonly (readonly string[])[],
  options: ImportOptions,
  places: { points: readonly ImportPoint[]; groups: readonly ImportGroup[] },
  existing: readonly DuplicateCandidate[],
): ImportPlan {
  const headerIndex = options.headerRow !== undefined ? Math.min(options.headerRow, sheet.length) - 1 : detectImportHeader(sheet);
  const headers = headerIndex >= 0 ? [...(sheet[headerIndex] ?? [])] : [];
  const columns = options.columns ? [...options.columns] : suggestColumns(headers);
  const columnOf = (target: ImportTarget) => columns.indexOf(target);
  const fieldMapping: Record<number, DelegateField> = {};
  columns.forEach((target, i) => {
    if (target && (DELEGATE_FIELDS as readonly string[]).includes(target)) fieldMapping[i] = target as DelegateField;
  });
  const problems: FieldProblem[] = mappingProblems(columns);
  const chosenPoint = options.bridgePointId ? (places.points.find((p) => p.id === options.bridgePointId) ?? null) : null;
  const chosenGroup = options.participantGroupId ? (places.groups.find((g) => g.id === options.participantGroupId) ?? null) : null;
  if (options.bridgePointId && !chosenPoint)
    problems.push(
      problem('/bridgePointId', 'delegate.unknown_bridge_point', {
        vi: 'Điểm cầu không thuộc hội nghị này.',
        en: 'The bridge point does not belong to this conference.',
      }),
    );
  if (options.participantGroupId && !chosenGroup)
    problems.push(
      problem('/participantGroupId', 'delegate.unknown_participant_group', {
        vi: 'Thành phần không thuộc hội nghị này.',
        en: 'The participant group does not belong to this conference.',
      }),
    );
  // With a single point there is nothing to choose.
  const defaultPoint = chosenPoint ?? (places.points.length === 1 && columnOf('bridgePoint') < 0 ? places.points[0]! : null);
  if (!defaultPoint && !options.bridgePointId && columnOf('bridgePoint') < 0) {
    problems.push(
      problem('/bridgePointId', 'import.bridge_point_required', {
        vi: 'Hãy chọn điểm cầu cho danh sách, hoặc cột "Điểm cầu" của tệp.',
        en: 'Choose the bridge point of the list, or the file\'s "Điểm cầu" column.',
      }),
    );
  }
  const rowCount = sheet.filter((cells, i) => i > headerIndex && cells.some((c) => (c ?? '').trim())).length;
  if (rowCount === 0)
    problems.push(problem('/rows', 'import.no_rows', { vi: 'Tệp không có dòng đại biểu nào.', en: 'The file holds no delegate rows.' }));
  const mapped = mapRows(sheet, fieldMapping, { headerRow: headerIndex });
  for (const p of mapped.problems) {
    problems.push(problem(p.row === 0 ? '/columns' : `/rows/${p.row}/${p.field ?? 'fullName'}`, p.code, p.message));
  }
  if (problems.some((p) => !p.path.startsWith('/rows/'))) return finish(headerIndex, headers, columns, rowCount, [], problems);

  const planned: PlannedDelegate[] = [];
  mapped.valid.forEach((input, i) => {
    const row = mapped.validRows[i]!;
    const placed = placeRow(sheet[row - 1] ?? [], row, columnOf, places, { point: defaultPoint, group: chosenGroup });
    problems.push(...placed.problems);
    const rank = rankOf(sheet[row - 1] ?? [], row, columnOf('protocolRank'));
    problems.push(...rank.problems);
    if (placed.point && placed.problems.length === 0 && rank.problems.length === 0)
      planned.push({ row, input, bridgePointId: placed.point.id, participantGroupId: placed.group?.id ?? null, protocolRank: rank.value });
  });
  problems.push(...duplicatesOfStored(planned, existing));
  return finish(headerIndex, headers, columns, rowCount, planned, problems);
}

/** The rank of a row from the rank column (none: null); a cell that is not a rank from 1 to 9999 is a problem of the row. */
const rankOf = (cells: readonly string[], row: number, column: number): { value: number | null; problems: FieldProblem[] } => {
  if (column < 0) return { value: null, problems: [] };
  const cell = cells[column] ?? '';
  const value = parseProtocolRank(cell);
  if (value !== undefined) return { value, problems: [] };
  return {
    value: null,
    problems: [
      problem(`/rows/${row}/protocolRank`, 'import.protocol_rank_invalid', {
        vi: `Thứ tự nghi thức "${cell.trim()}" không hợp lệ: cần một số nguyên từ 1 đến ${PROTOCOL_RANK_MAX}, hoặc để trống.`,
        en: `The protocol rank "${cell.trim()}" is not valid: a whole number from 1 to ${PROTOCOL_RANK_MAX}, or empty.`,
      }),
    ],
  };
};

/** Rows that repeat a delegate already stored in the conference. */
const duplicatesOfStored = (planned: readonly PlannedDelegate[], existing: readonly DuplicateCandidate[]): FieldProblem[] => {
  if (existing.length === 0 || planned.length === 0) return [];
  const stored = existing.map((d) => ({ ...d, id: `stored:${d.id}` }));
  const rows = planned.map((p) => ({ id: `row:${p.row}`, ...p.input }));
  const repeats = duplicateOf(findDuplicatePeople([...stored, ...rows]));
  const names = new Map(existing.map((d) => [`stored:${d.id}`, d.fullName]));
  return rows.flatMap(({ id }) => {
    const repeat = repeats.get(id);
    if (!repeat || !repeat.firstId.startsWith('stored:')) return [];
    const name = names.get(repeat.firstId) ?? '';
    return [
      problem(`/rows/${id.slice(4)}/fullName`, 'import.duplicate_existing', {
        vi: `Đã có đại biểu "${name}" trong danh sách.`,
        en: `"${name}" is already a delegate of the conference.`,
      }),
    ];
  });
};

const rowOf = (path: string) => Number(/^\/rows\/(\d+)/.exec(path)?.[1] ?? 0);

const finish = (
  headerIndex: number,
  headers: string[],
  columns: (ImportTarget | null)[],
  rowCount: number,
  planned: PlannedDelegate[],
  problems: FieldProblem[],
): ImportPlan => {
  const failed = new Set(problems.map((p) => rowOf(p.path)).filter((row) => row > 0));
  return {
    headerRow: headerIndex + 1,
    headers,
    columns,
    rowCount,
    planned: planned.filter((p) => !failed.has(p.row)),
    problems: problems.sort((a, b) => rowOf(a.path) - rowOf(b.path)),
  };
};
