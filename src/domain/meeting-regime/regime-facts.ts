/**
 * The facts the meeting regime's warnings (meeting-regime.ts) are counted from, pure:
 * - The day the meeting starts: the day it really started (live timeline), else the plan's
 *   exact start, else the earliest session with a whole date; unknown otherwise.
 * - The day it ends: the day the live meeting ended; none while it runs; when it was not held
 *   live, the latest session with a whole date of an issued plan once that day has come (a plan
 *   never issued was not held, so nothing is due for it).
 * - When a document was "sent": a document reaches those invited only once the plan is issued
 *   (before that it is the secretariat's work, which no delegate reads), so it is sent on the
 *   later of the day its first version was uploaded and the plan's issue date. A later version
 *   does not move it: the participants had the document. Documents for the presidium only (the
 *   chair's speech, contributions, follow-up reports) are not sent to participants, and a
 *   document first sent after the meeting ended is a record, not a meeting document: neither is
 *   counted.
 * - While the plan is not issued, no document has been sent; once the deadline has passed, each
 *   will be late whenever it goes out, which is warned about without inventing a day it was sent.
 */
import type { DOCUMENT_AUDIENCES } from '../documents/document-values.js';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.js';
import { DOCUMENTS_CITATION, documentsDeadline, type MeetingRegimeWarning, type SentDocument } from './meeting-regime.js';

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const wholeDates = (dates: readonly (string | null)[]): string[] => dates.filter((d): d is string => d !== null && WHOLE_DATE.test(d));
const vnDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export interface PlanFacts {
  status: 'draft' | 'issued' | 'live' | 'closed';
  /** The plan's exact start (YYYY-MM-DDTHH:mm) or null. */
  startsAt: string | null;
  /** The plan's issue date (whole once issued). */
  issueDate: string | null;
  /** Each session's date as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  sessionDates: readonly (string | null)[];
}

export interface HeldFacts {
  /** Local days the live meeting started and ended, null when it did not. */
  startedOn: string | null;
  endedOn: string | null;
}

export type EndSource = 'live' | 'plan';

export const meetingStartDay = (plan: PlanFacts, held: HeldFacts): string | null =>
  held.startedOn ?? plan.startsAt?.slice(0, 10) ?? wholeDates(plan.sessionDates).sort()[0] ?? null;

export function meetingEndDay(plan: PlanFacts, held: HeldFacts, today: string): { day: string; source: EndSource } | null {
  if (held.endedOn) return { day: held.endedOn, source: 'live' };
  if (held.startedOn || plan.status === 'draft') return null;
  const last = wholeDates([plan.startsAt?.slice(0, 10) ?? null, ...plan.sessionDates])
    .sort()
    .at(-1);
  return last !== undefined && last <= today ? { day: last, source: 'plan' } : null;
}

export const isPlanIssued = (plan: PlanFacts): boolean =>
  plan.status !== 'draft' && plan.issueDate !== null && WHOLE_DATE.test(plan.issueDate);

export interface UploadedDocument {
  id: string;
  title: string;
  audience: (typeof DOCUMENT_AUDIENCES)[number];
  /** The local day its first version was uploaded. */
  firstUploadedOn: string;
}

/** The documents sent to participants of an issued plan, each on the day it was sent (see the header). */
export function sentDocuments(plan: PlanFacts, documents: readonly UploadedDocument[], endDay: string | null): SentDocument[] {
  if (!isPlanIssued(plan)) return [];
  const issued = plan.issueDate!;
  return documents
    .filter((document) => document.audience !== 'presidium')
    .map((document) => ({
      id: document.id,
      title: document.title,
      sentOn: document.firstUploadedOn > issued ? document.firstUploadedOn : issued,
    }))
    .filter((document) => endDay === null || document.sentOn <= endDay);
}

/** A plan not issued yet, past the documents' deadline: each document for participants will be late. */
export function unsentDocumentWarnings(
  plan: PlanFacts,
  meetingDate: string,
  documents: readonly UploadedDocument[],
  today: string,
  calendar: WorkingCalendar,
): MeetingRegimeWarning[] {
  if (isPlanIssued(plan)) return [];
  const deadline = documentsDeadline(meetingDate, calendar);
  if (today <= deadline) return [];
  const late = workingDaysBetween(deadline, today, calendar);
  return documents
    .filter((document) => document.audience !== 'presidium')
    .map((document) => ({
      code: 'documents.late' as const,
      deadline,
      subjectId: document.id,
      message: {
        vi: `"${document.title}" chưa gửi tới người dự họp (kế hoạch chưa ban hành); hạn gửi ${vnDate(deadline)} đã qua ${late} ngày làm việc.`,
        en: `"${document.title}" has not reached the participants (the plan is not issued); its ${deadline} deadline passed ${late} working days ago.`,
      },
      citation: DOCUMENTS_CITATION,
    }));
}
