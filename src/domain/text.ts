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

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → I, 4 → IV, 9 → IX. */
export const romanNumeral = (value: number): string => {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`No Roman numeral for ${value}`);
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
};
