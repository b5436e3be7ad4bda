/**
 * Word's automatic numbering written into the text. A numbered heading in Word (`I.`, `1.`,
 * `a)`) is a list paragraph whose number Word draws from numbering.xml; mammoth drops it,
 * and the outline cannot be read without it. Before mammoth reads the file, each numbered
 * paragraph gets its label as text (`I. `, `2.1. `, `a) `) computed as Word counts: per
 * list, levels restart under their parent, and a list keeps counting across the paragraphs
 * that interrupt it. Bullet lists are left to mammoth (they become `- ` lines). Pure over
 * the XML strings; the zip is handled by jszip, which mammoth itself uses.
 */
import JSZip from 'jszip';
import { romanNumeral } from '../domain/text.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

const attribute = (xml: string, tag: string, name = 'w:val'): string | null => {
  const match = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return match ? match[1]! : null;
};

/** numId → its levels (from the abstract numbering it points to). */
export const readNumbering = (xml: string): Map<string, Map<number, Level>> => {
  const abstract = new Map<string, Map<number, Level>>();
  for (const [, id, body] of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, lvl] of body!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(ilvl), {
        format: attribute(lvl!, 'w:numFmt') ?? 'decimal',
        text: attribute(lvl!, 'w:lvlText') ?? '',
        start: Number(attribute(lvl!, 'w:start') ?? '1'),
      });
    }
    abstract.set(id!, levels);
  }
  const numbering = new Map<string, Map<number, Level>>();
  for (const [, numId, body] of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(attribute(body!, 'w:abstractNumId') ?? '');
    if (levels) numbering.set(numId!, levels);
  }
  return numbering;
};

const roman = (n: number): string => (n >= 1 && n <= 3999 ? romanNumeral(n) : String(n));

/** A counter in a level's format; null for bullets and formats that are not numbers. */
export const formatNumber = (n: number, format: string): string | null => {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    default:
      return null;
  }
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** document.xml with every numbered (not bulleted) paragraph's label written in, and its list marker removed. */
export const writeNumbersIntoDocument = (documentXml: string, numbering: Map<string, Map<number, Level>>): string => {
  const counters = new Map<string, number[]>();
  return documentXml.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (paragraph) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraph);
    if (!numPr) return paragraph;
    const numId = attribute(numPr[1]!, 'w:numId');
    const level = Number(attribute(numPr[1]!, 'w:ilvl') ?? '0');
    const levels = numId ? numbering.get(numId) : undefined;
    const own = levels?.get(level);
    if (!numId || !levels || !own || formatNumber(1, own.format) === null) return paragraph;
    const counts = counters.get(numId) ?? [];
    counts[level] = counts[level] === undefined ? own.start : counts[level] + 1;
    counts.length = level + 1; // deeper levels restart under a new parent
    counters.set(numId, counts);
    const label = own.text.replace(/%(\d)/g, (_all, digit: string) => {
      const at = Number(digit) - 1;
      const value = counts[at] ?? levels.get(at)?.start ?? 1;
      return formatNumber(value, levels.get(at)?.format ?? 'decimal') ?? '';
    });
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
    return paragraph.replace(numPr[0], '').replace('</w:pPr>', `</w:pPr>${run}`);
  });
};

/** The .docx with its automatic numbers written as text; the file unchanged when it has no numbering. */
export const materializeNumbering = async (data: Buffer): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(data);
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return data;
  const numbering = readNumbering(await numberingFile.async('string'));
  if (numbering.size === 0) return data;
  zip.file('word/document.xml', writeNumbersIntoDocument(await documentFile.async('string'), numbering));
  return zip.generateAsync({ type: 'nodebuffer' });
};
