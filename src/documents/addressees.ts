/**
 * The addressee block as docx paragraphs (the words are decided in addressee-text.ts):
 * `Kính gửi:` 14 upright, a list aligned under its colon and the block centred on the page; a
 * công điện's `… điện:` line centred with its list under it.
 */
import { LineRuleType, Paragraph } from 'docx';
import type { Conference } from '../domain/conference.schema.js';
import { addresseeText } from './addressee-text.js';
import { centred, estimateTextWidth, mm, run, SIZE, STYLE_IDS, TEXT_WIDTH } from './styles.js';

const DASH_WIDTH = estimateTextWidth('- ', SIZE.pt14);

/**
 * Width of `Kính gửi` at 14 pt from Times New Roman's advance widths (K .722, í .278, n .5,
 * h .5, space .25, g .5, ử .5, i .278 em): the list's dashes start here, under the colon.
 */
const KINH_GUI_WIDTH = Math.round(3.528 * 14 * 20);

const line = (text: string, left: number, options: { hanging?: number; after?: number } = {}) =>
  new Paragraph({
    style: STYLE_IDS.compact,
    indent: { left: left + (options.hanging ?? 0), ...(options.hanging ? { hanging: options.hanging } : {}) },
    spacing: { before: 0, after: options.after ?? 0, line: 276, lineRule: LineRuleType.AUTO },
    children: [run(text, { size: SIZE.pt14 })],
  });

/** Where a block of lines starts so that it sits in the middle of the page (at least 1 cm in, at most a third). */
const blockIndent = (width: number): number => Math.round(Math.min(TEXT_WIDTH / 3, Math.max(mm(10), (TEXT_WIDTH - width) / 2)));

/** The addressee block, or nothing when the document has no addressees. */
export const addresseeBlock = (conference: Conference): Paragraph[] => {
  const text = addresseeText(conference);
  if (!text) return [];
  const longest = Math.max(0, ...text.items.map((item) => estimateTextWidth(item, SIZE.pt14)));
  if (text.telegram) {
    const left = blockIndent(longest);
    return [
      centred(text.lead, { size: SIZE.pt14 }, text.items.length ? 120 : 240),
      ...text.items.map((item, index) => line(item, left, { hanging: DASH_WIDTH, after: index === text.items.length - 1 ? 240 : 0 })),
    ];
  }
  if (text.items.length === 0) return [centred(text.lead, { size: SIZE.pt14 }, 240)];
  const labelWidth = KINH_GUI_WIDTH;
  const left = blockIndent(labelWidth + longest);
  return [
    line(text.lead, left),
    ...text.items.map((item, index) =>
      line(item, left + labelWidth, { hanging: DASH_WIDTH, after: index === text.items.length - 1 ? 240 : 0 }),
    ),
  ];
};
