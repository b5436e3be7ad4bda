/**
 * Honest time: a conference has sessions (phiên, buổi), each as exact as its document made
 * it. The conference's exact start is the first session's, and only when that session has
 * a whole date that is not "dự kiến" and a clock time; otherwise it is unknown (null) and
 * every screen and document says so instead of inventing one. Pure.
 */
import type { ConferenceSession, ConferenceSessionInput, PartOfDay } from './conference.schema.js';
import { DomainError } from './errors.js';
import { longDateVi, parseDate, shortDateVi, timeVi, weekdayVi } from './vietnamese-dates.js';

type SessionTime = Pick<ConferenceSessionInput, 'date' | 'dateIsApproximate' | 'startTime' | 'endTime' | 'partOfDay' | 'timeText'>;

export const UNKNOWN_TIME_VI = 'chưa xác định';
export const UNKNOWN_TIME_EN = 'not fixed yet';

const byPosition = <T extends { position: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.position - b.position);

/** `2021-07-07T08:00` when the session's date is whole, not approximate, and it has a clock time. */
export const exactStart = (session: SessionTime): string | null =>
  session.date && /^\d{4}-\d{2}-\d{2}$/.test(session.date) && !session.dateIsApproximate && session.startTime
    ? `${session.date}T${session.startTime}`
    : null;

export interface ConferenceTime {
  /** The first session's exact start, or null while it is not fixed. */
  startsAt: string | null;
  /** The first session's date as precise as it is known (for lists and sorting). */
  firstDate: string | null;
}

/** The conference's start and first date from its sessions, given in their order. */
export const conferenceTimeOf = (sessions: readonly SessionTime[]): ConferenceTime => {
  const first = sessions[0];
  return { startsAt: first ? exactStart(first) : null, firstDate: first?.date ?? null };
};

/** Sessions in their printed order. */
export const sessionsInOrder = (sessions: readonly ConferenceSession[]): ConferenceSession[] => byPosition(sessions);

/** One session from an exact start (a client that writes `startsAt`), or an empty one when it is null. */
export const sessionFromStart = (startsAt: string | null): ConferenceSessionInput => ({
  label: '',
  date: startsAt ? startsAt.slice(0, 10) : null,
  dateIsApproximate: false,
  startTime: startsAt ? startsAt.slice(11, 16) : null,
  endTime: null,
  partOfDay: null,
  timeText: '',
});

const PART_OF_DAY_VI: Record<PartOfDay, string> = {
  morning: 'buổi sáng',
  afternoon: 'buổi chiều',
  evening: 'buổi tối',
  all_day: 'cả ngày',
};
const PART_OF_DAY_EN: Record<PartOfDay, string> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', all_day: 'all day' };

export const partOfDayVi = (part: PartOfDay): string => PART_OF_DAY_VI[part];
export const partOfDayEn = (part: PartOfDay): string => PART_OF_DAY_EN[part];

/** `07/7/2021 (thứ Tư)`, `tháng 6/2020`, `năm 2026`, each with "dự kiến" when approximate. */
export const dateTextVi = (date: string, approximate: boolean, style: 'short' | 'long' = 'short'): string => {
  const lead = approximate ? 'dự kiến ' : '';
  if (/^\d{4}$/.test(date)) return `${lead}năm ${date}`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${lead}tháng ${Number(date.slice(5, 7))}/${date.slice(0, 4)}`;
  const calendar = parseDate(date);
  const day = style === 'long' ? longDateVi(calendar) : `ngày ${shortDateVi(calendar)}`;
  return `${lead}${day} (${weekdayVi(calendar)})`;
};

/**
 * The session's time as it is known, in the document's words: `08 giờ 00 phút, ngày
 * 07/7/2021 (thứ Tư)`, `buổi sáng ngày 20/5/2026 (thứ Tư)`, `dự kiến tháng 6/2026`. Null
 * when nothing at all is known: a document then leaves the place blank for the user.
 */
export const printedSessionTime = (session: SessionTime): string | null => {
  const exact = exactStart(session);
  if (!exact && session.timeText.trim()) return session.timeText.trim();
  const parts: string[] = [];
  if (session.startTime) {
    parts.push(session.endTime ? `từ ${timeVi(session.startTime)} đến ${timeVi(session.endTime)}` : timeVi(session.startTime));
  } else if (session.partOfDay) {
    parts.push(PART_OF_DAY_VI[session.partOfDay]);
  }
  if (session.date) parts.push(dateTextVi(session.date, session.dateIsApproximate));
  if (parts.length === 0) return null;
  if (session.startTime) return parts.join(', ');
  return parts.join(' ');
};

/** For screens: the printed time, or "chưa xác định". */
export const sessionTimeVi = (session: SessionTime): string => printedSessionTime(session) ?? UNKNOWN_TIME_VI;

/** For screens in English. */
export const sessionTimeEn = (session: SessionTime): string => {
  const parts: string[] = [];
  if (session.startTime) parts.push(session.endTime ? `${session.startTime}–${session.endTime}` : session.startTime);
  else if (session.partOfDay) parts.push(PART_OF_DAY_EN[session.partOfDay]);
  if (session.date) parts.push(`${session.dateIsApproximate ? 'expected ' : ''}${session.date}`);
  return parts.length > 0 ? parts.join(', ') : UNKNOWN_TIME_EN;
};

/** Whether the conference spans more than one calendar day. */
export const spansDays = (sessions: readonly SessionTime[]): boolean =>
  new Set(sessions.map((session) => session.date).filter((date): date is string => Boolean(date))).size > 1;

/** What needs an exact start: invitations with a calendar file, opening the live meeting. */
export type TimedAction = 'send_invitations' | 'open_live' | 'calendar_file';

const ACTION_TEXT: Record<TimedAction, { vi: string; en: string }> = {
  send_invitations: { vi: 'gửi giấy mời', en: 'send the invitations' },
  open_live: { vi: 'khai mạc hội nghị', en: 'open the live meeting' },
  calendar_file: { vi: 'tạo tệp lịch (.ics)', en: 'make the calendar file (.ics)' },
};

/** 409 `conference.time_not_set` unless the conference has an exact start; returns it. */
export const requireExactStart = (conference: { startsAt: string | null }, action: TimedAction): string => {
  if (conference.startsAt) return conference.startsAt;
  const text = ACTION_TEXT[action];
  throw new DomainError(409, 'conference.time_not_set', {
    vi: `Chưa thể ${text.vi}: thời gian bắt đầu hội nghị chưa xác định (cần ngày và giờ cụ thể). Hãy nhập thời gian trong phần Thời gian, địa điểm.`,
    en: `Cannot ${text.en} yet: the conference's start time is not fixed (an exact date and hour are needed). Set it under Time and venue.`,
  });
};

/** `thứ Tư, 07/7/2021` style label is in vietnamese-dates; this is the long screen form of an exact start. */
export const startTextVi = (startsAt: string | null): string =>
  startsAt ? `${timeVi(startsAt)}, ${longDateVi(parseDate(startsAt))} (${weekdayVi(parseDate(startsAt))})` : UNKNOWN_TIME_VI;

/** What a document prints where the user has still to write the time by hand. */
export const BLANK_TIME = '………………';

/**
 * The conference's time for a document: every session as it is known (`Phiên khai mạc: 07
 * giờ 30 phút, ngày 16/4/2026 (thứ Năm); …`), the exact start when only that is known, or
 * a blank to be filled in by hand. Never a value the user did not give.
 */
export const conferenceTimeText = (conference: {
  startsAt: string | null;
  sessions?: readonly (SessionTime & { label: string; position: number })[];
}): string => {
  const sessions = conference.sessions ? [...conference.sessions].sort((a, b) => a.position - b.position) : [];
  if (sessions.length === 0)
    return conference.startsAt ? (printedSessionTime(sessionFromStart(conference.startsAt)) ?? BLANK_TIME) : BLANK_TIME;
  const texts = sessions.map((session) => {
    const time = printedSessionTime(session) ?? BLANK_TIME;
    return sessions.length > 1 && session.label.trim() ? `${session.label.trim()}: ${time}` : time;
  });
  return texts.join('; ');
};
