/**
 * `Thời gian: 08 giờ 00 phút, ngày 07/7/2021 (thứ Tư).` → 2021-07-07T08:00. The weekday is
 * computed from the date, never trusted: when the typed one disagrees, the date is kept and
 * a note says so. Pure.
 */
import { foldForSearch } from '../domain/text.js';
import { isValidDate, shortDateVi, weekdayVi } from '../domain/vietnamese-dates.js';

export interface ParsedStartTime {
  startsAt: string;
  /** Set when the typed weekday contradicts the date. */
  weekdayNote: string | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const clock = (text: string): { hour: number; minute: number } | null => {
  const match = /(\d{1,2})\s*(?:giờ|g|h|:)\s*(\d{1,2})?\s*(?:phút|')?/iu.exec(text) ?? null;
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  // "chiều"/"tối" with an hour under 12 means the afternoon.
  const afternoon = /\b(chiều|tối)\b/iu.test(text) && hour < 12;
  return { hour: afternoon ? hour + 12 : hour, minute };
};

const calendarDate = (text: string): { year: number; month: number; day: number } | null => {
  const numeric = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(text);
  const spelled = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(text);
  const match = numeric ?? spelled;
  if (!match) return null;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isValidDate(`${date.year}-${pad2(date.month)}-${pad2(date.day)}`) ? date : null;
};

const TYPED_WEEKDAY = /(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật)/iu;
const WEEKDAY_NUMBERS: Record<string, string> = { '2': 'hai', '3': 'ba', '4': 'tu', '5': 'nam', '6': 'sau', '7': 'bay' };

const foldWeekday = (text: string): string => {
  const folded = foldForSearch(text).replace(/\s+/g, ' ');
  const number = /^thu (\d)$/.exec(folded);
  return number ? `thu ${WEEKDAY_NUMBERS[number[1]!]}` : folded;
};

/** The time and date of the conference from the text after `Thời gian:`; null when either is missing. */
export const parseStartTime = (text: string): ParsedStartTime | null => {
  const date = calendarDate(text);
  if (!date) return null;
  const dateStart = text.search(/ngày|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu);
  const time = clock(dateStart > 0 ? text.slice(0, dateStart) : text.replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u, ''));
  if (!time) return null;
  const startsAt = `${date.year}-${pad2(date.month)}-${pad2(date.day)}T${pad2(time.hour)}:${pad2(time.minute)}`;
  const typed = TYPED_WEEKDAY.exec(text)?.[1];
  const computed = weekdayVi(date);
  const weekdayNote =
    typed && foldWeekday(typed) !== foldForSearch(computed)
      ? `Thứ ghi trong văn bản (“${typed}”) không khớp với ngày ${shortDateVi(date)} (${computed}); đã giữ ngày, thứ được tính lại.`
      : null;
  return { startsAt, weekdayNote };
};

/** The hall of the host point from the venue: `Hội trường UBND Tỉnh và trực tuyến tại …` → `Hội trường UBND Tỉnh`. */
export const hallFromVenue = (venue: string): string => {
  const cut = venue.search(/\s*(?:,\s*)?(?:\bvà\s+)?(?:kết nối\s+)?trực tuyến\b/iu);
  const hall = (cut > 0 ? venue.slice(0, cut) : venue).trim().replace(/[.,;]$/, '');
  return hall.length <= 500 ? hall : hall.slice(0, 500);
};
