/**
 * The header of a Party document (Hướng dẫn 36-HD/VPTW, 03/4/2018, of the Party Central
 * Office; sizes from its Phụ lục 3, "Mẫu trình bày thể thức văn bản"):
 * - left: the superior Party organisation, CAPS 14 upright (`ĐẢNG BỘ TỈNH LÂM ĐỒNG`), the
 *   issuing body CAPS 14 bold (`TỈNH ỦY`), a star `*` under it (II.1.2), then the number
 *   `Số 45-KH/TU`, 14 upright, no colon (II.1.3);
 * - right: `ĐẢNG CỘNG SẢN VIỆT NAM` CAPS 15 bold with a solid rule under it as long as the
 *   title (II.1.1.2), then the place and date, 14 italic (II.1.4);
 * - the type name CAPS 15–16 bold (we print 16) and the subject 14–15 bold (we print 14); a
 *   công văn's subject goes under its number, 12 italic (II.1.5, Phụ lục 3).
 * Not verified in the guide's text we could read: the size of the star (printed 14 like the
 * names) and the short rule under the subject (printed as in Decree 30 documents).
 */
import type { Paragraph, Table } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { aboutLine, documentTypeName, issuePlaceAndDate, partyNumberLine } from './document-text.js';
import { capsLines, layoutTable } from './header-parts.js';
import { centred, estimateTextWidth, rule, SIZE, TEXT_WIDTH } from './styles.js';

export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** 15 and 16 pt in half-points (Phụ lục 3 of the guide). */
export const PARTY_SIZE = { title: 30, typeName: 32 } as const;

/** Left column 7.6 cm (a superior organisation's name at 14 pt on one line); the right one holds the 15 pt title. */
export const PARTY_HEADER_COLUMNS = [4309, TEXT_WIDTH - 4309] as const;

/** A Party công văn's subject under its number: `V/v …`, 12 pt italic. */
const aboutParagraphs = (conference: Conference): Paragraph[] =>
  conference.documentType === 'CV' && conference.title.trim()
    ? [centred(aboutLine(conference.title), { size: SIZE.pt12, italics: true }, 0, 60)]
    : [];

/** The bodies, the star, the number and a công văn's subject. */
const leftColumn = (conference: Conference): Paragraph[] => [
  ...capsLines(conference.governingBody).map((line) => centred(line, { size: SIZE.pt14 })),
  ...capsLines(conference.issuingBody).map((line) => centred(line, { size: SIZE.pt14, bold: true })),
  centred('*', { size: SIZE.pt14 }),
  centred(partyNumberLine(conference), { size: SIZE.pt14 }),
  ...aboutParagraphs(conference),
];

/** The title, its rule and, under them, the place and date (where the guide's layout puts box 4, under box 1). */
const rightColumn = (conference: Conference): Paragraph[] => [
  centred(PARTY_TITLE, { size: PARTY_SIZE.title, bold: true }),
  rule(estimateTextWidth(PARTY_TITLE, PARTY_SIZE.title, true), PARTY_HEADER_COLUMNS[1]),
  centred(issuePlaceAndDate(conference.place, conference.issueDate), { size: SIZE.pt14, italics: true }, 0, 200),
];

/** The header table of a Party document, one row: bodies, star, number (and V/v) | title, rule, place and date. */
export const partyHeaderTable = (conference: Conference): Table =>
  layoutTable(PARTY_HEADER_COLUMNS, [[leftColumn(conference), rightColumn(conference)]]);

/** The type name (16 bold) and the subject (14 bold), centred, with a short rule under the subject. */
export const partyTitleBlock = (conference: Conference): Paragraph[] => {
  const typeName = documentTypeName(conference.documentType);
  const subject = conference.title
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const longest = Math.max(0, ...subject.map((line) => estimateTextWidth(line, SIZE.pt14, true)));
  return [
    ...(typeName ? [centred(typeName, { size: PARTY_SIZE.typeName, bold: true }, 0, 360)] : []),
    ...subject.map((line, index) => centred(line, { size: SIZE.pt14, bold: true }, 0, !typeName && index === 0 ? 360 : 0)),
    rule(Math.round(Math.min(TEXT_WIDTH, longest) / 3), TEXT_WIDTH, 240, 100),
  ];
};
