/**
 * The printable list for delivering invitations by hand (danh sách phát giấy mời): one row
 * per delegate with STT, Họ tên, Chức vụ, Đơn vị, Điểm cầu, and empty columns where the
 * person who receives it signs and writes the date and time. A4 landscape, Times New Roman,
 * the header row repeated on every page.
 */
import { documentTimeText } from '../document-time.js';
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Conference } from '../../domain/conference.schema.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { BLACK, centred, documentStyles, FONT, mm, rule, run, SIZE, STYLE_IDS } from '../styles.js';
import { bridgePointLabel } from '../plan-outline.js';
import { eventName } from './invitation-text.js';

export interface DeliveryRow {
  fullName: string;
  title: string;
  organisation: string;
  bridgePointName: string;
}

export const DELIVERY_HEADINGS = ['STT', 'Họ tên', 'Chức vụ', 'Đơn vị', 'Điểm cầu', 'Người nhận ký', 'Ngày giờ nhận'] as const;

/** The decree's landscape page with a narrower binding margin (25 mm): a working list, not a letter. */
const MARGINS = { left: mm(25) };
export const LANDSCAPE_TEXT_WIDTH = textWidth('landscape', MARGINS);

/** Column widths in twips: STT narrow, the signature and date columns wide enough to write in. */
export const DELIVERY_COLUMNS = (() => {
  const fixed = [mm(12), mm(45), mm(40), mm(55), mm(40), mm(35)];
  return [...fixed, LANDSCAPE_TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0)];
})();

const cell = (width: number, text: string, options: { bold?: boolean; centre?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: SIZE.pt13, bold: options.bold ?? false })],
      }),
    ],
  });

const deliveryTable = (rows: readonly DeliveryRow[]): Table =>
  new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: DELIVERY_COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: DELIVERY_HEADINGS.map((heading, index) => cell(DELIVERY_COLUMNS[index]!, heading, { bold: true, centre: true })),
      }),
      ...rows.map(
        (row, index) =>
          new TableRow({
            cantSplit: true,
            // Room to sign: at least 12 mm per row.
            height: { value: mm(12), rule: 'atLeast' },
            children: [
              cell(DELIVERY_COLUMNS[0]!, String(index + 1), { centre: true }),
              cell(DELIVERY_COLUMNS[1]!, row.fullName),
              cell(DELIVERY_COLUMNS[2]!, row.title),
              cell(DELIVERY_COLUMNS[3]!, row.organisation),
              cell(DELIVERY_COLUMNS[4]!, row.bridgePointName ? bridgePointLabel(row.bridgePointName) : ''),
              cell(DELIVERY_COLUMNS[5]!, ''),
              cell(DELIVERY_COLUMNS[6]!, ''),
            ],
          }),
      ),
    ],
  });

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.compact,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], font: FONT, size: SIZE.pt11, color: BLACK }),
        ],
      }),
    ],
  });

/** Builds the document object; exported for tests. */
export const buildDeliveryListDocument = (
  conference: Pick<Conference, 'issuingBody' | 'title' | 'startsAt'> & Partial<Pick<Conference, 'sessions'>>,
  rows: readonly DeliveryRow[],
): Document => {
  const bodyLines = conference.issuingBody
    .split('\n')
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);
  return new Document({
    creator: bodyLines.join(' '),
    title: `Danh sách phát giấy mời - ${eventName(conference.title)}`,
    styles: documentStyles(),
    sections: [
      decree30Section(
        'landscape',
        [
          ...bodyLines.map((line) => new Paragraph({ style: STYLE_IDS.compact, children: [run(line, { size: SIZE.pt13, bold: true })] })),
          centred('DANH SÁCH PHÁT GIẤY MỜI', { size: SIZE.pt14, bold: true }, 0, 240),
          centred(eventName(conference.title), { size: SIZE.pt14, bold: true }),
          centred(`Thời gian: ${documentTimeText(conference)}`, { size: SIZE.pt14, italics: true }),
          rule(mm(50), LANDSCAPE_TEXT_WIDTH, 240),
          deliveryTable(rows),
          new Paragraph({
            style: STYLE_IDS.compact,
            spacing: { before: 240 },
            children: [run(`Tổng cộng: ${rows.length} giấy mời.`, { size: SIZE.pt13, italics: true })],
          }),
        ],
        { pageNumberSize: null, margins: MARGINS, footer: pageFooter() },
      ),
    ],
  });
};

/** The list as .docx bytes, rows in the order given. */
export const renderDeliveryListDocx = (
  conference: Pick<Conference, 'issuingBody' | 'title' | 'startsAt'>,
  rows: readonly DeliveryRow[],
): Promise<Buffer> => Packer.toBuffer(buildDeliveryListDocument(conference, rows));
