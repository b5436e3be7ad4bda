import { describe, expect, it } from 'vitest';
import { outlineKindOf, OutlineStack, parseOutlineHeading } from './outline.js';

describe('numbered headings of any outline', () => {
  it('reads every usual numbering style, with the text after a colon kept apart', () => {
    expect(parseOutlineHeading('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({
      style: 'roman',
      numbering: 'I',
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      inline: '',
    });
    expect(parseOutlineHeading('II- THỜI GIAN, ĐỊA ĐIỂM')).toMatchObject({ style: 'roman', numbering: 'II' });
    expect(parseOutlineHeading('1. Thời gian: 08 giờ 00, ngày 10/4/2026.')).toMatchObject({
      style: 'arabic',
      heading: 'Thời gian',
      inline: '08 giờ 00, ngày 10/4/2026.',
    });
    expect(parseOutlineHeading('2.1. Địa điểm: Trung tâm Hội nghị tỉnh')).toMatchObject({ style: 'dotted2', numbering: '2.1' });
    expect(parseOutlineHeading('1.1.2. Khách mời')).toMatchObject({ style: 'dotted3' });
    expect(parseOutlineHeading('b) Tại điểm cầu địa phương:')).toMatchObject({
      style: 'letter',
      numbering: 'b',
      heading: 'Tại điểm cầu địa phương',
    });
    expect(parseOutlineHeading('3. 3.321 điểm cầu cấp xã: tại trụ sở')).toMatchObject({ numbering: '3', heading: '3.321 điểm cầu cấp xã' });
  });

  it('leaves bullets, dates, amounts and plain paragraphs alone', () => {
    for (const text of ['- Sở Nội vụ', '24/3/2026 họp', '124 điểm cầu cấp xã', 'Thực hiện Kế hoạch số 12', '1. 500.000 đồng']) {
      expect(parseOutlineHeading(text), text).toBeNull();
    }
  });

  it('classifies sections by their words; a subsection without its own takes its parent kind', () => {
    expect(outlineKindOf('THỜI GIAN, ĐỊA ĐIỂM VÀ CHƯƠNG TRÌNH', null)).toBe('time_place');
    expect(outlineKindOf('Thời gian, địa điểm, thành phần', null)).toBe('time_place');
    expect(outlineKindOf('TỔ CHỨC THỰC HIỆN', null)).toBe('assignments');
    expect(outlineKindOf('ĐIỂM CẦU', null)).toBe('time_place');
    expect(outlineKindOf('NỘI DUNG KHÁC', null)).toBe('other');
    expect(outlineKindOf('Hình thức', 'time_place')).toBe('form');
    expect(outlineKindOf('Tại điểm cầu tỉnh', 'participants')).toBe('participants');
    expect(outlineKindOf('Sở Nội vụ', 'assignments')).toBe('assignments');
    expect(outlineKindOf('Thời gian ký kết', 'assignments')).toBe('assignments');
  });

  it('nests styles in the order they appear and closes deeper ones', () => {
    const stack = new OutlineStack();
    const push = (text: string) => stack.push(parseOutlineHeading(text)!);
    expect(push('I. THÀNH PHẦN')).toMatchObject({ depth: 1, parentKey: null });
    const one = push('1. Điểm cầu Tỉnh');
    expect(one).toMatchObject({ depth: 2, kind: 'participants' });
    expect(push('1.1. Khách mời')).toMatchObject({ depth: 3, parentKey: one.key });
    expect(push('2. Đầu cầu cấp huyện')).toMatchObject({ depth: 2 });
    expect(push('II. TỔ CHỨC THỰC HIỆN')).toMatchObject({ depth: 1, kind: 'assignments' });
  });
});
