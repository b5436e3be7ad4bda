import { describe, expect, it } from 'vitest';
import { at, heldTimeline } from '../../documents/timeline/timeline.fixture.js';
import { BLANK_TIME } from '../session-time.js';
import { buildMinutesDraft, minutesVoteOf, type MinutesRecord } from './minutes-draft.js';

const record = (patch: Partial<MinutesRecord> = {}): MinutesRecord => ({
  title: 'Hội nghị trực tuyến đánh giá mô hình cải cách hành chính năm 2020',
  venue: 'Hội trường UBND Tỉnh',
  onlinePoints: ['Điểm cầu huyện Tân Hồng', 'Điểm cầu huyện Lai Vung'],
  chairText: 'Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa',
  secretaryName: 'Trần Thị Thư',
  timeline: heldTimeline(),
  attendance: [
    { name: 'Điểm cầu Tỉnh', isHost: true, present: 38, absent: 2 },
    { name: 'Điểm cầu huyện Tân Hồng', isHost: false, present: 12, absent: 0 },
  ],
  notes: new Map([['i2', 'Sở Nội vụ báo cáo kết quả.\nĐề nghị các sở bổ sung số liệu.']]),
  votes: [],
  ...patch,
});

describe('the draft of the minutes from the record', () => {
  it('says when the meeting started and ended as the live meeting recorded it, with the weekday', () => {
    const body = buildMinutesDraft(record());
    expect(body.opening[0]).toBe('Thời gian bắt đầu: 08 giờ 02 phút, ngày 07 tháng 7 năm 2021 (thứ Tư).');
    expect(body.closing).toEqual(['Hội nghị kết thúc vào lúc 08 giờ 42 phút cùng ngày./.']);
  });

  it('names the place and form, the chair, the secretary and attendance per point with totals', () => {
    const body = buildMinutesDraft(record());
    expect(body.opening).toContain(
      'Địa điểm và hình thức: Hội trường UBND Tỉnh; hình thức trực tuyến, kết nối từ điểm cầu chính đến 2 điểm cầu.',
    );
    expect(body.opening).toContain('Chủ tọa: Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa.');
    expect(body.opening).toContain('Thư ký (người ghi biên bản): Trần Thị Thư.');
    expect(body.opening).toContain('Thành phần tham dự: có mặt 50 đại biểu, vắng mặt 2 đại biểu, cụ thể:');
    expect(body.opening).toContain('- Điểm cầu Tỉnh (điểm cầu chính): có mặt 38, vắng mặt 2;');
  });

  it('follows the agenda as it really ran: inserted items in their place, skipped items said so', () => {
    const body = buildMinutesDraft(record());
    expect(body.sections.map((s) => s.heading)).toEqual([
      '1. Khai mạc hội nghị',
      '2. Báo cáo kết quả CCHC năm 2020',
      'Phát biểu của đại diện Bộ Nội vụ',
      '3. Tham luận của các địa phương',
      '4. Bế mạc',
    ]);
    expect(body.sections[3]!.paragraphs).toEqual(['Nội dung này không được thực hiện tại hội nghị.']);
  });

  it('lists each speaker with their hall and speaking time, then the secretary notes of the item', () => {
    const item2 = buildMinutesDraft(record()).sections[1]!;
    expect(item2.paragraphs[0]).toBe('Thời gian: từ 08 giờ 07 phút đến 08 giờ 31 phút.');
    expect(item2.paragraphs).toContain(
      '- Nguyễn Văn Bình (Điểm cầu huyện Tân Hồng) phát biểu từ 08 giờ 20 phút đến 08 giờ 27 phút, 7 phút 20 giây.',
    );
    expect(item2.paragraphs.slice(-2)).toEqual(['Sở Nội vụ báo cáo kết quả.', 'Đề nghị các sở bổ sung số liệu.']);
  });

  it('adds each closed vote and its result under its item', () => {
    const vote = minutesVoteOf({
      itemId: 'i2',
      question: 'Thông qua dự thảo Quyết định',
      result: {
        options: [
          { label: 'Tán thành', count: 30, percentOfEntitled: 75 },
          { label: 'Không tán thành', count: 2, percentOfEntitled: 5 },
        ],
        majority: { passed: true, text: { vi: 'quá nửa tổng số thành viên' } },
      },
    });
    expect(vote).not.toBeNull();
    const item2 = buildMinutesDraft(record({ votes: [vote!] })).sections[1]!;
    expect(item2.paragraphs.at(-1)).toBe(
      'Biểu quyết: Thông qua dự thảo Quyết định. Kết quả: Tán thành: 30 (75,00%); Không tán thành: 2 (5,00%) — được thông qua (quá nửa tổng số thành viên).',
    );
    expect(minutesVoteOf({ question: 'Chưa đóng', result: null })).toBeNull();
  });

  it('prints blanks, never a guess, where the record holds nothing', () => {
    const timeline = { ...heldTimeline(), startedAt: null, endedAt: null };
    const body = buildMinutesDraft(record({ timeline, venue: '', chairText: '', secretaryName: '', attendance: [] }));
    expect(body.opening[0]).toBe(`Thời gian bắt đầu: ${BLANK_TIME}.`);
    expect(body.opening).toContain(`Chủ tọa: ${BLANK_TIME}.`);
    expect(body.opening).toContain(`Thư ký (người ghi biên bản): ${BLANK_TIME}.`);
    expect(body.opening).toContain(`Thành phần tham dự: ${BLANK_TIME}`);
    expect(body.closing[0]).toBe(`Hội nghị kết thúc vào lúc ${BLANK_TIME}./.`);
    expect(JSON.stringify(body)).not.toMatch(/undefined|null|NaN/);
  });

  it('gives the date of the end when the meeting ran past midnight', () => {
    const timeline = { ...heldTimeline(), endedAt: at(24 + 0, 30) };
    expect(buildMinutesDraft(record({ timeline })).closing[0]).toBe(
      'Hội nghị kết thúc vào lúc 00 giờ 30 phút, ngày 08 tháng 7 năm 2021 (thứ Năm)./.',
    );
  });
});
