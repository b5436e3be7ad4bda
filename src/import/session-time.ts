/**
 * The sessions of a conference from the words of its document: `08 giờ 00 phút, ngày
 * 07/7/2021`, `từ 13h30' đến 17h00' ngày 24/3/2026`, `buổi sáng ngày 20/5/2026`, `cả ngày
 * 26/3/2026, khai mạc lúc 7 giờ 30`, `Ngày 1 (16/4/2026): Buổi sáng: từ 7 giờ 30 đến 11 giờ
 * 30, Phiên khai mạc; Buổi chiều: …`, `dự kiến trong tháng 6/2026`. Only what the text says
 * is kept: a date without an hour stays without one. Pure.
 */
import type { ConferenceSessionInput, PartOfDay } from '../domain/conference.schema.js';
import { isValidDate } from '../domain/vietnamese-dates.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

const NUMERIC_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const SPELLED_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
const MONTH = /tháng\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu;
const CLOCK = /(\d{1,2})\s*(?:giờ|g|h|:)\s*(\d{2})?\s*(?:phút|')?/iu;
const PARTS: [PartOfDay, RegExp][] = [
  ['all_day', /cả ngày/iu],
  ['morning', /buổi sáng/iu],
  ['afternoon', /buổi chiều/iu],
  ['evening', /buổi tối/iu],
];

/** `2021-07-07` from the first whole date of the text, or null. */
export const dateOf = (text: string): string | null => {
  const match = NUMERIC_DATE.exec(text) ?? SPELLED_DATE.exec(text);
  if (!match) return null;
  const date = `${match[3]}-${pad2(Number(match[2]))}-${pad2(Number(match[1]))}`;
  return isValidDate(date) ? date : null;
};

/** A clock time `HH:mm` from `13h30'`, `7 giờ 30`, `14 giờ 00 phút`; "chiều" moves an hour under 12 to the afternoon. */
const clockOf = (text: string, afternoon: boolean): string | null => {
  const withoutDates = text.replace(NUMERIC_DATE, ' ').replace(SPELLED_DATE, ' ');
  const match = CLOCK.exec(withoutDates);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  if (afternoon && hour < 12 && hour >= 1 && hour <= 11) hour += 12;
  return `${pad2(hour)}:${pad2(minute)}`;
};

/** `từ 13h30' đến 17h00'` → start and end; a single time → start only. */
const rangeOf = (text: string, afternoon: boolean): { startTime: string | null; endTime: string | null } => {
  const range = /từ\s+(.+?)\s+(?:đến|-|–)\s+(.+?)(?:[,;.]|\s+ngày|$)/iu.exec(text);
  if (range) {
    const startTime = clockOf(range[1]!, afternoon);
    const endTime = clockOf(range[2]!, afternoon);
    if (startTime) return { startTime, endTime };
  }
  return { startTime: clockOf(text, afternoon), endTime: null };
};

/** `Phiên khai mạc` after the times of a part of the day. */
const labelOf = (text: string): string => {
  const match = /(Phiên[^,;.]*)/u.exec(text);
  return match ? match[1]!.trim() : '';
};

const session = (over: Partial<ConferenceSessionInput>): ConferenceSessionInput => ({
  label: '',
  date: null,
  dateIsApproximate: false,
  startTime: null,
  endTime: null,
  partOfDay: null,
  timeText: '',
  ...over,
});

/**
 * The sessions a line of the document gives (none when it gives no date, month or time).
 * `timeText` keeps the document's words when the time is not exact, so it prints as written.
 */
export const parseSessions = (text: string): ConferenceSessionInput[] => {
  const approximate = /dự kiến|khoảng|trong tháng/iu.test(text);
  const date = dateOf(text);
  if (!date) {
    const month = MONTH.exec(text);
    if (!month || Number(month[1]) < 1 || Number(month[1]) > 12) return [];
    return [
      session({
        date: `${month[2]}-${pad2(Number(month[1]))}`,
        dateIsApproximate: approximate,
        timeText: text.trim().replace(/\.$/, '').slice(0, 500),
      }),
    ];
  }
  // Several parts of one day: `Buổi sáng: …; Buổi chiều: …`.
  const pieces = text.split(/(?=buổi (?:sáng|chiều|tối)\b)/iu).filter((piece) => /buổi (?:sáng|chiều|tối)/iu.test(piece));
  if (pieces.length > 1) {
    return pieces.map((piece) => {
      const part = PARTS.find(([, pattern]) => pattern.test(piece))![0];
      return session({
        date,
        dateIsApproximate: approximate,
        partOfDay: part,
        label: labelOf(piece),
        ...rangeOf(piece, part === 'afternoon' || part === 'evening'),
        timeText: piece
          .trim()
          .replace(/[.;,]$/, '')
          .slice(0, 500),
      });
    });
  }
  const part = PARTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  const afternoon = part === 'afternoon' || part === 'evening' || /\bchiều\b|\btối\b/iu.test(text);
  const times = rangeOf(text, afternoon);
  return [
    session({
      date,
      dateIsApproximate: approximate,
      partOfDay: part,
      label: labelOf(text),
      ...times,
      // The document's words: printed while the time is not exact, and the record of what the document said.
      timeText: text.trim().replace(/\.$/, '').slice(0, 500),
    }),
  ];
};

/** Whether the text names a time at all (a date, a month, a clock or a part of the day): worth reading as sessions. */
export const mentionsTime = (text: string): boolean =>
  NUMERIC_DATE.test(text) || SPELLED_DATE.test(text) || MONTH.test(text) || PARTS.some(([, pattern]) => pattern.test(text));
