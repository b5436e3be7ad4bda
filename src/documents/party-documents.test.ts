import { beforeAll, describe, expect, it } from 'vitest';
import { findParagraph, paragraphsOf, readDocxParts, tablesOf, type DocxParts } from './fixtures/docx-parts.js';
import { partyCongVan, partyKeHoach } from './fixtures/convening/index.js';
import { partyNumberLine } from './document-text.js';
import { renderPlanDocx } from './plan-docx.js';
import { signatureLines } from './signature.js';

const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);
const isItalic = (xml: string) => /<w:i\/>/.test(xml);
const isRule = (xml: string) => /<w:pBdr><w:top w:val="single"/.test(xml);

let plan: DocxParts;
let letter: DocxParts;
beforeAll(async () => {
  plan = await readDocxParts(await renderPlanDocx(partyKeHoach()));
  letter = await readDocxParts(await renderPlanDocx(partyCongVan()));
});

describe('Party header (Hướng dẫn 36-HD/VPTW)', () => {
  it('puts the superior organisation, the issuing body in bold, a star and `Số 45-KH/TU` on the left, all 14 pt', () => {
    const [header] = tablesOf(plan.document);
    const left = paragraphsOf(/<w:tc>.*?<\/w:tc>/s.exec(header!.xml)![0]).filter((p) => p.text);
    expect(left.map((p) => p.text)).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'TỈNH ỦY', '*', 'Số 45-KH/TU']);
    expect(left.map((p) => isBold(p.xml))).toEqual([false, true, false, false]);
    expect(left.every((p) => sizes(p.xml)[0] === 28)).toBe(true);
    expect(header!.xml).not.toContain('Số:');
  });

  it('puts ĐẢNG CỘNG SẢN VIỆT NAM bold 15 with a rule of its length under it, then the italic place and date', () => {
    const [header] = tablesOf(plan.document);
    const right = paragraphsOf([...header!.xml.matchAll(/<w:tc>.*?<\/w:tc>/gs)][1]![0]);
    const title = right.findIndex((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(isBold(right[title]!.xml) && sizes(right[title]!.xml)[0] === 30).toBe(true);
    expect(isRule(right[title + 1]!.xml)).toBe(true);
    const date = right[title + 2]!;
    expect(date.text).toBe('Lâm Đồng, ngày 02 tháng 4 năm 2026');
    expect(isItalic(date.xml) && sizes(date.xml)[0] === 28).toBe(true);
    expect(plan.document).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(plan.document).not.toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('prints the type name bold 16 and the subject as written, bold 14', () => {
    const type = findParagraph(plan.document, 'KẾ HOẠCH')!;
    expect(isBold(type.xml) && sizes(type.xml)[0] === 32).toBe(true);
    const subject = findParagraph(plan.document, /^tổ chức hội nghị trực tuyến sơ kết/)!;
    expect(isBold(subject.xml) && sizes(subject.xml)[0] === 28).toBe(true);
  });

  it('numbers a blank or small number as the guide does: no colon, hyphen before the type code', () => {
    expect(partyNumberLine({ documentType: 'KH', documentNumber: '7', documentSymbol: 'TU' })).toBe('Số 07-KH/TU');
    expect(partyNumberLine({ documentType: 'CV', documentNumber: '', documentSymbol: 'T U' })).toBe(`Số ${' '.repeat(5)}-CV/TU`);
  });
});

describe('Party plan body and foot', () => {
  it('prints the outline with Roman numbers followed by a hyphen, and Arabic sub-headings', () => {
    const texts = paragraphsOf(plan.document).map((p) => p.text);
    const headings = [
      'I- MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II- THỜI GIAN, ĐỊA ĐIỂM',
      'III- THÀNH PHẦN',
      'IV- NỘI DUNG',
      'V- TỔ CHỨC THỰC HIỆN',
    ];
    const at = headings.map((heading) => texts.indexOf(heading));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(texts).toContain('- Thời gian: 07 giờ 30 phút, ngày 15/4/2026 (thứ Tư).');
  });

  it('signs T/M BAN THƯỜNG VỤ and ends each Nơi nhận line with a comma, the last with a full stop', () => {
    const foot = tablesOf(plan.document).find((table) => table.rows[0]?.cells[0]?.startsWith('Nơi nhận:'))!;
    const texts = paragraphsOf(foot.xml)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts).toEqual([
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng (để báo cáo),',
      '- Các đồng chí Tỉnh ủy viên,',
      '- Các đảng ủy trực thuộc Tỉnh ủy,',
      '- Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ THƯỜNG TRỰC',
      'Trần Minh Khoa',
    ]);
  });

  it('writes the Party authorities T/M, K/T and T/L', () => {
    const signer = (signerAuthority: 'T/M' | 'K/T' | 'T/L', signerBody: string, signerTitle: string) => ({
      signerAuthority,
      signerBody,
      signerTitle,
      signerName: 'Trần Minh Khoa',
    });
    expect(signatureLines(signer('T/M', 'Ban Thường vụ', 'Bí thư'))).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
    expect(signatureLines(signer('K/T', 'BÍ THƯ', 'PHÓ BÍ THƯ'))).toEqual(['K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(signatureLines(signer('K/T', '', 'PHÓ BÍ THƯ'))).toEqual(['K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(signatureLines(signer('K/T', 'BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'))).toEqual(['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(signatureLines(signer('T/L', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'))).toEqual(['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG']);
  });
});

describe('Party công văn', () => {
  it('has `Số 212-CV/BTGDVTU` and the italic 12 pt V/v under it, and no type name', () => {
    const [header] = tablesOf(letter.document);
    expect(findParagraph(header!.xml, /^Số /)?.text).toBe('Số 212-CV/BTGDVTU');
    const about = findParagraph(header!.xml, /^V\/v /)!;
    expect(about.text).toBe('V/v triệu tập hội nghị trực tuyến quán triệt chuyên đề học tập năm 2026');
    expect(isItalic(about.xml) && sizes(about.xml)[0] === 24 && !isBold(about.xml)).toBe(true);
    expect(findParagraph(letter.document, /^triệu tập hội nghị/)).toBeUndefined();
    expect(findParagraph(letter.document, 'CÔNG VĂN')).toBeUndefined();
  });

  it('prints Kính gửi with the list, then the body, and signs K/T TRƯỞNG BAN', () => {
    const texts = paragraphsOf(letter.document).map((p) => p.text);
    const at = texts.indexOf('Kính gửi:');
    expect(texts.slice(at, at + 4)).toEqual([
      'Kính gửi:',
      '- Ban thường vụ các đảng ủy trực thuộc Tỉnh ủy,',
      '- Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy,',
      '- Đảng ủy các xã, phường trong tỉnh.',
    ]);
    expect(texts[at + 4]).toMatch(/^Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy/);
    expect(texts).toContain('K/T TRƯỞNG BAN');
    expect(texts).toContain('PHÓ TRƯỞNG BAN');
  });
});
