import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOCUMENT_TYPES } from '../domain/conference.schema.js';
import {
  bodyInSentence,
  dashLine,
  distributionLines,
  documentTypeName,
  documentTypeNameInSentence,
  formatDocumentNumber,
  formatVnd,
  issuePlaceAndDate,
  numberedHeading,
  numberLine,
  romanNumeral,
  withFinalStop,
} from './document-text.js';

describe('type names', () => {
  it('maps the decree type codes to their printed names', () => {
    expect(documentTypeName('KH')).toBe('KẾ HOẠCH');
    expect(documentTypeName('TB')).toBe('THÔNG BÁO');
    expect(documentTypeName('GM')).toBe('GIẤY MỜI');
    expect(documentTypeName('QĐ')).toBe('QUYẾT ĐỊNH');
    expect(documentTypeName('CV')).toBe('');
    expect(documentTypeNameInSentence('KH')).toBe('Kế hoạch');
    expect(documentTypeNameInSentence('CV')).toBe('Công văn');
  });

  it('has a printed name for every type but the công văn', () => {
    for (const type of DOCUMENT_TYPES) {
      if (type !== 'CV') expect(documentTypeName(type)).toMatch(/^[A-ZÀ-Ỹ ]+$/u);
    }
  });
});

describe('symbol line', () => {
  it('pads numbers under 10 and keeps others', () => {
    expect(formatDocumentNumber('5')).toBe('05');
    expect(formatDocumentNumber('12')).toBe('12');
    expect(formatDocumentNumber(' 123 ')).toBe('123');
  });

  it('prints Số: 05/KH-UBND, a blank to fill by hand, and no type code for a công văn', () => {
    expect(numberLine({ documentType: 'KH', documentNumber: '5', documentSymbol: 'UBND' })).toBe('Số: 05/KH-UBND');
    expect(numberLine({ documentType: 'KH', documentNumber: '', documentSymbol: 'UBND' })).toBe('Số:      /KH-UBND');
    expect(numberLine({ documentType: 'CV', documentNumber: '12', documentSymbol: 'UBND-VX' })).toBe('Số: 12/UBND-VX');
    expect(numberLine({ documentType: 'TB', documentNumber: '7', documentSymbol: 'VP UBND' })).toBe('Số: 07/TB-VPUBND');
  });

  it('leaves blanks in the place and date line while the issue date is partial', () => {
    expect(issuePlaceAndDate('Đồng Tháp', '2021-06')).toBe(`Đồng Tháp, ngày ${' '.repeat(5)} tháng 6 năm 2021`);
    expect(issuePlaceAndDate('Đồng Tháp', '2021-01-05')).toBe('Đồng Tháp, ngày 05 tháng 01 năm 2021');
  });
});

describe('amounts', () => {
  it('groups thousands with dots', () => {
    expect(formatVnd(1500000)).toBe('1.500.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(999)).toBe('999 đồng');
    expect(formatVnd(1000)).toBe('1.000 đồng');
  });

  it('keeps every digit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (amount) => {
        const text = formatVnd(amount);
        expect(Number(text.replace(' đồng', '').replace(/\./g, ''))).toBe(amount);
        expect(text).toMatch(/^\d{1,3}(\.\d{3})* đồng$/);
      }),
    );
  });
});

describe('numbering and list lines', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV', 'XL']);
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });

  it('keeps a heading that has its own number, numbers one that has none', () => {
    expect(numberedHeading(3, '1. Sở Nội vụ')).toBe('1. Sở Nội vụ');
    expect(numberedHeading(3, '1.2. Cơ quan đảng')).toBe('1.2. Cơ quan đảng');
    expect(numberedHeading(3, 'Sở Nội vụ')).toBe('3. Sở Nội vụ');
    expect(numberedHeading(2, '2021 là năm')).toBe('2. 2021 là năm');
  });

  it('adds the dash once and a final stop only when missing', () => {
    expect(dashLine('Thường trực Tỉnh ủy.')).toBe('- Thường trực Tỉnh ủy.');
    expect(dashLine('- Thường trực Tỉnh ủy.')).toBe('- Thường trực Tỉnh ủy.');
    expect(withFinalStop('Hội trường UBND Tỉnh')).toBe('Hội trường UBND Tỉnh.');
    expect(withFinalStop('thực hiện./.')).toBe('thực hiện./.');
  });

  it('punctuates the distribution list: ; after each line, . after the last', () => {
    expect(distributionLines(['TT/TU', 'Chủ tịch;', 'Lưu: VT'])).toEqual(['- TT/TU;', '- Chủ tịch;', '- Lưu: VT.']);
    expect(distributionLines(['Lưu: VT, T (KSTTHC).'])).toEqual(['- Lưu: VT, T (KSTTHC).']);
  });
});

describe('body names in running text', () => {
  it('turns the CAPS lines of the issuing body into sentence case', () => {
    expect(bodyInSentence('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP')).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(bodyInSentence('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    expect(bodyInSentence('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ SA ĐÉC')).toBe('Ủy ban nhân dân thành phố Sa Đéc');
    expect(bodyInSentence('')).toBe('');
  });
});
