/**
 * When an automatic reminder of a deadline goes out, pure: only on working days; `before` from
 * `REMIND_BEFORE_WORKING_DAYS` working days before the deadline up to the deadline day itself;
 * `after` from the day after the deadline, for at most `REMIND_AFTER_WORKING_DAYS` working days
 * (a deadline long past is not reminded when reminders are first switched on). The runner sends
 * each phase once (its claim's day is the deadline), so a body gets at most two reminders.
 */
import { isWorkingDay, workingDaysBetween, type WorkingCalendar } from './working-days.js';

export const REMIND_BEFORE_WORKING_DAYS = 2;
export const REMIND_AFTER_WORKING_DAYS = 5;

export type DeadlinePhase = 'before' | 'after';

export function deadlineReminderPhase(deadline: string, today: string, calendar: WorkingCalendar): DeadlinePhase | null {
  if (!isWorkingDay(today, calendar)) return null;
  if (today > deadline) return workingDaysBetween(deadline, today, calendar) <= REMIND_AFTER_WORKING_DAYS ? 'after' : null;
  return workingDaysBetween(today, deadline, calendar) <= REMIND_BEFORE_WORKING_DAYS ? 'before' : null;
}
