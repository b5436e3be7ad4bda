/**
 * The document header (Decree 30/2020 Appendix I): `Số: /KH-UBND`, the place-and-date line,
 * the national motto, the type name (`KẾ HOẠCH`) and the issuing body. Pure functions.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';

export interface DocumentNumberLine {
  documentType: DocumentType | null;
  documentNumber: string;
  documentSymbol: string;
}

/**
 * `Số: /KH-UBND` → type KH, number '', symbol UBND; `Số: 05/KH-UBND` → number 05;
 * `Số: 12/UBND-VX` (a công văn, no type code) → type CV, symbol UBND-VX.
 */
export const parseNumberLine = (text: string): DocumentNumberLine | null => {
  // Party documents (Hướng dẫn 36-HD/VPTW): `Số 138-CV/TU`, `Số 45-KH/TU`: number, hyphen, type, slash, body.
  const party = /^Số\s*:?\s*(\d*)\s*-\s*([A-Za-zĐđ]{1,4})\s*\/\s*(\S+)$/u.exec(text.trim());
  if (party) {
    const code = party[2]!;
    const type = DOCUMENT_TYPES.find((t) => t.toUpperCase() === code.toUpperCase()) ?? null;
    if (type) return { documentType: type, documentNumber: party[1]!, documentSymbol: party[3]!.replace(/[.,;]+$/, '') };
  }
  const match = /^Số\s*:\s*([0-9A-Za-z.]*)\s*\/\s*(\S+)$/iu.exec(text.replace(/\s*-\s*/g, '-'));
  if (!match) return null;
  const code = match[2]!.replace(/[.,;]+$/, '');
  const [first = '', ...rest] = code.split('-');
  const type = DOCUMENT_TYPES.find((t) => t !== 'CV' && t.toUpperCase() === first.toUpperCase()) ?? null;
  if (type && rest.length > 0) return { documentType: type, documentNumber: match[1]!, documentSymbol: rest.join('-') };
  return { documentType: 'CV', documentNumber: match[1]!, documentSymbol: code };
};

export interface PlaceAndDate {
  place: string;
  issueDate: string | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `Đồng Tháp, ngày tháng 6 năm 2021` → place Đồng Tháp, issueDate 2021-06 (blank day stays
 * blank); `Đồng Tháp, ngày 05 tháng 01 năm 2021` → 2021-01-05. A day without a month keeps
 * only the year (the partial date cannot skip the month).
 */
export const parsePlaceAndDate = (text: string): PlaceAndDate | null => {
  const match = /^(.{1,100}?),\s*ngày\s*(\d{1,2})?\s*(?:\.{2,}|…)?\s*tháng\s*(\d{1,2})?\s*(?:\.{2,}|…)?\s*năm\s*(\d{4})?\s*$/iu.exec(text);
  if (!match) return null;
  const day = match[2] ? Number(match[2]) : null;
  const month = match[3] ? Number(match[3]) : null;
  const year = match[4] ? Number(match[4]) : null;
  let issueDate: string | null = null;
  if (year) {
    issueDate = String(year);
    if (month && month >= 1 && month <= 12) {
      issueDate += `-${pad2(month)}`;
      if (day && day >= 1 && day <= 31) issueDate += `-${pad2(day)}`;
    }
  }
  return { place: match[1]!.trim(), issueDate };
};

export const isNationalMotto = (text: string): boolean => {
  const folded = foldForSearch(text)
    .replace(/[–—-]/g, '-')
    .replace(/\s*-\s*/g, '-');
  return folded.startsWith('cong hoa xa hoi chu nghia viet nam') || folded.startsWith('doc lap-tu do-hanh phuc');
};

const TYPE_NAMES: Record<string, DocumentType> = {
  'cong van': 'CV',
  'ke hoach': 'KH',
  'thong bao': 'TB',
  'giay moi': 'GM',
  'quyet dinh': 'QĐ',
  'bao cao': 'BC',
  'bien ban': 'BB',
  'chuong trinh': 'CTr',
  'to trinh': 'TTr',
  'huong dan': 'HD',
  'cong dien': 'CĐ',
};

/** The type name line (`KẾ HOẠCH`, `GIẤY MỜI` …) → its code; only an all-capitals line counts. */
export const typeFromTypeName = (text: string): DocumentType | null =>
  isUpperCase(text) ? (TYPE_NAMES[foldForSearch(text).replace(/[.:]$/, '')] ?? null) : null;

/** True when the line has letters and none of them is lower case. */
export const isUpperCase = (text: string): boolean => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

// `TỈNH ĐỒNG THÁP` continues `ỦY BAN NHÂN DÂN`; `TỈNH ỦY` is a body of its own (a Party committee).
const LEVEL_START = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?=\s|$)(?!\s+ỦY$)/u;

/** `ĐẢNG CỘNG SẢN VIỆT NAM`: the Party documents' national line (Hướng dẫn 36-HD/VPTW). */
export const isPartyLine = (text: string): boolean =>
  foldForSearch(text)
    .replace(/[*\s]+/g, ' ')
    .trim() === 'dang cong san viet nam';

/**
 * The capital lines above `Số:` → governing body and issuing body. A line that starts with
 * an administrative level (`TỈNH ĐỒNG THÁP`) continues the line before it; the last body is
 * the issuing body, any earlier one the governing body.
 */
export const splitBodies = (lines: readonly string[]): { governingBody: string; issuingBody: string } => {
  const bodies: string[][] = [];
  for (const line of lines) {
    const last = bodies[bodies.length - 1];
    if (last && LEVEL_START.test(line)) last.push(line);
    else bodies.push([line]);
  }
  const issuing = bodies.pop() ?? [];
  return { governingBody: bodies.map((b) => b.join('\n')).join('\n'), issuingBody: issuing.join('\n') };
};

const BODY_NAMES: Record<string, string> = {
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  VPUBND: 'VĂN PHÒNG ỦY BAN NHÂN DÂN',
  SNV: 'SỞ NỘI VỤ',
  BCĐ: 'BAN CHỈ ĐẠO',
};

const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'thanh pho ho chi minh', 'tp. ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];

/**
 * Issuing body when the header does not print it (the seed's text starts at `Số:`):
 * the body named by the symbol (`UBND` → `ỦY BAN NHÂN DÂN`) over the province named by the
 * place (`Đồng Tháp` → `TỈNH ĐỒNG THÁP`; the centrally-run cities → `THÀNH PHỐ …`).
 * Null when the symbol names no known body.
 */
export const deriveIssuingBody = (documentSymbol: string, place: string): string | null => {
  const body = BODY_NAMES[(documentSymbol.split('-')[0] ?? '').toUpperCase()];
  if (!body) return null;
  const name = place.trim();
  if (!name) return body;
  const folded = foldForSearch(name);
  const level = CENTRAL_CITIES.includes(folded) ? 'THÀNH PHỐ' : 'TỈNH';
  const placeName = name.replace(/^(TP\.|Tp\.|Thành phố)\s*/u, '').toLocaleUpperCase('vi');
  return `${body}\n${level} ${placeName}`;
};
