/**
 * Times of the record (epoch milliseconds from the live meeting) as the minutes print them, in
 * Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving): `08 giờ 02 phút, ngày 07 tháng 7 năm
 * 2021 (thứ Tư)`. A time not recorded prints as a blank, never a guess.
 */
import { BLANK_TIME } from '../session-time.js';
import { longDateWithWeekdayVi, timeVi, type CalendarDate } from '../vietnamese-dates.js';

const OFFSET_MS = 7 * 3600 * 1000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local `YYYY-MM-DDTHH:mm` of an epoch-ms instant. */
export const localDateTimeOf = (epochMs: number): string => {
  const t = new Date(epochMs + OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}`;
};

const calendarOf = (local: string): CalendarDate => ({ year: +local.slice(0, 4), month: +local.slice(5, 7), day: +local.slice(8, 10) });

/** `08 giờ 02 phút, ngày 07 tháng 7 năm 2021 (thứ Tư)`, or the blank when not recorded. */
export const recordedMomentVi = (epochMs: number | null): string => {
  if (epochMs === null) return BLANK_TIME;
  const local = localDateTimeOf(epochMs);
  return `${timeVi(local)}, ${longDateWithWeekdayVi(calendarOf(local))}`;
};

/** `08 giờ 02 phút`, with the date when it is not `sameDayAs`'s (or that day is unknown). */
export const recordedClockVi = (epochMs: number | null, sameDayAs: number | null): string => {
  if (epochMs === null) return BLANK_TIME;
  const local = localDateTimeOf(epochMs);
  if (sameDayAs === null || localDateTimeOf(sameDayAs).slice(0, 10) !== local.slice(0, 10)) return recordedMomentVi(epochMs);
  return timeVi(local);
};

/** `7 phút 20 giây`, `1 giờ 5 phút`, `45 giây`. */
export const spokenLengthVi = (seconds: number): string => {
  const total = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  if (total >= 3600) parts.push(`${Math.floor(total / 3600)} giờ`);
  if (total % 3600 >= 60) parts.push(`${Math.floor((total % 3600) / 60)} phút`);
  if (total % 60 || parts.length === 0) parts.push(`${total % 60} giây`);
  return parts.join(' ');
};
