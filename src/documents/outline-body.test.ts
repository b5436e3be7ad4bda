import { describe, expect, it } from 'vitest';
import type { Conference } from '../domain/conference.schema.js';
import { BLANK_TIME } from '../domain/session-time.js';
import { outline, session, type OutlineSpec } from './fixtures/convening/blank-conference.js';
import { congDien, partyKeHoach, thongBao, unsignedKeHoach } from './fixtures/convening/index.js';
import { seedConference } from './fixtures/seed-conference.js';
import { numberingPrefix, outlineParagraphBlock } from './outline-body.js';
import { outlineSections } from './outline-tree.js';
import { planBodyBlocks } from './plan-outline.js';

const texts = (conference: Conference) => planBodyBlocks(conference).map((block) => ('text' in block ? block.text : '[costs]'));
const withOutline = (base: Conference, specs: OutlineSpec[]): Conference => ({ ...base, outline: outline(9, specs) });

describe('numbering and paragraphs as the document wrote them', () => {
  it('keeps the numbering style: I., 1., 1.1., a), a Party I-, and stored punctuation', () => {
    expect(numberingPrefix('I', 'state')).toBe('I. ');
    expect(numberingPrefix('IV', 'party')).toBe('IV- ');
    expect(numberingPrefix('1', 'party')).toBe('1. ');
    expect(numberingPrefix('2.1', 'state')).toBe('2.1. ');
    expect(numberingPrefix('a', 'state')).toBe('a) ');
    expect(numberingPrefix('đ', 'state')).toBe('đ) ');
    expect(numberingPrefix('1-', 'party')).toBe('1- ');
    expect(numberingPrefix('', 'state')).toBe('');
  });

  it('prints paragraph levels 0 to 3 as body text, `- `, `+ ` and `* `, keeping a mark already typed', () => {
    expect(outlineParagraphBlock({ level: 0, text: 'Văn bản.' })).toEqual({ kind: 'paragraph', text: 'Văn bản.' });
    expect(outlineParagraphBlock({ level: 1, text: 'Một ý;' })).toEqual({ kind: 'line', text: '- Một ý;' });
    expect(outlineParagraphBlock({ level: 2, text: 'Ý nhỏ;' })).toEqual({ kind: 'line', text: '+ Ý nhỏ;' });
    expect(outlineParagraphBlock({ level: 3, text: 'Chi tiết.' })).toEqual({ kind: 'line', text: '* Chi tiết.' });
    expect(outlineParagraphBlock({ level: 1, text: '- Đã có dấu.' })).toEqual({ kind: 'line', text: '- Đã có dấu.' });
  });

  it('builds the tree in document order, lifting a section whose parent is missing or cyclic to the top', () => {
    const sections = outline(9, [
      [1, null, 'I', 'A', 'other'],
      [2, 1, '1', 'A.1', 'other'],
      [3, 42, '2', 'orphan', 'other'],
    ]);
    const cyclic = [
      ...sections,
      { ...sections[0]!, id: 'x', position: 9, parentId: 'y' },
      { ...sections[0]!, id: 'y', position: 10, parentId: 'x' },
    ];
    expect(outlineSections(cyclic).map((node) => [node.section.heading, node.children.length])).toEqual([
      ['A', 1],
      ['orphan', 0],
      ['A', 0],
      ['A', 0],
    ]);
  });
});

describe('the body from the outline', () => {
  it('prints a notice numbered 1–6 in order: inline time and venue, form, participants a)/b), agenda list, documents', () => {
    const lines = texts(thongBao());
    expect(lines[0]).toMatch(/^Thực hiện ý kiến chỉ đạo/);
    expect(lines[1]).toBe('1. Thời gian: 14 giờ 00 phút, ngày 16/4/2026 (thứ Năm).');
    expect(lines[2]).toBe(
      '2. Địa điểm: Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh và trực tuyến tại Ủy ban nhân dân các xã, phường, đặc khu.',
    );
    expect(lines.slice(3, 6)).toEqual(['3. Hình thức', 'Trực tiếp kết hợp trực tuyến.', '4. Thành phần']);
    expect(lines[6]).toBe('a) Điểm cầu tỉnh: 80 đại biểu.');
    expect(lines).toContain('b) Tại điểm cầu cấp xã');
    const agenda = lines.indexOf('5. Nội dung');
    expect(lines.slice(agenda + 1, agenda + 5)).toEqual([
      '- Khai mạc, giới thiệu đại biểu;',
      '- Trình bày dự thảo Đề án phát triển du lịch cộng đồng năm 2026;',
      '- Thảo luận;',
      '- Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh.',
    ]);
    expect(lines[agenda + 5]).toBe('6. Tài liệu');
    expect(lines.at(-1)).toMatch(/Thông báo này thay cho giấy mời\.\/\.$/);
  });

  it('labels the inline time bold and prints the blank to fill in by hand when no time is known', () => {
    const notice = { ...thongBao(), startsAt: null, sessions: [session(4)] };
    const time = planBodyBlocks(notice).find((block) => block.kind === 'labelled' && block.label === '1. Thời gian:');
    expect(time).toEqual({ kind: 'labelled', label: '1. Thời gian:', text: `1. Thời gian: ${BLANK_TIME}` });
    expect(texts(notice).join('\n')).not.toMatch(/\d{2} giờ/);
  });

  it('prints a multi-line venue under its heading, and the structured sections with the model once', () => {
    const lines = texts(congDien());
    expect(lines.filter((line) => line.startsWith('- Phó Thủ tướng Chính phủ Nguyễn Quốc Thành'))).toHaveLength(1);
    const plan = texts(partyKeHoach());
    expect(plan.filter((line) => line === '1. Văn phòng Tỉnh ủy')).toHaveLength(1);
    expect(plan.filter((line) => line === '2. Các đảng ủy trực thuộc Tỉnh ủy')).toHaveLength(1);
    expect(plan).toContain('- Thời gian: 07 giờ 30 phút, ngày 15/4/2026 (thứ Tư).');
  });

  it("prints an agenda section's own paragraphs rather than the items, and paragraphs where the model is empty", () => {
    const base = { ...seedConference(), participantGroups: [], bridgePoints: [] };
    const lines = texts(
      withOutline(base, [
        [1, null, 'I', 'CHƯƠNG TRÌNH', 'agenda', ['- Khai mạc;', '- Bế mạc.']],
        [2, null, 'II', 'THÀNH PHẦN', 'participants', ['Như Nơi nhận.']],
      ]),
    );
    expect(lines.slice(1, 7)).toEqual(['I. CHƯƠNG TRÌNH', '- Khai mạc;', '- Bế mạc.', 'II. THÀNH PHẦN', 'Như Nơi nhận.', lines.at(-1)]);
  });

  it('under a time-and-venue heading with sub-sections prints only the sub-sections, and a second section of a kind as text', () => {
    const lines = texts(
      withOutline(seedConference(), [
        [1, null, 'I', 'THỜI GIAN, ĐỊA ĐIỂM', 'time_place'],
        [2, 1, '1', 'Thời gian', 'time_place'],
        [3, 1, '2', 'Địa điểm', 'time_place'],
        [4, null, 'II', 'TỔ CHỨC THỰC HIỆN', 'assignments'],
        [5, null, 'III', 'ĐỀ NGHỊ', 'assignments', ['Các đơn vị báo cáo kết quả.']],
      ]),
    );
    expect(lines.slice(1, 4)).toEqual([
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).',
      `2. Địa điểm: ${seedConference().venue}`,
    ]);
    expect(lines).toContain('1. Sở Nội vụ');
    expect(lines.slice(lines.indexOf('III. ĐỀ NGHỊ'), lines.indexOf('III. ĐỀ NGHỊ') + 2)).toEqual([
      'III. ĐỀ NGHỊ',
      'Các đơn vị báo cáo kết quả.',
    ]);
  });

  it('ends with the closing text and never prints it twice, nor anything after it', () => {
    const closing = seedConference().closingText;
    const lines = texts(withOutline(seedConference(), [[1, null, '', '', 'other', ['Nội dung.', closing]]]));
    expect(lines.at(-1)).toBe(closing);
    expect(lines.filter((line) => line === closing)).toHaveLength(1);
  });

  it('keeps the fixed sections I–IV when the outline is empty', () => {
    expect(texts(unsignedKeHoach()).filter((line) => /^[IV]+\. /.test(line))).toEqual([
      'I. THỜI GIAN VÀ ĐỊA ĐIỂM',
      'II. THÀNH PHẦN THAM DỰ',
      'III. PHÂN CÔNG THỰC HIỆN',
      'IV. KINH PHÍ THỰC HIỆN',
    ]);
    expect(texts(unsignedKeHoach())).toContain(`- Thời gian: ${BLANK_TIME}`);
  });
});
