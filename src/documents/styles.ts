/**
 * Page geometry, fonts and paragraph styles of Decree 30/2020 documents, and small
 * builders for runs and rules shared by the parts of the document.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IStylesOptions } from 'docx';

export const FONT = 'Times New Roman';
export const BLACK = '000000';

/** Font sizes in half-points, as docx writes them: 28 = 14 pt. */
export const SIZE = { pt14: 28, pt13: 26, pt12: 24, pt11: 22 } as const;

/** Millimetres to twips, rounded (A4 = 11906 × 16838 twips, as Word writes it). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait and the decree's margins (top/bottom 20 mm, left 30 mm, right 15 mm), in twips. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  headerDistance: mm(10),
  footerDistance: mm(10),
} as const;

/** Width of the text area, in twips (165 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = mm(12.7);

export const STYLE_IDS = { body: 'PlanBody', compact: 'PlanCompact' } as const;

const fontAttributes = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };

/** Styles: Times New Roman 14 black everywhere; the body style is justified with a 1.27 cm indent. */
export const documentStyles = (): IStylesOptions => ({
  default: {
    document: {
      run: { font: fontAttributes, size: SIZE.pt14, color: BLACK, language: { value: 'vi-VN' } },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.body,
      name: 'Plan body',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: fontAttributes, size: SIZE.pt14, color: BLACK },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
      },
    },
    {
      id: STYLE_IDS.compact,
      name: 'Plan compact',
      basedOn: 'Normal',
      run: { font: fontAttributes, size: SIZE.pt14, color: BLACK },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
});

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text,
    font: FONT,
    color: BLACK,
    size: style.size ?? SIZE.pt14,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });

/** A centred paragraph of one run in the compact style. */
export const centred = (text: string, style: RunStyle = {}, spacingAfter = 0, spacingBefore = 0): Paragraph =>
  new Paragraph({
    style: STYLE_IDS.compact,
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBefore, after: spacingAfter },
    children: [run(text, style)],
  });

/**
 * Rough width of a line of Times New Roman text, in twips, from the font's average
 * advance widths (capitals ≈ 0.72 em, lower case ≈ 0.47 em, spaces 0.25 em; bold ≈ +5 %).
 * Used only to size the short rules under headings.
 */
export const estimateTextWidth = (text: string, sizeHalfPoints: number, bold = false): number => {
  let ems = 0;
  for (const char of text.normalize('NFC')) {
    if (char === ' ') ems += 0.25;
    else if (/[.,:;'!|\-–]/.test(char)) ems += 0.3;
    else if (/\d/.test(char)) ems += 0.5;
    else if (char !== char.toLocaleLowerCase('vi')) ems += 0.72;
    else ems += 0.47;
  }
  return Math.round(ems * (sizeHalfPoints / 2) * 20 * (bold ? 1.05 : 1));
};

/**
 * A short horizontal rule, centred in a column of `columnWidth` twips: an empty
 * one-point paragraph whose top border is the line (LibreOffice and Word both draw it).
 */
export const rule = (ruleWidth: number, columnWidth: number, spacingAfter = 0, spacingBefore = 40): Paragraph => {
  const side = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return new Paragraph({
    style: STYLE_IDS.compact,
    indent: { left: side, right: side },
    spacing: { before: spacingBefore, after: spacingAfter, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    run: { size: 2 },
    children: [],
  });
};
