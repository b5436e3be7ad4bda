/**
 * The attendance list of one bridge point as .docx, in the Decree 30/2020 fonts: A4
 * landscape (seven columns and room to sign), Times New Roman black, the issuing body and
 * the national name at the top, the title and the lines of the meeting centred, then the
 * table with its header row repeated on every page and rows tall enough to sign in, the
 * counts, and the block of the person who made the list. Page numbers from page 2.
 */
import {
  AlignmentType,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { decree30Section, textWidth } from '../decree30-page.js';
import { MOTTO, NATIONAL_NAME } from '../header.js';
import { centred, documentStyles, estimateTextWidth, mm, rule, run, SIZE, STYLE_IDS } from '../styles.js';
import { ATTENDANCE_COLUMNS } from './attendance-columns.js';
import {
  capsLines,
  headingLines,
  LIST_TITLE,
  rowCells,
  SIGNER_HEADING,
  SIGNER_NOTE,
  totalsLine,
  type AttendanceList,
} from './attendance-list.js';

/** Width of the text on the decree's A4 landscape page: 252 mm. */
export const LANDSCAPE_TEXT_WIDTH = textWidth('landscape');

/** STT, Họ và tên, Chức vụ, Đơn vị, Xác nhận, Có mặt, Ký tên: 252 mm in all; 44 mm to sign. */
export const COLUMN_WIDTHS_MM = ATTENDANCE_COLUMNS.map((column) => column.docxMm);
export const COLUMN_WIDTHS = COLUMN_WIDTHS_MM.map(mm);
/** Each delegate row is at least 12 mm high: room for a signature. */
export const ROW_HEIGHT = mm(12);

const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const para = (texts: { text: string; bold?: boolean; italics?: boolean }[], alignment: Alignment = AlignmentType.LEFT) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment,
    children: texts.map((t) => run(t.text, { size: SIZE.pt13, bold: t.bold, italics: t.italics })),
  });

const tableCell = (width: number, paragraphs: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: VerticalAlignTable.CENTER,
    children: paragraphs,
  });

const headerRow = () =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ATTENDANCE_COLUMNS.map((column, i) =>
      tableCell(COLUMN_WIDTHS[i]!, [para([{ text: column.header, bold: true }], AlignmentType.CENTER)]),
    ),
  });

const delegateRows = (list: AttendanceList): TableRow[] =>
  list.rows.map((row, index) => {
    const cells = rowCells(row, index);
    return new TableRow({
      cantSplit: true,
      height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
      children: ATTENDANCE_COLUMNS.map((column, i) => {
        const texts = column.text ? [{ text: column.text(cells) }] : [];
        const note = column.note?.(cells);
        const paragraphs = [para(texts, column.centre ? AlignmentType.CENTER : AlignmentType.LEFT)];
        if (note) paragraphs.push(para([{ text: note, italics: true }]));
        return tableCell(COLUMN_WIDTHS[i]!, paragraphs);
      }),
    });
  });

/** The list table: single black borders, the header row repeated on each page. */
export const attendanceTable = (list: AttendanceList): Table =>
  new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(), ...delegateRows(list)],
  });

const HALF = Math.round(LANDSCAPE_TEXT_WIDTH / 2);

const borderless = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HALF, LANDSCAPE_TEXT_WIDTH - HALF],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [left, right].map(
          (children, i) => new TableCell({ width: { size: i === 0 ? HALF : LANDSCAPE_TEXT_WIDTH - HALF, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });

/** The issuing body (with its governing body) on the left, the national name and motto on the right. */
const topTable = (list: AttendanceList) => {
  const { governingBody, issuingBody } = list.conference;
  const issuing = capsLines(issuingBody);
  const left = [
    ...capsLines(governingBody).map((line) => centred(line, { size: SIZE.pt13 })),
    ...issuing.map((line) => centred(line, { size: SIZE.pt13, bold: true })),
    rule(Math.round(0.4 * Math.max(0, ...issuing.map((l) => estimateTextWidth(l, SIZE.pt13, true)))), HALF),
  ];
  const right = [
    centred(NATIONAL_NAME, { size: SIZE.pt13, bold: true }),
    centred(MOTTO, { size: SIZE.pt14, bold: true }),
    rule(estimateTextWidth(MOTTO, SIZE.pt14, true), LANDSCAPE_TEXT_WIDTH - HALF),
  ];
  return borderless(left, right);
};

const headingBlock = (list: AttendanceList): Paragraph[] => {
  const lines = headingLines(list);
  return [
    centred(LIST_TITLE, { size: SIZE.pt14, bold: true }, 0, 360),
    centred(lines.subject, { size: SIZE.pt14, bold: true }),
    centred(lines.point, { size: SIZE.pt14, bold: true }),
    centred(lines.time, { size: SIZE.pt14, italics: true }),
    ...(lines.place ? [centred(lines.place, { size: SIZE.pt14, italics: true })] : []),
    new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 160 }, children: [] }),
  ];
};

const closingBlock = (list: AttendanceList) => [
  new Paragraph({
    style: STYLE_IDS.compact,
    spacing: { before: 160, after: 160 },
    children: [run(totalsLine(list.rows), { size: SIZE.pt13 })],
  }),
  borderless(
    [new Paragraph({ style: STYLE_IDS.compact, children: [] })],
    [centred(SIGNER_HEADING, { size: SIZE.pt13, bold: true }), centred(SIGNER_NOTE, { size: SIZE.pt13, italics: true })],
  ),
];

/** The document object; exported so tests can inspect it before packing. */
export const buildAttendanceDocument = (list: AttendanceList): Document =>
  new Document({
    creator: list.conference.issuingBody.replace(/\n/g, ' '),
    title: `Danh sách đại biểu dự hội nghị – ${headingLines(list).point}`,
    description: 'Danh sách đại biểu dự hội nghị theo điểm cầu',
    styles: documentStyles(),
    sections: [decree30Section('landscape', [topTable(list), ...headingBlock(list), attendanceTable(list), ...closingBlock(list)])],
  });

export const renderAttendanceDocx = async (list: AttendanceList): Promise<Buffer> => Packer.toBuffer(buildAttendanceDocument(list));
