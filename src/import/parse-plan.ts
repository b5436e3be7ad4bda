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
import { newSectionState, sectionLine } from './body-sections.js';
import { agencyAndTask } from './assignments.js';
import { parseChairLine } from './chairs.js';
import { isNationalMotto, isPartyLine, isUpperCase, parseNumberLine, parsePlaceAndDate, typeFromTypeName } from './header.js';
import { OutlineStack, parseOutlineHeading } from './outline.js';
import { keepInSection, labelledLine, openSection } from './outline-sections.js';
import type { ParserState } from './parser-state.js';
import { dateOf } from './session-time.js';
import { addUnclassified, createPlanBuilder, finishDraft, fit, type PlanBuilder } from './plan-builder.js';
import { bulletText, textToLines, type PlanLine } from './plan-lines.js';
import { addAgendaRow, DEFAULT_COLUMNS, programmeHeader } from './programme.js';

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
