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
 * The CAPS lines above the signature:
 * - TM.: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`;
 * - KT.: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, under `TM. <body>` when a collective body is named;
 * - TL., TUQ.: `TL. <signerBody>` / `<signerTitle>` (signerBody holds whom the signer acts for);
 * - Q.: `Q. CHỦ TỊCH`; none: the title alone.
 */
export const signatureLines = (signer: Signer): string[] => {
  const body = caps(signer.signerBody);
  const title = caps(signer.signerTitle);
  let lines: string[];
  switch (signer.signerAuthority) {
    case 'TM.':
    case 'TL.':
    case 'TUQ.':
      lines = [body ? `${signer.signerAuthority} ${body}` : '', title];
      break;
    case 'KT.':
      lines = [body ? `TM. ${body}` : '', title ? `KT. ${headTitleOf(title)}` : '', title];
      break;
    case 'Q.':
      lines = [title ? `Q. ${title}` : body];
      break;
    default:
      lines = [title || body];
  }
  return lines.filter(Boolean);
};

export const FOOT_COLUMNS = [4535, TEXT_WIDTH - 4535] as const;

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

const distributionParagraphs = (conference: Conference): Paragraph[] => {
  const lines = distributionLines([...conference.distribution].sort((a, b) => a.position - b.position).map((line) => line.text));
  if (lines.length === 0) return [new Paragraph({ style: STYLE_IDS.compact, children: [] })];
  return [
    new Paragraph({ style: STYLE_IDS.compact, children: [run('Nơi nhận:', { size: SIZE.pt12, bold: true, italics: true })] }),
    ...lines.map((line) => new Paragraph({ style: STYLE_IDS.compact, children: [run(line, { size: SIZE.pt11 })] })),
  ];
};

/** Signature block: authority and title CAPS bold 14, space to sign, the name bold 14. */
export const signatureParagraphs = (signer: Signer): Paragraph[] => {
  const name = signer.signerName.trim();
  return [
    ...signatureLines(signer).map((line) => centred(line, { size: SIZE.pt14, bold: true })),
    new Paragraph({ style: STYLE_IDS.compact, spacing: { before: 1440 }, children: [] }),
    ...(name ? [centred(name, { size: SIZE.pt14, bold: true }, 0, 240)] : []),
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
