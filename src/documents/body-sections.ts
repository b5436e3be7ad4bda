/**
 * The body of the plan as docx paragraphs: the blocks decided in plan-outline.ts, in the
 * body style (14 pt, justified, first-line indent 1.27 cm, 6 pt after).
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Conference, CostLine } from '../domain/conference.schema.js';
import { formatVnd } from './document-text.js';
import { planBodyBlocks, type BodyBlock } from './plan-outline.js';
import { run, SIZE, STYLE_IDS, TEXT_WIDTH } from './styles.js';

const bodyParagraph = (text: string, bold = false): Paragraph =>
  new Paragraph({ style: STYLE_IDS.body, keepNext: bold, children: [run(text, { bold })] });

const COST_COLUMNS = [800, TEXT_WIDTH - 800 - 2600, 2600] as const;

const costCell = (width: number, text: string, options: { bold?: boolean; alignment?: 'left' | 'center' | 'right' } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment:
          options.alignment === 'right' ? AlignmentType.RIGHT : options.alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: SIZE.pt13, bold: options.bold ?? false })],
      }),
    ],
  });

/** A bordered table STT | Nội dung | Số tiền with a total row, amounts as `1.500.000 đồng`. */
export const costTable = (lines: Pick<CostLine, 'description' | 'amountVnd'>[]): Table => {
  const [stt, description, amount] = COST_COLUMNS;
  const total = lines.reduce((sum, line) => sum + line.amountVnd, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...COST_COLUMNS],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          costCell(stt, 'STT', { bold: true, alignment: 'center' }),
          costCell(description, 'Nội dung', { bold: true, alignment: 'center' }),
          costCell(amount, 'Số tiền', { bold: true, alignment: 'center' }),
        ],
      }),
      ...lines.map(
        (line, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              costCell(stt, String(index + 1), { alignment: 'center' }),
              costCell(description, line.description),
              costCell(amount, formatVnd(line.amountVnd), { alignment: 'right' }),
            ],
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: [
          costCell(stt, ''),
          costCell(description, 'Tổng cộng', { bold: true }),
          costCell(amount, formatVnd(total), { bold: true, alignment: 'right' }),
        ],
      }),
    ],
  });
};

const blockElements = (block: BodyBlock): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'paragraph':
    case 'line':
      return [bodyParagraph(block.text)];
    case 'section':
    case 'heading':
      return [bodyParagraph(block.text, true)];
    case 'labelled':
      return [
        new Paragraph({
          style: STYLE_IDS.body,
          children: [run(block.label, { bold: true }), run(block.text.slice(block.label.length))],
        }),
      ];
    case 'costs':
      return [costTable(block.lines), new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] })];
  }
};

/** Purpose, sections I, II, … and the closing paragraph. */
export const bodySections = (conference: Conference): (Paragraph | Table)[] => planBodyBlocks(conference).flatMap(blockElements);
