/**
 * The part of a draft a comment is about, as a body writes it: "Điều 3", "khoản 2 Điều 5",
 * "điểm a khoản 2 Điều 5", "Chương II", "Mục 1 Chương II", "Phụ lục I"; empty (or "toàn
 * văn", "chung") is the whole draft. The text is kept as written (NFC, spaces collapsed);
 * the parsed units only order the synthesis table and are never printed instead of it.
 * Pure and browser-safe.
 */
import { DomainError } from '../errors.js';

/** From the outermost to the innermost, as Vietnamese legal drafts nest them. */
export const DRAFT_UNITS = ['appendix', 'part', 'chapter', 'section', 'article', 'clause', 'point'] as const;
export type DraftUnit = (typeof DRAFT_UNITS)[number];

export interface DraftPartLevel {
  unit: DraftUnit;
  /** As written: 3, II, a, 1.2. */
  label: string;
  /** The label as a number for ordering (II → 2, a → 1, đ → 6); null when it has none. */
  rank: number | null;
}

export interface DraftPart {
  /** As written; '' for the whole draft. */
  text: string;
  /** Outermost first; [] for the whole draft. */
  levels: DraftPartLevel[];
}

const WORDS: [RegExp, DraftUnit][] = [
  [/^phụ\s+lục$/i, 'appendix'],
  [/^phần$/i, 'part'],
  [/^chương$/i, 'chapter'],
  [/^(mục|tiểu\s+mục)$/i, 'section'],
  [/^điều$/i, 'article'],
  [/^khoản$/i, 'clause'],
  [/^điểm$/i, 'point'],
];

const WHOLE = /^(|toàn\s+văn|toàn\s+bộ(\s+dự\s+thảo)?|chung|ý\s+kiến\s+chung|góp\s+ý\s+chung)$/i;
/** Words a writer puts between units: "khoản 2, Điều 5", "khoản 2 của Điều 5", "khoản 2 tại Điều 5". */
const GLUE = /^(,|;|-|–|của|tại|thuộc|trong)$/i;
const ROMAN = /^[IVXLC]+$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** The Vietnamese alphabet's order of the letters used for points: a, b, c, d, đ, e … */
const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';

const romanValue = (text: string): number => {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN_VALUES[text[i]!]!;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
};

const rankOf = (unit: DraftUnit, label: string): number | null => {
  if (/^\d+$/.test(label)) return Number(label);
  if (/^\d+(\.\d+)+$/.test(label)) return Number(label.split('.')[0]);
  if (unit === 'point') {
    const index = POINT_LETTERS.indexOf(label.toLowerCase());
    return index >= 0 ? index + 1 : null;
  }
  if (ROMAN.test(label)) return romanValue(label);
  return null;
};

const LABEL = /^(\d+(\.\d+)*|[IVXLC]+|[a-zđ])$/i;

export const draftPartInvalid = (text: string): DomainError =>
  new DomainError(422, 'comment.part_invalid', {
    vi: `Không hiểu phần của dự thảo "${text}". Hãy ghi như "Điều 3", "khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "Chương II" hoặc để trống nếu góp ý chung.`,
    en: `"${text}" is not a part of the draft. Write it like "Điều 3", "khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "Chương II", or leave it blank for a general comment.`,
  });

/** Splits into words, keeping commas and semicolons as words of their own; "Điều 3." loses its full stop. */
const words = (text: string): string[] =>
  text
    .replace(/[.:]+$/, '')
    .replace(/([,;])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);

/** The unit word at `at` (one or two words: "phụ lục", "tiểu mục"), and how many words it takes. */
const unitAt = (list: string[], at: number): { unit: DraftUnit; length: number } | null => {
  for (const length of [2, 1]) {
    const candidate = list.slice(at, at + length).join(' ');
    if (list.length < at + length) continue;
    const found = WORDS.find(([pattern]) => pattern.test(candidate));
    if (found) return { unit: found[1], length };
  }
  return null;
};

/** Parses the part; throws 422 `comment.part_invalid` for text that names no numbered part. */
export function parseDraftPart(input: string): DraftPart {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (WHOLE.test(text)) return { text: '', levels: [] };
  if (text.length > 200) throw draftPartInvalid(text.slice(0, 60) + '…');
  const list = words(text);
  const found: DraftPartLevel[] = [];
  let at = 0;
  while (at < list.length) {
    if (GLUE.test(list[at]!)) {
      at += 1;
      continue;
    }
    const unit = unitAt(list, at);
    const label = unit ? list[at + unit.length]?.replace(/[.,;:]+$/, '') : undefined;
    if (!unit || label === undefined || !LABEL.test(label)) throw draftPartInvalid(text);
    if (unit.unit !== 'point' && /^[a-zđ]$/i.test(label) && !ROMAN.test(label)) throw draftPartInvalid(text);
    if (found.some((level) => level.unit === unit.unit)) throw draftPartInvalid(text);
    found.push({ unit: unit.unit, label, rank: rankOf(unit.unit, label) });
    at += unit.length + 1;
  }
  if (found.length === 0) throw draftPartInvalid(text);
  const levels = [...found].sort((a, b) => DRAFT_UNITS.indexOf(a.unit) - DRAFT_UNITS.indexOf(b.unit));
  return { text, levels };
}

/**
 * Orders two parts as they come in the draft: the whole draft first, then by the outermost
 * unit both name, a part before what it contains ("Điều 5" before "khoản 2 Điều 5").
 */
export function compareDraftParts(a: DraftPart, b: DraftPart): number {
  for (const unit of DRAFT_UNITS) {
    const x = a.levels.find((level) => level.unit === unit);
    const y = b.levels.find((level) => level.unit === unit);
    if (!x && !y) continue;
    if (!x) return -1;
    if (!y) return 1;
    const byRank = (x.rank ?? Number.MAX_SAFE_INTEGER) - (y.rank ?? Number.MAX_SAFE_INTEGER);
    if (byRank !== 0) return byRank;
    const byLabel = x.label.localeCompare(y.label, 'vi', { numeric: true });
    if (byLabel !== 0) return byLabel;
  }
  return 0;
}
