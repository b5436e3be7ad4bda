/**
 * Lines of a source document that cannot be found again in what the importer made of it:
 * a line counts as kept when most of its words appear somewhere in the draft (a field, a
 * section's paragraphs, an unclassified line). Lines a document prints by rule and the
 * product prints again by rule (the national name and motto, "Nơi nhận:", type names, the
 * programme's column headings, "(Kèm theo …)") are not counted. Pure.
 */
import type { PlanDraft } from '../../domain/conference.schema.js';
import { foldForSearch } from '../../domain/text.js';
import type { PlanLine } from '../plan-lines.js';

const RULE_LINES = [
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap - tu do - hanh phuc$/,
  /^dang cong san viet nam$/,
  /^noi nhan:?$/,
  /^(ke hoach|thong bao|cong dien|giay moi|cong van|chuong trinh hoi nghi|chuong trinh)$/,
  /^du thao$/,
  /^\*$/,
  /^\(?kem theo\b/,
  /^\(?(da ky|ky ten, dong dau)\)?$/,
  /^stt\b.*\b(noi dung|thoi gian)\b/,
  // The place-and-date line: read into place and issue date.
  /^[^,]{1,60}, ngay\s*\d*\s*thang\s*\d*\s*nam\s*\d{4}$/,
];
/** Words the product prints by rule wherever they stand (a header cell can hold the motto beside a body). */
const RULE_WORDS = /\b(doc lap|tu do|hanh phuc|cong hoa xa hoi chu nghia viet nam)\b/g;

const words = (text: string): string[] =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);

const draftText = (draft: PlanDraft): Set<string> => {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(draft);
  return new Set(strings.flatMap(words));
};

/** Lines whose words are mostly (≥ 30 %) missing from the draft. */
export const lostLines = (lines: readonly PlanLine[], draft: PlanDraft): string[] => {
  const kept = draftText(draft);
  return lines
    .map((line) => line.text.replace(/\t/g, ' '))
    .filter((text) => {
      const folded = foldForSearch(text).trim();
      if (RULE_LINES.some((rule) => rule.test(folded))) return false;
      const own = words(foldForSearch(text).replace(RULE_WORDS, ' '));
      if (own.length === 0) return false;
      const missing = own.filter((word) => !kept.has(word)).length;
      return missing / own.length > 0.3;
    });
};
