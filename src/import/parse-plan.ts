/**
 * Lines of a plan → PlanDraft. The document is read in zones, in the order Decree 30/2020
 * prints them: header and purpose, Roman-numbered body sections, `Nơi nhận:`, the
 * signature block, then the attached programme. Every non-blank line is either placed or
 * kept verbatim in `unclassified` with the heading it was found under. Pure, no I/O.
 */
import type { PlanDraft, SigningAuthority } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';
import { newSectionState, parseNumberedHeading, sectionHeading, sectionKindOf, sectionLine, type SectionState } from './body-sections.js';
import { isNationalMotto, isUpperCase, parseNumberLine, parsePlaceAndDate, typeFromTypeName } from './header.js';
import { addUnclassified, createPlanBuilder, finishDraft, fit, type PlanBuilder } from './plan-builder.js';
import { bulletText, textToLines, type PlanLine } from './plan-lines.js';
import { addAgendaRow, DEFAULT_COLUMNS, programmeHeader, type ColumnMap } from './programme.js';

type Zone = 'header' | 'body' | 'distribution' | 'signature' | 'after_signature' | 'programme';

interface ParserState {
  zone: Zone;
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
const ROMAN = /^([IVX]{1,5})\.\s*(\S.*)$/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*(.*)$/u;
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
  const heading = parseNumberedHeading(text);
  if (heading) return sectionHeading(builder, state.section, heading);
  return sectionLine(builder, state.section, text);
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
    builder.signerAuthority = `${authority[1]}.` as SigningAuthority;
    builder.signerBody = authority[2]!.trim();
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
  const roman = state.zone === 'header' || state.zone === 'body' ? ROMAN.exec(text) : null;
  if (roman) {
    state.zone = 'body';
    state.section = newSectionState(sectionKindOf(roman[2]!), text);
    builder.hasStructure = true;
    return state.section.kind !== 'other';
  }
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
    expectTitle: false,
    numberSeen: false,
    section: newSectionState('other', HEADER_SECTION),
    signature: 'done',
    columns: null,
    inAnnexNote: false,
  };
  for (const line of lines) {
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
