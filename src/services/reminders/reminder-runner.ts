/**
 * The reminder runner: in every server process a timer runs the sources (reminder-source.ts)
 * every `intervalMs`. Each due reminder is claimed in the database before it is sent
 * (`reminder_claims`, insert or nothing), so however many processes run, one sends it; a
 * failed send gives its claim back for a later run. A run never overlaps the previous one in
 * the same process; `stop()` clears the timer and waits for the run in progress.
 */
import { hostname } from 'node:os';
import type { Database } from '../../storage/database.js';
import { claimReminder, releaseReminder } from '../../storage/repositories/reminder-repository.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import type { ReminderRunResult, ReminderSource } from './reminder-source.js';

export interface ReminderRunner {
  /** One pass over every source now (the timer calls it; tests call it directly). */
  runOnce(): Promise<ReminderRunResult[]>;
  /** Runs now, then every `intervalMs`; a second call changes nothing. */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export interface ReminderRunnerDeps {
  sources: readonly ReminderSource[];
  now?: () => Date;
  /** Who claims, in the claims table (default: host and process id). */
  processName?: string;
  log?: (message: string, error?: unknown) => void;
}

export function createReminderRunner(database: Database, deps: ReminderRunnerDeps): ReminderRunner {
  const clock = deps.now ?? (() => new Date());
  const processName = deps.processName ?? `${hostname()}:${process.pid}`;
  const log = deps.log ?? ((message, error) => console.error(message, error ?? ''));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<ReminderRunResult[]> | null = null;

  const runSource = async (source: ReminderSource, now: Date): Promise<ReminderRunResult> => {
    const result = { kind: source.kind, reminders: 0, sent: 0, skipped: 0, failed: 0 };
    const today = vietnamLocalNow(now).slice(0, 10);
    let due: Awaited<ReturnType<ReminderSource['due']>>;
    try {
      due = await source.due(now);
    } catch (error) {
      log(
        `Nhắc việc tự động "${source.kind}": không đọc được việc cần nhắc / reminders "${source.kind}": could not read what is due`,
        error,
      );
      return { ...result, failed: 1 };
    }
    for (const reminder of due) {
      const claim = { kind: source.kind, key: reminder.key, day: reminder.day ?? today };
      if (!(await claimReminder(database.db, { ...claim, claimed_at: now.toISOString(), claimed_by: processName }))) {
        result.skipped += 1;
        continue;
      }
      try {
        result.sent += await source.send(reminder, now);
        result.reminders += 1;
      } catch (error) {
        result.failed += 1;
        await releaseReminder(database.db, claim).catch((releaseError: unknown) => log('reminder claim not released', releaseError));
        log(`Nhắc việc tự động "${source.kind}" (${reminder.key}) không gửi được / reminder could not be sent`, error);
      }
    }
    return result;
  };

  const runOnce = (): Promise<ReminderRunResult[]> => {
    running ??= (async () => {
      try {
        const now = clock();
        const results: ReminderRunResult[] = [];
        for (const source of deps.sources) results.push(await runSource(source, now));
        return results;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const tick = () => {
    runOnce().catch((error: unknown) => log('reminder run failed', error));
  };

  return {
    runOnce,
    start(intervalMs) {
      if (timer || !(intervalMs > 0)) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
