/** How dates, times and money look on screen, in the language on screen. */
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
