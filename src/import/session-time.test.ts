import { describe, expect, it } from 'vitest';
import { dateOf, parseSessions } from './session-time.js';

const times = (text: string) => parseSessions(text).map((s) => [s.date, s.dateIsApproximate, s.startTime, s.endTime, s.partOfDay, s.label]);

describe('the sessions a time line gives', () => {
  it('keeps an exact start, a range, a part of the day, and nothing more than the text says', () => {
    expect(times('08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).')).toEqual([['2021-07-07', false, '08:00', null, null, '']]);
    expect(times("từ 13h30' đến 17h00' ngày 24/3/2026 (thứ Ba).")).toEqual([['2026-03-24', false, '13:30', '17:00', null, '']]);
    expect(times('buổi sáng ngày 20/5/2026 (thứ Tư).')).toEqual([['2026-05-20', false, null, null, 'morning', '']]);
    expect(times('cả ngày 26/3/2026, khai mạc lúc 7 giờ 30 phút.')).toEqual([['2026-03-26', false, '07:30', null, 'all_day', '']]);
    expect(times('2 giờ chiều ngày 05 tháng 6 năm 2026')).toEqual([['2026-06-05', false, '14:00', null, null, '']]);
  });

  it('reads several parts of one day, each with its phiên', () => {
    expect(
      times(
        'Ngày 1 (16/4/2026): Buổi sáng: từ 7 giờ 30 đến 11 giờ 30, Phiên khai mạc; Buổi chiều: từ 13 giờ 30 đến 17 giờ 00, Phiên thảo luận.',
      ),
    ).toEqual([
      ['2026-04-16', false, '07:30', '11:30', 'morning', 'Phiên khai mạc'],
      ['2026-04-16', false, '13:30', '17:00', 'afternoon', 'Phiên thảo luận'],
    ]);
  });

  it('keeps an approximate month as a month, with the words of the document', () => {
    const [session] = parseSessions('dự kiến trong tháng 6/2026 (thời gian cụ thể sẽ có thông báo sau).');
    expect(session).toMatchObject({ date: '2026-06', dateIsApproximate: true, startTime: null, partOfDay: null });
    expect(session!.timeText).toContain('dự kiến trong tháng 6/2026');
  });

  it('gives nothing for a line without a date or a month, and refuses impossible dates', () => {
    expect(parseSessions('Thời gian: 01 buổi')).toEqual([]);
    expect(dateOf('ngày 31/2/2026')).toBeNull();
    expect(dateOf('ngày 07 tháng 7 năm 2021')).toBe('2021-07-07');
  });
});
