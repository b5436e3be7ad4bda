/**
 * The handlers of the sections bound to the structured model (time and place, participants,
 * agenda, assignments, funding). Each takes a numbered heading or a line and answers
 * whether it placed it; the caller keeps what is not placed in the section's own text or
 * as unclassified. Headings are recognised by their numbering, never by Markdown levels. Pure.
 */
import { ONE_POINT } from '../domain/conference-rules.js';
import type { OutlineKind } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { chairOf, parseChairLine, PRESIDING } from './chairs.js';
import { dateOf, mentionsTime, parseSessions } from './session-time.js';
import { agencyAndTask, cooperatingAgenciesOf, parseAssignmentHeading, producedDocuments } from './assignments.js';
import { parseStartTime } from './conference-time.js';
import { isRemoteCategory, parseParticipantLine, parsePointHeading } from './participants.js';
import { addUnclassified, fit, type PlanBuilder } from './plan-builder.js';
import { bulletText } from './plan-lines.js';

export type SectionKind = 'time_place' | 'participants' | 'assignments' | 'funding' | 'agenda' | 'other';

/** The handler of an outline kind; purpose, form, documents and other sections keep their text. */
export const handlerOf = (kind: OutlineKind): SectionKind => {
  switch (kind) {
    case 'time_place':
    case 'participants':
    case 'assignments':
    case 'agenda':
      return kind;
    case 'budget':
      return 'funding';
    default:
      return 'other';
  }
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
  /** The section's own heading (state.heading follows its subsections). */
  sectionHeading: string;
  /** Tasks here name their own agency (no agency headings). */
  ownAgencies: boolean;
  /** The outline section the lines belong to. */
  outlineKey: string | null;
  /** The deepest heading seen, for unclassified lines. */
  heading: string;
  pointKey: string | null;
  everyOtherPoint: boolean;
  category: string;
  remote: boolean;
}

export const newSectionState = (kind: SectionKind, heading: string, outlineKey: string | null = null): SectionState => ({
  kind,
  sectionHeading: heading,
  ownAgencies: false,
  outlineKey,
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

/** The sessions of a time line; a typed weekday that contradicts its date is noted, the date kept. */
const addSessions = (builder: PlanBuilder, heading: string, text: string): boolean => {
  const sessions = parseSessions(text);
  if (sessions.length === 0) return false;
  builder.sessions.push(...sessions);
  const note = parseStartTime(text)?.weekdayNote;
  if (note) addUnclassified(builder, heading, note);
  return true;
};

/** `Điểm cầu tỉnh: Hội trường …`, `124 điểm cầu cấp xã: phòng họp …`, `Điểm cầu Trung ương: …; Bộ X bố trí phòng họp`. */
const venuePoint = (builder: PlanBuilder, text: string): boolean => {
  // `16 điểm cầu tại các Trung tâm Y tế khu vực …`: a counted group and where each point sits.
  const countedAt = /^(\d[\d.]*)\s+((?:điểm|đầu)\s+cầu)\s+tại\s+(.+)$/iu.exec(text);
  const match = countedAt
    ? [text, `${countedAt[1]} ${countedAt[2]}`, countedAt[3]!]
    : /^((?:\d[\d.]*\s+)?(?:các\s+)?(?:điểm|đầu)\s+cầu\b[^:]{0,120}?)\s*:\s*(.+)$/iu.exec(text);
  if (!match) return false;
  const name = match[1]!.trim();
  const address = match[2]!.trim().replace(/[.;]$/, '');
  const counted = /^(\d[\d.]*)\s+(.+)$/u.exec(name);
  const lent = /(?:;|,)\s*([^;,]+?)\s+bố trí (?:phòng họp|hội trường)/iu.exec(address) ?? /\bdo\s+(.+?)\s+bố trí\b/iu.exec(address);
  const groupCount = counted ? Number(counted[1]!.replace(/\./g, '')) : null;
  const pointName = counted ? counted[2]! : name;
  const folded = foldForSearch(pointName);
  const existing = builder.bridgePoints.find((point) => foldForSearch(point.name) === folded);
  if (existing) {
    existing.address ||= address.slice(0, 500);
    return true;
  }
  const isHost =
    groupCount === null && !builder.bridgePoints.some((point) => point.isHost) && !/\bcap (xa|huyen)\b|^cac\b|con lai/.test(folded);
  builder.bridgePoints.push({
    key: `point-${builder.bridgePoints.length + 1}`,
    name: pointName.charAt(0).toLocaleUpperCase('vi') + pointName.slice(1),
    address: groupCount === null ? address.slice(0, 500) : '',
    quota: null,
    kind: groupCount === null && !/^cac\b/.test(folded) ? 'hall' : 'other',
    isHost,
    operatorName: '',
    operatorPhone: '',
    operatorEmail: '',
    unitCode: null,
    ...ONE_POINT,
    groupCount: groupCount !== null && groupCount > 0 && groupCount <= 100000 ? groupCount : null,
    venuePattern: groupCount === null ? '' : address.slice(0, 500),
    lentBy: lent ? lent[1]!.trim().slice(0, 300) : '',
  });
  return true;
};

const timePlaceLine = (builder: PlanBuilder, state: SectionState, text: string): boolean => {
  const body = bulletText(text) ?? text;
  const time = stripLabel(body, /^(?:Thời gian(?: tổ chức)?|Thời điểm)\s*:\s*/iu);
  if (time !== null) return addSessions(builder, state.heading, time);
  if (/^vào lúc\b/iu.test(body)) return addSessions(builder, state.heading, body);
  const venue = stripLabel(body, /^Địa điểm(?: tổ chức)?\s*:\s*/iu);
  if (venue !== null) {
    builder.venue = builder.venue ? `${builder.venue}\n${venue}` : venue;
    // `Điểm cầu tỉnh tại …; 18 điểm cầu tại …; các điểm cầu tại …`: each point or group with its hall.
    for (const part of venue.split(';').map((p) => p.trim().replace(/[.;]$/, ''))) {
      const at = /^((?:\d[\d.]*\s+)?(?:các\s+)?điểm cầu\b.{0,80}?)\s+tại\s+(.+)$/iu.exec(part);
      if (!at) continue;
      // `các điểm cầu tại X`: the other points as one group whose number the document does not give.
      const name = /^các\b/iu.test(at[1]!) ? 'Các điểm cầu còn lại' : at[1]!;
      venuePoint(builder, /^\d/.test(name) ? `${name} tại ${at[2]}` : `${name}: ${at[2]}`);
    }
    return true;
  }
  if (venuePoint(builder, body)) {
    builder.venue = builder.venue ? `${builder.venue}\n${body}` : body;
    return true;
  }
  // `Ngày 1 (thứ Năm, 16/4/2026): Buổi sáng …`, `Vào lúc 08 giờ 00 …` without a label.
  if (mentionsTime(body) && dateOf(body) !== null) return addSessions(builder, state.heading, body);
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
    ...ONE_POINT,
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
      ...ONE_POINT,
    });
    return true;
  }
  // Any other numbered heading is the category of the lines under it.
  state.category = fit(builder, heading.text, heading.text, 300);
  state.remote = isRemoteCategory(heading.text);
  if (heading.depth === 1) state.everyOtherPoint = false;
  return true;
};

/** The point a `Tại điểm cầu X: …` line or heading names: an existing one by name, else a new one. */
const pointFor = (builder: PlanBuilder, state: SectionState, name: string): void => {
  const heading = parsePointHeading(name);
  if (!heading) return;
  const folded = foldForSearch(heading.name);
  const existing = builder.bridgePoints.find((point) => {
    const own = foldForSearch(point.name);
    return own === folded || own.endsWith(folded.replace(/^diem cau\s*/, '')) || folded.endsWith(own.replace(/^diem cau\s*/, ''));
  });
  state.category = '';
  state.remote = false;
  if (existing) {
    state.pointKey = existing.key;
    state.everyOtherPoint = false;
    return;
  }
  participantHeading(builder, state, { number: '1', depth: 1, title: heading.name, text: name });
};

const participantLine = (builder: PlanBuilder, state: SectionState, text: string): boolean => {
  // A participant is a `- ` line; a paragraph under a heading is not, and stays unclassified.
  let line = bulletText(text);
  if (line === null) return false;
  const chairs = parseChairLine(line);
  if (chairs) {
    builder.chairs.push(...chairs);
    return true;
  }
  const at = /^(?:Tại\s+)?((?:các\s+)?(?:điểm|đầu)\s+cầu\b[^:]{0,100}?)\s*:\s*(.+)$/iu.exec(line);
  if (at) {
    pointFor(builder, state, at[1]!);
    line = at[2]!;
  }
  for (const part of line.split(';')) {
    if (PRESIDING.test(part)) builder.chairs.push(chairOf('chair', part.replace(PRESIDING, ''), text));
  }
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

/** The last date of a task's text is its deadline (`hoàn thành trước ngày 16/3/2026`); a relative one is not a date. */
const deadlineOf = (text: string): string | null => {
  const dates = [...text.matchAll(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/gu)];
  return dates.length > 0 ? dateOf(dates[dates.length - 1]![0]) : null;
};

const addTask = (builder: PlanBuilder, text: string) => {
  const assignment = builder.assignments[builder.assignments.length - 1];
  if (!assignment) return false;
  assignment.tasks.push({
    text: fit(builder, assignment.heading, text, 2000),
    deadline: deadlineOf(text),
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
      if (task === null) return false;
      // `- Bộ X chuẩn bị …` under a section with no agency headings: the bullet names its own agency.
      const own = state.pointKey === null && builder.assignments.length >= 0 ? agencyAndTask(task) : null;
      if (own && (state.ownAgencies || builder.assignments.length === 0 || state.heading === state.sectionHeading)) {
        state.ownAgencies = true;
        return assignmentHeading(builder, { number: String(builder.assignments.length + 1), depth: 1, title: own, text: task });
      }
      return addTask(builder, task);
    }
    case 'funding':
      return fundingLine(builder, text);
    case 'agenda': {
      // `- Sở Nội vụ trình bày …;` is an item of the programme told in the body.
      const item = bulletText(text);
      if (item === null) return false;
      builder.bodyAgenda.push({ text: item.replace(/[;.]$/, ''), sectionKey: state.outlineKey });
      return true;
    }
    default:
      return false;
  }
};
