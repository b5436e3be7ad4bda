/**
 * The meeting regime's warnings for one conference (Decision 45/2018/QĐ-TTg; warnings, never
 * blocks): gathers the plan, the live timeline, the documents and the conclusion notice, and
 * hands them to the pure rules (domain/meeting-regime). Reads only; nothing is written.
 * The conclusion notice counts as issued on its printed issue date when whole (the legal date),
 * else on the day it was issued in diemcau.
 */
import { vietnamCalendar, workingDaysBetween, type WorkingCalendar } from '../../domain/calendar/working-days.js';
import {
  documentsDeadline,
  lateDocumentWarnings,
  noticeDeadline,
  noticeWarning,
  type MeetingRegimeWarning,
} from '../../domain/meeting-regime/meeting-regime.js';
import {
  meetingEndDay,
  meetingStartDay,
  sentDocuments,
  unsentDocumentWarnings,
  type EndSource,
  type PlanFacts,
  type UploadedDocument,
} from '../../domain/meeting-regime/regime-facts.js';
import { localDateTimeOf } from '../../domain/minutes/record-time.js';
import type { ConclusionService } from '../conclusions/conclusion-service.js';
import { localDateOf } from '../conclusions/conclusion-rows.js';
import type { ConferenceService } from '../conference-service.types.js';
import type { ConferenceDocumentService } from '../documents/index.js';
import type { LiveService } from '../live/live-service.types.js';

export interface MeetingRegimeDeps {
  conferences: Pick<ConferenceService, 'get'>;
  documents: Pick<ConferenceDocumentService, 'all'>;
  conclusions: Pick<ConclusionService, 'get'>;
  live: Pick<LiveService, 'timeline'>;
  now?: () => Date;
  calendar?: () => WorkingCalendar;
}

/** A warning with what the screens show beside its text. */
export interface MeetingRegimeItem extends MeetingRegimeWarning {
  /** The document's title (documents.late); null otherwise. */
  subjectTitle: string | null;
  /** The day the document was sent; null while not sent (plan not issued) or for the notice. */
  sentOn: string | null;
  /** The day the notice was issued (notice.issued_late); null otherwise. */
  issuedOn: string | null;
  /** Working days past the deadline (0 for notice.due). */
  workingDaysLate: number;
}

export interface MeetingRegimeReport {
  today: string;
  meetingStart: string | null;
  meetingEnd: string | null;
  /** Where the end comes from: the live timeline, or the plan when it was not held live. */
  meetingEndSource: EndSource | null;
  documentsDeadline: string | null;
  noticeDeadline: string | null;
  warnings: MeetingRegimeItem[];
}

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const noticeIssuedOn = (issueDate: string | null, issuedAt: string | null): string | null =>
  issueDate && WHOLE_DATE.test(issueDate) ? issueDate : issuedAt ? localDateOf(issuedAt) : null;

export function createMeetingRegimeService(deps: MeetingRegimeDeps) {
  const clock = deps.now ?? (() => new Date());
  const calendar = deps.calendar ?? vietnamCalendar;

  const report = async (conferenceId: string): Promise<MeetingRegimeReport> => {
    const conference = await deps.conferences.get(conferenceId);
    const [timeline, stored, notice] = await Promise.all([
      deps.live.timeline(conferenceId),
      deps.documents.all(conferenceId),
      deps.conclusions.get(conferenceId),
    ]);
    const today = localDateOf(clock().toISOString());
    const cal = calendar();
    const plan: PlanFacts = {
      status: conference.status,
      startsAt: conference.startsAt,
      issueDate: conference.issueDate,
      sessionDates: conference.sessions.map((session) => session.date),
    };
    const held = {
      startedOn: timeline.startedAt === null ? null : localDateTimeOf(timeline.startedAt).slice(0, 10),
      endedOn: timeline.endedAt === null ? null : localDateTimeOf(timeline.endedAt).slice(0, 10),
    };
    const start = meetingStartDay(plan, held);
    const end = meetingEndDay(plan, held, today);
    const uploaded: UploadedDocument[] = stored.map((document) => ({
      id: document.id,
      title: document.title,
      audience: document.audience,
      firstUploadedOn: localDateOf(document.versions[0]?.uploadedAt ?? document.createdAt),
    }));
    const warnings: MeetingRegimeItem[] = [];
    const titleOf = (id: string | null) => uploaded.find((document) => document.id === id)?.title ?? null;
    if (start) {
      const sent = sentDocuments(plan, uploaded, end?.day ?? null);
      for (const warning of lateDocumentWarnings(start, sent, cal)) {
        const sentOn = sent.find((document) => document.id === warning.subjectId)!.sentOn;
        const workingDaysLate = workingDaysBetween(warning.deadline, sentOn, cal);
        warnings.push({ ...warning, subjectTitle: titleOf(warning.subjectId), sentOn, issuedOn: null, workingDaysLate });
      }
      for (const warning of unsentDocumentWarnings(plan, start, uploaded, today, cal)) {
        const workingDaysLate = workingDaysBetween(warning.deadline, today, cal);
        warnings.push({ ...warning, subjectTitle: titleOf(warning.subjectId), sentOn: null, issuedOn: null, workingDaysLate });
      }
    }
    if (end) {
      const issuedOn = notice?.status === 'issued' ? noticeIssuedOn(notice.issueDate, notice.issuedAt) : null;
      const warning = noticeWarning(end.day, issuedOn, today, cal);
      if (warning) {
        const lateUntil = warning.code === 'notice.issued_late' ? issuedOn! : today;
        const workingDaysLate = warning.code === 'notice.due' ? 0 : workingDaysBetween(warning.deadline, lateUntil, cal);
        warnings.push({ ...warning, subjectTitle: null, sentOn: null, issuedOn, workingDaysLate });
      }
    }
    return {
      today,
      meetingStart: start,
      meetingEnd: end?.day ?? null,
      meetingEndSource: end?.source ?? null,
      documentsDeadline: start ? documentsDeadline(start, cal) : null,
      noticeDeadline: end ? noticeDeadline(end.day, cal) : null,
      warnings,
    };
  };
  return { report };
}

export type MeetingRegimeService = ReturnType<typeof createMeetingRegimeService>;
