/**
 * Working days of Viet Nam's public sector, pure: Monday to Friday, minus public holidays and
 * the weekdays an announcement gives off, plus the Saturdays an announcement makes worked.
 * The days come from a dated list (holidays-vn.ts) and the installation's own list
 * (DIEMCAU_HOLIDAYS_FILE); the Labour Code's fixed solar days are added for every year, and a
 * holiday that falls on a Saturday or Sunday gives the next working day off (Bộ luật Lao động
 * 2019, Điều 111 khoản 3), unless a listed day already says what that day is.
 * Dates are local dates `YYYY-MM-DD`.
 */
import { fixedHolidays, VIETNAM_ANNOUNCED_DAYS, type CalendarDay } from './holidays-vn.js';

export interface WorkingCalendar {
  /** What a listed day is (announced, fixed or compensatory); undefined for an ordinary day. */
  dayOf(date: string): CalendarDay | undefined;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (or the date part of an ISO time). */
export const dayNumber = (date: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
};

export const dateOfDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const isWeekend = (day: number): boolean => {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** A calendar over the listed days (the shipped list first, then `extra`, which wins on the same date). */
export function createWorkingCalendar(
  extra: readonly CalendarDay[] = [],
  base: readonly CalendarDay[] = VIETNAM_ANNOUNCED_DAYS,
): WorkingCalendar {
  const listed = new Map<string, CalendarDay>();
  for (const day of [...base, ...extra]) listed.set(day.date, day);
  const years = new Map<number, Map<string, CalendarDay>>();

  const yearDays = (year: number): Map<string, CalendarDay> => {
    const cached = years.get(year);
    if (cached) return cached;
    const result = new Map<string, CalendarDay>();
    for (const day of fixedHolidays(year)) if (!listed.has(day.date)) result.set(day.date, day);
    for (const [date, day] of listed) if (date.startsWith(`${year}-`)) result.set(date, day);
    // A holiday on a weekend: the next working day is off (in date order, so two give two days).
    const weekendHolidays = [...result.values()].filter((d) => d.kind === 'holiday' && isWeekend(dayNumber(d.date)));
    weekendHolidays.sort((a, b) => a.date.localeCompare(b.date));
    for (const holiday of weekendHolidays) {
      let day = dayNumber(holiday.date) + 1;
      // The next weekday that no listed day already speaks for.
      while (isWeekend(day) || result.has(dateOfDayNumber(day)) || listed.has(dateOfDayNumber(day))) day += 1;
      const date = dateOfDayNumber(day);
      result.set(date, {
        date,
        kind: 'day_off',
        name: `Nghỉ bù ${holiday.name}`,
        source: `Bộ luật Lao động 2019, Điều 111 khoản 3 (ngày nghỉ hằng tuần trùng ngày lễ ${holiday.date}: nghỉ bù vào ngày làm việc kế tiếp)`,
      });
    }
    years.set(year, result);
    return result;
  };

  return { dayOf: (date) => yearDays(Number(date.slice(0, 4))).get(date.slice(0, 10)) };
}

/** Whether civil servants work on `date`. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const listed = calendar.dayOf(date);
  if (listed) return listed.kind === 'working_day';
  return !isWeekend(dayNumber(date));
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (isWorkingDay(dateOfDayNumber(day), calendar)) count += 1;
  return sign * count;
}

/**
 * The `count`-th working day after `date` (count > 0) or before it (count < 0); `date` itself
 * is not counted. `addWorkingDays('2026-02-13', 1)` is 2026-02-23 (Tết in between).
 */
export function addWorkingDays(date: string, count: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(count)) throw new RangeError(`Not a whole number of days: ${count}`);
  const step = count >= 0 ? 1 : -1;
  let left = Math.abs(count);
  let day = dayNumber(date);
  while (left > 0) {
    day += step;
    if (isWorkingDay(dateOfDayNumber(day), calendar)) left -= 1;
  }
  return dateOfDayNumber(day);
}

let installationDays: readonly CalendarDay[] = [];
let shared: WorkingCalendar = createWorkingCalendar();

/**
 * The calendar of this installation: the shipped list and the days the installation added at
 * start (setInstallationDays, from DIEMCAU_HOLIDAYS_FILE). Rules that take no calendar use it.
 */
export const vietnamCalendar = (): WorkingCalendar => shared;

/** Called once at start with the installation's days (src/server/holidays-config.ts). */
export function setInstallationDays(days: readonly CalendarDay[]): void {
  installationDays = [...days];
  shared = createWorkingCalendar(installationDays);
}

export const getInstallationDays = (): readonly CalendarDay[] => installationDays;
