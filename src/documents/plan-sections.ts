/**
 * The sections of a plan printed from the structured model: time and venue, participants per
 * bridge point, assignments, funding. Pure blocks of text; plan-outline.ts puts them in the
 * fixed I–IV order, outline-body.ts under the document's own headings.
 */
import type { Conference, CostLine, ParticipantGroup } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { dashLine, hasOwnNumber, withFinalStop } from './document-text.js';
import { documentTimeText } from './document-time.js';

export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'line'; text: string }
  /** `1. Thời gian: 14 giờ …`: `label` (the start of `text`) printed bold, the rest regular. */
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'costs'; lines: Pick<CostLine, 'description' | 'amountVnd'>[] };

export type SectionKey = 'time_place' | 'participants' | 'assignments' | 'funding';

export interface Section {
  key: SectionKey;
  title: string;
  blocks: BodyBlock[];
}

/** How the sub-headings of a section are numbered: `1.` under a Roman section, `a)` under an Arabic one. */
export type SubNumbering = 'arabic' | 'letter';

/** The letters of points (điểm) in Vietnamese documents: a, b, c, d, đ, e, g, … (no f, j, w, z). */
const LETTERS = [...'abcdđeghiklmnopqrstuvxy'];

/** `1. ` or `a) ` for the n-th sub-heading. */
export const subNumber = (n: number, style: SubNumbering): string =>
  style === 'arabic' ? `${n}. ` : `${LETTERS[(n - 1) % LETTERS.length] ?? 'a'}) `;

const subHeading = (n: number, heading: string, style: SubNumbering): string =>
  hasOwnNumber(heading) ? heading.trim() : `${subNumber(n, style)}${heading.trim()}`;

export const byPosition = <T extends { position: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.position - b.position);

/**
 * `- Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).`: the weekday is computed; every
 * session as far as it is known, or a blank to fill in by hand. Never an invented time.
 */
export const timeLine = (conference: Pick<Conference, 'startsAt'> & Partial<Pick<Conference, 'sessions'>>): string =>
  `- Thời gian: ${withFinalStop(documentTimeText(conference))}`;

export const timePlaceSection = (conference: Conference): Section => {
  const lines: BodyBlock[] = [{ kind: 'line', text: timeLine(conference) }];
  if (conference.venue.trim()) lines.push({ kind: 'line', text: `- Địa điểm: ${withFinalStop(conference.venue)}` });
  if (conference.agendaItems.length === 0) return { key: 'time_place', title: 'THỜI GIAN VÀ ĐỊA ĐIỂM', blocks: lines };
  return {
    key: 'time_place',
    title: 'THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH',
    blocks: [
      { kind: 'heading', text: '1. Thời gian và địa điểm' },
      ...lines,
      { kind: 'heading', text: '2. Chương trình hội nghị: (Chương trình chi tiết kèm theo)' },
    ],
  };
};

/** `Điểm cầu Tỉnh` stays; `UBND huyện Châu Thành` becomes `Điểm cầu UBND huyện Châu Thành`. */
export const bridgePointLabel = (name: string): string => {
  const folded = foldForSearch(name);
  return folded.startsWith('diem cau') || folded.startsWith('dau cau') ? name.trim() : `Điểm cầu ${name.trim()}`;
};

const pointHeading = (number: string, name: string, quota: number | null): string =>
  quota === null ? `${number}${bridgePointLabel(name)}` : `${number}${bridgePointLabel(name)}: ${quota} đại biểu.`;

/** `1. Điểm cầu Tỉnh: 40 đại biểu.` */
export const bridgePointHeading = (n: number, name: string, quota: number | null): string => pointHeading(`${n}. `, name, quota);

/**
 * Group lines under their category headings; a heading is printed when the category changes.
 * One printed line may hold several groups (`Đại diện lãnh đạo: A; B; C.` is one group per
 * organisation, all with the same `text`): a run of groups sharing a line prints it once.
 */
const groupBlocks = (groups: ParticipantGroup[], skipCategory = false): BodyBlock[] => {
  const blocks: BodyBlock[] = [];
  let category = '';
  let previousText: string | null = null;
  for (const group of groups) {
    const next = group.category.trim();
    if (!skipCategory && next && next !== category) {
      blocks.push({ kind: 'heading', text: next });
      previousText = null;
    }
    category = next;
    if (group.text === previousText) continue;
    previousText = group.text;
    blocks.push({ kind: 'line', text: dashLine(group.text) });
  }
  return blocks;
};

export const participantsSection = (conference: Conference, style: SubNumbering = 'arabic'): Section => {
  const groups = byPosition(conference.participantGroups);
  const points = byPosition(conference.bridgePoints).sort((a, b) => Number(b.isHost) - Number(a.isHost));
  const everyOther = groups.filter((group) => group.scope === 'every_other_point');
  const blocks: BodyBlock[] = [];
  let n = 0;
  for (const point of points) {
    const own = groups.filter((group) => group.scope === 'point' && group.bridgePointId === point.id);
    const printed = point.isHost || own.length > 0 || (everyOther.length === 0 && point.quota !== null);
    if (!printed) continue;
    n += 1;
    blocks.push({ kind: 'heading', text: pointHeading(subNumber(n, style), point.name, point.quota) });
    blocks.push(...groupBlocks(own));
  }
  if (everyOther.length > 0) {
    n += 1;
    const category = everyOther.find((group) => group.category.trim())?.category ?? '';
    blocks.push({ kind: 'heading', text: subHeading(n, category.trim() || 'Các điểm cầu còn lại', style) });
    blocks.push(...groupBlocks(everyOther, true));
  }
  const unplaced = groups.filter((group) => group.scope === 'point' && !points.some((point) => point.id === group.bridgePointId));
  blocks.push(...groupBlocks(unplaced));
  return { key: 'participants', title: 'THÀNH PHẦN THAM DỰ', blocks };
};

export const assignmentsSection = (conference: Conference, style: SubNumbering = 'arabic'): Section => {
  const tasks = byPosition(conference.tasks);
  const blocks = byPosition(conference.assignments).flatMap((assignment, index): BodyBlock[] => [
    { kind: 'heading', text: subHeading(index + 1, assignment.heading.trim() || assignment.leadAgency, style) },
    ...tasks.filter((task) => task.assignmentId === assignment.id).map((task): BodyBlock => ({ kind: 'line', text: dashLine(task.text) })),
  ]);
  return { key: 'assignments', title: 'PHÂN CÔNG THỰC HIỆN', blocks };
};

export const fundingSection = (conference: Conference): Section => {
  const blocks: BodyBlock[] = [];
  if (conference.fundingSource.trim()) blocks.push({ kind: 'paragraph', text: conference.fundingSource.trim() });
  const costs = byPosition(conference.costLines);
  if (costs.length > 0) blocks.push({ kind: 'costs', lines: costs });
  return { key: 'funding', title: 'KINH PHÍ THỰC HIỆN', blocks };
};
