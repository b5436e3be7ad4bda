/**
 * The timeline of a held meeting (Diễn biến hội nghị) as .docx, for the minutes and the
 * conclusion notice: A4 landscape in the Decree 30/2020 set-up, Times New Roman; the issuing
 * body (when given), the title, the conference and its date; the table of the programme
 * (planned against actual), the table of the speeches, the list of live changes, the totals.
 * Tables repeat their header row on each page and keep rows whole.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Timeline } from '../../domain/live/live-timeline.types.js';
import { timeLine } from '../attendance/attendance-list.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { centred, documentStyles, mm, run, SIZE, STYLE_IDS } from '../styles.js';
import {
  changeLine,
  heldLine,
  ITEM_HEADERS,
  itemCells,
  SPEECH_HEADERS,
  speechCells,
  TIMELINE_TITLE,
  totalsLines,
  type TimelineMeeting,
} from './timeline-text.js';

/** STT, Nội dung, Thực hiện, Dự kiến, Thực tế, Chênh lệch, Ghi chú: 252 mm. */
export const ITEM_WIDTHS = [12, 70, 42, 26, 40, 28, 34].map(mm);
/** STT, Người phát biểu, Điểm cầu, Nội dung, Bắt đầu, Thời lượng, Được phép, Vượt: 252 mm. */
export const SPEECH_WIDTHS = [12, 45, 40, 60, 22, 26, 24, 23].map(mm);

const WIDTH = textWidth('landscape');
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const line = (text: string, options: { bold?: boolean; italics?: boolean; alignment?: Alignment } = {}) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment: options.alignment ?? AlignmentType.LEFT,
    children: [run(text, { size: SIZE.pt13, bold: options.bold, italics: options.italics })],
  });

/** A bordered table: header row repeated on each page, one cell per column, each cell a list of lines. */
const grid = (widths: number[], headers: readonly string[], rows: string[][][], centredColumns: ReadonlySet<number>) => {
  const cell = (i: number, paragraphs: Paragraph[]) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: cellMargins,
      verticalAlign: VerticalAlignTable.CENTER,
      children: paragraphs,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, i) => cell(i, [line(text, { bold: true, alignment: AlignmentType.CENTER })])),
  });
  const body = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((lines, i) => {
          const alignment = centredColumns.has(i) ? AlignmentType.CENTER : AlignmentType.LEFT;
          return cell(i, lines.length ? lines.map((text) => line(text, { alignment })) : [line('')]);
        }),
      }),
  );
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
};

const heading = (text: string) =>
  new Paragraph({ style: STYLE_IDS.compact, spacing: { before: 240, after: 120 }, children: [run(text, { bold: true })] });

const itemsTable = (timeline: Timeline) =>
  grid(
    ITEM_WIDTHS,
    ITEM_HEADERS,
    timeline.items.map((item) => {
      const cells = itemCells(item);
      return [[cells.number], [cells.content], [cells.presenter], cells.planned, cells.actual, [cells.difference], [cells.note]];
    }),
    new Set([0, 3, 4, 5]),
  );

const speechesTable = (timeline: Timeline) =>
  grid(
    SPEECH_WIDTHS,
    SPEECH_HEADERS,
    timeline.speeches.map((speech, i) => speechCells(speech, i).map((text) => [text])),
    new Set([0, 4, 5, 6, 7]),
  );

const issuerLines = (meeting: TimelineMeeting): Paragraph[] => {
  if (!meeting.issuer) return [];
  const caps = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim().toLocaleUpperCase('vi'))
      .filter(Boolean);
  return [
    ...caps(meeting.issuer.governingBody).map((l) => line(l)),
    ...caps(meeting.issuer.issuingBody).map((l) => line(l, { bold: true })),
  ];
};

const body = (meeting: TimelineMeeting, timeline: Timeline): (Paragraph | Table)[] => {
  const held = heldLine(timeline);
  const noneLine = (text: string) => line(text, { italics: true });
  return [
    ...issuerLines(meeting),
    centred(TIMELINE_TITLE, { bold: true }, 0, meeting.issuer ? 360 : 0),
    centred(meeting.title.trim().replace(/\s+/g, ' '), { bold: true }),
    centred(timeLine(meeting.startsAt), { italics: true }),
    ...(held ? [centred(held, { italics: true }, 120)] : []),
    heading('I. DIỄN BIẾN THEO CHƯƠNG TRÌNH'),
    itemsTable(timeline),
    heading('II. PHÁT BIỂU'),
    timeline.speeches.length ? speechesTable(timeline) : noneLine('Không có lượt phát biểu.'),
    heading('III. CÁC THAY ĐỔI TRONG KHI HỌP'),
    ...(timeline.changes.length
      ? timeline.changes.map((change, i) => line(`${i + 1}. ${changeLine(change)}`))
      : [noneLine('Không có thay đổi.')]),
    heading('IV. TỔNG HỢP'),
    ...totalsLines(timeline).map((text) => line(text)),
  ];
};

/** The document object; exported so tests can inspect it before packing. */
export const buildTimelineDocument = (meeting: TimelineMeeting, timeline: Timeline): Document =>
  new Document({
    creator: meeting.issuer?.issuingBody.replace(/\n/g, ' ') ?? 'diemcau',
    title: `Diễn biến hội nghị – ${meeting.title}`,
    description: 'Diễn biến hội nghị: dự kiến và thực tế',
    styles: documentStyles(),
    sections: [decree30Section('landscape', body(meeting, timeline))],
  });

export const renderTimelineDocx = async (meeting: TimelineMeeting, timeline: Timeline): Promise<Buffer> =>
  Packer.toBuffer(buildTimelineDocument(meeting, timeline));
