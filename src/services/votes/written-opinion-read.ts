/**
 * Reading written opinion forms: a stored row as the API's form, the counts of its answers
 * (an open form's answers, a secret form's tallies), the members asked as the chair sees them,
 * and a form as the member asked sees it. Every function reads through the executor it is given.
 */
import type { FormDefinition } from '../../domain/votes/written-opinion-rules.js';
import type { MajorityRule } from '../../domain/votes/vote.schema.js';
import type { FormRecipient, FormResult, FormState, MergedResult, WrittenOpinionForm } from '../../domain/votes/written-opinion.schema.js';
import { countRecipients, listAnswers, listFormTallies } from '../../storage/repositories/written-opinion-repository.js';
import { listFormDeliveries, listRecipientRows } from '../../storage/repositories/written-opinion-recipients.js';
import type { Executor, WrittenOpinionFormRow } from '../../storage/tables.js';

export const formDefinitionOf = (row: WrittenOpinionFormRow): FormDefinition => ({
  title: row.title,
  questions: JSON.parse(row.questions_json) as FormDefinition['questions'],
  secret: Number(row.secret) === 1,
  majority: JSON.parse(row.majority_json) as MajorityRule,
});

/** How many chose each option of each question so far. */
export async function formCounts(executor: Executor, row: WrittenOpinionFormRow) {
  if (Number(row.secret) === 1) return listFormTallies(executor, row.id);
  const counts = new Map<string, { question: number; option: number; count: number }>();
  for (const answer of await listAnswers(executor, row.id)) {
    (JSON.parse(answer.choices_json) as number[]).forEach((option, question) => {
      const key = `${question}:${option}`;
      const entry = counts.get(key) ?? { question, option, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    });
  }
  return [...counts.values()];
}

export async function presentForm(executor: Executor, row: WrittenOpinionFormRow): Promise<WrittenOpinionForm> {
  const definition = formDefinitionOf(row);
  const { asked, answered } = await countRecipients(executor, row.id);
  return {
    id: row.id,
    conferenceId: row.conference_id,
    voteId: row.vote_id,
    title: row.title,
    questions: definition.questions,
    secret: definition.secret,
    majority: definition.majority,
    deadline: row.deadline,
    state: row.state as FormState,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    closedAt: row.closed_at,
    asked,
    answered,
    result: row.result_json === null ? null : (JSON.parse(row.result_json) as FormResult),
    merged: row.merged_json === null ? null : (JSON.parse(row.merged_json) as MergedResult),
  };
}

/** The members asked: whether and through what they answered (the time for open forms only), the last reminder and mail. */
export async function presentRecipients(executor: Executor, row: WrittenOpinionFormRow): Promise<FormRecipient[]> {
  const secret = Number(row.secret) === 1;
  const [members, deliveries, answers] = await Promise.all([
    listRecipientRows(executor, row.id),
    listFormDeliveries(executor, row.id),
    secret ? Promise.resolve([]) : listAnswers(executor, row.id),
  ]);
  const lastMail = new Map<string, FormRecipient['mail']>();
  for (const delivery of deliveries)
    if (!lastMail.has(delivery.delegate_id))
      lastMail.set(delivery.delegate_id, { kind: delivery.kind, status: delivery.status, error: delivery.error });
  const answeredAt = new Map(answers.map((answer) => [answer.delegate_id, answer.answered_at]));
  return members.map((member) => ({
    delegateId: member.delegate_id,
    fullName: member.full_name,
    bridgePointId: member.bridge_point_id,
    hasEmail: member.email.trim() !== '',
    answered: Number(member.answered) === 1,
    answeredVia: member.answered_via === 'link' || member.answered_via === 'account' ? member.answered_via : null,
    answeredAt: answeredAt.get(member.delegate_id) ?? null,
    lastRemindedOn: member.last_reminded_on,
    mail: lastMail.get(member.delegate_id) ?? null,
  }));
}
