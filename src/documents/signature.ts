/**
 * The foot of the document: `Nơi nhận:` on the left and the signature block on the
 * right, in a borderless two-column table (Decree 30/2020, Appendix I).
 */
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Conference, SigningAuthority } from '../domain/conference.schema.js';
import { distributionLines } from './document-text.js';
import { centred, run, SIZE, STYLE_IDS, TEXT_WIDTH } from './styles.js';

export interface Signer {
  signerAuthority: SigningAuthority;
  signerBody: string;
  signerTitle: string;
  signerName: string;
}

const caps = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');

/** The head's title a deputy signs for: `PHÓ CHỦ TỊCH` → `CHỦ TỊCH`, `PHÓ GIÁM ĐỐC` → `GIÁM ĐỐC`. */
export const headTitleOf = (deputyTitle: string): string => caps(deputyTitle).replace(/^PHÓ\s+/, '');

/**
 * The head a deputy signs for: the stored body when it names the head's title (`CHỦ TỊCH`,
 * `BỘ TRƯỞNG, CHỦ NHIỆM` for a `PHÓ CHỦ NHIỆM`), else the deputy's title without `PHÓ`.
 */
const headSignedFor = (body: string, title: string): string => {
  const head = headTitleOf(title);
  return body && head && (body === head || body.split(/\s*,\s*/).includes(head)) ? body : head;
};

/**
 * The CAPS lines above the signature:
 * - TM.: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`;
 * - KT.: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, under `TM. <body>` when a collective body is named
 *   (a body that is the head's title, `CHỦ TỊCH`, is the head signed for, not a collective);
 * - TL., TUQ.: `TL. <signerBody>` / `<signerTitle>` (signerBody holds whom the signer acts for);
 * - Q.: `Q. CHỦ TỊCH`; none: the title alone.
 * A Party document writes the same authorities T/M, K/T, T/L (Hướng dẫn 36-HD/VPTW, II.1.7.1:
 * a Party committee signs "thay mặt", T/M; a deputy of an advisory body "ký thay", K/T; T/L
 * "thừa lệnh"): `T/M BAN THƯỜNG VỤ` / `BÍ THƯ`, `K/T BÍ THƯ` / `PHÓ BÍ THƯ`, `T/L BAN THƯỜNG VỤ` /
 * `CHÁNH VĂN PHÒNG`.
 */
export const signatureLines = (signer: Signer): string[] => {
  const body = caps(signer.signerBody);
  const title = caps(signer.signerTitle);
  let lines: string[];
  switch (signer.signerAuthority) {
    case 'TM.':
    case 'TL.':
    case 'TUQ.':
    case 'T/M':
    case 'T/L':
      lines = [body ? `${signer.signerAuthority} ${body}` : '', title];
      break;
    case 'KT.':
    case 'K/T': {
      if (!title) {
        lines = [body ? `${signer.signerAuthority} ${body}` : ''];
        break;
      }
      const head = headSignedFor(body, title);
      const collective = body && body !== head ? `${signer.signerAuthority === 'K/T' ? 'T/M' : 'TM.'} ${body}` : '';
      lines = [collective, `${signer.signerAuthority} ${head}`, title];
      break;
    }
    case 'Q.':
      lines = [title ? `Q. ${title}` : body];
      break;
    default:
      lines = [title || body];
  }
  return lines.filter(Boolean);
};

/** Printed where the name goes while the document has no signer yet. */
export const NO_SIGNER_TEXT = '(Chưa có người ký)';

export const FOOT_COLUMNS = [4535, TEXT_WIDTH - 4535] as const;

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * `Nơi nhận:` and its lines, always printed (a document without a distribution list still
 * shows the label, to be completed). A Party document's lines end with a comma when the stored
 * text has no punctuation: the practice of Party documents, not verified in the guide's text.
 */
const distributionParagraphs = (conference: Conference): Paragraph[] => {
  const texts = [...conference.distribution].sort((a, b) => a.position - b.position).map((line) => line.text);
  const lines = distributionLines(texts, conference.issuerKind === 'party' ? ',' : ';');
  return [
    new Paragraph({ style: STYLE_IDS.compact, children: [run('Nơi nhận:', { size: SIZE.pt12, bold: true, italics: true })] }),
    ...lines.map((line) => new Paragraph({ style: STYLE_IDS.compact, children: [run(line, { size: SIZE.pt11 })] })),
  ];
};

/**
 * Signature block: authority and title CAPS bold 14, space to sign, the name bold 14. Without
 * a signer's name yet, `(Chưa có người ký)` in italics where the name goes, so the block is
 * never empty. The Party guide's sizes for these lines were not found; Decree 30's are used.
 */
export const signatureParagraphs = (signer: Signer): Paragraph[] => {
  const name = signer.signerName.trim();
  return [
    ...signatureLines(signer).map((line) => centred(line, { size: SIZE.pt14, bold: true })),
    new Paragraph({ style: STYLE_IDS.compact, spacing: { before: 1440 }, children: [] }),
    name ? centred(name, { size: SIZE.pt14, bold: true }, 0, 240) : centred(NO_SIGNER_TEXT, { size: SIZE.pt14, italics: true }, 0, 240),
  ];
};

/** The borderless table with `Nơi nhận:` on the left and the signature on the right. */
export const footTable = (conference: Conference): Table => {
  const [left, right] = FOOT_COLUMNS;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: noMargins, verticalAlign: VerticalAlignTable.TOP, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    alignment: AlignmentType.LEFT,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left, distributionParagraphs(conference)), cell(right, signatureParagraphs(conference))],
      }),
    ],
  });
};
