/**
 * The line model both readers produce and the parser reads: one entry per printed line
 * (paragraph, list item, heading) or per table row. Text and .docx become the same lines,
 * so one parser serves both. Pure functions, no I/O.
 */

export interface PlanLine {
  /** The text as printed, markup stripped, NFC, spaces collapsed. A table row: its cells joined by tabs. */
  text: string;
  /** The cells of a table row (tab-separated text, a Markdown pipe row or a Word table row), else null. */
  cells: string[] | null;
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
// eslint-disable-next-line no-control-regex -- \u0001 and \u0002 are the markers this module puts around protected text
const PROTECTED = /\u0001(\d+)\u0002/g;

/**
 * Inline Markdown markup removed: `**bold**`, `***bold italic***`, `*italic*` around words,
 * backslash escapes (`\*` → `*`), hard-break spaces; NBSP and zero-width characters become
 * plain spaces or disappear; whitespace collapsed; NFC.
 */
export const cleanInline = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(ESCAPABLE, (_all, char: string) => `\u0001${char.charCodeAt(0)}\u0002`)
    .replace(/\*{2,}/g, '')
    .replace(/(^|\s)\*(?=\S)/g, '$1')
    .replace(/(\S)\*(?=\s|$|[.,;:!?)])/g, '$1')
    .replace(PROTECTED, (_all, code: string) => String.fromCharCode(Number(code)))
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u3000]+/g, ' ')
    .trim();

/** A rule drawn with characters (`---`, `____`, `***`): decoration, not text. */
export const isDecoration = (text: string): boolean => /^[-_=*–—~.\s]{3,}$/.test(text) && !/[\p{L}\p{N}]/u.test(text);

const BULLET = /^\s*(?:[-*+•·◦▪–—])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const QUOTE = /^\s{0,3}>\s?/;

/** One raw text line → its cleaned text, with a `- ` bullet kept as the one bullet form. */
const cleanTextLine = (raw: string): string => {
  let line = raw.replace(HEADING, '').replace(QUOTE, '');
  const bullet = BULLET.exec(line);
  if (bullet && !line.trimStart().startsWith('**')) line = `- ${line.slice(bullet[0].length)}`;
  return cleanInline(line);
};

const isPipeRow = (raw: string): boolean => /^\s*\|.*\|\s*$/.test(raw);
const isPipeSeparator = (raw: string): boolean => /^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$/.test(raw);

/** Cells of a table row, each cleaned; trailing empty cells kept (they are part of the row's shape). */
export const tableLine = (cells: string[]): PlanLine => {
  const cleaned = cells.map((cell) => cell.split('\n').map(cleanInline).filter(Boolean).join('\n'));
  return { text: cleaned.join('\t').trim(), cells: cleaned };
};

/** Plain text line model. Keeps the order of lines; blank lines and decorative rules are left out. */
export const textLine = (text: string): PlanLine => ({ text, cells: null });

/**
 * Text in the seed's shape (Markdown-ish, tabs between table cells) as lines.
 * Windows and old Mac line endings, a BOM and NFD input are accepted.
 */
export const textToLines = (input: string): PlanLine[] => {
  const text = input
    .normalize('NFC')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');
  const lines: PlanLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    if (raw.includes('\t')) {
      const row = tableLine(raw.replace(HEADING, '').split('\t'));
      if (row.text) lines.push(row);
      continue;
    }
    if (isPipeRow(raw)) {
      if (isPipeSeparator(raw)) continue;
      const row = tableLine(raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|'));
      if (row.text) lines.push(row);
      continue;
    }
    const cleaned = cleanTextLine(raw);
    if (cleaned && !isDecoration(cleaned)) lines.push(textLine(cleaned));
  }
  return lines;
};

/** True when the text looks like binary data rather than a document (NUL or many control characters). */
export const looksBinary = (text: string): boolean => {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20000);
  if (!sample) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is how a binary file is told from text
  const control = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return control / sample.length > 0.02;
};

/** The bullet marker and the text after it, or null when the line is not a `- ` bullet. */
export const bulletText = (text: string): string | null => (text.startsWith('- ') ? text.slice(2).trim() : null);
