/**
 * The synthesis table as .docx in the Decree 30/2020 fonts: A4 landscape, Times New Roman
 * black, the drafting agency with its rule on the left and the national name and motto on the
 * right, the title and the draft's subject centred, the counts (who agreed, who did not answer
 * by the deadline: counted as agreeing, and listed), then the table with its header row
 * repeated on every page. Page numbers from page 2 (decree30Section).
 */
import {
  AlignmentType,
  Document,
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
import { synthesisSummaryLines, type SynthesisDocument } from '../../domain/consultations/consultation-rules.js';
import { longDateVi, parseDate } from '../../domain/vietnamese-dates.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { MOTTO, NATIONAL_NAME } from '../header.js';
import { capsLines } from '../header-parts.js';
import { centred, documentStyles, estimateTextWidth, mm, rule, run, SIZE, STYLE_IDS } from '../styles.js';
import { SYNTHESIS_COLUMNS, SYNTHESIS_TITLE, subjectLine } from './synthesis-columns.js';

const WIDTH = textWidth('landscape');
const COLUMN_WIDTHS = SYNTHESIS_COLUMNS.map((column) => mm(column.docxMm));
const HALF = Math.round(WIDTH * 0.4);
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

const para = (text: string, options: { bold?: boolean; italics?: boolean; centre?: boolean; size?: number } = {}) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [run(text, { size: options.size ?? SIZE.pt13, bold: options.bold, italics: options.italics })],
  });

/** A cell's text, one paragraph per line the writer made. */
const cellParagraphs = (text: string, centre = false, bold = false) =>
  String(text)
    .split('\n')
    .map((line) => para(line, { centre, bold }));

const cell = (width: number, paragraphs: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: VerticalAlignTable.CENTER,
    children: paragraphs,
  });

const header = (document: SynthesisDocument): Table => {
  const agency = capsLines(document.draftingAgency);
  const governing = capsLines(document.governingBody).filter((line) => !agency.includes(line));
  const left = [
    ...governing.map((line) => centred(line, { size: SIZE.pt13 })),
    ...agency.map((line) => centred(line, { size: SIZE.pt13, bold: true })),
    rule(Math.round(0.4 * Math.max(0, ...agency.map((l) => estimateTextWidth(l, SIZE.pt13, true)))), HALF),
  ];
  const right = [
    centred(NATIONAL_NAME, { size: SIZE.pt13, bold: true }),
    centred(MOTTO, { size: SIZE.pt14, bold: true }),
    rule(estimateTextWidth(MOTTO, SIZE.pt14, true), WIDTH - HALF),
  ];
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [HALF, WIDTH - HALF],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [left, right].map(
          (children, i) => new TableCell({ width: { size: i === 0 ? HALF : WIDTH - HALF, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });
};

/** The table of comments: single borders, the header row repeated on each page. */
export const synthesisTable = (document: SynthesisDocument): Table =>
  new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: SYNTHESIS_COLUMNS.map((column, i) => cell(COLUMN_WIDTHS[i]!, [para(column.header, { bold: true, centre: true })])),
      }),
      ...document.table.rows.map(
        (row) =>
          new TableRow({
            children: SYNTHESIS_COLUMNS.map((column, i) =>
              cell(COLUMN_WIDTHS[i]!, cellParagraphs(String(column.value(row)), column.centre)),
            ),
          }),
      ),
    ],
  });

export const buildSynthesisDocument = (document: SynthesisDocument): Document => {
  const summary = synthesisSummaryLines(document.table, longDateVi(parseDate(document.deadline)));
  return new Document({
    creator: document.draftingAgency.replace(/\n/g, ' '),
    title: `${SYNTHESIS_TITLE} – ${document.draftTitle}`,
    description: 'Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo',
    styles: documentStyles(),
    sections: [
      decree30Section('landscape', [
        header(document),
        centred(SYNTHESIS_TITLE, { size: SIZE.pt14, bold: true }, 0, 360),
        centred(subjectLine(document.draftTitle), { size: SIZE.pt14, bold: true }),
        rule(Math.round(estimateTextWidth(subjectLine(document.draftTitle), SIZE.pt14, true) / 3), WIDTH, 120),
        ...summary.map(
          (line) =>
            new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 80 }, children: [run(line, { size: SIZE.pt13, italics: true })] }),
        ),
        new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
        synthesisTable(document),
      ]),
    ],
  });
};

export const renderSynthesisDocx = async (document: SynthesisDocument): Promise<Buffer> =>
  Packer.toBuffer(buildSynthesisDocument(document));
