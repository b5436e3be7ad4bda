/** Row types of the scheduled reminders (migration 0015). */

/** One reminder claimed by one process: `(kind, key, day)` is the primary key. */
export interface ReminderClaimRow {
  kind: string;
  key: string;
  /** YYYY-MM-DD */
  day: string;
  claimed_at: string;
  /** Host and process id of the process that sent it. */
  claimed_by: string;
}
