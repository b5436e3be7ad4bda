/**
 * Follow-up of the conclusions' tasks (theo dõi thực hiện kết luận), pure: working days are
 * Monday to Friday (public holidays are not counted here: a dated list is not part of this
 * rule), a task not done is overdue the day after its deadline, and it is reminded when its
 * deadline is at most `REMIND_WORKING_DAYS` working days away or already past.
 */

/** Working days before the deadline when a reminder goes out. */
export const REMIND_WORKING_DAYS = 2;

export type FollowUpState = 'done' | 'overdue' | 'due_soon' | 'on_track' | 'no_deadline';

const dayNumber = (date: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.slice(0, 10));
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
};

/** Monday to Friday. */
export const isWorkingDay = (date: string): boolean => {
  const weekday = new Date(dayNumber(date) * 86_400_000).getUTCDay();
  return weekday >= 1 && weekday <= 5;
};

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export const workingDaysBetween = (from: string, to: string): number => {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday >= 1 && weekday <= 5) count += 1;
  }
  return sign * count;
};

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
