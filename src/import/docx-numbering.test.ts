import { describe, expect, it } from 'vitest';
import { formatNumber, readNumbering, writeNumbersIntoDocument } from './docx-numbering.js';

const numbering = `<w:numbering>
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num></w:numbering>`;

const paragraph = (text: string, numId?: string, level = 0) =>
  `<w:p><w:pPr>${numId ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = (xml: string) =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('Word numbering written into the text', () => {
  it('formats counters as Word does', () => {
    expect([
      formatNumber(4, 'upperRoman'),
      formatNumber(9, 'upperRoman'),
      formatNumber(3, 'lowerLetter'),
      formatNumber(2, 'decimal'),
    ]).toEqual(['IV', 'IX', 'c', '2']);
    expect(formatNumber(1, 'bullet')).toBeNull();
  });

  it('counts per list, restarts a level under its parent, keeps counting across interruptions, leaves bullets', () => {
    const document = [
      paragraph('MỤC ĐÍCH', '1', 0),
      paragraph('Mục đích', '1', 1),
      paragraph('Một đoạn văn chen giữa.'),
      paragraph('Yêu cầu', '1', 1),
      paragraph('Chi tiết', '1', 2),
      paragraph('THỜI GIAN', '1', 0),
      paragraph('Thời gian', '1', 1),
      paragraph('một gạch đầu dòng', '2', 0),
    ].join('');
    const written = writeNumbersIntoDocument(document, readNumbering(numbering));
    expect(texts(written)).toEqual([
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'Một đoạn văn chen giữa.',
      '2. Yêu cầu',
      '2.1. Chi tiết',
      'II. THỜI GIAN',
      '1. Thời gian',
      'một gạch đầu dòng',
    ]);
    expect(written.match(/<w:numPr>/g)).toHaveLength(1); // only the bullet keeps its list marker
  });
});
