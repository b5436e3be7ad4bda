/**
 * Pure decisions about the printed text of an official document (Decree 30/2020/NĐ-CP,
 * Appendix I): type names, the symbol line, amounts, Roman numerals, list punctuation.
 * No docx objects here, so each rule is tested on plain strings.
 */
import type { DocumentType, IssuerKind } from '../domain/conference.schema.js';
import { placeAndDateLine } from '../domain/vietnamese-dates.js';

/** The blank left in a number or a day that is filled by hand when the document is issued. */
export const HAND_FILL_BLANK = '     ';

const TYPE_NAMES: Record<DocumentType, string> = {
  KH: 'KẾ HOẠCH',
  TB: 'THÔNG BÁO',
  GM: 'GIẤY MỜI',
  QĐ: 'QUYẾT ĐỊNH',
  BC: 'BÁO CÁO',
  BB: 'BIÊN BẢN',
  CTr: 'CHƯƠNG TRÌNH',
  TTr: 'TỜ TRÌNH',
  HD: 'HƯỚNG DẪN',
  CĐ: 'CÔNG ĐIỆN',
  CV: '',
};

/** `KẾ HOẠCH` for KH; a công văn (CV) prints no type name. */
export const documentTypeName = (type: DocumentType): string => TYPE_NAMES[type];

/** `Kế hoạch`, as the type is named inside a sentence; `Công văn` for CV. */
export const documentTypeNameInSentence = (type: DocumentType): string => {
  const name = type === 'CV' ? 'CÔNG VĂN' : TYPE_NAMES[type];
  const lower = name.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
};

/** Numbers under 10 take a leading zero; a blank number stays a blank to fill by hand. */
export const formatDocumentNumber = (documentNumber: string): string => {
  const number = documentNumber.trim();
  if (!number) return HAND_FILL_BLANK;
  return /^\d$/.test(number) ? `0${number}` : number;
};

/** `05/KH-UBND`, `      /KH-UBND`, or `12/UBND-VX` for a công văn (no type code). No spaces inside. */
export const documentSymbolText = (info: { documentType: DocumentType; documentNumber: string; documentSymbol: string }): string => {
  const symbol = info.documentSymbol.replace(/\s+/g, '');
  const code = info.documentType === 'CV' ? symbol : [info.documentType, symbol].filter(Boolean).join('-');
  return `${formatDocumentNumber(info.documentNumber)}/${code}`;
};

/** `Số: 05/KH-UBND`. */
export const numberLine = (info: { documentType: DocumentType; documentNumber: string; documentSymbol: string }): string =>
  `Số: ${documentSymbolText(info)}`;

/**
 * A Party document's number (Hướng dẫn 36-HD/VPTW, II.1.3 and Phụ lục 3): `Số 45-KH/TU`,
 * `Số 138-CV/TU`: no colon, the number, a hyphen, the type code (a công văn has one: CV), a
 * slash and the issuing body's code. Numbers count from 01 (II.1.3.1), so under 10 take a 0.
 */
export const partyNumberLine = (info: { documentType: DocumentType; documentNumber: string; documentSymbol: string }): string =>
  `Số ${partySymbolText(info)}`;

/** `45-KH/TU`: a Party document's number and symbol as cited in running text. */
export const partySymbolText = (info: { documentType: DocumentType; documentNumber: string; documentSymbol: string }): string => {
  const symbol = info.documentSymbol.replace(/\s+/g, '');
  return `${formatDocumentNumber(info.documentNumber)}-${info.documentType}${symbol ? `/${symbol}` : ''}`;
};

/** The number and symbol as cited in running text, in the issuer's format: `05/KH-UBND` or `45-KH/TU`. */
export const citedNumber = (info: {
  issuerKind: IssuerKind;
  documentType: DocumentType;
  documentNumber: string;
  documentSymbol: string;
}): string => (info.issuerKind === 'party' ? partySymbolText(info) : documentSymbolText(info));

/** The subject of a công văn under its number: `V/v triệu tập hội nghị …` (kept when already written so). */
export const aboutLine = (title: string): string => {
  const text = title.replace(/\s+/g, ' ').trim();
  return /^v\/v\b/i.test(text) ? text : `V/v ${text}`;
};

/** The place-and-date line with wider blanks for hand-filling. */
export const issuePlaceAndDate = (place: string, issueDate: string | null): string => placeAndDateLine(place, issueDate, HAND_FILL_BLANK);

/** `1.500.000 đồng`: dot as the thousands separator, as Vietnamese documents print money. */
export const formatVnd = (amount: number): string => {
  const digits = String(Math.round(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${grouped} đồng`;
};

export { romanNumeral } from '../domain/text.js';

/** True when a stored heading already carries its own number (`1. Sở Nội vụ`, `1.2. …`). */
export const hasOwnNumber = (heading: string): boolean => /^(\d+\.\s|\d+(\.\d+)+\.?\s)/.test(heading.trim());

/** A heading as printed: kept as stored when it is numbered, else numbered `n. `. */
export const numberedHeading = (n: number, heading: string): string => (hasOwnNumber(heading) ? heading.trim() : `${n}. ${heading.trim()}`);

/** A list line as printed: `- ` before the stored text unless it already starts with a dash. */
export const dashLine = (text: string): string => {
  const trimmed = text.trim();
  return /^[-–—]\s/.test(trimmed) ? trimmed : `- ${trimmed}`;
};

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const withFinalStop = (text: string): string => {
  const trimmed = text.trim();
  return /[.;:!?…]$|\/\.$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/**
 * The lines under `Nơi nhận:` (or `Kính gửi:`): `- …;` for each, the last (`- Lưu: VT, …`)
 * ending with `.`. Stored punctuation is kept; a missing one is added (`separator`, `;` by default).
 */
export const distributionLines = (texts: string[], separator: ';' | ',' = ';'): string[] =>
  texts.map((text, index) => {
    const line = dashLine(text);
    const isLast = index === texts.length - 1;
    if (/[;.,]$/.test(line)) return line;
    return `${line}${isLast ? '.' : separator}`;
  });

const ADMIN_LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];
const BODY_PREFIXES = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'hội đồng nhân dân',
  'văn phòng',
  'chi cục',
  'sở',
  'bộ',
  'ban',
  'cục',
  'phòng',
];

const lower = (text: string) => text.toLocaleLowerCase('vi');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const titleCase = (text: string) =>
  text
    .split(' ')
    .filter(Boolean)
    .map((word) => capitalize(lower(word)))
    .join(' ');

/** A line that names a place: `TỈNH ĐỒNG THÁP` → `tỉnh Đồng Tháp`. */
const placeLine = (line: string): string | undefined => {
  const text = lower(line.trim());
  const level = ADMIN_LEVELS.find((candidate) => text === candidate || text.startsWith(`${candidate} `));
  if (!level) return undefined;
  return `${level} ${titleCase(text.slice(level.length))}`.trim();
};

/** A body's name line: `ỦY BAN NHÂN DÂN` → `Ủy ban nhân dân`, `SỞ NỘI VỤ` → `Sở Nội vụ`. */
const bodyLine = (line: string): string => {
  const text = lower(line.trim());
  const prefix = BODY_PREFIXES.find((candidate) => text === candidate || text.startsWith(`${candidate} `));
  if (!prefix) return capitalize(text);
  const rest = text.slice(prefix.length).trim();
  return rest ? `${capitalize(prefix)} ${capitalize(rest)}` : capitalize(prefix);
};

/**
 * The issuing body in running text, from its CAPS printed lines:
 * `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP` → `Ủy ban nhân dân tỉnh Đồng Tháp`.
 */
export const bodyInSentence = (capsLines: string): string =>
  capsLines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => (index === 0 ? bodyLine(line) : (placeLine(line) ?? titleCase(line))))
    .join(' ');
