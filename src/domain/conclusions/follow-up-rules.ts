/**
 * Follow-up of the conclusions' tasks (theo dõi thực hiện kết luận), pure: working days are
 * those of domain/calendar (Monday to Friday minus the dated public holidays and swapped days),
 * a task not done is overdue the day after its deadline, and it is reminded when its
 * deadline is at most `REMIND_WORKING_DAYS` working days away or already past.
 */
import * as calendarDays from '../calendar/working-days.js';

/** Working days before the deadline when a reminder goes out. */
export const REMIND_WORKING_DAYS = 2;

export type FollowUpState = 'done' | 'overdue' | 'due_soon' | 'on_track' | 'no_deadline';

const dayNumber = calendarDays.dayNumber;

/** A working day of the installation's calendar (domain/calendar). */
export const isWorkingDay = (date: string, calendar = calendarDays.vietnamCalendar()): boolean => calendarDays.isWorkingDay(date, calendar);

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export const workingDaysBetween = (from: string, to: string, calendar = calendarDays.vietnamCalendar()): number =>
  calendarDays.workingDaysBetween(from, to, calendar);

export interface FollowUpTask {
  deadline: string | null;
  done: boolean;
}

export interface FollowUpStatus {
  state: FollowUpState;
  /** Working days past the deadline (0 unless overdue). */
  workingDaysLate: number;
  /** Whether a reminder is due today. */
  remind: boolean;
}

/** The state of a conclusion's task on `today` (local date `YYYY-MM-DD`). */
export function followUpStatus(task: FollowUpTask, today: string): FollowUpStatus {
  if (task.done) return { state: 'done', workingDaysLate: 0, remind: false };
  if (task.deadline === null) return { state: 'no_deadline', workingDaysLate: 0, remind: false };
  if (dayNumber(today) > dayNumber(task.deadline)) {
    return { state: 'overdue', workingDaysLate: Math.max(1, workingDaysBetween(task.deadline, today)), remind: true };
  }
  const left = workingDaysBetween(today, task.deadline);
  return left <= REMIND_WORKING_DAYS
    ? { state: 'due_soon', workingDaysLate: 0, remind: true }
    : { state: 'on_track', workingDaysLate: 0, remind: false };
}

export const FOLLOW_UP_STATE_VI: Record<FollowUpState, string> = {
  done: 'Đã hoàn thành',
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_track: 'Đang thực hiện',
  no_deadline: 'Không có thời hạn',
};
