import { describe, expect, it } from 'vitest';
import { VIETNAM_ANNOUNCED_DAYS, fixedHolidays } from './holidays-vn.js';
import { addWorkingDays, createWorkingCalendar, isWorkingDay, workingDaysBetween } from './working-days.js';

const calendar = createWorkingCalendar();

describe('working days with public holidays', () => {
  it('counts Monday to Friday when nothing is listed', () => {
    expect(isWorkingDay('2026-12-07', calendar)).toBe(true); // Monday
    expect(isWorkingDay('2026-12-12', calendar)).toBe(false); // Saturday
    expect(workingDaysBetween('2026-12-04', '2026-12-11', calendar)).toBe(5);
    expect(workingDaysBetween('2026-12-11', '2026-12-04', calendar)).toBe(-5);
  });

  it('skips the announced Tết of 2026 (16-20/2) and finds the 3rd working day before a meeting', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(isWorkingDay(date, calendar)).toBe(false);
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-25', -3, calendar)).toBe('2026-02-13');
    expect(workingDaysBetween('2026-02-13', '2026-02-23', calendar)).toBe(1);
  });

  it('keeps the swapped days: 2/1/2026 off, Saturday 10/1/2026 worked; 31/8/2026 off, Saturday 22/8/2026 worked', () => {
    expect(isWorkingDay('2026-01-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true);
    expect(isWorkingDay('2026-08-22', calendar)).toBe(true);
    expect(isWorkingDay('2026-08-31', calendar)).toBe(false);
    expect(isWorkingDay('2026-09-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-09-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-09-03', calendar)).toBe(true);
  });

  it('2025: Tết 27-31/1, Giỗ Tổ 7/4, 30/4 to 2/5 off with Saturday 26/4 worked, 1-2/9 off', () => {
    expect(
      ['2025-01-27', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'].filter((d) =>
        isWorkingDay(d, calendar),
      ),
    ).toEqual([]);
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true);
  });

  it('2027 has no announcement: only the fixed days, and a holiday on Saturday 1/5/2027 gives Monday 3/5 off (Labour Code art. 111.3)', () => {
    expect(isWorkingDay('2027-01-01', calendar)).toBe(false);
    expect(isWorkingDay('2027-04-30', calendar)).toBe(false);
    expect(isWorkingDay('2027-05-03', calendar)).toBe(false);
    expect(calendar.dayOf('2027-05-03')?.source).toContain('Điều 111');
    expect(isWorkingDay('2027-05-04', calendar)).toBe(true);
    // Tết 2027 is not listed: the calendar does not guess it.
    expect(isWorkingDay('2027-02-08', calendar)).toBe(true);
  });

  it("lets an installation add a year's days, which win over the shipped ones on the same date", () => {
    const own = createWorkingCalendar([
      { date: '2027-02-08', kind: 'holiday', name: 'Tết Âm lịch Đinh Mùi', source: 'Thông báo của Bộ Nội vụ (thử)' },
      { date: '2026-01-10', kind: 'day_off', name: 'Không làm bù', source: 'thử' },
    ]);
    expect(isWorkingDay('2027-02-08', own)).toBe(false);
    expect(isWorkingDay('2026-01-10', own)).toBe(false);
    expect(isWorkingDay('2027-02-08', calendar)).toBe(true);
  });

  it('every shipped day has a date, a name and the source it comes from; fixed days start with the 2019 Code', () => {
    for (const day of VIETNAM_ANNOUNCED_DAYS) {
      expect(day.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(day.name.length).toBeGreaterThan(3);
      expect(day.source).toMatch(/https?:\/\//);
    }
    expect(fixedHolidays(2020)).toEqual([]);
    expect(fixedHolidays(2030).map((d) => d.date)).toEqual(['2030-01-01', '2030-04-30', '2030-05-01', '2030-09-02']);
  });

  it('rejects a fractional count and a malformed date', () => {
    expect(() => addWorkingDays('2026-01-05', 1.5, calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('5/1/2026', calendar)).toThrow(RangeError);
  });
});
