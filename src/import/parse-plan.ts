/**
 * Lines of a convening document → PlanDraft. The document is read in zones, in the order
 * Decree 30/2020 (and Hướng dẫn 36 for Party bodies) prints them: header and purpose, the
 * body in the document's own numbered outline, `Nơi nhận:`, the signature block, then the
 * attached programme. Every non-blank line is placed: in the structured model, in its
 * section's own text, or verbatim in `unclassified` with the heading it was found under.
 * Pure, no I/O.
 */
import type { PlanDraft, SigningAuthority } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { handlerOf, newSectionState, sectionHeading, sectionLine, type SectionState } from './body-sections.js';
import { agencyAndTask } from './assignments.js';
import { parseChairLine } from './chairs.js';
import { isNationalMotto, isPartyLine, isUpperCase, parseNumberLine, parsePlaceAndDate, typeFromTypeName } from './header.js';
import { OutlineStack, parseOutlineHeading, type OutlineHeading } from './outline.js';
import { dateOf } from './session-time.js';
import { addUnclassified, createPlanBuilder, finishDraft, fit, type PlanBuilder } from './plan-builder.js';
import { bulletText, textToLines, type PlanLine } from './plan-lines.js';
import { addAgendaRow, DEFAULT_COLUMNS, programmeHeader, type ColumnMap } from './programme.js';

type Zone = 'header' | 'body' | 'distribution' | 'signature' | 'after_signature' | 'programme';

interface ParserState {
  zone: Zone;
  outline: OutlineStack;
  /** Depth of the outline section where the current handler began. */
  sectionDepth: number;
  /** Collecting `- ` addressees after `Kính gửi:` or `… điện:`. */
  addressees: boolean;
  /** A list under a label of a letter or an invitation (`… kính mời:`, `Địa điểm:`, `đề nghị:`) read by a section's handler. */
  labelList: boolean;
  expectTitle: boolean;
  numberSeen: boolean;
  section: SectionState;
  signature: 'title' | 'name' | 'done';
  columns: ColumnMap | null;
  /** Inside a multi-line `(Kèm theo …)` note. */
  inAnnexNote: boolean;
}

const HEADER_SECTION = 'Phần đầu văn bản';
const PROGRAMME_SECTION = 'CHƯƠNG TRÌNH HỘI NGHỊ';
const AUTHORITY = /^(?:(TM|KT|TL|TUQ|Q)\.|(T\/M|K\/T|T\/L))\s*(.*)$/u;
const SIGNED = /^\(?\s*(đã ký|đã ký và đóng dấu|ký tên, đóng dấu|ký, ghi rõ họ tên)\s*\)?$/iu;
const NOTE = /^[-*]?\s*Ghi chú\s*:\s*(.*)$/iu;

const unclassified = (builder: PlanBuilder, state: ParserState, text: string) => {
  const section =
    state.zone === 'header'
      ? HEADER_SECTION
      : state.zone === 'programme'
        ? PROGRAMME_SECTION
        : state.zone === 'distribution'
          ? 'Nơi nhận'
          : state.zone === 'signature' || state.zone === 'after_signature'
            ? 'Chữ ký'
            : state.section.heading;
  addUnclassified(builder, section, text);
};

const isClosing = (text: string): boolean => {
  const folded = foldForSearch(text);
  return /thay (cho )?(thu|giay) moi/.test(folded) || /\.\/\.$/.test(text.trim()) || /^tren day la\b/.test(folded);
};

const isProgrammeTitle = (text: string): boolean =>
  isUpperCase(text) && /^chuong trinh( hoi nghi| lam viec| toa dam| hoi thao| chi tiet|$)/.test(foldForSearch(text));

const headerLine = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  if (isNationalMotto(text)) return true;
  // Hướng dẫn 36-HD/VPTW: `ĐẢNG CỘNG SẢN VIỆT NAM` on the right, a star under the issuing body.
  if (isPartyLine(text)) {
    builder.issuerKind = 'party';
    return true;
  }
  if (text === '*' || foldForSearch(text) === 'du thao') return true;
  const number = parseNumberLine(text);
  if (number) {
    builder.documentNumber = number.documentNumber;
    builder.documentSymbol = number.documentSymbol;
    if (number.documentType !== 'CV' || !builder.documentType) builder.documentType = number.documentType;
    state.numberSeen = true;
    return true;
  }
  const placeAndDate = parsePlaceAndDate(text);
  if (placeAndDate && !builder.place) {
    builder.place = placeAndDate.place;
    builder.issueDate = placeAndDate.issueDate;
    return true;
  }
  const type = typeFromTypeName(text);
  if (type && !builder.title) {
    if (!builder.documentType || builder.documentType === 'CV') builder.documentType = type;
    state.expectTitle = true;
    return true;
  }
  const subject = /^V\/v\s+(.+)$/iu.exec(text);
  if ((state.expectTitle || subject) && !builder.title) {
    builder.title = subject ? subject[1]!.trim() : text;
    state.expectTitle = false;
    return true;
  }
  if (!builder.title && !state.numberSeen && isUpperCase(text)) {
    builder.bodyLines.push(text);
    return true;
  }
  // A subject printed on two lines: the second starts in lower case.
  if (builder.title && builder.purpose.length === 0 && /^\p{Ll}/u.test(text) && !/[.:;]$/.test(builder.title)) {
    builder.title = `${builder.title} ${text}`;
    return true;
  }
  if (builder.title && labelledLine(builder, state, text)) return true;
  if (builder.title && !isUpperCase(text)) {
    builder.purpose.push(text);
    return true;
  }
  return false;
};

/**
 * Lines a letter, an invitation or a telegram gives without a numbered outline: `Kính
 * gửi:`, `… điện:`, `Thời gian:`, `Địa điểm:`, `Chủ trì:`. Placed in the model; false for others.
 */
function labelledLine(builder: PlanBuilder, state: ParserState, text: string): boolean {
  const body = bulletText(text) ?? text;
  const to = /^Kính gửi\s*:?\s*(.*)$/iu.exec(body);
  if (to) {
    if (to[1])
      builder.addressees.push(
        ...to[1]
          .split(';')
          .map((a) => a.trim().replace(/[.,;]$/, ''))
          .filter(Boolean),
      );
    else state.addressees = true;
    return true;
  }
  if (/^.{3,120}\sđiện\s*:$/u.test(body)) {
    builder.telegramLine = body;
    state.addressees = true;
    return true;
  }
  const chairs = parseChairLine(body);
  if (chairs) {
    builder.chairs.push(...chairs);
    return true;
  }
  // `Sở X trân trọng kính mời:`, `Địa điểm:`, `… đề nghị:`, `Ghi chú:` followed by `- ` lines.
  const list = /(?:kính mời|thành phần(?: tham dự)?)\s*:$/iu.test(body)
    ? 'participants'
    : /^địa điểm\s*:$/iu.test(body)
      ? 'time_place'
      : /(?:đề nghị|ghi chú)\s*:$/iu.test(body)
        ? 'assignments'
        : null;
  if (list) {
    state.section = newSectionState(list, body);
    state.labelList = true;
    if (list === 'time_place') builder.venue = builder.venue ? `${builder.venue}\n${body}` : body;
    return keepPurpose(builder, body, list);
  }
  if (/^(?:Thời gian(?: tổ chức)?|Địa điểm|Vào lúc)\b/iu.test(body)) {
    const section = newSectionState('time_place', state.section.heading);
    return sectionLine(builder, section, text);
  }
  return false;
}

/** The lead line of a list stays in the purpose text (`Sở X trân trọng kính mời:`), except the venue's label. */
const keepPurpose = (builder: PlanBuilder, text: string, list: string): boolean => {
  if (list !== 'time_place') builder.purpose.push(text);
  return true;
};

/** Where an outline section's own text goes: its paragraphs (`- ` lines one level in). */
const keepInSection = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  const key = state.section.outlineKey;
  const section = key ? builder.outline.find((s) => s.key === key) : undefined;
  // A bound section prints from the model: what its handler could not place is unclassified, for the user to place.
  if (!section || handlerOf(section.kind) !== 'other') return false;
  const bullet = bulletText(text);
  section.paragraphs.push({ level: bullet === null ? 0 : 1, text: fit(builder, section.heading, bullet ?? text, 10000) });
  return true;
};

/** A numbered heading opens a section of the outline (and of its handler); its inline text is read in it. */
const openSection = (builder: PlanBuilder, state: ParserState, heading: OutlineHeading): boolean => {
  const placed = state.outline.push(heading);
  builder.outline.push({
    key: placed.key,
    parentKey: placed.parentKey,
    numbering: heading.numbering.slice(0, 20),
    heading: fit(builder, heading.text, heading.heading || heading.title, 1000),
    kind: placed.kind,
    paragraphs: [],
  });
  state.zone = 'body';
  builder.hasStructure = true;
  const handler = handlerOf(placed.kind);
  const nested = placed.depth > state.sectionDepth && handler === state.section.kind && handler !== 'other';
  if (!nested) {
    state.section = newSectionState(handler, heading.text, placed.key);
    state.sectionDepth = placed.depth;
  }
  state.section.outlineKey = placed.key;
  const chairs = handler === 'participants' || handler === 'time_place' ? parseChairLine(`${heading.heading}: ${heading.inline}`) : null;
  if (chairs) {
    builder.chairs.push(...chairs);
    return true;
  }
  // An agency's heading holds its task (`2. Công an tỉnh: chuẩn bị …`, `1- Văn phòng Tỉnh ủy chủ trì …`).
  const depth = nested ? placed.depth - state.sectionDepth : 1;
  if (handler === 'assignments' && nested) {
    const title = heading.inline ? heading.title : (agencyAndTask(heading.title) ?? heading.title);
    if (sectionHeading(builder, state.section, { number: heading.numbering, depth: 1, title, text: heading.text })) {
      const agency = builder.assignments.at(-1)?.leadAgency;
      const section = builder.outline.at(-1)!;
      if (agency && !heading.inline && title !== heading.title) section.heading = agency;
      return true;
    }
  }
  // A subsection of a bound section: its handler reads the heading (a bridge point, a category).
  if (nested && handler !== 'assignments') {
    // `1. Điểm cầu Tỉnh: 40 đại biểu.` is a heading whole; `3.2. Tại điểm cầu chính: Giám đốc …` has lines after its colon.
    const whole =
      !heading.inline || (handler === 'participants' && /^(?:khoảng\s+|tối đa\s+)?\d+\s*(?:đại biểu|người)\.?$/iu.test(heading.inline));
    const title = whole ? heading.title : heading.heading;
    sectionHeading(builder, state.section, { number: heading.numbering, depth, title, text: heading.text });
    if (whole) return true;
  }
  if (!heading.inline) return true;
  const inline = handler === 'time_place' ? `${heading.heading}: ${heading.inline}` : `- ${heading.inline}`;
  if (sectionLine(builder, state.section, inline)) return true;
  return keepInSection(builder, state, heading.inline);
};

const bodyLine = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  if (!bulletText(text) && isClosing(text)) {
    builder.closing.push(text);
    if (/thay (cho )?(thu|giay) moi/.test(foldForSearch(text))) builder.replacesInvitation = true;
    return true;
  }
  if (sectionLine(builder, state.section, text)) return true;
  if (state.section.kind === 'time_place' || state.section.kind === 'participants') {
    const chairs = parseChairLine(bulletText(text) ?? text);
    if (chairs) {
      builder.chairs.push(...chairs);
      return true;
    }
  }
  // Purpose, form, documents and other sections keep their text; bound ones keep what their handler could not place.
  return keepInSection(builder, state, text);
};

const signatureLine = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  if (SIGNED.test(text)) return true;
  if (state.signature === 'title' && isUpperCase(text)) {
    builder.signerTitle = builder.signerTitle ? `${builder.signerTitle}\n${text}` : text;
    state.signature = 'name';
    return true;
  }
  if (state.signature !== 'done' && !isUpperCase(text) && text.split(' ').length <= 6 && !/[.;:]$/.test(text)) {
    builder.signerName = text;
    state.signature = 'done';
    state.zone = 'after_signature';
    return true;
  }
  return false;
};

const programmeLine = (builder: PlanBuilder, state: ParserState, line: PlanLine): boolean => {
  const text = line.text;
  if (state.inAnnexNote || /^\(\s*Kèm theo\b/iu.test(text)) {
    state.inAnnexNote = !text.includes(')');
    return true;
  }
  const note = NOTE.exec(text);
  if (note) {
    builder.programmeNote = builder.programmeNote ? `${builder.programmeNote}\n${note[1]}` : note[1]!;
    return true;
  }
  if (!line.cells) return false;
  const header = programmeHeader(line.cells);
  if (header) {
    state.columns = header;
    return true;
  }
  addAgendaRow(builder.agenda, line.cells, state.columns ?? DEFAULT_COLUMNS);
  return true;
};

/** Zone switches that may happen on any line: Nơi nhận, the signature, the programme. */
const switchZone = (builder: PlanBuilder, state: ParserState, text: string): boolean => {
  if (state.zone !== 'header' && isProgrammeTitle(text)) {
    state.zone = 'programme';
    builder.hasStructure = true;
    return true;
  }
  if (state.zone === 'programme') return false;
  const recipients = /^Nơi nhận\s*:\s*(.*)$/iu.exec(text);
  if (recipients) {
    state.zone = 'distribution';
    if (recipients[1]) builder.distribution.push({ text: fit(builder, 'Nơi nhận', recipients[1].replace(/^-\s*/, ''), 300) });
    return true;
  }
  const authority = AUTHORITY.exec(text);
  if (authority && isUpperCase(text) && state.zone !== 'header') {
    builder.signerAuthority = (authority[1] ? `${authority[1]}.` : authority[2]!) as SigningAuthority;
    builder.signerBody = authority[3]!.trim();
    state.zone = 'signature';
    state.signature = 'title';
    return true;
  }
  if (state.zone === 'distribution' && !bulletText(text) && isUpperCase(text)) {
    builder.signerTitle = text;
    state.zone = 'signature';
    state.signature = 'name';
    return true;
  }
  return false;
};

const placeLine = (builder: PlanBuilder, state: ParserState, line: PlanLine, text: string): boolean => {
  if (switchZone(builder, state, text)) return true;
  if (state.addressees) {
    const addressee = bulletText(text);
    if (addressee !== null && (state.zone === 'header' || state.zone === 'body')) {
      builder.addressees.push(fit(builder, 'Kính gửi', addressee.replace(/[.,;]$/, ''), 500));
      return true;
    }
    state.addressees = false;
  }
  if (state.labelList) {
    const item = bulletText(text);
    if (item !== null) {
      // Under `Ghi chú:` or `đề nghị:` only a line that names its agency is a task.
      const isTask = state.section.kind !== 'assignments' || agencyAndTask(item) !== null;
      if (isTask && sectionLine(builder, state.section, text)) return true;
      // A `- ` line the list's handler cannot read stays in the purpose text, in its place.
      builder.purpose.push(text);
      return true;
    }
    state.labelList = false;
    state.section = newSectionState('other', HEADER_SECTION);
  }
  const heading = state.zone === 'header' || state.zone === 'body' ? parseOutlineHeading(text) : null;
  const opens =
    heading !== null && (state.zone === 'body' || (builder.title !== '' && (heading.style === 'roman' || heading.style === 'arabic')));
  if (heading && opens) return openSection(builder, state, heading);
  switch (state.zone) {
    case 'header':
      return headerLine(builder, state, text);
    case 'body':
      return bodyLine(builder, state, text);
    case 'distribution': {
      builder.distribution.push({ text: fit(builder, 'Nơi nhận', bulletText(text) ?? text, 300) });
      return true;
    }
    case 'signature':
      return signatureLine(builder, state, text);
    case 'programme':
      return programmeLine(builder, state, line);
    default:
      return false;
  }
};

/** The parser over the line model; both readers end here. */
export const parsePlanLines = (lines: readonly PlanLine[]): PlanDraft => {
  const builder = createPlanBuilder();
  const state: ParserState = {
    zone: 'header',
    outline: new OutlineStack(),
    sectionDepth: 0,
    addressees: false,
    labelList: false,
    expectTitle: false,
    numberSeen: false,
    section: newSectionState('other', HEADER_SECTION),
    signature: 'done',
    columns: null,
    inAnnexNote: false,
  };
  for (const line of lines) {
    // `Ý kiến góp ý … gửi về … trước ngày 08/4/2026`: the deadline for comments on the documents.
    const comments = /góp ý.{0,300}?trước ngày\s*(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/iu.exec(line.text);
    if (comments && !builder.commentDeadline) builder.commentDeadline = dateOf(comments[1]!);
    if (line.cells && state.zone !== 'programme') {
      const header = programmeHeader(line.cells);
      if (header) {
        state.zone = 'programme';
        state.columns = header;
        builder.hasStructure = true;
        continue;
      }
      // A layout table (the header, Nơi nhận beside the signature): its cells are read as lines.
      for (const cell of line.cells) {
        for (const paragraph of cell.split('\n').filter(Boolean)) {
          if (!placeLine(builder, state, { text: paragraph, cells: null }, paragraph)) unclassified(builder, state, paragraph);
        }
      }
      continue;
    }
    if (!placeLine(builder, state, line, line.text)) unclassified(builder, state, line.text);
  }
  return finishDraft(builder);
};

/** Text in the seed's shape → PlanDraft. Pure: no I/O, no clock. */
export const parsePlanText = (text: string): PlanDraft => parsePlanLines(textToLines(text));
