/**
 * The document header (Decree 30/2020, Appendix I): a borderless two-column table with
 * the bodies and the number on the left, the national name, motto and place-and-date on
 * the right; then the type name and the subject, each centred.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { documentTypeName, issuePlaceAndDate, numberLine } from './document-text.js';
import { centred, estimateTextWidth, rule, SIZE, TEXT_WIDTH } from './styles.js';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column 6 cm; the right one holds the national name (13 pt bold) on one line. */
export const HEADER_COLUMNS = [3402, TEXT_WIDTH - 3402] as const;

const capsLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);

/** Length of the short rule under the issuing body: 40 % of its longest line (decree: 1/3 to 1/2). */
export const issuingBodyRuleWidth = (issuingBody: string): number =>
  Math.round(0.4 * Math.max(0, ...capsLines(issuingBody).map((line) => estimateTextWidth(line, SIZE.pt13, true))));

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: noMargins,
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });

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

/** The header table: row 1 the bodies and the national name, row 2 `Số:` and the place and date. */
export const headerTable = (conference: Conference): Table => {
  const [left, right] = HEADER_COLUMNS;
  const dateLine = issuePlaceAndDate(conference.place, conference.issueDate);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(left, leftTop(conference)), cell(right, rightTop())] }),
      new TableRow({
        children: [
          cell(left, [centred(numberLine(conference), { size: SIZE.pt13 }, 0, 120)]),
          cell(right, [centred(dateLine, { size: SIZE.pt14, italics: true }, 0, 120)]),
        ],
      }),
    ],
  });
};

/** Length of the rule under the subject: 1/3 of its longest printed line, at most a third of the page. */
export const subjectRuleWidth = (title: string): number =>
  Math.round(Math.min(TEXT_WIDTH, Math.max(0, ...title.split('\n').map((line) => estimateTextWidth(line, SIZE.pt14, true)))) / 3);

/** `KẾ HOẠCH` and the subject (trích yếu), bold 14 centred, with a short rule under the subject. */
export const titleBlock = (conference: Conference): Paragraph[] => {
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
