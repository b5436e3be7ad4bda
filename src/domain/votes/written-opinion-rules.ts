/**
 * The rules of a written opinion form (phiếu lấy ý kiến), pure: no I/O, no clock (the caller
 * gives the local time in Viet Nam, `YYYY-MM-DDTHH:mm`, as the deadlines are written).
 *
 * - A form asks a vote's question (its options, secrecy and majority rule) or questions of its
 *   own (between sessions); it goes to chosen delegates with a deadline.
 * - draft → sent → closed. Answers are taken while sent and before the deadline; one per member,
 *   final (a form sent in is not taken back); every question answered.
 * - Reminders: members who have not answered, with an e-mail address, at most once per local
 *   day, before the deadline; the automatic ones only in the last `REMIND_WINDOW_DAYS` days.
 * - Result at closing: each option's count and share of the members asked; the majority rule
 *   counts the first option against the members asked (entitled) or those who answered (present).
 * - Merge (the chair's decision): a closed form on a closed vote, once; no member who answered
 *   was present at the meeting's vote (counted twice) or off its roll (not entitled). The
 *   meeting's and the forms' counts are added; the vote's own rule decides on the sum.
 */
import { formErrors } from './written-opinion-errors.js';
import { DEFAULT_OPTIONS, type MajorityRule, type VoteResult, type VoteState } from './vote.schema.js';
import { majorityText, MORE_THAN_HALF, required, type VoteDefinition } from './vote-rules.js';
import type { FormCreate, FormResult, FormState, MergedResult } from './written-opinion.schema.js';

export const REMIND_WINDOW_DAYS = 3;
const DAY_MS = 24 * 60 * 60_000;

export interface FormDefinition {
  title: string;
  questions: { question: string; options: string[] }[];
  secret: boolean;
  majority: MajorityRule;
}

/** The form's questions and rules: the vote's when it is on one (per delegate only), else its own with the defaults. */
export function defineForm(
  input: FormCreate,
  vote: Pick<VoteDefinition, 'question' | 'options' | 'secret' | 'majority' | 'electorate'> | null,
): FormDefinition {
  if (vote) {
    if (input.questions !== undefined || input.secret !== undefined || input.majority !== undefined) throw formErrors.questionsWithVote();
    if (vote.electorate !== 'delegates') throw formErrors.votePerPoint();
    return {
      title: input.title,
      questions: [{ question: vote.question, options: [...vote.options] }],
      secret: vote.secret,
      majority: vote.majority,
    };
  }
  if (!input.questions?.length) throw formErrors.noQuestions();
  return {
    title: input.title,
    questions: input.questions.map((q) => ({ question: q.question, options: q.options ?? [...DEFAULT_OPTIONS] })),
    secret: input.secret ?? false,
    majority: input.majority ?? { fraction: MORE_THAN_HALF, base: 'entitled' },
  };
}

/** A deadline that is a real local time (the schema checks only its shape). */
export function checkDeadline(deadline: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(deadline);
  if (!match) throw formErrors.badDeadline();
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  if (!real || hour > 23 || minute > 59) throw formErrors.badDeadline();
}

/** Local times `YYYY-MM-DDTHH:mm` compare as text. */
const beforeDeadline = (deadline: string, nowLocal: string): boolean => nowLocal < deadline;

export function decideSend(state: FormState, deadline: string, nowLocal: string): void {
  if (state !== 'draft') throw formErrors.notDraft();
  if (!beforeDeadline(deadline, nowLocal)) throw formErrors.deadlineNotAhead();
}

/** Whether answers are taken now. */
export const takesAnswers = (state: FormState, deadline: string, nowLocal: string): boolean =>
  state === 'sent' && beforeDeadline(deadline, nowLocal);

/** An answer: the form sent and before its deadline, the member asked and not answered yet, one valid choice per question. */
export function decideAnswer(
  form: { state: FormState; deadline: string; questions: readonly { options: readonly string[] }[] },
  nowLocal: string,
  recipient: { answered: boolean } | null,
  choices: readonly number[],
): void {
  if (form.state !== 'sent') throw formErrors.notSent();
  if (!beforeDeadline(form.deadline, nowLocal)) throw formErrors.deadlinePassed();
  if (!recipient) throw formErrors.notRecipient();
  if (recipient.answered) throw formErrors.alreadyAnswered();
  if (choices.length !== form.questions.length) throw formErrors.wrongChoices();
  form.questions.forEach((question, index) => {
    const choice = choices[index]!;
    if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) throw formErrors.wrongChoices();
  });
}

export function decideCloseForm(state: FormState): void {
  if (state !== 'sent') throw formErrors.notSent();
}

export interface ReminderCandidate {
  delegateId: string;
  hasEmail: boolean;
  answered: boolean;
  /** Local date (YYYY-MM-DD) of the last reminder or of the request, null: none. */
  lastRemindedOn: string | null;
}

/** Whole days from the local date of `nowLocal` to the deadline's date. */
export const daysToDeadline = (deadline: string, nowLocal: string): number =>
  Math.round((Date.parse(`${deadline.slice(0, 10)}T00:00:00Z`) - Date.parse(`${nowLocal.slice(0, 10)}T00:00:00Z`)) / DAY_MS);

/**
 * The members to remind now: not answered, with an address, not reminded today, the form taking
 * answers; the automatic run (not `manual`) only within the last REMIND_WINDOW_DAYS days.
 */
export function remindersDue(
  form: { state: FormState; deadline: string },
  recipients: readonly ReminderCandidate[],
  nowLocal: string,
  manual = false,
): { due: string[]; noEmail: number; remindedToday: number } {
  const none = { due: [], noEmail: 0, remindedToday: 0 };
  if (!takesAnswers(form.state, form.deadline, nowLocal)) return none;
  if (!manual && daysToDeadline(form.deadline, nowLocal) > REMIND_WINDOW_DAYS) return none;
  const today = nowLocal.slice(0, 10);
  const waiting = recipients.filter((r) => !r.answered);
  const withEmail = waiting.filter((r) => r.hasEmail);
  const due = withEmail.filter((r) => r.lastRemindedOn !== today).map((r) => r.delegateId);
  return { due, noEmail: waiting.length - withEmail.length, remindedToday: withEmail.length - due.length };
}

const percent = (count: number, base: number): number | null => (base === 0 ? null : Math.round((count * 10_000) / base) / 100);

/** One question's majority: the first option against the members asked (entitled) or those who answered (present). */
function verdict(rule: MajorityRule, options: readonly string[], inFavour: number, entitled: number, present: number) {
  const baseCount = rule.base === 'entitled' ? entitled : present;
  const needed = Math.max(1, required(rule.fraction, baseCount));
  return {
    text: majorityText({ majority: rule, options: [...options], electorate: 'delegates' }),
    baseCount,
    required: needed,
    inFavour,
    passed: inFavour >= needed,
  };
}

/** The form's result from the counts per question and option (answers of an open form, tallies of a secret one). */
export function computeFormResult(
  definition: FormDefinition,
  asked: number,
  answered: number,
  counts: readonly { question: number; option: number; count: number }[],
): FormResult {
  return {
    asked,
    answered,
    questions: definition.questions.map((question, q) => {
      const totals = question.options.map((_, o) =>
        counts.filter((c) => c.question === q && c.option === o).reduce((sum, c) => sum + c.count, 0),
      );
      return {
        question: question.question,
        options: question.options.map((label, o) => ({ label, count: totals[o]!, percentOfAsked: percent(totals[o]!, asked) })),
        majority: verdict(definition.majority, question.options, totals[0] ?? 0, asked, answered),
      };
    }),
  };
}

/** Whether the chair may merge: both closed, the form on that vote, not merged yet, every member who answered entitled and absent. */
export function decideMerge(
  vote: { id: string; state: VoteState; electorate: string },
  form: { state: FormState; voteId: string | null; merged: boolean },
  respondents: readonly { onRoll: boolean; present: boolean }[],
): void {
  if (form.voteId !== vote.id || vote.state !== 'closed' || form.state !== 'closed' || vote.electorate !== 'delegates')
    throw formErrors.notMergeable();
  if (form.merged) throw formErrors.alreadyMerged();
  const twice = respondents.filter((r) => !r.onRoll || r.present).length;
  if (twice > 0) throw formErrors.overlap(twice);
}

/** The meeting's result and the form's, added: each option from each source, the vote's rule on the sum. */
export function mergeResults(
  vote: { id: string; definition: Pick<VoteDefinition, 'options' | 'majority'>; result: VoteResult },
  form: { id: string; result: FormResult },
  mergedAt: string,
): MergedResult {
  const question = form.result.questions[0];
  const options = vote.result.options.map((option, index) => {
    const forms = question?.options[index]?.count ?? 0;
    const count = option.count + forms;
    return { label: option.label, meeting: option.count, forms, count, percentOfEntitled: percent(count, vote.result.entitled) };
  });
  const fromForms = form.result.answered;
  return {
    voteId: vote.id,
    formId: form.id,
    fromMeeting: vote.result.cast,
    fromForms,
    entitled: vote.result.entitled,
    options,
    majority: verdict(
      vote.definition.majority,
      vote.definition.options,
      options[0]?.count ?? 0,
      vote.result.entitled,
      vote.result.present + fromForms,
    ),
    mergedAt,
  };
}
