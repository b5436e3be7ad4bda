/**
 * Dates as Vietnamese administrative documents print them (Decree 30/2020):
 * `ngày 07 tháng 7 năm 2021`, `07/7/2021`, `08 giờ 00 phút`, weekday `thứ Tư`.
 * The weekday is always computed, never typed. Pure functions over plain strings:
 * dates are calendar dates in Asia/Ho_Chi_Minh, so no time-zone arithmetic is needed.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const WEEKDAYS_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

export const parseDate = (value: string): CalendarDate => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new RangeError(`Not a date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
};

/** Days in a month of the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isValidDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};

/** 0 = Sunday … 6 = Saturday. */
export const weekdayIndex = ({ year, month, day }: CalendarDate): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** `thứ Tư`, `Chủ nhật`. */
export const weekdayVi = (date: CalendarDate): string => WEEKDAYS_VI[weekdayIndex(date)]!;

/** Month as the decree prints it: months 1 and 2 take a leading zero (so 01 is not read as 10, 11 or 12). */
const monthVi = (month: number) => (month <= 2 ? pad2(month) : String(month));

/** `ngày 07 tháng 7 năm 2021`. */
export const longDateVi = (date: CalendarDate): string => `ngày ${pad2(date.day)} tháng ${monthVi(date.month)} năm ${date.year}`;

/** `ngày 07 tháng 7 năm 2021 (thứ Tư)`, the form used on screens. */
export const longDateWithWeekdayVi = (date: CalendarDate): string => `${longDateVi(date)} (${weekdayVi(date)})`;

/** `07/7/2021`, the short form of the seed. */
export const shortDateVi = (date: CalendarDate): string => `${pad2(date.day)}/${monthVi(date.month)}/${date.year}`;

/** `Wednesday, 7 July 2021`. */
export const longDateEn = (date: CalendarDate): string =>
  `${WEEKDAYS_EN[weekdayIndex(date)]}, ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;

/** `08 giờ 00 phút` from `HH:mm` or a local date-time. */
export const timeVi = (value: string): string => {
  const match = /(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a time: ${value}`);
  return `${match[1]} giờ ${match[2]} phút`;
};

/**
 * The place-and-date line of a document header from a partial issue date:
 * `Đồng Tháp, ngày 05 tháng 01 năm 2021`, or with blanks left for hand-filling until
 * the document is issued: `Đồng Tháp, ngày      tháng 6 năm 2021`.
 */
export const placeAndDateLine = (place: string, issueDate: string | null, blank = '     '): string => {
  const [year, month, day] = (issueDate ?? '').split('-').map((part) => (part ? Number(part) : undefined));
  const dayText = day ? pad2(day) : blank;
  const monthText = month ? monthVi(month) : blank;
  const yearText = year ? String(year) : blank;
  const prefix = place ? `${place}, ` : '';
  return `${prefix}ngày ${dayText} tháng ${monthText} năm ${yearText}`;
};

/** Adds minutes to a `YYYY-MM-DDTHH:mm` local date-time, crossing midnight and months correctly. */
export const addMinutes = (localDateTime: string, minutes: number): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime);
  if (!match) throw new RangeError(`Not a local date-time: ${localDateTime}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}`;
};

/** `08:40` from a local date-time. */
export const clockTime = (localDateTime: string): string => localDateTime.slice(11, 16);

/** Minutes between two local date-times (b − a). */
export const minutesBetween = (a: string, b: string): number => {
  const toMs = (v: string) => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10), +v.slice(11, 13), +v.slice(14, 16));
  return Math.round((toMs(b) - toMs(a)) / 60000);
};
