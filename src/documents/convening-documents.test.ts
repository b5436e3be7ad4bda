import { describe, expect, it } from 'vitest';
import type { Conference } from '../domain/conference.schema.js';
import { addresseeText, telegramLineText } from './addressee-text.js';
import { findParagraph, paragraphsOf, readDocxParts, tablesOf } from './fixtures/docx-parts.js';
import { congDien, thongBao } from './fixtures/convening/index.js';
import { seedConference } from './fixtures/seed-conference.js';
import { renderPlanDocx } from './plan-docx.js';

const sizes = (xml: string) => [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))];
const isBold = (xml: string) => /<w:b\/>/.test(xml);
const textsOf = async (conference: Conference) =>
  paragraphsOf((await readDocxParts(await renderPlanDocx(conference))).document).map((p) => p.text);

describe('Công điện', () => {
  it('prints CÔNG ĐIỆN, the subject, the `… điện:` line and the addressees as a list before the body', async () => {
    const texts = await textsOf(congDien());
    const type = texts.indexOf('CÔNG ĐIỆN');
    const line = texts.indexOf('VĂN PHÒNG CHÍNH PHỦ điện:');
    expect(type).toBeGreaterThan(0);
    expect(texts[type + 1]).toMatch(/^Về việc triệu tập Hội nghị trực tuyến toàn quốc/);
    expect(line).toBeGreaterThan(type + 1);
    expect(texts.slice(line + 1, line + 7)).toEqual([
      '- Bộ Công Thương;',
      '- Bộ Tài chính;',
      '- Bộ Nông nghiệp và Môi trường;',
      '- Bộ Khoa học và Công nghệ;',
      '- Tập đoàn Điện lực Việt Nam;',
      '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    ]);
    expect(texts[line + 7]).toMatch(/^Thực hiện chỉ đạo của Thủ tướng Chính phủ/);
    expect(texts).not.toContain('Kính gửi:');
  });

  it('numbers its points as written: inline time, the venue lines, participants per point as a), b)', async () => {
    const texts = await textsOf(congDien());
    expect(texts).toContain('1. Thời gian: 14 giờ 00 phút, ngày 07/5/2026 (thứ Năm).');
    const venue = texts.indexOf('2. Địa điểm:');
    expect(texts[venue + 1]).toBe('- Điểm cầu Trung ương: Phòng họp trực tuyến số 2, Bộ Công Thương (Bộ Công Thương bố trí phòng họp).');
    expect(texts).toContain('a) Điểm cầu Trung ương');
    expect(texts).toContain('b) Tại các điểm cầu tỉnh, thành phố');
    expect(texts).toContain('a) Bộ Công Thương');
    const beforeFoot = texts.slice(0, texts.indexOf('Nơi nhận:')).filter(Boolean);
    expect(beforeFoot.at(-1)).toBe('Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.');
  });

  it('makes the `… điện:` line from the issuing body when none is stored', () => {
    expect(telegramLineText({ telegramLine: '', issuingBody: 'Ủy ban nhân dân\ntỉnh Gia Lai' })).toBe('ỦY BAN NHÂN DÂN TỈNH GIA LAI điện:');
    expect(telegramLineText({ telegramLine: 'THỦ TƯỚNG CHÍNH PHỦ điện', issuingBody: '' })).toBe('THỦ TƯỚNG CHÍNH PHỦ điện:');
  });
});

describe('Công văn (state)', () => {
  const letter = (addressees: string[]): Conference => ({
    ...seedConference(),
    documentType: 'CV',
    documentNumber: '12',
    documentSymbol: 'UBND-VX',
    title: 'Triệu tập hội nghị trực tuyến về cải cách hành chính',
    addressees,
  });

  it('prints `V/v …` under the number, 12 pt regular, and no subject line in the body', async () => {
    const parts = await readDocxParts(await renderPlanDocx(letter(['Sở Nội vụ'])));
    const [header] = tablesOf(parts.document);
    const about = findParagraph(header!.xml, /^V\/v /)!;
    expect(about.text).toBe('V/v Triệu tập hội nghị trực tuyến về cải cách hành chính');
    expect(sizes(about.xml)).toEqual([24]);
    expect(isBold(about.xml)).toBe(false);
    expect(paragraphsOf(parts.document).filter((p) => p.text.includes('Triệu tập hội nghị trực tuyến về cải cách'))).toHaveLength(1);
  });

  it('prints one addressee on the Kính gửi line, several as a list under it', async () => {
    expect(await textsOf(letter(['Sở Nội vụ']))).toContain('Kính gửi: Sở Nội vụ');
    const texts = await textsOf(letter(['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'UBND các huyện, thành phố']));
    const at = texts.indexOf('Kính gửi:');
    expect(texts.slice(at + 1, at + 4)).toEqual(['- Sở Nội vụ;', '- Văn phòng UBND tỉnh;', '- UBND các huyện, thành phố.']);
  });
});

describe('Kính gửi on other documents', () => {
  it('prints the Thông báo addressees after the subject and keeps Nơi nhận, "thay cho giấy mời" said once', async () => {
    const texts = await textsOf(thongBao());
    const subject = texts.findIndex((text) => text.startsWith('Về việc tổ chức Hội nghị trực tuyến triển khai'));
    const at = texts.indexOf('Kính gửi:');
    expect(at).toBeGreaterThan(subject);
    expect(texts.slice(at + 1, at + 3)).toEqual(['- Các sở, ban, ngành cấp tỉnh;', '- Ủy ban nhân dân các xã, phường, đặc khu.']);
    expect(texts.slice(texts.indexOf('Nơi nhận:'), texts.indexOf('Nơi nhận:') + 4)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Chủ tịch, các PCT UBND tỉnh;',
      '- Lưu: VT, KGVX.',
    ]);
    expect(texts.filter((text) => /thay (cho )?(thư|giấy) mời/i.test(text))).toHaveLength(1);
  });

  it('prints Kính gửi on a Kế hoạch and a Giấy mời only when there are addressees', async () => {
    const plan = { ...seedConference(), addressees: ['Các sở, ban, ngành tỉnh'] };
    const texts = await textsOf(plan);
    expect(texts.indexOf('Kính gửi: Các sở, ban, ngành tỉnh')).toBe(texts.indexOf('KẾ HOẠCH') + 3);
    expect(texts).toContain('Nơi nhận:');
    const invitation = await textsOf({ ...plan, documentType: 'GM', addressees: ['Sở Nội vụ', 'Sở Tài chính'] });
    expect(invitation.slice(invitation.indexOf('Kính gửi:'), invitation.indexOf('Kính gửi:') + 3)).toEqual([
      'Kính gửi:',
      '- Sở Nội vụ;',
      '- Sở Tài chính.',
    ]);
    expect((await textsOf(seedConference())).some((text) => text.startsWith('Kính gửi'))).toBe(false);
    expect(addresseeText({ ...seedConference(), addressees: ['  '] })).toBeNull();
  });
});
