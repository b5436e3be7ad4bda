/**
 * The grid of a printed seat plan: the stage row on top (repeated on every page), the seat
 * numbers, then one table row per hall row with each seat's label and the delegate's name.
 * Wide halls are cut into blocks of at most SEATS_PER_BLOCK seats, each its own table.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { hallSeats, rowLetters, seatLabel, type HallLayout, type SeatState } from '../../domain/participants/seating-layout.js';
import { run, STYLE_IDS } from '../styles.js';

export const STAGE_TEXT = 'SÂN KHẤU / BỤC CHỦ TỌA';
export const SEATS_PER_BLOCK = 12;
/** Marks of seats nobody may take. */
export const BLOCKED_MARK = '×';
export const SPACED_MARK = '—';

/** Font sizes in half-points. */
const SMALL = 16;
const NAME = 20;
const SHADE = { blocked: 'BFBFBF', spaced: 'EDEDED', stage: 'D9D9D9' } as const;

export interface SeatBlock {
  /** First and last seat index (0-based, inclusive). */
  from: number;
  to: number;
}

/** Blocks of nearly equal width, each at most SEATS_PER_BLOCK seats. */
export const seatBlocks = (seatsPerRow: number): SeatBlock[] => {
  const count = Math.max(1, Math.ceil(seatsPerRow / SEATS_PER_BLOCK));
  const size = Math.ceil(seatsPerRow / count);
  return Array.from({ length: count }, (_, index) => ({
    from: index * size,
    to: Math.min(seatsPerRow, (index + 1) * size) - 1,
  })).filter((block) => block.from <= block.to);
};

export interface SeatOccupant {
  fullName: string;
  title: string;
}

const paragraph = (text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ style: STYLE_IDS.compact, alignment: AlignmentType.CENTER, children: [run(text, { size, ...options })] });

const cell = (width: number, children: Paragraph[], fill?: string, columnSpan?: number) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 40, right: 40 },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    ...(columnSpan ? { columnSpan } : {}),
    children,
  });

const seatCell = (width: number, label: string, state: SeatState, occupant: SeatOccupant | undefined): TableCell => {
  if (state === 'blocked') return cell(width, [paragraph(label, SMALL), paragraph(BLOCKED_MARK, NAME)], SHADE.blocked);
  if (state === 'spaced') return cell(width, [paragraph(label, SMALL), paragraph(SPACED_MARK, NAME)], SHADE.spaced);
  const lines = [paragraph(label, SMALL)];
  if (occupant) {
    lines.push(paragraph(occupant.fullName, NAME, { bold: true }));
    if (occupant.title.trim()) lines.push(paragraph(occupant.title.trim(), SMALL, { italics: true }));
  }
  return cell(width, lines);
};

/**
 * One table per block. `occupants` maps a seat label to who sits there; `width` is the text
 * width of the page in twips.
 */
export const seatPlanTables = (layout: HallLayout, occupants: ReadonlyMap<string, SeatOccupant>, width: number): Table[] => {
  const states = new Map(hallSeats(layout).map((seat) => [seat.label, seat.state]));
  const rowColumn = 500;
  return seatBlocks(layout.seatsPerRow).map((block) => {
    const count = block.to - block.from + 1;
    const seatWidth = Math.floor((width - rowColumn) / count);
    const columns = [rowColumn, ...Array.from({ length: count }, () => seatWidth)];
    const seats = Array.from({ length: count }, (_, i) => block.from + i);
    const stage = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [cell(rowColumn + seatWidth * count, [paragraph(STAGE_TEXT, 26, { bold: true })], SHADE.stage, count + 1)],
    });
    const numbers = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(rowColumn, [paragraph('Hàng', SMALL, { bold: true })]),
        ...seats.map((seat) => cell(seatWidth, [paragraph(String(seat + 1).padStart(2, '0'), SMALL, { bold: true })])),
      ],
    });
    const rows = Array.from({ length: layout.rows }, (_, row) => {
      const letters = rowLetters(row);
      return new TableRow({
        cantSplit: true,
        children: [
          cell(rowColumn, [paragraph(letters, NAME, { bold: true })]),
          ...seats.map((seat) => {
            const label = seatLabel(row, seat);
            return seatCell(seatWidth, label, states.get(label) ?? 'usable', occupants.get(label));
          }),
        ],
      });
    });
    return new Table({
      width: { size: rowColumn + seatWidth * count, type: WidthType.DXA },
      columnWidths: columns,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      rows: [stage, numbers, ...rows],
    });
  });
};
