/**
 * TypeBox schemas of a written opinion form (phiếu lấy ý kiến, issue 16): the questions of a
 * vote (or its own, between sessions) sent with a deadline to members who are absent; their
 * answers; the form's result, and its result merged with the meeting's vote when the chair
 * decides so. The rules are written-opinion-rules.ts's.
 */
import { Type, type Static } from 'typebox';
import { MajorityRule, MAX_OPTIONS } from './vote.schema.js';

export const MAX_QUESTIONS = 20;
export const MAX_RECIPIENTS = 5000;

/** `2021-07-10T17:00`: a local time in Viet Nam (Asia/Ho_Chi_Minh), as every deadline of the plan. */
export const LocalDeadline = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  description: 'Local time in Viet Nam (UTC+7), YYYY-MM-DDTHH:mm; answers are taken until then',
});

export const FormQuestion = Type.Object(
  {
    question: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
    /** Default: Tán thành / Không tán thành / Không biểu quyết; the first is the one the majority counts. */
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), { minItems: 2, maxItems: MAX_OPTIONS }),
    ),
  },
  { additionalProperties: false },
);
export type FormQuestion = Static<typeof FormQuestion>;

export const FormCreate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    /** The meeting's vote whose question the form asks (its options, secrecy and majority rule are the vote's); null: a form of its own. */
    voteId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    /** A form of its own only: its questions. */
    questions: Type.Optional(Type.Array(FormQuestion, { minItems: 1, maxItems: MAX_QUESTIONS })),
    /** A form of its own only (default false): who answered is kept, not how. */
    secret: Type.Optional(Type.Boolean()),
    /** A form of its own only (default: more than half of the members asked). */
    majority: Type.Optional(MajorityRule),
    deadline: LocalDeadline,
    /** The delegates asked (the members who are absent, or every member between sessions). */
    delegateIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: MAX_RECIPIENTS, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type FormCreate = Static<typeof FormCreate>;

export const FormAnswerInput = Type.Object(
  {
    choices: Type.Array(Type.Integer({ minimum: 0, maximum: MAX_OPTIONS - 1 }), {
      minItems: 1,
      maxItems: MAX_QUESTIONS,
      description: 'The index of the option chosen for each question, in order',
    }),
  },
  { additionalProperties: false },
);
export type FormAnswerInput = Static<typeof FormAnswerInput>;

export const FormState = Type.Enum(['draft', 'sent', 'closed'], {
  description: 'draft: being prepared; sent: answers taken until the deadline; closed: result fixed',
});
export type FormState = Static<typeof FormState>;

const Count = Type.Integer({ minimum: 0 });
const RuleText = Type.Object({ vi: Type.String(), en: Type.String() });
const Percent = Type.Union([Type.Number(), Type.Null()], { description: 'Two decimals; null when the base is 0' });

export const FormQuestionResult = Type.Object({
  question: Type.String(),
  options: Type.Array(Type.Object({ label: Type.String(), count: Count, percentOfAsked: Percent })),
  majority: Type.Object({ text: RuleText, baseCount: Count, required: Count, inFavour: Count, passed: Type.Boolean() }),
});
export type FormQuestionResult = Static<typeof FormQuestionResult>;

export const FormResult = Type.Object({
  /** Members asked. */
  asked: Count,
  /** Members who answered before the deadline. */
  answered: Count,
  questions: Type.Array(FormQuestionResult),
});
export type FormResult = Static<typeof FormResult>;

/** The meeting's vote and the forms counted together: each option's count from each source. */
export const MergedResult = Type.Object({
  voteId: Type.String(),
  formId: Type.String(),
  /** Ballots (and hall counts) of the meeting. */
  fromMeeting: Count,
  /** Answers of the form. */
  fromForms: Count,
  entitled: Count,
  options: Type.Array(Type.Object({ label: Type.String(), meeting: Count, forms: Count, count: Count, percentOfEntitled: Percent })),
  majority: Type.Object({ text: RuleText, baseCount: Count, required: Count, inFavour: Count, passed: Type.Boolean() }),
  mergedAt: Type.String(),
});
export type MergedResult = Static<typeof MergedResult>;

export const WrittenOpinionForm = Type.Object({
  id: Type.String(),
  conferenceId: Type.String(),
  voteId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  questions: Type.Array(Type.Object({ question: Type.String(), options: Type.Array(Type.String()) })),
  secret: Type.Boolean(),
  majority: MajorityRule,
  deadline: Type.String(),
  state: FormState,
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  asked: Count,
  answered: Count,
  /** Fixed at closing; null before. */
  result: Type.Union([FormResult, Type.Null()]),
  /** The merge with the meeting's vote, once the chair decided it. */
  merged: Type.Union([MergedResult, Type.Null()]),
});
export type WrittenOpinionForm = Static<typeof WrittenOpinionForm>;

/** One member asked, as the chair and the secretariat see them: whether and how they answered, never what (secret forms). */
export const FormRecipient = Type.Object({
  delegateId: Type.String(),
  fullName: Type.String(),
  bridgePointId: Type.String(),
  /** Whether the delegate has an e-mail address on the list (the form and reminders go there). */
  hasEmail: Type.Boolean(),
  answered: Type.Boolean(),
  /** link: through the personal link; account: through the delegate's account; null: not answered. */
  answeredVia: Type.Union([Type.Enum(['link', 'account']), Type.Null()]),
  /** Open forms only; a secret form keeps no time of an answer. */
  answeredAt: Type.Union([Type.String(), Type.Null()]),
  /** Local date (Viet Nam) of the last reminder; null: never reminded. */
  lastRemindedOn: Type.Union([Type.String(), Type.Null()]),
  /** The last mail to the member: queued, sent or failed (with the reason); null: none. */
  mail: Type.Union([
    Type.Object({ kind: Type.String(), status: Type.String(), error: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
});
export type FormRecipient = Static<typeof FormRecipient>;

/** A form as the member asked sees it: the questions, whether they answered and may still. */
export const MyForm = Type.Object({
  form: WrittenOpinionForm,
  delegateId: Type.String(),
  answered: Type.Boolean(),
  /** Open forms only: the member's own choices. */
  choices: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
  canAnswer: Type.Boolean(),
});
export type MyForm = Static<typeof MyForm>;
