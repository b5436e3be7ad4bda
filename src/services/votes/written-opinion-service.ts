/**
 * Written opinion forms (phiếu lấy ý kiến, issue 16): the chair or the secretariat makes a form
 * (a vote's question, or questions of its own between sessions) for chosen delegates with a
 * deadline and sends it (by mail with each member's personal link); a member answers once,
 * through the link or their account; reminders go to those who have not answered, at most once
 * a local day, before the deadline; closing fixes the result; the chair may merge a closed form
 * with its closed vote. One transaction and one audit row per write; mail after commit.
 * Secret forms: who answered (the recipients' flag) and how many chose what (tallies) are kept
 * apart; the audit row of an answer names the member, never the choice.
 */
import { randomUUID } from 'node:crypto';
import { voteErrors } from '../../domain/votes/vote-errors.js';
import type { VoteResult } from '../../domain/votes/vote.schema.js';
import { formErrors } from '../../domain/votes/written-opinion-errors.js';
import {
  checkDeadline,
  computeFormResult,
  decideAnswer,
  decideCloseForm,
  decideMerge,
  decideSend,
  defineForm,
  mergeResults,
  takesAnswers,
} from '../../domain/votes/written-opinion-rules.js';
import {
  FormAnswerInput,
  FormCreate,
  type FormRecipient,
  type FormState,
  type MyForm,
  type WrittenOpinionForm,
} from '../../domain/votes/written-opinion.schema.js';
import type { Database } from '../../storage/database.js';
import { findVoteRow, listRoll } from '../../storage/repositories/vote-repository.js';
import {
  addToFormTally,
  createFormTallies,
  findAnswer,
  findFormById,
  findFormRow,
  findRecipient,
  insertAnswer,
  insertForm,
  insertRecipients,
  listFormRows,
  listFormsOfDelegate,
  lockFormState,
  markAnswered,
  markFormClosed,
  markFormSent,
  saveMerge,
} from '../../storage/repositories/written-opinion-repository.js';
import {
  claimReminders,
  findAccountDelegate,
  findListedDelegates,
  insertDeliveries,
  listRecipientRows,
} from '../../storage/repositories/written-opinion-recipients.js';
import type { Executor, WrittenOpinionFormRow } from '../../storage/tables.js';
import { SYSTEM_ORIGIN, type AuditOrigin } from '../accounts/audit-context.js';
import { recordAudit } from '../accounts/audit-service.js';
import { prepareInput } from '../input.js';
import { vietnamLocalNow } from '../participants/invitation-links.js';
import { definitionOf } from './vote-read.js';
import { createFormReminders, type FormAudit, type ReminderOutcome } from './written-opinion-reminders.js';
import { formDeliveryRow, type FormMailQueue } from './written-opinion-mail.js';
import { formCounts, formDefinitionOf, presentForm, presentRecipients } from './written-opinion-read.js';

export type { ReminderOutcome } from './written-opinion-reminders.js';

export interface WrittenOpinionService {
  list(conferenceId: string): Promise<WrittenOpinionForm[]>;
  get(conferenceId: string, formId: string): Promise<WrittenOpinionForm>;
  recipients(conferenceId: string, formId: string): Promise<FormRecipient[]>;
  create(conferenceId: string, input: unknown, publicUrl: string, origin?: AuditOrigin): Promise<WrittenOpinionForm>;
  send(conferenceId: string, formId: string, origin?: AuditOrigin): Promise<{ form: WrittenOpinionForm; queued: number }>;
  answer(
    conferenceId: string,
    formId: string,
    delegateId: string,
    via: 'link' | 'account',
    input: unknown,
    origin?: AuditOrigin,
  ): Promise<MyForm>;
  closeForm(conferenceId: string, formId: string, origin?: AuditOrigin): Promise<WrittenOpinionForm>;
  merge(conferenceId: string, formId: string, origin?: AuditOrigin): Promise<WrittenOpinionForm>;
  /** The chair's reminder now: members who have not answered and were not mailed today (any day before the deadline). */
  remind(conferenceId: string, formId: string, origin?: AuditOrigin): Promise<ReminderOutcome>;
  /** The scheduled reminder of one form (in its last days); safe to call twice a day. */
  sendDueReminders(formId: string): Promise<ReminderOutcome>;
  /** The forms sent to one delegate, as they see them. */
  formsOf(conferenceId: string, delegateId: string): Promise<MyForm[]>;
  /** The delegate an account stands for (its e-mail on the list), or null. */
  accountDelegate(conferenceId: string, userId: string): Promise<string | null>;
  readonly mail: FormMailQueue;
}

export interface WrittenOpinionDeps {
  now?: () => Date;
  mail: FormMailQueue;
}

export function createWrittenOpinionService(database: Database, deps: WrittenOpinionDeps): WrittenOpinionService {
  const { db } = database;
  const clock = deps.now ?? (() => new Date());
  const queue = deps.mail;
  const audit: FormAudit = (executor, origin, conferenceId, formId, action, before, after) =>
    recordAudit(
      executor,
      { ...origin, action, conferenceId, entityType: 'written_opinion', entityId: formId, before, after },
      clock().toISOString(),
      randomUUID(),
    );
  const load = async (executor: Executor, conferenceId: string, formId: string): Promise<WrittenOpinionFormRow> => {
    const row = await findFormRow(executor, conferenceId, formId);
    if (!row) throw formErrors.notFound();
    return row;
  };
  const reminders = createFormReminders(database, { clock, queue, audit });

  const myForm = async (executor: Executor, row: WrittenOpinionFormRow, delegateId: string, answered: boolean): Promise<MyForm> => {
    const answer = answered && Number(row.secret) === 0 ? await findAnswer(executor, row.id, delegateId) : undefined;
    return {
      form: await presentForm(executor, row),
      delegateId,
      answered,
      choices: answer ? (JSON.parse(answer.choices_json) as number[]) : null,
      canAnswer: !answered && takesAnswers(row.state as FormState, row.deadline, vietnamLocalNow(clock())),
    };
  };

  return {
    mail: queue,

    async list(conferenceId) {
      const rows = await listFormRows(db, conferenceId);
      return Promise.all(rows.map((row) => presentForm(db, row)));
    },

    async get(conferenceId, formId) {
      return presentForm(db, await load(db, conferenceId, formId));
    },

    async recipients(conferenceId, formId) {
      return presentRecipients(db, await load(db, conferenceId, formId));
    },

    async create(conferenceId, input, publicUrl, origin = SYSTEM_ORIGIN) {
      const request = prepareInput(FormCreate, input);
      checkDeadline(request.deadline);
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        let vote = null;
        if (request.voteId) {
          const voteRow = await findVoteRow(trx, conferenceId, request.voteId);
          if (!voteRow) throw voteErrors.notFound();
          vote = definitionOf(voteRow);
        }
        const definition = defineForm(request, vote);
        const delegates = await findListedDelegates(trx, conferenceId, request.delegateIds);
        if (delegates.length !== request.delegateIds.length)
          throw formErrors.unknownDelegates(request.delegateIds.length - delegates.length);
        const created: WrittenOpinionFormRow = {
          id: randomUUID(),
          conference_id: conferenceId,
          vote_id: request.voteId ?? null,
          title: definition.title,
          questions_json: JSON.stringify(definition.questions),
          secret: definition.secret ? 1 : 0,
          majority_json: JSON.stringify(definition.majority),
          deadline: request.deadline,
          state: 'draft',
          public_url: queue.mail.publicUrl ?? publicUrl,
          created_at: now,
          sent_at: null,
          closed_at: null,
          result_json: null,
          merged_json: null,
        };
        await insertForm(trx, created);
        await insertRecipients(
          trx,
          delegates.map((d) => ({
            form_id: created.id,
            delegate_id: d.id,
            bridge_point_id: d.bridge_point_id,
            answered: 0,
            answered_via: null,
            last_reminded_on: null,
          })),
        );
        await audit(trx, origin, conferenceId, created.id, 'written_opinion.create', null, {
          ...definition,
          voteId: created.vote_id,
          deadline: created.deadline,
          delegateIds: delegates.map((d) => d.id),
        });
        return created;
      });
      return presentForm(db, row);
    },

    async send(conferenceId, formId, origin = SYSTEM_ORIGIN) {
      const at = clock();
      const today = vietnamLocalNow(at).slice(0, 10);
      const { row, ids } = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, formId);
        decideSend((await lockFormState(trx, formId, 'update')) as FormState, current.deadline, vietnamLocalNow(at));
        if (!(await markFormSent(trx, formId, at.toISOString()))) throw formErrors.notDraft();
        const definition = formDefinitionOf(current);
        if (definition.secret)
          await createFormTallies(
            trx,
            definition.questions.flatMap((q, question) =>
              q.options.map((_, option) => ({ form_id: formId, question_index: question, option_index: option, count: 0 })),
            ),
          );
        const members = await listRecipientRows(trx, formId);
        const mailed = members.filter((m) => m.email.trim() !== '');
        const rows = mailed.map((m) =>
          formDeliveryRow(
            {
              form_id: formId,
              conference_id: conferenceId,
              delegate_id: m.delegate_id,
              kind: 'request',
              recipient: m.email.trim(),
              public_url: current.public_url,
            },
            at.toISOString(),
          ),
        );
        await insertDeliveries(trx, rows);
        // The request counts as today's mail: no reminder the same day.
        await claimReminders(
          trx,
          formId,
          mailed.map((m) => m.delegate_id),
          today,
        );
        await audit(
          trx,
          origin,
          conferenceId,
          formId,
          'written_opinion.send',
          { state: 'draft' },
          { state: 'sent', asked: members.length, mailed: rows.length, noEmail: members.length - rows.length },
        );
        return { row: await load(trx, conferenceId, formId), ids: rows.map((r) => r.id) };
      });
      queue.enqueue(ids);
      return { form: await presentForm(db, row), queued: ids.length };
    },

    async answer(conferenceId, formId, delegateId, via, input, origin = SYSTEM_ORIGIN) {
      const { choices } = prepareInput(FormAnswerInput, input);
      const at = clock();
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, formId);
        const state = (await lockFormState(trx, formId, 'share')) as FormState;
        const recipient = await findRecipient(trx, formId, delegateId);
        const definition = formDefinitionOf(current);
        decideAnswer(
          { state, deadline: current.deadline, questions: definition.questions },
          vietnamLocalNow(at),
          recipient ? { answered: Number(recipient.answered) === 1 } : null,
          choices,
        );
        if (!(await markAnswered(trx, formId, delegateId, via))) throw formErrors.alreadyAnswered();
        if (definition.secret) {
          await addToFormTally(trx, formId, choices);
          // The member and the way they answered, never the choice.
          await audit(trx, origin, conferenceId, formId, 'written_opinion.answer_secret', null, { delegateId, via });
        } else {
          await insertAnswer(trx, {
            form_id: formId,
            delegate_id: delegateId,
            choices_json: JSON.stringify(choices),
            answered_at: at.toISOString(),
          });
          await audit(trx, origin, conferenceId, formId, 'written_opinion.answer', null, { delegateId, via, choices });
        }
        return current;
      });
      return myForm(db, row, delegateId, true);
    },

    async closeForm(conferenceId, formId, origin = SYSTEM_ORIGIN) {
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, formId);
        decideCloseForm((await lockFormState(trx, formId, 'update')) as FormState);
        const presented = await presentForm(trx, current);
        const result = computeFormResult(formDefinitionOf(current), presented.asked, presented.answered, await formCounts(trx, current));
        if (!(await markFormClosed(trx, formId, clock().toISOString(), JSON.stringify(result)))) throw formErrors.notSent();
        await audit(
          trx,
          origin,
          conferenceId,
          formId,
          'written_opinion.close',
          { state: 'sent' },
          {
            state: 'closed',
            asked: result.asked,
            answered: result.answered,
            counts: result.questions.map((q) => q.options.map((o) => o.count)),
          },
        );
        return load(trx, conferenceId, formId);
      });
      return presentForm(db, row);
    },

    async merge(conferenceId, formId, origin = SYSTEM_ORIGIN) {
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(trx, conferenceId, formId);
        await lockFormState(trx, formId, 'update');
        const voteRow = current.vote_id ? await findVoteRow(trx, conferenceId, current.vote_id) : undefined;
        if (!voteRow || voteRow.result_json === null || current.result_json === null) throw formErrors.notMergeable();
        const roll = new Map((await listRoll(trx, voteRow.id)).map((entry) => [entry.voterId, entry.present]));
        const respondents = (await listRecipientRows(trx, formId))
          .filter((member) => Number(member.answered) === 1)
          .map((member) => ({ onRoll: roll.has(member.delegate_id), present: roll.get(member.delegate_id) === true }));
        decideMerge(
          { id: voteRow.id, state: voteRow.state as 'closed', electorate: voteRow.electorate },
          { state: current.state as FormState, voteId: current.vote_id, merged: current.merged_json !== null },
          respondents,
        );
        const merged = mergeResults(
          { id: voteRow.id, definition: definitionOf(voteRow), result: JSON.parse(voteRow.result_json) as VoteResult },
          { id: formId, result: JSON.parse(current.result_json) as WrittenOpinionForm['result'] & object },
          clock().toISOString(),
        );
        if (!(await saveMerge(trx, formId, JSON.stringify(merged)))) throw formErrors.alreadyMerged();
        await audit(trx, origin, conferenceId, formId, 'written_opinion.merge', null, {
          voteId: voteRow.id,
          fromMeeting: merged.fromMeeting,
          fromForms: merged.fromForms,
          counts: merged.options.map((o) => o.count),
          passed: merged.majority.passed,
        });
        return load(trx, conferenceId, formId);
      });
      return presentForm(db, row);
    },

    async remind(conferenceId, formId, origin = SYSTEM_ORIGIN) {
      // Without a mail server the reminders are still recorded, and fail as the requests do (shown per member).
      return reminders.run(await load(db, conferenceId, formId), true, origin);
    },

    async sendDueReminders(formId) {
      const row = await findFormById(db, formId);
      if (!row || !queue.mail.enabled) return { reminded: 0, noEmail: 0, remindedToday: 0 };
      return reminders.run(row, false, SYSTEM_ORIGIN);
    },

    async formsOf(conferenceId, delegateId) {
      const rows = await listFormsOfDelegate(db, conferenceId, delegateId);
      return Promise.all(rows.map((row) => myForm(db, row, delegateId, Number(row.answered) === 1)));
    },

    accountDelegate: (conferenceId, userId) => findAccountDelegate(db, conferenceId, userId),
  };
}
