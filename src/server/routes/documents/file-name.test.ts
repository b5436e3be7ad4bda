import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, documentFileName, symbolPart } from './file-name.js';

const plan = {
  documentType: 'KH' as const,
  documentNumber: '',
  documentSymbol: 'UBND',
  title: 'Hội nghị trực tuyến đánh giá các mô hình cải cách hành chính',
};

describe('document file names', () => {
  it('builds the symbol from number, type code and symbol', () => {
    expect(symbolPart(plan)).toBe('KH-UBND');
    expect(symbolPart({ ...plan, documentNumber: '05' })).toBe('05-KH-UBND');
    expect(symbolPart({ ...plan, documentType: 'CV', documentNumber: '12', documentSymbol: 'UBND-VX' })).toBe('12-UBND-VX');
  });

  it('keeps Vietnamese in the UTF-8 name and removes it from the ASCII name', () => {
    const name = documentFileName(plan, 'docx');
    expect(name).toBe('KH-UBND Hội nghị trực tuyến đánh giá các mô hình cải cách hành chính.docx');
    expect(asciiFileName(name)).toBe('KH-UBND Hoi nghi truc tuyen danh gia cac mo hinh cai cach hanh chinh.docx');
    expect(asciiFileName(documentFileName({ ...plan, documentType: 'QĐ', title: 'Đồng Tháp' }, 'pdf'))).toBe('QD-UBND Dong Thap.pdf');
  });

  it('removes characters that file systems refuse and shortens long titles', () => {
    const name = documentFileName({ ...plan, title: 'a/b\\c:"d"<e>|f?*\n' + 'x'.repeat(200) }, 'docx');
    expect(name).not.toMatch(/[/\\:"<>|?*\n]/);
    expect(name.length).toBeLessThan(110);
    expect(name.endsWith('….docx')).toBe(true);
  });

  it('writes a Content-Disposition header with an ASCII fallback and the RFC 5987 name', () => {
    const header = contentDisposition("Kế hoạch (dự thảo) it's.docx");
    expect(header).toBe(
      `attachment; filename="Ke hoach (du thao) its.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%28d%E1%BB%B1%20th%E1%BA%A3o%29%20it%27s.docx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("Kế hoạch (dự thảo) it's.docx");
  });
});
