/**
 * The document header (Decree 30/2020, Appendix I): a borderless two-column table with
 * the bodies and the number on the left, the national name, motto and place-and-date on
 * the right; then the type name and the subject, each centred. A Party document
 * (issuerKind 'party') takes the header of Hướng dẫn 36-HD/VPTW instead (party-header.ts).
 */
import { Paragraph, type Table } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { aboutLine, documentTypeName, issuePlaceAndDate, numberLine } from './document-text.js';
import { capsLines, layoutTable } from './header-parts.js';
import { partyHeaderTable, partyTitleBlock } from './party-header.js';
import { centred, estimateTextWidth, rule, SIZE, STYLE_IDS, TEXT_WIDTH } from './styles.js';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column 6 cm; the right one holds the national name (13 pt bold) on one line. */
export const HEADER_COLUMNS = [3402, TEXT_WIDTH - 3402] as const;

/** Length of the short rule under the issuing body: 40 % of its longest line (decree: 1/3 to 1/2). */
export const issuingBodyRuleWidth = (issuingBody: string): number =>
  Math.round(0.4 * Math.max(0, ...capsLines(issuingBody).map((line) => estimateTextWidth(line, SIZE.pt13, true))));

const leftTop = (conference: Conference): Paragraph[] => {
  const [width] = HEADER_COLUMNS;
  return [
    ...capsLines(conference.governingBody).map((line) => centred(line, { size: SIZE.pt13 })),
    ...capsLines(conference.issuingBody).map((line) => centred(line, { size: SIZE.pt13, bold: true })),
    rule(issuingBodyRuleWidth(conference.issuingBody), width),
  ];
};

const rightTop = (): Paragraph[] => {
  const [, width] = HEADER_COLUMNS;
  return [
    centred(NATIONAL_NAME, { size: SIZE.pt13, bold: true }),
    centred(MOTTO, { size: SIZE.pt14, bold: true }),
    rule(estimateTextWidth(MOTTO, SIZE.pt14, true), width),
  ];
};

/**
 * A công văn's subject under its number: `V/v …`, 12 pt upright, centred, 6 pt below the
 * number (Decree 30/2020 Appendix I, II.5.b: 12 to 13 pt; checked against the decree as we
 * know it, not against a text retrieved here).
 */
const aboutParagraphs = (conference: Conference): Paragraph[] =>
  conference.documentType === 'CV' && conference.title.trim() ? [centred(aboutLine(conference.title), { size: SIZE.pt12 }, 0, 120)] : [];

/** The header table: row 1 the bodies and the national name, row 2 `Số:` (and a công văn's `V/v`) and the place and date. */
export const headerTable = (conference: Conference): Table => {
  if (conference.issuerKind === 'party') return partyHeaderTable(conference);
  const dateLine = issuePlaceAndDate(conference.place, conference.issueDate);
  return layoutTable(HEADER_COLUMNS, [
    [leftTop(conference), rightTop()],
    [
      [centred(numberLine(conference), { size: SIZE.pt13 }, 0, 120), ...aboutParagraphs(conference)],
      [centred(dateLine, { size: SIZE.pt14, italics: true }, 0, 120)],
    ],
  ]);
};

/** Length of the rule under the subject: 1/3 of its longest printed line, at most a third of the page. */
export const subjectRuleWidth = (title: string): number =>
  Math.round(Math.min(TEXT_WIDTH, Math.max(0, ...title.split('\n').map((line) => estimateTextWidth(line, SIZE.pt14, true)))) / 3);

/**
 * `KẾ HOẠCH` and the subject (trích yếu), bold 14 centred, with a short rule under the subject.
 * A công văn has neither: its subject is the `V/v` line of the header.
 */
export const titleBlock = (conference: Conference): Paragraph[] => {
  if (conference.documentType === 'CV') return [new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 240 }, children: [] })];
  if (conference.issuerKind === 'party') return partyTitleBlock(conference);
  const typeName = documentTypeName(conference.documentType);
  const subject = conference.title
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return [
    ...(typeName ? [centred(typeName, { size: SIZE.pt14, bold: true }, 0, 360)] : []),
    ...subject.map((line, index) => centred(line, { size: SIZE.pt14, bold: true }, 0, !typeName && index === 0 ? 360 : 0)),
    rule(subjectRuleWidth(conference.title), TEXT_WIDTH, 240),
  ];
};
