/**
 * Pieces shared by the state (Decree 30/2020) and the Party (Hướng dẫn 36-HD/VPTW) headers:
 * CAPS lines of a body's name and the borderless two-column layout table.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { TEXT_WIDTH } from './styles.js';

/** The printed lines of a body's name (one per stored line), in CAPS. */
export const capsLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: noMargins,
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });

/** A borderless table of two columns, one row per pair of cell contents. */
export const layoutTable = (columns: readonly [number, number], rows: [Paragraph[], Paragraph[]][]): Table =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(columns[0], left), cell(columns[1], right)] })),
  });
