/** How dates, times and money look on screen, in the language on screen. */
import { UNKNOWN_TIME_EN, UNKNOWN_TIME_VI } from '../../src/domain/session-time.js';
import { clockTime, longDateEn, longDateWithWeekdayVi, parseDate, isValidDate } from '../../src/domain/vietnamese-dates.js';

const validDate = (value: string) => value.length >= 10 && isValidDate(value.slice(0, 10));

/** `ngày 07 tháng 7 năm 2021 (thứ Tư)` or `Wednesday, 7 July 2021`. */
export const formatDate = (value: string, language: string): string => {
  if (!validDate(value)) return value;
  const date = parseDate(value);
  return language === 'en' ? longDateEn(date) : longDateWithWeekdayVi(date);
};

/** `08:00, ngày 07 tháng 7 năm 2021 (thứ Tư)`. */
export const formatDateTime = (value: string, language: string): string => {
  if (!validDate(value) || value.length < 16) return value;
  return `${clockTime(value)}, ${formatDate(value, language)}`;
};

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
/** `1.500.000 ₫` in both languages: the amount is Vietnamese money. */
export const formatVnd = (amount: number): string => vnd.format(amount).replace(/\u00a0/g, ' ');

/** An instant (ISO with zone) as local date and time: `07/07/2021 08:00`. */
export const formatInstant = (iso: string, language: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' });
};

/** What every screen shows where a time is not known: never an invented one. */
export const unknownTime = (language: string): string => (language === 'en' ? UNKNOWN_TIME_EN : UNKNOWN_TIME_VI);

/** The exact start, or "chưa xác định" / "not fixed yet". */
export const formatStart = (startsAt: string | null, language: string): string =>
  startsAt ? formatDateTime(startsAt, language) : unknownTime(language);

/** A date as precisely as it is known: `năm 2026`, `tháng 6 năm 2026`, `ngày 20 tháng 5 năm 2026 (thứ Tư)`. */
export const formatPartialDate = (date: string, language: string): string => {
  if (/^\d{4}$/.test(date)) return language === 'en' ? date : `năm ${date}`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return language === 'en'
      ? new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      : `tháng ${month} năm ${year}`;
  }
  return formatDate(date, language);
};

/**
 * A conference in a list: its exact start; else the first session's date as far as it is
 * known, with the hour said to be unknown; else "chưa xác định".
 */
export const formatConferenceTime = (conference: { startsAt: string | null; firstDate: string | null }, language: string): string => {
  if (conference.startsAt) return formatDateTime(conference.startsAt, language);
  if (!conference.firstDate) return unknownTime(language);
  return `${formatPartialDate(conference.firstDate, language)}, ${language === 'en' ? 'time not fixed yet' : 'giờ chưa xác định'}`;
};
