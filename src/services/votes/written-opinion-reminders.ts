/**
 * Reminders of a written opinion form: to the members who have not answered, with an address,
 * at most once a local day (Viet Nam), before the deadline. The day is claimed per member by a
 * conditional update (`claimReminders`), so two runs on the same day (two processes, a retry,
 * the chair's button and the scheduler) mail each member once. One audit row per run that mailed.
 */
import { remindersDue } from '../../domain/votes/written-opinion-rules.js';
import type { FormState } from '../../domain/votes/written-opinion.schema.js';
import type { Database } from '../../storage/database.js';
import { claimReminders, insertDeliveries, listRecipientRows } from '../../storage/repositories/written-opinion-recipients.js';
import type { Executor, WrittenOpinionFormRow } from '../../storage/tables.js';
import type { AuditOrigin } from '../accounts/audit-context.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import { formDeliveryRow, type FormMailQueue } from './written-opinion-mail.js';

export interface ReminderOutcome {
  /** Members mailed a reminder by this call. */
  reminded: number;
  /** Members waiting without an e-mail address (to be called). */
  noEmail: number;
  /** Members waiting who were already mailed today. */
  remindedToday: number;
}

/** One audit row of a form write (the service's). */
export type FormAudit = (
  executor: Executor,
  origin: AuditOrigin,
  conferenceId: string,
  formId: string,
  action: string,
  before: unknown,
  after: unknown,
) => Promise<void>;

export function createFormReminders(database: Database, deps: { clock: () => Date; queue: FormMailQueue; audit: FormAudit }) {
  return {
    /** `manual`: the chair's button (any day before the deadline); else the scheduler's (the last days only). */
    async run(form: WrittenOpinionFormRow, manual: boolean, origin: AuditOrigin): Promise<ReminderOutcome> {
      const at = deps.clock();
      const nowLocal = vietnamLocalNow(at);
      const today = nowLocal.slice(0, 10);
      const members = await listRecipientRows(database.db, form.id);
      const candidates = members.map((m) => ({
        delegateId: m.delegate_id,
        hasEmail: m.email.trim() !== '',
        answered: Number(m.answered) === 1,
        lastRemindedOn: m.last_reminded_on,
      }));
      const due = remindersDue({ state: form.state as FormState, deadline: form.deadline }, candidates, nowLocal, manual);
      if (due.due.length === 0) return { reminded: 0, noEmail: due.noEmail, remindedToday: due.remindedToday };
      const email = new Map(members.map((m) => [m.delegate_id, m.email.trim()]));
      const ids = await database.db.transaction().execute(async (trx) => {
        const claimed = await claimReminders(trx, form.id, due.due, today);
        if (claimed.length === 0) return [];
        const rows = claimed.map((delegateId) =>
          formDeliveryRow(
            {
              form_id: form.id,
              conference_id: form.conference_id,
              delegate_id: delegateId,
              kind: 'reminder',
              recipient: email.get(delegateId)!,
              public_url: form.public_url,
            },
            at.toISOString(),
          ),
        );
        await insertDeliveries(trx, rows);
        await deps.audit(trx, origin, form.conference_id, form.id, 'written_opinion.remind', null, {
          day: today,
          automatic: !manual,
          delegateIds: claimed,
        });
        return rows.map((row) => row.id);
      });
      deps.queue.enqueue(ids);
      return { reminded: ids.length, noEmail: due.noEmail, remindedToday: due.remindedToday + due.due.length - ids.length };
    },
  };
}
