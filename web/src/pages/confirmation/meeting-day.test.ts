import { describe, expect, it } from 'vitest';
import { isMeetingDay } from './meeting-day.js';

describe('the day of the meeting, in Vietnam', () => {
  it('is the local date of the start, whatever the hour in UTC', () => {
    // 07/7/2021 08:00 in Đồng Tháp is 01:00 UTC; 23:30 UTC on the 6th is already the 7th there.
    expect(isMeetingDay('2021-07-07T08:00', Date.UTC(2021, 6, 7, 1))).toBe(true);
    expect(isMeetingDay('2021-07-07T08:00', Date.UTC(2021, 6, 6, 17, 30))).toBe(true);
    expect(isMeetingDay('2021-07-07T08:00', Date.UTC(2021, 6, 6, 16, 59))).toBe(false);
    expect(isMeetingDay('2021-07-07T08:00', Date.UTC(2021, 6, 7, 17))).toBe(false);
  });

  it('is never a start not fixed yet', () => {
    expect(isMeetingDay(null, Date.UTC(2021, 6, 7, 1))).toBe(false);
  });
});
