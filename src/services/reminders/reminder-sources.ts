/**
 * The reminder sources of issue 16 (see reminder-source.ts for the shape):
 * - `consultation.comments`: bodies that have not answered a draft's request for comments,
 *   reminded once before the deadline and once after it (ConsultationService.remind).
 * - `contribution.submission`: a slot's written contribution not submitted, the same way
 *   (ContributionService.remind, one slot at a time).
 * - `conclusion.follow_up`: each working day while a task of an issued notice is due soon or
 *   overdue, the notice's recipients (FollowUpService.remind).
 * Nothing is due while mail is not set up. Every send is audited with the system origin by the
 * service it calls.
 */
import { deadlineReminderPhase } from '../../domain/calendar/deadline-reminders.js';
import { isWorkingDay, vietnamCalendar, type WorkingCalendar } from '../../domain/calendar/working-days.js';
import type { MailConfig } from '../../mail/mail-config.js';
import type { Database } from '../../storage/database.js';
import {
  listConferencesWithIssuedNotice,
  listConsultationsAwaitingAnswers,
  listContributionsAwaitingSubmission,
} from '../../storage/repositories/reminder-repository.js';
import { SYSTEM_ORIGIN } from '../accounts/audit-context.js';
import type { ConclusionService, FollowUpService } from '../conclusions/index.js';
import type { ConsultationService } from '../consultations/consultation-service.js';
import type { ContributionService } from '../consultations/contribution-service.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import type { DueReminder, ReminderSource } from './reminder-source.js';

export interface ReminderSourcesDeps {
  consultations: Pick<ConsultationService, 'remind'>;
  contributions: Pick<ContributionService, 'remind'>;
  conclusions: Pick<ConclusionService, 'get'>;
  followUp: Pick<FollowUpService, 'remind'>;
  mail: MailConfig;
  /** The address in the links when DIEMCAU_PUBLIC_URL is not set (the server's own). */
  publicUrl: () => string;
  calendar?: () => WorkingCalendar;
}

const localDate = (now: Date) => vietnamLocalNow(now).slice(0, 10);

interface ConsultationReminder extends DueReminder {
  conferenceId: string;
  consultationId: string;
  publicUrl: string;
}

interface ContributionReminder extends DueReminder {
  conferenceId: string;
  agendaItemId: string;
}

interface FollowUpReminder extends DueReminder {
  conferenceId: string;
}

export function createReminderSources(database: Database, deps: ReminderSourcesDeps): ReminderSource[] {
  const calendar = deps.calendar ?? vietnamCalendar;

  const consultations: ReminderSource<ConsultationReminder> = {
    kind: 'consultation.comments',
    async due(now) {
      if (!deps.mail.enabled) return [];
      const today = localDate(now);
      const rows = await listConsultationsAwaitingAnswers(database.db);
      return rows.flatMap((row) => {
        const phase = deadlineReminderPhase(row.deadline, today, calendar());
        if (!phase) return [];
        return [
          {
            key: `${row.id}:${phase}`,
            day: row.deadline,
            conferenceId: row.conference_id,
            consultationId: row.id,
            publicUrl: row.public_url,
          },
        ];
      });
    },
    send: async (reminder) =>
      (await deps.consultations.remind(reminder.conferenceId, reminder.consultationId, {}, reminder.publicUrl, SYSTEM_ORIGIN)).queued,
  };

  const contributions: ReminderSource<ContributionReminder> = {
    kind: 'contribution.submission',
    async due(now) {
      if (!deps.mail.enabled) return [];
      const today = localDate(now);
      const rows = await listContributionsAwaitingSubmission(database.db);
      return rows.flatMap((row) => {
        const phase = row.deadline ? deadlineReminderPhase(row.deadline, today, calendar()) : null;
        if (!phase || !row.deadline) return [];
        return [
          { key: `${row.agenda_item_id}:${phase}`, day: row.deadline, conferenceId: row.conference_id, agendaItemId: row.agenda_item_id },
        ];
      });
    },
    send: async (reminder) =>
      (await deps.contributions.remind(reminder.conferenceId, { agendaItemIds: [reminder.agendaItemId] }, deps.publicUrl(), SYSTEM_ORIGIN))
        .queued,
  };

  const followUp: ReminderSource<FollowUpReminder> = {
    kind: 'conclusion.follow_up',
    async due(now) {
      if (!deps.mail.enabled || !isWorkingDay(localDate(now), calendar())) return [];
      const due: FollowUpReminder[] = [];
      for (const conferenceId of await listConferencesWithIssuedNotice(database.db)) {
        const notice = await deps.conclusions.get(conferenceId);
        if (notice && notice.recipients.length > 0 && notice.conclusions.some((c) => c.followUp.remind))
          due.push({ key: conferenceId, conferenceId });
      }
      return due;
    },
    send: async (reminder) => (await deps.followUp.remind(reminder.conferenceId, SYSTEM_ORIGIN)).deliveries,
  };

  return [consultations, contributions, followUp];
}
