/**
 * Which bridge point and participant group a row of an imported list names: the point's
 * name ignoring diacritics, case and "Điểm cầu", then without "UBND", then without the
 * administrative level ("Cao Lãnh" for "huyện Cao Lãnh") when only one point fits; a
 * group by its organisation or its printed line.
 */
import type { FieldProblem, LocalizedMessage } from '../../domain/errors.js';
import { foldForSearch } from '../../domain/text.js';
import { participantGroupLabel } from './delegate-import-labels.js';
import type { ImportTarget } from './delegate-import-rules.js';

export interface ImportPoint {
  id: string;
  name: string;
}
export interface ImportGroup {
  id: string;
  bridgePointId: string | null;
  organisation: string;
  text: string;
}

export const key = (text: string) => foldForSearch(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
const pointKey = (name: string) => key(name).replace(/^diem cau /, '');
/** "huyện Cao Lãnh" for "UBND huyện Cao Lãnh", "thành phố …" for "TP …". */
const canonicalKey = (name: string) =>
  pointKey(name)
    .replace(/^(?:ubnd|uy ban nhan dan) /, '')
    .replace(/^tp /, 'thanh pho ')
    .replace(/^tx /, 'thi xa ');
/** Without the words of the administrative level: "cao lanh" for "huyện Cao Lãnh" (may fit several points). */
const LEVEL_WORDS = /^(?:(?:huyen|quan|thanh pho|thi xa|thi tran|xa|phuong|tinh) )+/;
const looseKey = (name: string) => canonicalKey(name).replace(LEVEL_WORDS, '');

export const problem = (path: string, code: string, message: LocalizedMessage): FieldProblem => ({ path, code, message });

const matchingByKey = <T>(items: readonly T[], keysOf: (item: T) => string[], cell: string): T[] => {
  const wanted = pointKey(cell);
  return items.filter((item) => keysOf(item).some((k) => k === wanted));
};

export interface Placement {
  point: ImportPoint | null;
  group: ImportGroup | null;
  problems: FieldProblem[];
}

export const placeRow = (
  cells: readonly string[],
  row: number,
  columnOf: (target: ImportTarget) => number,
  places: { points: readonly ImportPoint[]; groups: readonly ImportGroup[] },
  chosen: { point: ImportPoint | null; group: ImportGroup | null },
): Placement => {
  const problems: FieldProblem[] = [];
  let point = chosen.point;
  if (!point) {
    const cell = (cells[columnOf('bridgePoint')] ?? '').trim();
    // The exact name first; then without "UBND", then without "huyện"…, which may fit several points.
    let found: ImportPoint[] = [];
    for (const keyOf of cell ? [pointKey, canonicalKey, looseKey] : []) {
      found = places.points.filter((p) => keyOf(p.name) === keyOf(cell));
      if (found.length > 0) break;
    }
    if (found.length === 1) point = found[0]!;
    else if (!cell)
      problems.push(
        problem(`/rows/${row}/bridgePoint`, 'import.bridge_point_missing', { vi: 'Chưa ghi điểm cầu.', en: 'No bridge point is given.' }),
      );
    else if (found.length === 0)
      problems.push(
        problem(`/rows/${row}/bridgePoint`, 'import.bridge_point_unknown', {
          vi: `Không có điểm cầu "${cell}" trong hội nghị.`,
          en: `The conference has no bridge point "${cell}".`,
        }),
      );
    else
      problems.push(
        problem(`/rows/${row}/bridgePoint`, 'import.bridge_point_ambiguous', {
          vi: `Có nhiều điểm cầu tên "${cell}".`,
          en: `Several bridge points are named "${cell}".`,
        }),
      );
  }
  let group = chosen.group;
  const groupColumn = columnOf('participantGroup');
  const groupCell = groupColumn >= 0 ? (cells[groupColumn] ?? '').trim() : '';
  if (!group && groupCell) {
    const found = matchingByKey(places.groups, (g) => [pointKey(participantGroupLabel(g)), pointKey(g.text)], groupCell);
    if (found.length === 1) group = found[0]!;
    else
      problems.push(
        problem(
          `/rows/${row}/participantGroup`,
          'import.participant_group_unknown',
          found.length === 0
            ? { vi: `Không có thành phần "${groupCell}" trong hội nghị.`, en: `The conference has no participant group "${groupCell}".` }
            : { vi: `Có nhiều thành phần tên "${groupCell}".`, en: `Several participant groups are named "${groupCell}".` },
        ),
      );
  }
  if (point && group && group.bridgePointId !== null && group.bridgePointId !== point.id) {
    problems.push(
      problem(`/rows/${row}/participantGroup`, 'delegate.group_at_other_point', {
        vi: 'Thành phần này dự tại điểm cầu khác.',
        en: 'This participant group attends at another bridge point.',
      }),
    );
  }
  return { point, group, problems };
};
