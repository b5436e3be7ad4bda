/**
 * The Roman-numbered sections of the body (I time and place, II participants, III
 * assignments, IV funding). Each handler takes a numbered heading or a line and answers
 * whether it placed it; the caller keeps what is not placed as unclassified. Headings are
 * recognised by their numbering (1., 1.1.), never by Markdown levels. Pure.
 */
import { foldForSearch } from '../domain/text.js';
import { cooperatingAgenciesOf, parseAssignmentHeading, producedDocuments } from './assignments.js';
import { parseStartTime } from './conference-time.js';
import { isRemoteCategory, parseParticipantLine, parsePointHeading } from './participants.js';
import { addUnclassified, fit, type PlanBuilder } from './plan-builder.js';
import { bulletText } from './plan-lines.js';

export type SectionKind = 'time_place' | 'participants' | 'assignments' | 'funding' | 'other';

export const sectionKindOf = (title: string): SectionKind => {
  const folded = foldForSearch(title);
  if (/thanh phan|dai bieu|khach moi/.test(folded)) return 'participants';
  if (/phan cong|to chuc thuc hien|nhiem vu/.test(folded)) return 'assignments';
  if (/kinh phi/.test(folded)) return 'funding';
  if (/thoi gian|dia diem|chuong trinh/.test(folded)) return 'time_place';
  return 'other';
};

export interface Heading {
  /** `1`, `1.2` */
  number: string;
  depth: number;
  title: string;
  /** The heading as printed. */
  text: string;
}

/** `1. Sở Nội vụ`, `1.1. Khách mời …`, `1.2 Cơ quan …` → numbered heading; a single number needs its dot. */
export const parseNumberedHeading = (text: string): Heading | null => {
  const match = /^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(\S.*)$/u.exec(text);
  if (!match) return null;
  const number = match[1]!;
  if (!number.includes('.') && !match[2]) return null;
  return { number, depth: number.split('.').length, title: match[3]!.trim(), text };
};

export interface SectionState {
  kind: SectionKind;
  /** The deepest heading seen, for unclassified lines. */
  heading: string;
  pointKey: string | null;
  everyOtherPoint: boolean;
  category: string;
  remote: boolean;
}

export const newSectionState = (kind: SectionKind, heading: string): SectionState => ({
  kind,
  heading,
  pointKey: null,
  everyOtherPoint: false,
  category: '',
  remote: false,
});

const stripLabel = (text: string, label: RegExp): string | null => {
  const match = label.exec(text);
  return match ? text.slice(match[0].length).trim() : null;
};

const timePlaceLine = (builder: PlanBuilder, state: SectionState, text: string): boolean => {
  const body = bulletText(text) ?? text;
  const time = stripLabel(body, /^(?:Thời gian(?: tổ chức)?|Thời điểm)\s*:\s*/iu);
  if (time !== null) {
    const parsed = parseStartTime(time);
    if (!parsed) return false;
    builder.startsAt = parsed.startsAt;
    if (parsed.weekdayNote) addUnclassified(builder, state.heading, parsed.weekdayNote);
    return true;
  }
  const venue = stripLabel(body, /^(?:Địa điểm|Hình thức(?: tổ chức)?)\s*:\s*/iu);
  if (venue !== null) {
    builder.venue = builder.venue ? `${builder.venue}\n${venue}` : venue;
    return true;
  }
  return false;
};

const hostPointKey = (builder: PlanBuilder, name = 'Điểm cầu chính', quota: number | null = null): string => {
  const existing = builder.bridgePoints.find((point) => point.isHost);
  if (existing) return existing.key;
  const key = `point-${builder.bridgePoints.length + 1}`;
  builder.bridgePoints.push({
    key,
    name,
    address: '',
    quota,
    kind: 'hall',
    isHost: true,
    operatorName: '',
    operatorPhone: '',
    operatorEmail: '',
    unitCode: null,
  });
  return key;
};

const participantHeading = (builder: PlanBuilder, state: SectionState, heading: Heading): boolean => {
  const point = heading.depth === 1 && heading.title.length <= 200 ? parsePointHeading(heading.title) : null;
  if (point) {
    state.category = '';
    state.remote = false;
    state.everyOtherPoint = point.isEveryOtherPoint;
    if (point.isEveryOtherPoint) {
      state.pointKey = null;
      state.category = fit(builder, heading.text, heading.text, 300);
      return true;
    }
    if (!builder.bridgePoints.some((p) => p.isHost)) {
      state.pointKey = hostPointKey(builder, point.name, point.quota);
      return true;
    }
    state.pointKey = `point-${builder.bridgePoints.length + 1}`;
    builder.bridgePoints.push({
      key: state.pointKey,
      name: point.name,
      address: '',
      quota: point.quota,
      kind: 'hall',
      isHost: false,
      operatorName: '',
      operatorPhone: '',
      operatorEmail: '',
      unitCode: null,
    });
    return true;
  }
  // Any other numbered heading is the category of the lines under it.
  state.category = fit(builder, heading.text, heading.text, 300);
  state.remote = isRemoteCategory(heading.text);
  if (heading.depth === 1) state.everyOtherPoint = false;
  return true;
};

const participantLine = (builder: PlanBuilder, state: SectionState, text: string): boolean => {
  // A participant is a `- ` line; a paragraph under a heading is not, and stays unclassified.
  const line = bulletText(text);
  if (line === null) return false;
  const pointKey = state.everyOtherPoint ? null : (state.pointKey ?? hostPointKey(builder));
  if (!state.everyOtherPoint) state.pointKey = pointKey;
  const printed = fit(builder, state.heading, line, 2000);
  for (const group of parseParticipantLine(line)) {
    builder.participantGroups.push({
      scope: state.everyOtherPoint ? 'every_other_point' : 'point',
      bridgePointKey: pointKey,
      category: state.category.slice(0, 300), // a heading, kept whole among unclassified when too long
      ...group,
      organisation: group.organisation.slice(0, 500),
      role: group.role.slice(0, 300),
      personName: group.personName.slice(0, 100),
      invitedBy: group.invitedBy.slice(0, 300),
      isRemote: state.remote,
      text: printed,
    });
  }
  return true;
};

const addTask = (builder: PlanBuilder, text: string) => {
  const assignment = builder.assignments[builder.assignments.length - 1];
  if (!assignment) return false;
  assignment.tasks.push({
    text: fit(builder, assignment.heading, text, 2000),
    deadline: null,
    status: 'todo',
    cooperatingAgencies: cooperatingAgenciesOf(text)
      .slice(0, 50)
      .map((a) => a.slice(0, 300)),
    agendaItemKey: null,
    producesDocument: producedDocuments(text).slice(0, 300),
  });
  return true;
};

const assignmentHeading = (builder: PlanBuilder, heading: Heading): boolean => {
  if (heading.depth !== 1) return false;
  const { leadAgency, inlineTask } = parseAssignmentHeading(heading.title);
  if (!leadAgency) return false;
  builder.assignments.push({
    leadAgency: fit(builder, heading.text, leadAgency, 300),
    cooperatingAgencies: [],
    heading: `${heading.number}. ${leadAgency}`.slice(0, 500),
    tasks: [],
  });
  if (inlineTask) addTask(builder, inlineTask);
  return true;
};

const COST = /^(.{1,400}?)\s*:\s*([\d.,\s]{1,25})\s*(?:đồng|VNĐ|VND|đ)\.?;?$/iu;

const fundingLine = (builder: PlanBuilder, text: string): boolean => {
  const line = bulletText(text) ?? text;
  const cost = COST.exec(line);
  const amount = cost ? Number(cost[2]!.replace(/[.,\s]/g, '')) : NaN;
  if (cost && Number.isSafeInteger(amount)) {
    builder.costLines.push({ description: fit(builder, 'KINH PHÍ', cost[1]!.trim(), 500), amountVnd: amount });
    return true;
  }
  builder.funding.push(line);
  return true;
};

/** A numbered heading inside a section; false when the section has no place for it. */
export const sectionHeading = (builder: PlanBuilder, state: SectionState, heading: Heading): boolean => {
  state.heading = heading.text;
  switch (state.kind) {
    case 'time_place': {
      const inline = /^[^:]+:\s*\S/u.test(heading.title) && timePlaceLine(builder, state, heading.title);
      return inline || /thoi gian|dia diem|chuong trinh/.test(foldForSearch(heading.title));
    }
    case 'participants':
      return participantHeading(builder, state, heading);
    case 'assignments':
      return assignmentHeading(builder, heading);
    default:
      return false;
  }
};

/** A line (paragraph or `- ` bullet) inside a section; false when the section has no place for it. */
export const sectionLine = (builder: PlanBuilder, state: SectionState, text: string): boolean => {
  switch (state.kind) {
    case 'time_place':
      return timePlaceLine(builder, state, text);
    case 'participants':
      return participantLine(builder, state, text);
    case 'assignments': {
      // A task is a `- ` line; a paragraph under an assignment is not, and stays unclassified.
      const task = bulletText(text);
      return task !== null && addTask(builder, task);
    }
    case 'funding':
      return fundingLine(builder, text);
    default:
      return false;
  }
};
