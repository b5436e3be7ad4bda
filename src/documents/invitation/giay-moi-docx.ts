/**
 * The Giấy mời (invitation, type code GM) of one delegate as a .docx in the Decree 30/2020
 * format: the plan's header with `Số: …/GM-…`, `GIẤY MỜI` and the subject, `Kính gửi:` the
 * delegate, who invites to what, Chủ trì and Đồng chủ trì (the plan's chairs, else the
 * participant group marked presiding), Thời gian, Địa điểm (their bridge point), the
 * agenda in short, the personal confirmation link with its QR code, Nơi nhận and signature.
 */
import { documentTimeText } from '../document-time.js';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  ImageRun,
  Packer,
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
import type { Conference } from '../../domain/conference.schema.js';
import { DomainError } from '../../domain/errors.js';
import { decree30Section } from '../decree30-page.js';
import { headerTable, titleBlock } from '../header.js';
import { footTable } from '../signature.js';
import { BLACK, centred, documentStyles, FONT, run, SIZE, STYLE_IDS, TEXT_WIDTH } from '../styles.js';
import {
  addresseeLine,
  agendaSummary,
  CHECK_IN_NOTE,
  CLOSING_LINE,
  confirmationRequest,
  INVITATION_DISTRIBUTION,
  invitingSentence,
  invitationSubject,
  placeLines,
  presidingLines,
  salutationLine,
  type InvitationAddressee,
  type InvitationPoint,
} from './invitation-text.js';
import { qrPng } from './qr.js';

export interface GiayMoiInput {
  conference: Conference;
  delegate: InvitationAddressee;
  /** The bridge point the delegate attends at; null: the plan's venue is printed. */
  bridgePoint: InvitationPoint | null;
  /** The personal link (/xac-nhan/<token>): printed and encoded in the QR code. */
  confirmationUrl: string;
  /** Last moment to answer, local `YYYY-MM-DDTHH:mm`; null or absent: none printed. */
  deadline?: string | null;
  /** Number of the Giấy mời, blank until issued. */
  documentNumber?: string;
  /** Issue date `YYYY[-MM[-DD]]` in the header; default: the plan's issue date. */
  issueDate?: string | null;
}

/** Size of the printed QR code: 132 px at 96 dpi, 3.5 cm. */
export const QR_PRINT_PIXELS = 132;

const body = (children: (TextRun | ExternalHyperlink)[], options: { keepNext?: boolean } = {}) =>
  new Paragraph({ style: STYLE_IDS.body, keepNext: options.keepNext ?? false, children });

/** An agenda line: 13 pt, indented like the body, no space after, so the programme stays short. */
const agendaLine = (line: string): Paragraph =>
  new Paragraph({
    style: STYLE_IDS.body,
    spacing: { before: 0, after: 0 },
    children: [run(line, { size: SIZE.pt13 })],
  });

/** `Thời gian: …` with the label bold. */
const labelled = (line: string, keepNext = false): Paragraph => {
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 40) return body([run(line)], { keepNext });
  return body([run(line.slice(0, colon + 1), { bold: true }), run(line.slice(colon + 1))], { keepNext });
};

const link = (url: string, size: number = SIZE.pt12) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, font: FONT, color: BLACK, size })] });

/** Left column of the confirmation block; the QR code takes the right one (4 cm). */
export const CONFIRMATION_COLUMNS = [TEXT_WIDTH - 2268, 2268] as const;

const compact = (children: (TextRun | ExternalHyperlink | ImageRun)[], options: { after?: number; centre?: boolean } = {}) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment: options.centre ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: options.after ?? 0 },
    children,
  });

/**
 * The personal link: the request and the note on the left, the QR code on the right, in a
 * borderless table kept on one page; the link printed in full under the request so it can
 * be typed when the code cannot be scanned.
 */
const confirmationTable = (input: GiayMoiInput, png: Buffer): Table => {
  const [left, right] = CONFIRMATION_COLUMNS;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: width === left ? 113 : 0 },
      verticalAlign: VerticalAlignTable.CENTER,
      children,
    });
  const qr = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: QR_PRINT_PIXELS, height: QR_PRINT_PIXELS },
    altText: { name: 'QR', title: 'Mã QR xác nhận tham dự', description: input.confirmationUrl },
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            compact([run('Xác nhận tham dự: ', { bold: true }), run(confirmationRequest(input.deadline))], { after: 60 }),
            compact([link(input.confirmationUrl)], { after: 60 }),
            compact([run(CHECK_IN_NOTE, { italics: true })]),
          ]),
          cell(right, [compact([qr], { centre: true })]),
        ],
      }),
    ],
  });
};

/** The plan seen as a Giấy mời: type GM, its own number and date, its subject and Nơi nhận. */
const asInvitation = (input: GiayMoiInput): Conference => ({
  ...input.conference,
  documentType: 'GM',
  documentNumber: input.documentNumber ?? '',
  issueDate: input.issueDate === undefined ? input.conference.issueDate : input.issueDate,
  title: invitationSubject(input.conference.title),
  distribution: INVITATION_DISTRIBUTION.map((text, position) => ({ id: `gm-${position}`, position, text })),
});

/** Builds the document object from the QR code image; exported for tests that inspect it. */
export const buildGiayMoiDocument = (input: GiayMoiInput, png: Buffer): Document => {
  const conference = asInvitation(input);
  const chairParagraphs = presidingLines(input.conference).map((line) => labelled(`${line}.`));
  const agenda = agendaSummary(input.conference);
  return new Document({
    creator: conference.issuingBody.replace(/\n/g, ' '),
    title: `Giấy mời - ${addresseeLine(input.delegate)}`,
    description: 'Giấy mời dự hội nghị (Nghị định 30/2020/NĐ-CP)',
    styles: documentStyles(),
    sections: [
      decree30Section(
        'portrait',
        [
          headerTable(conference),
          ...titleBlock(conference),
          centred(salutationLine(input.delegate), { size: SIZE.pt14 }, 240),
          body([run(invitingSentence(input.conference))]),
          ...chairParagraphs,
          labelled(`Thời gian: ${documentTimeText(input.conference)}.`),
          ...placeLines(input.conference, input.bridgePoint).map((line) => labelled(line)),
          ...(agenda.length > 0 ? [labelled('Nội dung:', true), ...agenda.map(agendaLine)] : []),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
          confirmationTable(input, png),
          new Paragraph({ style: STYLE_IDS.body, spacing: { before: 120, after: 120 }, children: [run(CLOSING_LINE)] }),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 120 }, children: [] }),
          footTable(conference),
        ],
        SIZE.pt14,
      ),
    ],
  });
};

/**
 * The Giấy mời as .docx bytes. A plan whose dates cannot be printed gives DomainError 422
 * `documents.invalid_plan`, never a crash.
 */
export const renderGiayMoiDocx = async (input: GiayMoiInput): Promise<Buffer> => {
  const png = await qrPng(input.confirmationUrl);
  let document: Document;
  try {
    document = buildGiayMoiDocument(input, png);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    throw new DomainError(422, 'documents.invalid_plan', {
      vi: `Không tạo được giấy mời: dữ liệu hội nghị không hợp lệ (${error.message}).`,
      en: `The invitation could not be produced: the conference data is invalid (${error.message}).`,
    });
  }
  return Packer.toBuffer(document);
};
