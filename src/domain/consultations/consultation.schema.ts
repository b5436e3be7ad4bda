/**
 * Comments on a draft and written contributions as the API reads and writes them: one TypeBox
 * schema each for validation, the TypeScript types and the OpenAPI document. Browser-safe.
 */
import { Type, type Static } from 'typebox';
import { LocalDate } from '../conference.schema.js';
import { CONTRIBUTION_DECISIONS, CONTRIBUTION_STATUSES } from './contribution-rules.js';
import { BODY_ANSWERS, COMMENT_RESPONSES } from './consultation-rules.js';

const Id = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Email = Type.String({
  maxLength: 200,
  pattern: '^$|^[^@\\s]+@[^@\\s]+$',
  description: 'Where requests and reminders go; blank: none',
});

/** A body asked: a bridge point or a participant group of the plan (its name as printed on the table). */
export const ConsultedBodyInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    bridgePointId: Type.Union([Id, Type.Null()]),
    participantGroupId: Type.Union([Id, Type.Null()]),
    email: Email,
  },
  { additionalProperties: false },
);
export type ConsultedBodyInput = Static<typeof ConsultedBodyInput>;

export const OpenConsultationRequest = Type.Object(
  {
    documentId: Type.String({ minLength: 1, maxLength: 100, description: 'The draft: a conference document' }),
    title: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S', description: 'e.g. dự thảo Quyết định ban hành Kế hoạch …' }),
    draftingAgency: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'Cơ quan chủ trì soạn thảo, e.g. Sở Nội vụ' }),
    deadline: LocalDate,
    bodies: Type.Array(ConsultedBodyInput, { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type OpenConsultationRequest = Static<typeof OpenConsultationRequest>;

export const CommentInput = Type.Object(
  {
    part: Type.String({ maxLength: 200, description: 'As written: "Điều 3", "khoản 2 Điều 5"; blank: the whole draft' }),
    text: Type.String({ minLength: 1, maxLength: 10000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

export const BodyAnswerRequest = Type.Object(
  {
    answer: Type.Enum([...BODY_ANSWERS], { description: 'agreed: no comment; commented: the comments below' }),
    comments: Type.Array(CommentInput, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type BodyAnswerRequest = Static<typeof BodyAnswerRequest>;

export const CommentResponseRequest = Type.Object(
  {
    response: Type.Enum([...COMMENT_RESPONSES], { description: 'accepted: tiếp thu; explained: giải trình' }),
    text: Type.String({ maxLength: 10000 }),
  },
  { additionalProperties: false },
);
export type CommentResponseRequest = Static<typeof CommentResponseRequest>;

export const RemindRequest = Type.Object(
  { bodyIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true, description: 'Default: all not answered' })) },
  { additionalProperties: false },
);
export type RemindRequest = Static<typeof RemindRequest>;

export const DraftCommentView = Type.Object({
  id: Id,
  bodyId: Id,
  part: Type.String(),
  text: Type.String(),
  response: Type.Union([Type.Enum([...COMMENT_RESPONSES]), Type.Null()]),
  responseText: Type.String(),
  respondedAt: Nullable(Type.String()),
});
export type DraftCommentView = Static<typeof DraftCommentView>;

export const ConsultedBodyView = Type.Object({
  id: Id,
  name: Type.String(),
  bridgePointId: Nullable(Type.String()),
  participantGroupId: Nullable(Type.String()),
  email: Type.String({ description: 'Blank unless the caller manages the consultation' }),
  status: Type.Enum(['agreed', 'commented', 'waiting', 'no_answer']),
  answeredAt: Nullable(Type.String()),
  answeredBy: Type.String(),
  remindedAt: Nullable(Type.String()),
  remindCount: Type.Integer(),
  /** May the caller answer for this body? */
  canAnswer: Type.Boolean(),
});
export type ConsultedBodyView = Static<typeof ConsultedBodyView>;

export const ConsultationView = Type.Object({
  id: Id,
  conferenceId: Id,
  documentId: Type.String(),
  title: Type.String(),
  draftingAgency: Type.String(),
  deadline: Type.String(),
  deadlinePassed: Type.Boolean(),
  createdAt: Type.String(),
  bodies: Type.Array(ConsultedBodyView),
  comments: Type.Array(DraftCommentView),
  counts: Type.Object({
    asked: Type.Integer(),
    agreed: Type.Integer(),
    commented: Type.Integer(),
    waiting: Type.Integer(),
    noAnswer: Type.Integer(),
    comments: Type.Integer(),
    answeredComments: Type.Integer(),
  }),
  allowedActions: Type.Array(Type.String()),
});
export type ConsultationView = Static<typeof ConsultationView>;

export const ContributionView = Type.Object({
  agendaItemId: Id,
  number: Type.String({ description: 'The slot as numbered in the programme: 5.1, 5.2 …' }),
  parentContent: Type.String(),
  content: Type.String(),
  presenter: Type.String(),
  bodyName: Type.String(),
  bridgePointId: Nullable(Type.String()),
  participantGroupId: Nullable(Type.String()),
  email: Type.String(),
  deadline: Nullable(Type.String()),
  overdue: Type.Boolean(),
  status: Type.Enum([...CONTRIBUTION_STATUSES]),
  title: Type.String(),
  text: Type.String(),
  documentId: Nullable(Type.String()),
  submittedAt: Nullable(Type.String()),
  submittedBy: Type.String(),
  remindedAt: Nullable(Type.String()),
  remindCount: Type.Integer(),
  canSubmit: Type.Boolean(),
});
export type ContributionView = Static<typeof ContributionView>;

export const ContributionSlotRequest = Type.Object(
  {
    bodyName: Type.String({ maxLength: 300, description: 'Default: the presenter of the slot' }),
    bridgePointId: Type.Union([Id, Type.Null()]),
    participantGroupId: Type.Union([Id, Type.Null()]),
    email: Email,
    deadline: Type.Union([LocalDate, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ContributionSlotRequest = Static<typeof ContributionSlotRequest>;

export const SubmitContributionRequest = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
    text: Type.String({ maxLength: 100000, description: 'The text; may be blank when a document carries it' }),
    documentId: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
      description: 'The file uploaded as a conference document (kind contribution), if any',
    }),
  },
  { additionalProperties: false },
);
export type SubmitContributionRequest = Static<typeof SubmitContributionRequest>;

export const DecideContributionRequest = Type.Object(
  { decision: Type.Enum([...CONTRIBUTION_DECISIONS], { description: 'to_read: read at the meeting; filed: only filed' }) },
  { additionalProperties: false },
);
export type DecideContributionRequest = Static<typeof DecideContributionRequest>;

export const RemindContributionsRequest = Type.Object(
  { agendaItemIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500, uniqueItems: true })) },
  { additionalProperties: false },
);
export type RemindContributionsRequest = Static<typeof RemindContributionsRequest>;
