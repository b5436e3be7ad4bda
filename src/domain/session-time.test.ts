import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  conferenceTimeOf,
  conferenceTimeText,
  exactStart,
  printedSessionTime,
  requireExactStart,
  sessionFromStart,
  sessionTimeVi,
} from './session-time.js';

const session = (over: Partial<ReturnType<typeof sessionFromStart>> = {}) => ({ ...sessionFromStart(null), ...over });

describe('honest time', () => {
  it('has an exact start only with a whole, firm date and a clock time', () => {
    expect(exactStart(session({ date: '2021-07-07', startTime: '08:00' }))).toBe('2021-07-07T08:00');
    expect(exactStart(session({ date: '2021-07-07', partOfDay: 'morning' }))).toBeNull();
    expect(exactStart(session({ date: '2021-07', startTime: '08:00' }))).toBeNull();
    expect(exactStart(session({ date: '2021-07-07', startTime: '08:00', dateIsApproximate: true }))).toBeNull();
    expect(
      conferenceTimeOf([session({ date: '2026-06', dateIsApproximate: true }), session({ date: '2026-07-01', startTime: '08:00' })]),
    ).toEqual({
      startsAt: null,
      firstDate: '2026-06',
    });
  });

  it('prints what is known, as the document wrote it, and nothing for the unknown', () => {
    expect(printedSessionTime(session({ date: '2021-07-07', startTime: '08:00' }))).toBe('08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)');
    expect(printedSessionTime(session({ date: '2026-05-20', partOfDay: 'morning' }))).toBe('buổi sáng ngày 20/5/2026 (thứ Tư)');
    expect(printedSessionTime(session({ date: '2026-06', dateIsApproximate: true, timeText: 'dự kiến trong tháng 6/2026' }))).toBe(
      'dự kiến trong tháng 6/2026',
    );
    expect(printedSessionTime(session({ date: '2026-06', dateIsApproximate: true }))).toBe('dự kiến tháng 6/2026');
    expect(printedSessionTime(session())).toBeNull();
    expect(sessionTimeVi(session())).toBe('chưa xác định');
    expect(conferenceTimeText({ startsAt: null, sessions: [{ ...session(), position: 0 }] })).toBe('………………');
    expect(
      conferenceTimeText({
        startsAt: '2026-04-16T07:30',
        sessions: [
          { ...session({ label: 'Phiên khai mạc', date: '2026-04-16', startTime: '07:30' }), position: 0 },
          { ...session({ label: 'Phiên bế mạc', date: '2026-04-17', partOfDay: 'morning' }), position: 1 },
        ],
      }),
    ).toBe('Phiên khai mạc: 07 giờ 30 phút, ngày 16/4/2026 (thứ Năm); Phiên bế mạc: buổi sáng ngày 17/4/2026 (thứ Sáu)');
  });

  it('refuses what needs an exact start with 409 conference.time_not_set, in both languages', () => {
    expect(requireExactStart({ startsAt: '2021-07-07T08:00' }, 'open_live')).toBe('2021-07-07T08:00');
    try {
      requireExactStart({ startsAt: null }, 'send_invitations');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).code).toBe('conference.time_not_set');
      expect((error as DomainError).localized.vi).toContain('gửi giấy mời');
      expect((error as DomainError).localized.en).toContain('send the invitations');
    }
  });
});
