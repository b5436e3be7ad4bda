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
  Header,
  HeightRule,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { MOTTO, NATIONAL_NAME } from '../header.js';
import { BLACK, centred, documentStyles, estimateTextWidth, FONT, mm, rule, run, SIZE, STYLE_IDS } from '../styles.js';
import {
  capsLines,
  COLUMN_HEADERS,
  headingLines,
  LIST_TITLE,
  rowCells,
  SIGNER_HEADING,
  SIGNER_NOTE,
  totalsLine,
  type AttendanceList,
} from './attendance-list.js';

/** A4 landscape with the decree's margins (left 30 mm for binding, right 15 mm, top and bottom 20 mm). */
export const LANDSCAPE = {
  width: mm(297),
  height: mm(210),
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
} as const;
export const LANDSCAPE_TEXT_WIDTH = LANDSCAPE.width - LANDSCAPE.marginLeft - LANDSCAPE.marginRight;

/** STT, Họ và tên, Chức vụ, Đơn vị, Xác nhận, Có mặt, Ký tên: 252 mm in all; 44 mm to sign. */
export const COLUMN_WIDTHS_MM = [12, 48, 44, 55, 29, 20, 44] as const;
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
    children: COLUMN_HEADERS.map((header, i) =>
      tableCell(COLUMN_WIDTHS[i]!, [para([{ text: header, bold: true }], AlignmentType.CENTER)]),
    ),
  });

const delegateRows = (list: AttendanceList): TableRow[] =>
  list.rows.map((row, index) => {
    const cells = rowCells(row, index);
    const name = [para([{ text: cells.fullName }])];
    if (cells.replaces) name.push(para([{ text: cells.replaces, italics: true }]));
    const columns: Paragraph[][] = [
      [para([{ text: cells.number }], AlignmentType.CENTER)],
      name,
      [para([{ text: cells.title }])],
      [para([{ text: cells.organisation }])],
      [para([{ text: cells.confirmation }], AlignmentType.CENTER)],
      [para([{ text: cells.present }], AlignmentType.CENTER)],
      [para([])],
    ];
    return new TableRow({
      cantSplit: true,
      height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
      children: columns.map((paragraphs, i) => tableCell(COLUMN_WIDTHS[i]!, paragraphs)),
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
          (children, i) =>
            new TableCell({ width: { size: i === 0 ? HALF : LANDSCAPE_TEXT_WIDTH - HALF, type: WidthType.DXA }, children }),
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
  new Paragraph({ style: STYLE_IDS.compact, spacing: { before: 160, after: 160 }, children: [run(totalsLine(list.rows), { size: SIZE.pt13 })] }),
  borderless(
    [new Paragraph({ style: STYLE_IDS.compact, children: [] })],
    [centred(SIGNER_HEADING, { size: SIZE.pt13, bold: true }), centred(SIGNER_NOTE, { size: SIZE.pt13, italics: true })],
  ),
];

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pt13, color: BLACK })],
      }),
    ],
  });

/** The document object; exported so tests can inspect it before packing. */
export const buildAttendanceDocument = (list: AttendanceList): Document =>
  new Document({
    creator: list.conference.issuingBody.replace(/\n/g, ' '),
    title: `Danh sách đại biểu dự hội nghị – ${headingLines(list).point}`,
    description: 'Danh sách đại biểu dự hội nghị theo điểm cầu',
    styles: documentStyles(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx swaps width and height for landscape itself: give the portrait sizes.
            size: { width: LANDSCAPE.height, height: LANDSCAPE.width, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: LANDSCAPE.marginTop,
              bottom: LANDSCAPE.marginBottom,
              left: LANDSCAPE.marginLeft,
              right: LANDSCAPE.marginRight,
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [topTable(list), ...headingBlock(list), attendanceTable(list), ...closingBlock(list)],
      },
    ],
  });

export const renderAttendanceDocx = async (list: AttendanceList): Promise<Buffer> =>
  Packer.toBuffer(buildAttendanceDocument(list));
