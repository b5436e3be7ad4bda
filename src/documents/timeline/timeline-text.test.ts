import { describe, expect, it } from 'vitest';
import { at, heldTimeline } from './timeline.fixture.js';
import { changeLine, clockVi, differenceVi, durationVi, heldLine, itemCells, speechCells, totalsLines } from './timeline-text.js';

describe('timeline texts', () => {
  it('says durations and differences as Vietnamese minutes do', () => {
    expect(durationVi(440)).toBe('7 phút 20 giây');
    expect(durationVi(60)).toBe('1 phút');
    expect(durationVi(45)).toBe('45 giây');
    expect(durationVi(0)).toBe('0 giây');
    expect(durationVi(3723)).toBe('1 giờ 2 phút 3 giây');
    expect(durationVi(7200)).toBe('2 giờ');
    expect(durationVi(59.6)).toBe('1 phút');
    expect(differenceVi(260)).toBe('+4 phút 20 giây');
    expect(differenceVi(-170)).toBe('−2 phút 50 giây');
    expect(differenceVi(0)).toBe('0 giây');
  });

  it('prints server times on the clock of Viet Nam (UTC+7), across midnight too', () => {
    expect(clockVi(at(8, 2, 10))).toBe('08:02:10');
    expect(clockVi(Date.UTC(2021, 6, 7, 17, 5, 9))).toBe('00:05:09');
  });

  it('fills the programme row with planned and actual, the difference and the notes', () => {
    const [opening, report, inserted, skipped] = heldTimeline().items;
    expect(itemCells(report!)).toEqual({
      number: '2',
      content: '2. Báo cáo kết quả CCHC năm 2020',
      presenter: 'Sở Nội vụ - Giám đốc',
      planned: ['08:05', '20 phút'],
      actual: ['08:07:30 – 08:31:50', '24 phút 20 giây'],
      difference: '+4 phút 20 giây',
      note: 'gia hạn +2 phút',
    });
    expect(itemCells(opening!).note).toBe('');
    expect(itemCells(inserted!)).toMatchObject({
      content: 'Phát biểu của đại diện Bộ Nội vụ',
      planned: ['10 phút'],
      difference: '−2 phút 50 giây',
      note: 'bổ sung',
    });
    expect(itemCells(skipped!)).toMatchObject({ actual: [], difference: '', note: 'bỏ qua' });
  });

  it('fills the speech rows, the change lines and the totals', () => {
    const timeline = heldTimeline();
    expect(speechCells(timeline.speeches[0]!, 0)).toEqual([
      '1',
      'Nguyễn Văn Bình',
      'Điểm cầu huyện Tân Hồng',
      '2. Báo cáo kết quả CCHC năm 2020',
      '08:20:00',
      '7 phút 20 giây',
      '7 phút',
      '20 giây',
    ]);
    expect(speechCells(timeline.speeches[1]!, 1)).toEqual([
      '2',
      'Trần Thị Cúc (kiến nghị thủ tục)',
      'Điểm cầu huyện Lai Vung',
      'Phát biểu của đại diện Bộ Nội vụ',
      '08:33:00',
      '1 phút 30 giây',
      '2 phút',
      '',
    ]);
    expect(timeline.changes.map(changeLine)).toEqual([
      '08:25:00 – Gia hạn nội dung: Báo cáo kết quả CCHC năm 2020 (+2 phút)',
      '08:30:00 – Rút đăng ký phát biểu: Lê Văn Dũng',
      '08:31:00 – Bổ sung nội dung: Phát biểu của đại diện Bộ Nội vụ',
      '08:39:00 – Bỏ qua nội dung: Tham luận của các địa phương',
    ]);
    expect(heldLine(timeline)).toBe('Thực tế: bắt đầu lúc 08:02:10, kết thúc lúc 08:42:00 (39 phút 50 giây).');
    expect(heldLine({ ...timeline, startedAt: null, endedAt: null })).toBe('Hội nghị chưa bắt đầu.');
    expect(totalsLines(timeline)).toEqual([
      'Tổng thời gian dự kiến: 1 giờ 10 phút; thực tế: 39 phút 50 giây (−30 phút 10 giây).',
      'Số nội dung đã thực hiện: 4; bỏ qua: 1; bổ sung: 1; vượt thời gian: 2.',
      'Số lượt phát biểu: 2; tổng thời gian phát biểu: 8 phút 50 giây.',
    ]);
  });
});
