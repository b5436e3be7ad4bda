import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  longDateVi,
  longDateWithWeekdayVi,
  parseDate,
  placeAndDateLine,
  shortDateVi,
  timeVi,
  weekdayVi,
  isValidDate,
  longDateEn,
} from './vietnamese-dates.js';

describe('Vietnamese dates', () => {
  it('prints the seed date with its computed weekday', () => {
    const date = parseDate('2021-07-07');
    expect(longDateWithWeekdayVi(date)).toBe('ngày 07 tháng 7 năm 2021 (thứ Tư)');
    expect(shortDateVi(date)).toBe('07/7/2021');
    expect(longDateEn(date)).toBe('Wednesday, 7 July 2021');
  });
  it('pads the day under 10 and the months 1 and 2 only', () => {
    expect(longDateVi(parseDate('2021-01-05'))).toBe('ngày 05 tháng 01 năm 2021');
    expect(longDateVi(parseDate('2021-02-15'))).toBe('ngày 15 tháng 02 năm 2021');
    expect(longDateVi(parseDate('2021-12-25'))).toBe('ngày 25 tháng 12 năm 2021');
  });
  it('names Sunday Chủ nhật', () => {
    expect(weekdayVi(parseDate('2021-07-11'))).toBe('Chủ nhật');
  });
  it('leaves blanks in the place-and-date line until the document is issued', () => {
    const B = ' '.repeat(5);
    expect(placeAndDateLine('Đồng Tháp', '2021-06')).toBe(`Đồng Tháp, ngày ${B} tháng 6 năm 2021`);
    expect(placeAndDateLine('Đồng Tháp', '2021-01-05')).toBe('Đồng Tháp, ngày 05 tháng 01 năm 2021');
    expect(placeAndDateLine('Hà Nội', null)).toBe(`Hà Nội, ngày ${B} tháng ${B} năm ${B}`);
  });
  it('prints times as the plan does', () => {
    expect(timeVi('2021-07-07T08:00')).toBe('08 giờ 00 phút');
  });
  it('adds minutes across midnight and month ends', () => {
    expect(addMinutes('2021-07-07T08:00', 40)).toBe('2021-07-07T08:40');
    expect(addMinutes('2021-01-31T23:50', 15)).toBe('2021-02-01T00:05');
  });
  it('rejects impossible calendar dates', () => {
    expect(isValidDate('2021-02-29')).toBe(false);
    expect(isValidDate('2024-02-29')).toBe(true);
  });
});
