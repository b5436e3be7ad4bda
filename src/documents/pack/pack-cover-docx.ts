/**
 * The first pages of the document pack ("Tài liệu Hội nghị"): a cover (the issuing body, the
 * title, the conference, its time as known: blanks where it is not) and the table of contents
 * (each document, the agenda item it serves, its first page in the pack). A4 portrait in the
 * Decree 30/2020 set-up, Times New Roman; no page number (the documents keep their own).
 * Converted to PDF through the LibreOffice queue and put in front of the documents.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Conference } from '../../domain/conference.schema.js';
import { decree30Section, textWidth } from '../decree30-page.js';
import { documentTimeText } from '../document-time.js';
import { centred, documentStyles, mm, run, SIZE, STYLE_IDS } from '../styles.js';

export interface PackEntry {
  title: string;
  /** `Nội dung 2` (the agenda item it serves), or '' for a document of the whole conference. */
  agendaLabel: string;
  /** 1-based page of the pack where the document starts. */
  firstPage: number;
}

export interface PackCover {
  governingBody: string;
  issuingBody: string;
  conferenceTitle: string;
  /** The conference's time, printed as known (`08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)`) or as blanks. */
  time: Pick<Conference, 'startsAt' | 'sessions'>;
  entries: readonly PackEntry[];
}

export const PACK_TITLE = 'TÀI LIỆU HỘI NGHỊ';
export const TOC_TITLE = 'MỤC LỤC';
export const TOC_HEADERS = ['STT', 'Tài liệu', 'Nội dung', 'Trang'] as const;
/** STT, Tài liệu, Nội dung, Trang: 160 mm. */
export const TOC_WIDTHS = [14, 96, 30, 20].map(mm);

const WIDTH = textWidth('portrait');

const line = (text: string, options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment: options.alignment ?? AlignmentType.LEFT,
    children: [run(text, { size: SIZE.pt13, bold: options.bold })],
  });

const caps = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);

const tocTable = (entries: readonly PackEntry[]) => {
  const cell = (i: number, text: string, bold = false) =>
    new TableCell({
      width: { size: TOC_WIDTHS[i]!, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [line(text, { bold, alignment: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER })],
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: TOC_HEADERS.map((text, i) => cell(i, text, true)) });
  const rows = entries.map(
    (entry, index) =>
      new TableRow({
        cantSplit: true,
        children: [cell(0, String(index + 1)), cell(1, entry.title), cell(2, entry.agendaLabel), cell(3, String(entry.firstPage))],
      }),
  );
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: TOC_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
};

const coverPage = (cover: PackCover): Paragraph[] => [
  ...caps(cover.governingBody).map((text) => centred(text, { size: SIZE.pt13 })),
  ...caps(cover.issuingBody).map((text) => centred(text, { size: SIZE.pt13, bold: true })),
  centred(PACK_TITLE, { size: 40, bold: true }, 480, 3600),
  centred(cover.conferenceTitle.trim().replace(/\s+/g, ' '), { bold: true }, 240),
  centred(`Thời gian: ${documentTimeText(cover.time)}`, { italics: true }),
  new Paragraph({ children: [new PageBreak()] }),
];

export const buildPackCoverDocument = (cover: PackCover): Document =>
  new Document({
    creator: cover.issuingBody.replace(/\n/g, ' ') || 'diemcau',
    title: `${PACK_TITLE} – ${cover.conferenceTitle}`,
    styles: documentStyles(),
    sections: [
      decree30Section(
        'portrait',
        [
          ...coverPage(cover),
          centred(TOC_TITLE, { bold: true }, 240),
          cover.entries.length ? tocTable(cover.entries) : line('Chưa có tài liệu.', {}),
        ],
        { pageNumberSize: null },
      ),
    ],
  });

export const renderPackCoverDocx = async (cover: PackCover): Promise<Buffer> => Packer.toBuffer(buildPackCoverDocument(cover));
