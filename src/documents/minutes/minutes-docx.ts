/**
 * The minutes of a meeting as a Decree 30/2020 Biên bản (.docx): the issuing body's header with
 * `Số: …/BB-…` and the place and date of the meeting, `BIÊN BẢN` and the subject, the body as the
 * secretary edited it (opening, the items as they ran, closing ending `./.`), then the two
 * signature blocks side by side, `THƯ KÝ` on the left and `CHỦ TỌA` on the right, each with its
 * name (a dotted line when none was given: never an invented name), and `Nơi nhận:` below.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Conference } from '../../domain/conference.schema.js';
import type { MinutesBody } from '../../domain/minutes/minutes.schema.js';
import { decree30Section } from '../decree30-page.js';
import { distributionLines } from '../document-text.js';
import { headerTable, titleBlock } from '../header.js';
import { centred, documentStyles, run, SIZE, STYLE_IDS, TEXT_WIDTH } from '../styles.js';

export interface MinutesDocument {
  /** The conference whose issuing body heads the minutes. */
  conference: Conference;
  body: MinutesBody;
  secretaryName: string;
  chairName: string;
  /** The local date the meeting was held (YYYY-MM-DD), null when the record has none. */
  heldOn: string | null;
}

/** Printed where a signer's name was not given: a line to write it by hand. */
export const BLANK_NAME = '……………………………';

/** `UBND` of `KH-UBND` style symbols: the body's code, kept for the minutes' own symbol. */
const bodyCode = (conference: Conference): string => conference.documentSymbol.replace(/\s+/g, '');

const bodyParagraph = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    style: STYLE_IDS.body,
    keepNext: options.bold ?? false,
    ...(options.indent === false ? { indent: { firstLine: 0 } } : {}),
    children: [run(text, { bold: options.bold ?? false })],
  });

const signatureCell = (width: number, title: string, name: string) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children: [
      centred(title, { size: SIZE.pt14, bold: true }),
      new Paragraph({ style: STYLE_IDS.compact, spacing: { before: 1440 }, children: [] }),
      name.trim() ? centred(name.trim(), { size: SIZE.pt14, bold: true }, 0, 240) : centred(BLANK_NAME, { size: SIZE.pt14 }, 0, 240),
    ],
  });

/** THƯ KÝ (left) and CHỦ TỌA (right), each with its name. */
export const minutesSignatures = (secretaryName: string, chairName: string): Table => {
  const half = Math.round(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    alignment: AlignmentType.LEFT,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [signatureCell(half, 'THƯ KÝ', secretaryName), signatureCell(TEXT_WIDTH - half, 'CHỦ TỌA', chairName)],
      }),
    ],
  });
};

const distribution = (): Paragraph[] => [
  new Paragraph({
    style: STYLE_IDS.compact,
    spacing: { before: 240 },
    children: [run('Nơi nhận:', { size: SIZE.pt12, bold: true, italics: true })],
  }),
  ...distributionLines(['Các đại biểu dự họp', 'Lưu: VT']).map(
    (line) => new Paragraph({ style: STYLE_IDS.compact, children: [run(line, { size: SIZE.pt11 })] }),
  ),
];

export const buildMinutesDocument = (doc: MinutesDocument): Document => {
  const { conference, body } = doc;
  const head: Conference = {
    ...conference,
    issuerKind: 'state',
    documentType: 'BB',
    documentNumber: '',
    documentSymbol: bodyCode(conference),
    issueDate: doc.heldOn,
    title: body.subject,
  };
  return new Document({
    creator: conference.issuingBody.replace(/\n/g, ' '),
    title: `BIÊN BẢN ${body.subject}`.trim(),
    description: 'Biên bản (Nghị định 30/2020/NĐ-CP)',
    styles: documentStyles(),
    sections: [
      decree30Section(
        'portrait',
        [
          headerTable(head),
          ...titleBlock(head),
          ...body.opening.map((text) => bodyParagraph(text)),
          ...body.sections.flatMap((section) => [
            ...(section.heading.trim() ? [bodyParagraph(section.heading.trim(), { bold: true })] : []),
            ...section.paragraphs.map((text) => bodyParagraph(text)),
          ]),
          ...body.closing.map((text) => bodyParagraph(text)),
          new Paragraph({ style: STYLE_IDS.compact, spacing: { after: 240 }, children: [] }),
          minutesSignatures(doc.secretaryName, doc.chairName),
          ...distribution(),
        ],
        SIZE.pt14,
      ),
    ],
  });
};

export const renderMinutesDocx = async (doc: MinutesDocument): Promise<Buffer> => Packer.toBuffer(buildMinutesDocument(doc));
