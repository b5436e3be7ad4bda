/**
 * The body of the plan as plain blocks: which sections appear, their numbering and the
 * text of every line. Pure: the docx builder (body-sections.ts) only styles these blocks.
 */
import type { Conference, CostLine, ParticipantGroup } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { parseDate, shortDateVi, timeVi, weekdayVi } from '../domain/vietnamese-dates.js';
import { dashLine, documentTypeNameInSentence, numberedHeading, romanNumeral, withFinalStop } from './document-text.js';

export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'line'; text: string }
  | { kind: 'costs'; lines: Pick<CostLine, 'description' | 'amountVnd'>[] };

export type SectionKey = 'time_place' | 'participants' | 'assignments' | 'funding';

interface Section {
  key: SectionKey;
  title: string;
  blocks: BodyBlock[];
}

const byPosition = <T extends { position: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.position - b.position);

/** `- Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).`: the weekday is computed. */
export const timeLine = (startsAt: string): string => {
  const date = parseDate(startsAt);
  return `- Thời gian: ${timeVi(startsAt)}, ngày ${shortDateVi(date)} (${weekdayVi(date)}).`;
};

const timePlaceSection = (conference: Conference): Section => {
  const lines: BodyBlock[] = [{ kind: 'line', text: timeLine(conference.startsAt) }];
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

/** `1. Điểm cầu Tỉnh: 40 đại biểu.` */
export const bridgePointHeading = (n: number, name: string, quota: number | null): string =>
  quota === null ? `${n}. ${bridgePointLabel(name)}` : `${n}. ${bridgePointLabel(name)}: ${quota} đại biểu.`;

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

const participantsSection = (conference: Conference): Section => {
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
    blocks.push({ kind: 'heading', text: bridgePointHeading(n, point.name, point.quota) });
    blocks.push(...groupBlocks(own));
  }
  if (everyOther.length > 0) {
    n += 1;
    const category = everyOther.find((group) => group.category.trim())?.category ?? '';
    blocks.push({ kind: 'heading', text: category.trim() ? numberedHeading(n, category) : `${n}. Các điểm cầu còn lại` });
    blocks.push(...groupBlocks(everyOther, true));
  }
  const unplaced = groups.filter((group) => group.scope === 'point' && !points.some((point) => point.id === group.bridgePointId));
  blocks.push(...groupBlocks(unplaced));
  return { key: 'participants', title: 'THÀNH PHẦN THAM DỰ', blocks };
};

const assignmentsSection = (conference: Conference): Section => {
  const tasks = byPosition(conference.tasks);
  const blocks = byPosition(conference.assignments).flatMap((assignment, index): BodyBlock[] => [
    { kind: 'heading', text: numberedHeading(index + 1, assignment.heading.trim() || assignment.leadAgency) },
    ...tasks.filter((task) => task.assignmentId === assignment.id).map((task): BodyBlock => ({ kind: 'line', text: dashLine(task.text) })),
  ]);
  return { key: 'assignments', title: 'PHÂN CÔNG THỰC HIỆN', blocks };
};

const fundingSection = (conference: Conference): Section => {
  const blocks: BodyBlock[] = [];
  if (conference.fundingSource.trim()) blocks.push({ kind: 'paragraph', text: conference.fundingSource.trim() });
  const costs = byPosition(conference.costLines);
  if (costs.length > 0) blocks.push({ kind: 'costs', lines: costs });
  return { key: 'funding', title: 'KINH PHÍ THỰC HIỆN', blocks };
};

/** The sections that have something in them, in order. */
export const planSections = (conference: Conference): Section[] =>
  [timePlaceSection(conference), participantsSection(conference), assignmentsSection(conference), fundingSection(conference)].filter(
    (section) => section.blocks.length > 0,
  );

/** The closing paragraph; `Kế hoạch này thay thư mời.` is put first when the plan replaces the invitation. */
export const closingParagraph = (conference: Conference): string => {
  const closing = conference.closingText.trim();
  if (!conference.replacesInvitation || foldForSearch(closing).includes('thay thu moi')) return closing;
  const lead = `${documentTypeNameInSentence(conference.documentType)} này thay thư mời.`;
  return closing ? `${lead} ${closing}` : lead;
};

/** Every block of the body from the purpose paragraph to the closing text, sections numbered I, II, … */
export const planBodyBlocks = (conference: Conference): BodyBlock[] => {
  const blocks: BodyBlock[] = [];
  if (conference.purpose.trim()) {
    for (const paragraph of conference.purpose
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      blocks.push({ kind: 'paragraph', text: paragraph });
    }
  }
  planSections(conference).forEach((section, index) => {
    blocks.push({ kind: 'section', text: `${romanNumeral(index + 1)}. ${section.title}` }, ...section.blocks);
  });
  const closing = closingParagraph(conference);
  if (closing) blocks.push({ kind: 'paragraph', text: closing });
  return blocks;
};
