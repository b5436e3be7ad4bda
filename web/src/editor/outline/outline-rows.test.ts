import { describe, expect, it } from 'vitest';
import type { OutlineSection } from '../../../../src/domain/conference.schema.js';
import { newSectionRow, outlineRows, outlineWrite, paragraphsToText, textToParagraphs } from './outline-rows.js';

const section = (id: string, parentId: string | null, position: number, heading: string): OutlineSection => ({
  id,
  parentId,
  position,
  numbering: '',
  heading,
  kind: 'other',
  paragraphs: [{ level: 0, text: `${heading} body` }],
});

describe('the outline in document order', () => {
  it('puts each parent before its subsections, each level by position, with depths', () => {
    const rows = outlineRows([
      section('b', null, 1, 'II'),
      section('a1', 'a', 0, 'I.1'),
      section('a', null, 0, 'I'),
      section('a2', 'a', 1, 'I.2'),
      section('a1x', 'a1', 0, 'I.1.a'),
    ]);
    expect(rows.map((row) => [row.heading, row.depth])).toEqual([
      ['I', 0],
      ['I.1', 1],
      ['I.1.a', 2],
      ['I.2', 1],
      ['II', 0],
    ]);
    expect(outlineWrite(rows).map((s) => [s.key, s.parentKey])).toEqual([
      ['a', null],
      ['a1', 'a'],
      ['a1x', 'a1'],
      ['a2', 'a'],
      ['b', null],
    ]);
    expect(outlineWrite(rows)[0]!.paragraphs).toEqual([{ level: 0, text: 'I body' }]);
  });
});

describe("a section's text in the editor", () => {
  it('writes paragraphs one per line with their list marks, and reads them back the same', () => {
    const paragraphs = [
      { level: 0, text: 'Đoạn mở đầu.' },
      { level: 1, text: 'Ý thứ nhất;' },
      { level: 2, text: 'ý cấp dưới.' },
    ];
    const text = paragraphsToText(paragraphs);
    expect(text).toBe('Đoạn mở đầu.\n- Ý thứ nhất;\n+ ý cấp dưới.');
    expect(textToParagraphs(text)).toEqual(paragraphs);
  });

  it('drops blank lines and keeps a dash that is not a list mark', () => {
    expect(textToParagraphs('\n  -5 độ C là nhiệt độ thấp nhất  \n\n- \n')).toEqual([{ level: 0, text: '-5 độ C là nhiệt độ thấp nhất' }]);
  });

  it('adds a section at the end of the top level, kept as text', () => {
    const rows = outlineRows([section('a', null, 0, 'I'), section('a1', 'a', 0, 'I.1')]);
    expect(newSectionRow(rows, 'n')).toMatchObject({ id: 'n', parentId: null, position: 1, kind: 'other', paragraphs: [], depth: 0 });
  });
});
