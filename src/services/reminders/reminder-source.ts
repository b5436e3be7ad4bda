/**
 * Scheduled reminders: what a part of the system implements so the reminder runner
 * (reminder-runner.ts) sends its reminders on its own, once, whatever the number of server
 * processes.
 *
 * A source has a `kind` (a stable name, e.g. `consultation.comments`) and two steps:
 * - `due(now)` reads, without writing, the reminders that should go out at `now`: each with a
 *   `key` naming what it is about (e.g. `<consultationId>:before`) and, optionally, the `day`
 *   it belongs to.
 * - `send(reminder, now)` sends one of them (queues or mails it, audits it with the system
 *   origin) and returns how many messages it sent.
 *
 * Between the two the runner claims `(kind, key, day)` in the database (table
 * `reminder_claims`, an insert that does nothing when the row exists): only the process whose
 * insert took the row calls `send`. If `send` throws, the claim is released so a later run
 * tries again. `day` defaults to the local date (Viet Nam, UTC+7) of `now`, so a key may be
 * sent again the next day (a daily reminder); a source that wants a reminder only once gives a
 * fixed `day`, e.g. the deadline's date (`{ key: '<id>:after', day: deadline }`).
 *
 * Registering a source: build it in the composition root (src/server/server-services.ts) and
 * pass it in the runner's `sources` list; nothing registers itself by being imported.
 */

/** One reminder a source says is due. `T` carries whatever `send` needs. */
export interface DueReminder {
  /** What the reminder is about, unique within the source's kind (at most 200 characters). */
  readonly key: string;
  /** The day the claim is for (`YYYY-MM-DD`); the local date of `now` when absent. */
  readonly day?: string;
}

export interface ReminderSource<T extends DueReminder = DueReminder> {
  /** A stable name (at most 60 characters); part of every claim's key. */
  readonly kind: string;
  /** The reminders due at `now`; reads only, may be called by several processes at once. */
  due(now: Date): Promise<readonly T[]>;
  /** Sends one claimed reminder; returns the number of messages sent or queued. */
  send(reminder: T, now: Date): Promise<number>;
}

/** What one run of the runner did for one source. */
export interface ReminderRunResult {
  readonly kind: string;
  /** Reminders this process claimed and sent. */
  readonly reminders: number;
  /** Messages those reminders sent or queued. */
  readonly sent: number;
  /** Reminders already claimed (by this or another process). */
  readonly skipped: number;
  /** Reminders whose send failed (their claim released). */
  readonly failed: number;
}
