/** Vietnamese text helpers: storage form (NFC, trimmed) and search form (no diacritics, lower case). */

export const normalizeText = (value: string): string => value.normalize('NFC').trim();

/**
 * Search key: lower case without diacritics, so that `dong thap` finds `Đồng Tháp`.
 * Đ/đ is not a combining mark in Unicode and is mapped by hand.
 */
export const foldForSearch = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export const matchesSearch = (text: string, query: string): boolean => {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Vietnamese collation for names and organisations. */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
