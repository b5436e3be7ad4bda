/**
 * The meeting regime (Quyết định 45/2018/QĐ-TTg, chế độ họp) as defaults the product WARNS
 * about and never enforces, pure, counted in working days (domain/calendar):
 * - Documents reach participants at the latest 03 working days before the day a regular
 *   meeting starts (Điều 10: "Thời gian gửi tài liệu họp chậm nhất là 03 ngày làm việc trước
 *   ngày bắt đầu tổ chức cuộc họp định kỳ; đối với cuộc họp đột xuất, thời gian gửi tài liệu
 *   thực hiện theo yêu cầu của người triệu tập cuộc họp"). The invitation has the same 03 days.
 * - Where a conclusion notice is needed, it is issued within 05 working days after the day the
 *   meeting ends. The decision's text says so; the article's number could not be read in the
 *   sources found (see the report of issue 16), so the citation names the decision only.
 * - Minutes: the chair decides whether minutes, sound or video are taken, and the minutes
 *   record the chair, those present, the course, the opinions, the votes and the conclusions;
 *   no deadline for them was found, so none is warned about.
 */
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.js';

export const DOCUMENTS_WORKING_DAYS_BEFORE = 3;
export const NOTICE_WORKING_DAYS_AFTER = 5;

export interface Localized {
  vi: string;
  en: string;
}

export const DOCUMENTS_CITATION: Localized = {
  vi: 'Quyết định 45/2018/QĐ-TTg, Điều 10: tài liệu họp gửi chậm nhất 03 ngày làm việc trước ngày bắt đầu cuộc họp định kỳ (họp đột xuất: theo yêu cầu của người triệu tập).',
  en: 'Decision 45/2018/QĐ-TTg, Article 10: meeting documents are sent at the latest 3 working days before a regular meeting starts (an unscheduled meeting: as its convener asks).',
};

export const NOTICE_CITATION: Localized = {
  vi: 'Quyết định 45/2018/QĐ-TTg: thông báo kết luận cuộc họp được ban hành trong vòng 05 ngày làm việc sau ngày kết thúc họp.',
  en: 'Decision 45/2018/QĐ-TTg: the conclusion notice of a meeting is issued within 5 working days after the day the meeting ends.',
};

export type MeetingRegimeCode = 'documents.late' | 'notice.overdue' | 'notice.issued_late' | 'notice.due';

export interface MeetingRegimeWarning {
  code: MeetingRegimeCode;
  /** The last day allowed (YYYY-MM-DD). */
  deadline: string;
  /** What the warning is about (a document's id), when one thing. */
  subjectId: string | null;
  message: Localized;
  citation: Localized;
}

const vnDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The last day a regular meeting's documents may be sent. */
export const documentsDeadline = (meetingDate: string, calendar: WorkingCalendar): string =>
  addWorkingDays(meetingDate.slice(0, 10), -DOCUMENTS_WORKING_DAYS_BEFORE, calendar);

/** The last day the conclusion notice may be issued. */
export const noticeDeadline = (meetingEndDate: string, calendar: WorkingCalendar): string =>
  addWorkingDays(meetingEndDate.slice(0, 10), NOTICE_WORKING_DAYS_AFTER, calendar);

export interface SentDocument {
  id: string;
  title: string;
  /** The local day it was made available to participants (YYYY-MM-DD). */
  sentOn: string;
}

/** A warning for each document sent after the deadline of a meeting starting on `meetingDate`. */
export function lateDocumentWarnings(
  meetingDate: string,
  documents: readonly SentDocument[],
  calendar: WorkingCalendar,
): MeetingRegimeWarning[] {
  const deadline = documentsDeadline(meetingDate, calendar);
  return documents
    .filter((document) => document.sentOn.slice(0, 10) > deadline)
    .map((document) => {
      const late = workingDaysBetween(deadline, document.sentOn.slice(0, 10), calendar);
      return {
        code: 'documents.late' as const,
        deadline,
        subjectId: document.id,
        message: {
          vi: `"${document.title}" gửi ngày ${vnDate(document.sentOn)}, sau hạn ${vnDate(deadline)} (${late} ngày làm việc).`,
          en: `"${document.title}" was sent on ${document.sentOn.slice(0, 10)}, after the ${deadline} deadline (${late} working days late).`,
        },
        citation: DOCUMENTS_CITATION,
      };
    });
}

/**
 * The notice of a meeting that ended on `meetingEndDate`: overdue when not issued after the
 * deadline, issued late when issued after it, due (a reminder) while not issued before it;
 * nothing once issued in time.
 */
export function noticeWarning(
  meetingEndDate: string,
  issuedOn: string | null,
  today: string,
  calendar: WorkingCalendar,
): MeetingRegimeWarning | null {
  const deadline = noticeDeadline(meetingEndDate, calendar);
  const base = { deadline, subjectId: null, citation: NOTICE_CITATION };
  if (issuedOn) {
    if (issuedOn.slice(0, 10) <= deadline) return null;
    return {
      ...base,
      code: 'notice.issued_late',
      message: {
        vi: `Thông báo kết luận ban hành ngày ${vnDate(issuedOn)}, sau hạn ${vnDate(deadline)}.`,
        en: `The conclusion notice was issued on ${issuedOn.slice(0, 10)}, after the ${deadline} deadline.`,
      },
    };
  }
  if (today > deadline) {
    const late = workingDaysBetween(deadline, today, calendar);
    return {
      ...base,
      code: 'notice.overdue',
      message: {
        vi: `Thông báo kết luận chưa ban hành, đã quá hạn ${vnDate(deadline)} (${late} ngày làm việc).`,
        en: `The conclusion notice has not been issued; its deadline ${deadline} passed ${late} working days ago.`,
      },
    };
  }
  return {
    ...base,
    code: 'notice.due',
    message: {
      vi: `Thông báo kết luận cần ban hành chậm nhất ngày ${vnDate(deadline)}.`,
      en: `The conclusion notice is due by ${deadline}.`,
    },
  };
}
