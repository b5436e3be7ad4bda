/**
 * Safety checks (issue 17): what the organizer or the chair should know before an act that
 * cannot be taken back, as warnings with a machine code and a Vietnamese + English message.
 * They never block on their own: the act goes ahead once the caller confirms each warning
 * (confirmation.ts). Pure: the caller passes the plan's facts and the local time of now
 * (Asia/Ho_Chi_Minh, `YYYY-MM-DDTHH:mm`).
 */
import type { ConferenceStatus } from '../conference.schema.js';
import type { LocalizedMessage } from '../errors.js';
import { clockTime, longDateEn, parseDate, shortDateVi } from '../vietnamese-dates.js';

export const SAFETY_WARNING_CODES = [
  'safety.deadline_passed',
  'safety.plan_draft',
  'safety.meeting_ended',
  'safety.opening_other_day',
] as const;
export type SafetyWarningCode = (typeof SAFETY_WARNING_CODES)[number];

export interface SafetyWarning {
  code: SafetyWarningCode;
  message: LocalizedMessage;
}

/** The acts that are checked. */
export type SafetyAction = 'send_invitations' | 'open_meeting';

export interface SendFacts {
  status: ConferenceStatus;
  /** The plan's exact start, local; null while not fixed. */
  startsAt: string | null;
  /** Answers accepted until (the deadline this send sets or keeps), local; null: until the start. */
  deadline: string | null;
  /** The live meeting: not opened yet, running, or closed. */
  meeting: 'not_started' | 'running' | 'ended';
  /** The last day of the plan's sessions with a whole date (YYYY-MM-DD); null when none. */
  lastPlannedDay: string | null;
  /** Local now, `YYYY-MM-DDTHH:mm`. */
  now: string;
}

export interface OpeningFacts {
  status: ConferenceStatus;
  /** The plan's exact start, local (opening needs one: session-time's requireExactStart). */
  startsAt: string;
  /** Local now, `YYYY-MM-DDTHH:mm`. */
  now: string;
}

const dayVi = (day: string) => shortDateVi(parseDate(day));
const dayEn = (day: string) => longDateEn(parseDate(day));
const momentVi = (local: string) => `${clockTime(local)} ngày ${dayVi(local)}`;
const momentEn = (local: string) => `${clockTime(local)} on ${dayEn(local)}`;

/** Whole days from `a` to `b` (YYYY-MM-DD), negative when b is before a. */
export const daysBetween = (a: string, b: string): number => {
  const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
};

const planDraft = (action: SafetyAction): SafetyWarning => ({
  code: 'safety.plan_draft',
  message:
    action === 'send_invitations'
      ? {
          vi: 'Kế hoạch còn là dự thảo (chưa ban hành): giấy mời sẽ gửi đi nội dung chưa chính thức.',
          en: 'The plan is still a draft (not issued): the invitations would carry an unofficial plan.',
        }
      : {
          vi: 'Kế hoạch còn là dự thảo (chưa ban hành): hội nghị sẽ khai mạc theo một kế hoạch chưa chính thức.',
          en: 'The plan is still a draft (not issued): the meeting would open on an unofficial plan.',
        },
});

/** Sending invitations or reminders: a deadline that has passed, a draft plan, a meeting already over. */
export function sendWarnings(facts: SendFacts): SafetyWarning[] {
  const warnings: SafetyWarning[] = [];
  const until = facts.deadline ?? facts.startsAt;
  if (until !== null && until <= facts.now) {
    const which = facts.deadline !== null ? { vi: 'Hạn xác nhận', en: 'The answer deadline' } : { vi: 'Giờ khai mạc', en: 'The opening' };
    warnings.push({
      code: 'safety.deadline_passed',
      message: {
        vi: `${which.vi} (${momentVi(until)}) đã qua: đại biểu nhận thư không còn xác nhận được. Hãy đặt hạn xác nhận mới nếu cần.`,
        en: `${which.en} (${momentEn(until)}) has passed: delegates can no longer answer. Set a new answer deadline if needed.`,
      },
    });
  }
  if (facts.status === 'draft') warnings.push(planDraft('send_invitations'));
  const today = facts.now.slice(0, 10);
  if (facts.meeting === 'ended' || facts.status === 'closed') {
    warnings.push({
      code: 'safety.meeting_ended',
      message: {
        vi: 'Hội nghị đã bế mạc: giấy mời không còn tác dụng.',
        en: 'The meeting has been closed: an invitation is of no use now.',
      },
    });
  } else if (facts.meeting === 'not_started' && facts.lastPlannedDay !== null && facts.lastPlannedDay < today) {
    warnings.push({
      code: 'safety.meeting_ended',
      message: {
        vi: `Ngày họp theo kế hoạch (${dayVi(facts.lastPlannedDay)}) đã qua.`,
        en: `The planned meeting day (${dayEn(facts.lastPlannedDay)}) is over.`,
      },
    });
  }
  return warnings;
}

/** Opening the live meeting: on another day than the plan's, or while the plan is a draft. */
export function openingWarnings(facts: OpeningFacts): SafetyWarning[] {
  const warnings: SafetyWarning[] = [];
  const planned = facts.startsAt.slice(0, 10);
  const today = facts.now.slice(0, 10);
  const days = daysBetween(today, planned);
  if (days !== 0) {
    const early = days > 0;
    const count = Math.abs(days);
    warnings.push({
      code: 'safety.opening_other_day',
      message: {
        vi: `Hôm nay là ${dayVi(today)}, kế hoạch khai mạc lúc ${momentVi(facts.startsAt)}: ${early ? 'sớm' : 'muộn'} ${count} ngày.`,
        en: `Today is ${dayEn(today)}; the plan opens at ${momentEn(facts.startsAt)}: ${count} day${count === 1 ? '' : 's'} ${early ? 'early' : 'late'}.`,
      },
    });
  }
  if (facts.status === 'draft') warnings.push(planDraft('open_meeting'));
  return warnings;
}
