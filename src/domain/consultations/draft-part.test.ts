import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { compareDraftParts, parseDraftPart } from './draft-part.js';

const units = (text: string) => parseDraftPart(text).levels.map((level) => `${level.unit}:${level.label}:${level.rank}`);

describe('the part of a draft a comment is about', () => {
  it('reads an article, a clause of an article and a point of a clause, outermost first', () => {
    expect(units('Điều 3')).toEqual(['article:3:3']);
    expect(units('khoản 2 Điều 5')).toEqual(['article:5:5', 'clause:2:2']);
    expect(units('điểm đ khoản 2 Điều 5')).toEqual(['article:5:5', 'clause:2:2', 'point:đ:5']);
    expect(units('Điểm a, khoản 1 của Điều 12.')).toEqual(['article:12:12', 'clause:1:1', 'point:a:1']);
  });

  it('reads chapters, sections, parts and appendices with Roman or Arabic numbers', () => {
    expect(units('Chương II')).toEqual(['chapter:II:2']);
    expect(units('Mục 1 Chương IV')).toEqual(['chapter:IV:4', 'section:1:1']);
    expect(units('Phụ lục IX')).toEqual(['appendix:IX:9']);
    expect(units('tiểu mục 1.2 phần I')).toEqual(['part:I:1', 'section:1.2:1']);
  });

  it('keeps the text as written, spaces collapsed and in NFC', () => {
    const decomposed = 'khoản 2  Điều 5'.normalize('NFD');
    expect(parseDraftPart(decomposed).text).toBe('khoản 2 Điều 5');
    expect(parseDraftPart(' Điều 3 ').text).toBe('Điều 3');
  });

  it('takes an empty part, "toàn văn" or "chung" as the whole draft', () => {
    for (const text of ['', '   ', 'toàn văn', 'Toàn bộ dự thảo', 'chung', 'Ý kiến chung']) {
      expect(parseDraftPart(text)).toEqual({ text: '', levels: [] });
    }
  });

  it('refuses text that names no numbered part, with a code and both languages', () => {
    for (const text of ['đoạn thứ hai', 'Điều', 'Điều ba', 'khoản 2 khoản 3', 'Điều 3 và Điều 4', 'Chương a']) {
      let error: unknown;
      try {
        parseDraftPart(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('comment.part_invalid');
      expect((error as DomainError).localized.vi).toContain('Điều 3');
    }
  });

  it('orders parts as they come in the draft: the whole first, a part before what it holds', () => {
    const texts = ['khoản 2 Điều 5', 'Điều 10', '', 'Điều 5', 'điểm b khoản 2 Điều 5', 'Điều 3', 'điểm a khoản 2 Điều 5', 'khoản 1 Điều 5'];
    const sorted = texts
      .map(parseDraftPart)
      .sort(compareDraftParts)
      .map((part) => part.text);
    expect(sorted).toEqual([
      '',
      'Điều 3',
      'Điều 5',
      'khoản 1 Điều 5',
      'khoản 2 Điều 5',
      'điểm a khoản 2 Điều 5',
      'điểm b khoản 2 Điều 5',
      'Điều 10',
    ]);
  });
});
