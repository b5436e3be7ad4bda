/**
 * What a send of invitations or reminders would do, read in the caller's transaction: the
 * delegates it reaches (and those left out, with why), the answer deadline it sets or keeps,
 * and the safety warnings (issue 17: a deadline passed, a draft plan, a meeting over). The
 * preview shows it to the organizer; the send does it once confirmed with the same count.
 */
import { Type } from 'typebox';
import { LocalDateTime, type ConferenceStatus } from '../../domain/conference.schema.js';
import { DomainError } from '../../domain/errors.js';
import { localDateTimeOf } from '../../domain/minutes/record-time.js';
import { SendConfirmation } from '../../domain/safety/confirmation.js';
import { sendWarnings, type SafetyWarning } from '../../domain/safety/safety-warnings.js';
import { requireExactStart } from '../../domain/session-time.js';
import type { InvitationKind } from '../../mail/invitation-message.js';
import { findConferenceRow } from '../../storage/repositories/conference-repository.js';
import { listSessions } from '../../storage/repositories/convening-repository.js';
import { findDelegateRows, listAllDelegateRows } from '../../storage/repositories/delegate-repository.js';
import { findInvitationSettings } from '../../storage/repositories/invitation-repository.js';
import { findLiveState } from '../../storage/repositories/live-repository.js';
import type { DelegateRow, Executor } from '../../storage/tables.js';
import { conferenceNotFound } from '../input.js';

const SendFields = {
  kind: Type.Enum(['invitation', 'reminder'], {
    description: 'invitation: to those not yet invited (or the ones listed); reminder: to those invited who have not answered',
  }),
  delegateIds: Type.Optional(
    Type.Array(Type.String({ format: 'uuid' }), {
      minItems: 1,
      maxItems: 20000,
      uniqueItems: true,
      description: 'Only these delegates; all that qualify when absent',
    }),
  ),
  deadline: Type.Optional(
    Type.Union([LocalDateTime, Type.Null()], { description: 'Answers accepted until (local time); null: until the conference starts' }),
  ),
};

/** What to send (the preview's body). */
export const SendPreviewRequest = Type.Object(SendFields, { additionalProperties: false });

/** What to send and the user's confirmation of the preview (issue 17: never in one click). */
export const SendRequest = Type.Object(
  {
    ...SendFields,
    confirm: Type.Optional(SendConfirmation),
  },
  { additionalProperties: false },
);
export type SendRequest = {
  kind: InvitationKind;
  delegateIds?: string[];
  deadline?: string | null;
  confirm?: { count: number; warnings: string[] };
};

export type SkipReason = 'no_email' | 'not_invited' | 'answered';
export type Skipped = { delegateId: string; reason: SkipReason }[];

/** Which delegates a send concerns, and why the others are left out. */
export const selectRecipients = (kind: InvitationKind, rows: readonly DelegateRow[], listed: boolean) => {
  const chosen: DelegateRow[] = [];
  const skipped: Skipped = [];
  for (const row of rows) {
    if (kind === 'reminder' && row.invitation !== 'invited') {
      if (listed) skipped.push({ delegateId: row.id, reason: row.invitation === 'not_invited' ? 'not_invited' : 'answered' });
      continue;
    }
    if (kind === 'invitation' && !listed && row.invitation !== 'not_invited') continue;
    if (!row.email.trim()) skipped.push({ delegateId: row.id, reason: 'no_email' });
    else chosen.push(row);
  }
  return { chosen, skipped };
};

export interface SendPlan {
  chosen: DelegateRow[];
  skipped: Skipped;
  /** The deadline after the send (the one given, else the one kept). */
  deadline: string | null;
  previousDeadline: string | null;
  warnings: SafetyWarning[];
}

const unknownDelegates = (missing: string[]) =>
  new DomainError(
    422,
    'invitation.unknown_delegates',
    { vi: `Có ${missing.length} đại biểu không thuộc hội nghị này.`, en: `${missing.length} delegates do not belong to this conference.` },
    missing.slice(0, 20).map((id) => ({
      path: '/delegateIds',
      code: 'invitation.unknown_delegate',
      message: { vi: `Không có đại biểu ${id}.`, en: `No delegate ${id}.` },
    })),
  );

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The send's recipients and warnings at `now` (404 without the conference, 409 without a fixed start). */
export async function planSend(
  executor: Executor,
  conferenceId: string,
  request: Omit<SendRequest, 'confirm'>,
  now: Date,
): Promise<SendPlan> {
  const conference = await findConferenceRow(executor, conferenceId);
  if (!conference) throw conferenceNotFound();
  // Each invitation carries the start (text and calendar file): none is sent before it is fixed.
  const startsAt = requireExactStart({ startsAt: conference.starts_at }, 'send_invitations');
  const listed = request.delegateIds !== undefined;
  const rows = listed
    ? await findDelegateRows(executor, conferenceId, request.delegateIds!)
    : await listAllDelegateRows(executor, conferenceId);
  if (listed && rows.length !== request.delegateIds!.length) {
    const found = new Set(rows.map((row) => row.id));
    throw unknownDelegates(request.delegateIds!.filter((id) => !found.has(id)));
  }
  const { chosen, skipped } = selectRecipients(request.kind, rows, listed);
  const previousDeadline = (await findInvitationSettings(executor, conferenceId))?.answer_deadline ?? null;
  const deadline = request.deadline !== undefined ? request.deadline : previousDeadline;
  const live = await findLiveState(executor, conferenceId);
  const days = (await listSessions(executor, conferenceId)).map((session) => session.date).filter((d) => d !== null && WHOLE_DATE.test(d));
  const warnings = sendWarnings({
    status: conference.status as ConferenceStatus,
    startsAt,
    deadline,
    meeting: live?.phase === 'ended' ? 'ended' : live && live.phase !== 'not_started' ? 'running' : 'not_started',
    lastPlannedDay: [startsAt.slice(0, 10), ...(days as string[])].sort().at(-1) ?? null,
    now: localDateTimeOf(now.getTime()),
  });
  return { chosen, skipped, deadline, previousDeadline, warnings };
}
