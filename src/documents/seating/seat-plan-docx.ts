/**
 * The printable seat plan (sơ đồ chỗ ngồi) of one hall as .docx: A4 landscape, Times New
 * Roman; the title, the conference and the hall, a line on capacity and spacing, the grid of
 * seats with the stage on top, a legend, and every delegate without a seat listed by name
 * (a full hall never drops anyone silently).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { readSeating, type UnplacedReason } from '../../domain/participants/seating.js';
import { hallCapacity, type HallLayout } from '../../domain/participants/seating-layout.js';
import { parseDate, shortDateVi, timeVi, weekdayVi } from '../../domain/vietnamese-dates.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { centred, documentStyles, mm, run, SIZE, STYLE_IDS } from '../styles.js';
import { BLOCKED_MARK, seatBlocks, seatPlanTables, SPACED_MARK, type SeatOccupant } from './seat-plan-table.js';

export interface SeatPlanDelegate {
  id: string;
  /** The person who attends (the substitute's name when one was named). */
  fullName: string;
  title: string;
  seat: string;
}

export interface SeatPlanInput {
  conferenceTitle: string;
  /** The bridge point whose hall this is. */
  hallName: string;
  /** E.g. "08 giờ 00 phút, thứ Tư, ngày 07/7/2021"; omitted when empty. */
  timeLine?: string;
  layout: HallLayout;
  /** In protocol order; each is placed by its stored seat. */
  delegates: readonly SeatPlanDelegate[];
}

/** The decree's landscape page with narrower margins (15 mm, 20 mm on the binding side), for a wide grid. */
const MARGINS = { top: mm(15), bottom: mm(15), left: mm(20) };
export const LANDSCAPE_TEXT_WIDTH = textWidth('landscape', MARGINS);

/** "08 giờ 00 phút, thứ Tư, ngày 07/7/2021" from a local date-time; '' when it cannot be read. */
export const conferenceTimeLine = (startsAt: string | null): string => {
  if (!startsAt) return '';
  try {
    const date = parseDate(startsAt.slice(0, 10));
    return `${timeVi(startsAt)}, ${weekdayVi(date)}, ngày ${shortDateVi(date)}`;
  } catch {
    return '';
  }
};

const metres = (value: number) => `${String(Math.round(value * 100) / 100).replace('.', ',')} m`;

/** "Giãn cách: ngồi cách một ghế, cách một hàng" and the like. */
export const spacingText = (layout: HallLayout): string => {
  if (layout.spacing === 'every_other')
    return `Giãn cách: ngồi cách một ghế${layout.everyOtherRow ? ', cách một hàng' : ' (so le giữa các hàng)'}`;
  if (layout.spacing === 'min_distance') return `Giãn cách: tối thiểu ${metres(layout.minDistanceMetres)} giữa hai đại biểu`;
  return 'Không giãn cách';
};

const REASONS: Record<UnplacedReason, (seat: string) => string> = {
  none: () => 'Chưa có chỗ ngồi',
  unknown: (seat) => `Chỗ ngồi "${seat}" không có trong sơ đồ`,
  blocked: (seat) => `Ghế ${seat} đã bị khóa`,
  spaced: (seat) => `Ghế ${seat} để trống theo quy tắc giãn cách`,
  duplicate: (seat) => `Ghế ${seat} trùng với đại biểu khác`,
};

export const unplacedReasonText = (reason: UnplacedReason, seat: string): string => REASONS[reason](seat.trim());

const UNSEATED_COLUMNS = [700, 4300, 5000, LANDSCAPE_TEXT_WIDTH - 10000] as const;

const listCell = (width: number, text: string, bold = false, alignment: 'left' | 'center' = 'left') =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: SIZE.pt12, bold })],
      }),
    ],
  });

const unseatedTable = (rows: { delegate: SeatPlanDelegate; reason: string }[]): Table =>
  new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...UNSEATED_COLUMNS],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'].map((text, i) => listCell(UNSEATED_COLUMNS[i]!, text, true, 'center')),
      }),
      ...rows.map(
        ({ delegate, reason }, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              listCell(UNSEATED_COLUMNS[0], String(index + 1), false, 'center'),
              listCell(UNSEATED_COLUMNS[1], delegate.fullName),
              listCell(UNSEATED_COLUMNS[2], delegate.title),
              listCell(UNSEATED_COLUMNS[3], reason),
            ],
          }),
      ),
    ],
  });

const seatRange = (from: number, to: number) => `Ghế ${String(from + 1).padStart(2, '0')} – ${String(to + 1).padStart(2, '0')}`;

/** Builds the document object; exported for tests. */
export const buildSeatPlanDocument = (input: SeatPlanInput): Document => {
  const { layout } = input;
  const view = readSeating(layout, input.delegates);
  const byId = new Map(input.delegates.map((delegate) => [delegate.id, delegate]));
  const occupants = new Map<string, SeatOccupant>();
  for (const [label, id] of view.placed) occupants.set(label, byId.get(id)!);
  const capacity = hallCapacity(layout);
  const unseated = view.unplaced.map((entry) => ({ delegate: byId.get(entry.id)!, reason: unplacedReasonText(entry.reason, entry.seat) }));
  const summary = `Sức chứa: ${capacity} chỗ (${layout.rows} hàng × ${layout.seatsPerRow} ghế). ${spacingText(layout)}. Đã xếp chỗ: ${view.placed.size}/${input.delegates.length} đại biểu.`;

  const blocks = seatBlocks(layout.seatsPerRow);
  const tables = seatPlanTables(layout, occupants, LANDSCAPE_TEXT_WIDTH);
  const grid = tables.flatMap((table, index) => [
    ...(blocks.length > 1
      ? [
          new Paragraph({
            style: STYLE_IDS.compact,
            alignment: AlignmentType.CENTER,
            pageBreakBefore: index > 0,
            spacing: { before: 60, after: 60 },
            children: [
              run(`${seatRange(blocks[index]!.from, blocks[index]!.to)} (phần ${index + 1}/${blocks.length})`, {
                size: SIZE.pt12,
                italics: true,
              }),
            ],
          }),
        ]
      : []),
    table,
  ]);
  const legend = new Paragraph({
    style: STYLE_IDS.compact,
    spacing: { before: 120, after: 120 },
    children: [
      run(`Ghi chú: ${BLOCKED_MARK} ghế khóa; ${SPACED_MARK} ghế để trống theo quy tắc giãn cách. Hàng A gần sân khấu nhất.`, {
        size: SIZE.pt12,
        italics: true,
      }),
    ],
  });
  const time = input.timeLine?.trim();

  return new Document({
    title: `Sơ đồ chỗ ngồi - ${input.hallName}`,
    description: 'Sơ đồ chỗ ngồi của hội trường',
    styles: documentStyles(),
    sections: [
      decree30Section(
        'landscape',
        [
          centred('SƠ ĐỒ CHỖ NGỒI', { size: SIZE.pt14, bold: true }),
          centred(input.conferenceTitle.trim(), { size: SIZE.pt13, bold: true }),
          centred(`Hội trường: ${input.hallName.trim()}`, { size: SIZE.pt13 }),
          ...(time ? [centred(`Thời gian: ${time}`, { size: SIZE.pt13, italics: true })] : []),
          centred(summary, { size: SIZE.pt12 }, 120),
          ...grid,
          legend,
          ...(unseated.length > 0
            ? [centred(`ĐẠI BIỂU CHƯA CÓ CHỖ NGỒI (${unseated.length})`, { size: SIZE.pt13, bold: true }, 60, 120), unseatedTable(unseated)]
            : []),
        ],
        { pageNumberSize: null, margins: MARGINS },
      ),
    ],
  });
};

/** The seat plan as .docx bytes. */
export const renderSeatPlanDocx = async (input: SeatPlanInput): Promise<Buffer> => Packer.toBuffer(buildSeatPlanDocument(input));
