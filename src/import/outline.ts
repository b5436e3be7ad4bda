/**
 * The document's own outline: numbered headings in any of the usual styles (I. / I-,
 * 1. / 1- / 1), 2.1., a) / a.), their depth from the order in which the styles nest, and
 * the kind of each section from its heading words (a subsection without words of its own
 * takes its parent's kind). Pure.
 */
import type { OutlineKind } from '../domain/conference.schema.js';
import { foldForSearch } from '../domain/text.js';

export type NumberingStyle = 'roman' | 'arabic' | 'dotted2' | 'dotted3' | 'letter';

export interface OutlineHeading {
  style: NumberingStyle;
  /** As printed, without its separator: `I`, `2`, `2.1`, `a`. */
  numbering: string;
  /** The heading's words; for `1. Thời gian: 08 giờ …` only `Thời gian`. */
  heading: string;
  /** Text after the heading's colon on the same line (`08 giờ …`), or ''. */
  inline: string;
  /** The whole line after the numbering. */
  title: string;
  text: string;
}

const ROMAN = /^([IVX]{1,5})\s*[.\-–]\s*(\S.*)$/u;
const ARABIC = /^(\d{1,2})\s*[.\-–)]\s*(\S.*)$/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(\S.*)$/u;
const LETTER = /^([a-zđ])\s*[).]\s+(\S.*)$/u;

/** `1. Thời gian: 08 giờ …` → heading `Thời gian`, inline `08 giờ …`; a long lead is not a heading label. */
export const splitInline = (title: string): { heading: string; inline: string } => {
  const colon = title.indexOf(':');
  if (colon <= 0 || colon > 140) return { heading: title.replace(/[.:;]$/, '').trim(), inline: '' };
  return { heading: title.slice(0, colon).trim(), inline: title.slice(colon + 1).trim() };
};

/** A numbered heading, or null for any other line (a `- ` bullet, a paragraph, a date `24/3/2026`). */
export const parseOutlineHeading = (text: string): OutlineHeading | null => {
  const matchers: [NumberingStyle, RegExp][] = [
    ['roman', ROMAN],
    ['dotted2', DOTTED],
    ['arabic', ARABIC],
    ['letter', LETTER],
  ];
  for (const [style, pattern] of matchers) {
    const match = pattern.exec(text);
    if (!match) continue;
    const numbering = match[1]!;
    const title = match[2]!.trim();
    const resolved: NumberingStyle = style === 'dotted2' && numbering.split('.').length === 3 ? 'dotted3' : style;
    // `2. 000 đồng` or `1.500.000 đồng` are amounts, not headings.
    if (resolved === 'arabic' && /^\d/.test(title) && /đồng|vnđ|vnd/iu.test(title) && !/điểm cầu/iu.test(title)) return null;
    return { style: resolved, numbering, title, text, ...splitInline(title) };
  }
  return null;
};

/** Keywords of each kind, searched in the folded heading; the earliest one in the heading wins. */
const KEYWORDS: [OutlineKind, RegExp, 'strong' | 'weak'][] = [
  ['purpose', /\b(muc dich|yeu cau)\b/, 'strong'],
  ['time_place', /\b(thoi gian|dia diem)\b/, 'strong'],
  ['time_place', /\bdiem cau\b/, 'weak'],
  ['form', /\bhinh thuc\b/, 'strong'],
  ['participants', /\b(thanh phan|dai bieu|khach moi|chu tri)\b/, 'strong'],
  ['agenda', /\b(noi dung(?! khac)|chuong trinh)\b/, 'strong'],
  ['assignments', /\b(to chuc thuc hien|phan cong|nhiem vu|cong tac chuan bi|de nghi|trach nhiem)\b/, 'strong'],
  ['documents', /\btai lieu\b/, 'strong'],
  ['budget', /\bkinh phi\b/, 'strong'],
];

/**
 * The kind of a section from its heading. A top-level heading takes its earliest keyword
 * (`THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH` is time and place); a subsection takes its own
 * strong keyword, else its parent's kind (`1. Sở Nội vụ` under assignments, `a) Tại điểm
 * cầu tỉnh` under participants).
 */
export const outlineKindOf = (heading: string, parentKind: OutlineKind | null): OutlineKind => {
  const folded = foldForSearch(heading);
  const hits = KEYWORDS.filter(([, pattern, strength]) => (parentKind === null || strength === 'strong') && pattern.test(folded))
    .map(([kind, pattern]) => ({ kind, at: folded.search(pattern) }))
    .sort((a, b) => a.at - b.at);
  if (parentKind !== null && parentKind !== 'other') {
    // A subsection of a bound section keeps the parent's kind unless it names one of the time/form/agenda parts.
    const own = hits[0]?.kind;
    return own && own !== parentKind && (parentKind === 'time_place' || parentKind === 'purpose') ? own : parentKind;
  }
  return hits[0]?.kind ?? parentKind ?? 'other';
};

interface Open {
  style: NumberingStyle;
  key: string;
  kind: OutlineKind;
}

/** Places headings in the tree: a style seen before closes the deeper ones; a new style nests. */
export class OutlineStack {
  private open: Open[] = [];
  private count = 0;

  /** The key, parent key, depth and kind of a new section. */
  push(heading: OutlineHeading): { key: string; parentKey: string | null; depth: number; kind: OutlineKind } {
    const at = this.open.findIndex((entry) => entry.style === heading.style);
    if (at >= 0) this.open = this.open.slice(0, at);
    const parent = this.open.at(-1) ?? null;
    this.count += 1;
    const key = `section-${this.count}`;
    const kind = outlineKindOf(heading.heading || heading.title, parent?.kind ?? null);
    this.open.push({ style: heading.style, key, kind });
    return { key, parentKey: parent?.key ?? null, depth: this.open.length, kind };
  }

  /** The innermost open section. */
  current(): Open | null {
    return this.open.at(-1) ?? null;
  }

  /** Whether this style would start a section at the top (a new document body). */
  isTopStyle(style: NumberingStyle): boolean {
    return this.open.length === 0 ? style === 'roman' || style === 'arabic' : this.open[0]!.style === style;
  }
}
