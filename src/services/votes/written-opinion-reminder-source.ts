/**
 * The written opinion forms as a source of the reminder runner (services/reminders): every sent
 * form whose deadline is ahead is due once a local day (the runner claims `<formId>` for the day);
 * sending it mails the members who have not answered, in the form's last days
 * (REMIND_WINDOW_DAYS), each at most once that day (the service claims each member's day too).
 */
import type { DueReminder, ReminderSource } from '../reminders/reminder-source.js';
import type { Database } from '../../storage/database.js';
import { listFormsTakingAnswers } from '../../storage/repositories/written-opinion-repository.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import type { WrittenOpinionService } from './written-opinion-service.js';

export interface FormReminder extends DueReminder {
  formId: string;
}

export function createFormReminderSource(
  database: Database,
  forms: Pick<WrittenOpinionService, 'sendDueReminders'>,
): ReminderSource<FormReminder> {
  return {
    kind: 'written_opinion.reminder',
    async due(now) {
      const rows = await listFormsTakingAnswers(database.db, vietnamLocalNow(now));
      return rows.map((row) => ({ key: row.id, formId: row.id }));
    },
    async send(reminder) {
      return (await forms.sendDueReminders(reminder.formId)).reminded;
    },
  };
}
